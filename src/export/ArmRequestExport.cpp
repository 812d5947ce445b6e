#include "export/ArmRequestExport.h"

#include "azure/ComputeRequests.h"
#include "export/ArmBody.h"

namespace cw::exporting {

QString ArmRequestExport::text() const
{
    return method + QLatin1Char(' ') + url + QStringLiteral("\nContent-Type: application/json\n\n")
        + body + QLatin1Char('\n');
}

nlohmann::json redactedBody(nlohmann::json body)
{
    auto props = body.find("properties");
    if (props == body.end() || !props->is_object())
        return body;
    auto inner = props->find("properties");
    if (inner == props->end() || !inner->is_object())
        return body;
    auto ssl = inner->find("sslConfiguration");
    if (ssl == inner->end() || !ssl->is_object())
        return body;
    for (const char *secret : {"key", "cert"}) {
        if (ssl->contains(secret))
            (*ssl)[secret] = kRedacted;
    }
    return body;
}

ArmRequestExport armRequest(const rules::ComputeSpec &spec, bool revealKey, const QString &armEndpoint)
{
    // The very request the create/attach operation sends (ops/OperationDriver), shown as text.
    const arm::ArmRequest request
        = azure::computerequest::put(spec.workspace, spec.name, computeResourceBody(spec), true);
    nlohmann::json body = request.body.value_or(nlohmann::json::object());
    if (!revealKey)
        body = redactedBody(std::move(body));
    QString base = armEndpoint.trimmed();
    while (base.endsWith(u'/'))
        base.chop(1);
    ArmRequestExport out;
    out.method = QString::fromLatin1(request.method);
    out.url = base + request.pathOrUrl + QStringLiteral("?api-version=") + request.apiVersion;
    out.body = QString::fromStdString(body.dump(2));
    return out;
}

} // namespace cw::exporting
