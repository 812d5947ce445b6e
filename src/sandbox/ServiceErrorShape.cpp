#include "sandbox/ServiceErrorShape.h"

#include <QDateTime>

namespace cw::sandbox {

namespace {

bool isWrapper(const std::string &code)
{
    return code == "UserError" || code == "ServiceError" || code == "SystemError";
}

bool isServiceSide(const std::string &code, int httpStatus)
{
    return httpStatus >= 500 || code == "InternalServerError" || code == "ServiceUnavailable";
}

Json infoItem(const char *type, Json value)
{
    return {{"type", type}, {"info", {{"value", std::move(value)}}}};
}

} // namespace

Json shapedServiceError(const Json &error, int httpStatus, const QString &shape)
{
    if (!error.is_object() || shape == QLatin1String("flat"))
        return error;
    const std::string code = error.value("code", std::string());
    if (code.empty() || isWrapper(code))
        return error;
    const std::string message = error.value("message", std::string());
    Json specific = {{"code", code}, {"message", message}};
    if (error.contains("target"))
        specific["target"] = error["target"];
    Json wrapped = {{"code", isServiceSide(code, httpStatus) ? "ServiceError" : "UserError"},
                    {"severity", nullptr},
                    {"message", message},
                    {"messageFormat", nullptr},
                    {"messageParameters", nullptr},
                    {"referenceCode", nullptr},
                    {"detailsUri", nullptr},
                    {"target", error.value("target", Json())},
                    {"details", shape == QLatin1String("wrapped") ? Json::array({specific}) : Json::array()},
                    {"innerError", nullptr},
                    {"debugInfo", nullptr},
                    {"additionalInfo",
                     Json::array({infoItem("ComponentName", "managementfrontend"),
                                  infoItem("Correlation", {{"operation", s(newUuid().remove(QLatin1Char('-')))},
                                                           {"request", s(newUuid().remove(QLatin1Char('-')))}}),
                                  infoItem("Time", s(isoUtc(QDateTime::currentMSecsSinceEpoch()))),
                                  infoItem("InnerError", {{"code", code}, {"innerError", nullptr}})})}};
    return wrapped;
}

void shapeServiceErrors(HttpReply &reply, const QString &shape)
{
    if (shape == QLatin1String("flat") || reply.body.isEmpty())
        return;
    // A success answer is reshaped only when it is a failed operation's status document, whose
    // compact text (every body is nlohmann's dump) holds one of these; a list page is not parsed.
    if (reply.status < 400 && !reply.body.contains(R"("status":"Failed")") && !reply.body.contains(R"("status":"Canceled")"))
        return;
    std::optional<Json> body = parseJson(reply.body);
    if (!body || !body->is_object() || !body->contains("error") || !(*body)["error"].is_object())
        return;
    const std::string status = body->value("status", std::string());
    const bool failedOperation = status == "Failed" || status == "Canceled";
    if (reply.status < 400 && !failedOperation)
        return;
    (*body)["error"] = shapedServiceError((*body)["error"], reply.status, shape);
    reply.body = QByteArray::fromStdString(body->dump());
}

} // namespace cw::sandbox
