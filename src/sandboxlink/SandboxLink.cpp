#include "sandboxlink/SandboxLink.h"

#include <nlohmann/json.hpp>

#include "common/JsonFields.h"
#include "common/JsonNesting.h"

namespace cw::sandbox {

QByteArray readyLine(const SandboxEndpoint &ep)
{
    const auto s = [](const QString &text) { return text.toStdString(); };
    const nlohmann::json ready = {
        {"event", "ready"},
        {"baseUrl", s(ep.baseUrl.toString())},
        {"port", ep.port},
        {"kubePort", ep.kubePort},
        {"caFile", s(ep.caFile)},
        {"tenantId", s(ep.tenantId)},
        {"clientId", s(ep.clientId)},
        {"clientSecret", s(ep.clientSecret)},
        {"subscriptionId", s(ep.subscriptionId)},
        {"publicClientId", s(ep.publicClientId)},
        {"controlToken", s(ep.controlToken)},
    };
    return QByteArray::fromStdString(ready.dump());
}

std::optional<SandboxEndpoint> endpointFromReadyLine(const QByteArray &line)
{
    const nlohmann::json j = parseBoundedJson(line);
    if (!j.is_object())
        return std::nullopt;
    auto text = [&j](const char *key) { return jsonfields::string(j, key); };
    auto port = [&j](const char *key) {
        const auto it = j.find(key);
        return it != j.end() && it->is_number_unsigned() && it->get<quint64>() <= 65535 ? quint16(it->get<quint64>())
                                                                                          : quint16(0);
    };
    if (text("event") != QLatin1String("ready"))
        return std::nullopt;
    SandboxEndpoint e;
    e.baseUrl = QUrl(text("baseUrl"));
    e.port = port("port");
    e.kubePort = port("kubePort");
    e.caFile = text("caFile");
    e.tenantId = text("tenantId");
    e.clientId = text("clientId");
    e.clientSecret = text("clientSecret");
    e.subscriptionId = text("subscriptionId");
    e.publicClientId = text("publicClientId");
    e.controlToken = text("controlToken");
    if (!e.baseUrl.isValid() || e.caFile.isEmpty() || e.tenantId.isEmpty() || e.clientId.isEmpty())
        return std::nullopt;
    return e;
}

} // namespace cw::sandbox
