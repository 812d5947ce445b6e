#include "arm/SpecificErrorCode.h"

#include "common/JsonFields.h"

namespace cw::arm {

namespace {

// Bounded: error documents come from the wire, and a deep chain must not exhaust the stack.
constexpr int kMaxDepth = 8;

QString firstSpecific(const nlohmann::json &object, int depth);

// {"code": X, "innerError": {...}}: X when specific, else deeper.
QString fromInnerErrorChain(const nlohmann::json *inner, int depth)
{
    for (int level = depth; inner && inner->is_object() && level < kMaxDepth; ++level) {
        const QString code = jsonfields::string(*inner, "code");
        if (!code.isEmpty() && !isWrapperErrorCode(code))
            return code;
        inner = jsonfields::find(*inner, "innerError");
    }
    return {};
}

QString fromDetails(const nlohmann::json &object, int depth)
{
    const auto *details = jsonfields::find(object, "details");
    if (!details || !details->is_array())
        return {};
    for (const auto &detail : *details) {
        if (!detail.is_object())
            continue;
        const QString code = jsonfields::string(detail, "code");
        if (!code.isEmpty() && !isWrapperErrorCode(code))
            return code;
        if (QString deeper = firstSpecific(detail, depth + 1); !deeper.isEmpty())
            return deeper;
    }
    return {};
}

// [{"type":"InnerError","info":{"value":{"code":...}}}] as Azure ML's front end sends it; also
// {"type":"ErrorCode","info":{"value":"X"}} and info objects carrying "code" directly.
QString fromAdditionalInfo(const nlohmann::json &object, int depth)
{
    const auto *info = jsonfields::find(object, "additionalInfo");
    if (!info || !info->is_array())
        return {};
    for (const auto &item : *info) {
        if (!item.is_object())
            continue;
        const QString type = jsonfields::string(item, "type");
        const auto *payload = jsonfields::find(item, "info");
        if (!payload || !payload->is_object())
            continue;
        const auto *value = jsonfields::find(*payload, "value");
        if (type.compare(QLatin1String("InnerError"), Qt::CaseInsensitive) == 0) {
            if (QString code = fromInnerErrorChain(value ? value : payload, depth); !code.isEmpty())
                return code;
        } else if (type.compare(QLatin1String("ErrorCode"), Qt::CaseInsensitive) == 0 && value && value->is_string()) {
            const QString code = QString::fromStdString(value->get<std::string>());
            if (!code.isEmpty() && !isWrapperErrorCode(code))
                return code;
        }
    }
    return {};
}

QString firstSpecific(const nlohmann::json &object, int depth)
{
    if (depth >= kMaxDepth || !object.is_object())
        return {};
    if (QString code = fromDetails(object, depth); !code.isEmpty())
        return code;
    if (QString code = fromInnerErrorChain(jsonfields::find(object, "innerError"), depth); !code.isEmpty())
        return code;
    return fromAdditionalInfo(object, depth);
}

} // namespace

bool isWrapperErrorCode(const QString &code)
{
    return code.compare(QLatin1String("UserError"), Qt::CaseInsensitive) == 0
        || code.compare(QLatin1String("ServiceError"), Qt::CaseInsensitive) == 0
        || code.compare(QLatin1String("SystemError"), Qt::CaseInsensitive) == 0;
}

QString specificErrorCode(const nlohmann::json &errorObject)
{
    if (!errorObject.is_object() || !isWrapperErrorCode(jsonfields::string(errorObject, "code")))
        return {};
    return firstSpecific(errorObject, 0);
}

} // namespace cw::arm
