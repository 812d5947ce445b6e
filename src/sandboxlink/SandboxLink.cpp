#include "sandboxlink/SandboxLink.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include "common/BoundedFileRead.h"
#include "common/JsonFields.h"
#include "common/JsonNesting.h"

namespace cw::sandbox {

namespace {

constexpr qint64 kMaxEndpointFileBytes = 4 * 1024 * 1024;

} // namespace

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

std::optional<SandboxEndpoint> readSandboxEndpointFile(const QString &path, QString *error)
{
    // The file may hold the sandbox's whole stdout (a few kB); the read is bounded all the same.
    const BoundedFileRead file = readBoundedFile(path, kMaxEndpointFileBytes);
    if (!file.ok) {
        *error = QCoreApplication::translate("cw::sandbox", "Cannot read the sandbox endpoint file: %1")
                     .arg(file.error);
        return std::nullopt;
    }
    return parseSandboxEndpoint(file.data, path, error);
}

std::optional<SandboxEndpoint> parseSandboxEndpoint(const QByteArray &contents, const QString &path, QString *error)
{
    // The file may hold the sandbox's whole stdout: the ready line is the first JSON line.
    const QList<QByteArray> lines = contents.split('\n');
    for (const QByteArray &line : lines) {
        if (std::optional<SandboxEndpoint> e = endpointFromReadyLine(line))
            return e;
        if (line.contains("\"ready\"")) {
            *error = QCoreApplication::translate(
                         "cw::sandbox", "The sandbox endpoint file %1 lacks baseUrl, caFile, tenantId or clientId.")
                         .arg(path);
            return std::nullopt;
        }
    }
    *error = QCoreApplication::translate(
                 "cw::sandbox", "The sandbox endpoint file %1 holds no ready line ({\"event\":\"ready\",...}).")
                 .arg(path);
    return std::nullopt;
}

} // namespace cw::sandbox
