#include "arm/JsonAccess.h"
#include "common/JsonNesting.h"

#include <QByteArray>

namespace cw::arm::json {

const nlohmann::json *member(const nlohmann::json &object, const char *name)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(name);
    return it == object.end() ? nullptr : &*it;
}

QString string(const nlohmann::json &object, const char *name)
{
    const auto *value = member(object, name);
    if (!value || !value->is_string())
        return {};
    return QString::fromStdString(value->get<std::string>());
}

std::optional<double> number(const nlohmann::json &object, const char *name)
{
    const auto *value = member(object, name);
    if (!value)
        return std::nullopt;
    if (value->is_number())
        return value->get<double>();
    if (value->is_string()) {
        bool ok = false;
        const double parsed = QString::fromStdString(value->get<std::string>()).toDouble(&ok);
        if (ok)
            return parsed;
    }
    return std::nullopt;
}

std::optional<nlohmann::json> parse(const QByteArray &bytes)
{
    auto parsed = parseBoundedJson(bytes);
    if (parsed.is_discarded())
        return std::nullopt;
    return parsed;
}

} // namespace cw::arm::json
