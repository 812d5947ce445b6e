#include "arm/ArmTypes.h"

#include "arm/JsonAccess.h"

namespace cw::arm {

QByteArray ArmResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

nlohmann::json ArmResponse::json() const
{
    if (body.isEmpty())
        return nullptr;
    auto parsed = json::parse(body);
    return parsed ? *parsed : nlohmann::json(nullptr);
}

} // namespace cw::arm
