#include "arm/ArmTypes.h"

#include "common/JsonNesting.h"

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
    auto parsed = parseBoundedJson(body);
    return parsed.is_discarded() ? nlohmann::json(nullptr) : parsed;
}

} // namespace cw::arm
