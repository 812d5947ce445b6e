#include "arm/LroState.h"

#include "common/JsonFields.h"

namespace cw::arm {

nlohmann::json LroState::toJson() const
{
    return {{"operationUrl", operationUrl.toStdString()},
            {"locationUrl", locationUrl.toStdString()},
            {"resourceUrl", resourceUrl.toStdString()},
            {"method", method.toStdString()},
            {"clientRequestId", clientRequestId.toStdString()},
            {"startedAt", startedAt.toUTC().toString(Qt::ISODateWithMs).toStdString()}};
}

std::optional<LroState> LroState::fromJson(const nlohmann::json &object)
{
    if (!object.is_object())
        return std::nullopt;
    LroState state;
    state.operationUrl = jsonfields::string(object, "operationUrl");
    state.locationUrl = jsonfields::string(object, "locationUrl");
    state.resourceUrl = jsonfields::string(object, "resourceUrl");
    state.method = jsonfields::string(object, "method").toUpper().toUtf8();
    state.clientRequestId = jsonfields::string(object, "clientRequestId");
    state.startedAt = QDateTime::fromString(jsonfields::string(object, "startedAt"), Qt::ISODateWithMs).toUTC();
    if (!state.startedAt.isValid())
        state.startedAt = QDateTime::currentDateTimeUtc();
    if (!state.isValid())
        return std::nullopt;
    return state;
}

bool isSuccessStatus(const QString &status)
{
    return status.compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) == 0;
}

bool isTerminalStatus(const QString &status)
{
    return isSuccessStatus(status) || status.compare(QLatin1String("Failed"), Qt::CaseInsensitive) == 0
           || status.compare(QLatin1String("Canceled"), Qt::CaseInsensitive) == 0
           || status.compare(QLatin1String("Cancelled"), Qt::CaseInsensitive) == 0;
}

} // namespace cw::arm
