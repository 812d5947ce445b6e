#include "cli/Profile.h"
#include "common/JsonFields.h"
#include "common/JsonNesting.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <nlohmann/json.hpp>

#include "common/PrivateFile.h"

namespace cw::cli {

namespace {

constexpr std::pair<Profile::Kind, const char *> kKinds[] = {
    {Profile::Kind::EmbeddedSandbox, "embedded-sandbox"}, {Profile::Kind::SandboxEndpoint, "sandbox-endpoint"},
    {Profile::Kind::ServicePrincipal, "service-principal"}, {Profile::Kind::DeviceCode, "device-code"},
    {Profile::Kind::AzureCli, "az"}};

} // namespace

QString nameOf(Profile::Kind kind)
{
    for (const auto &[k, name] : kKinds)
        if (k == kind)
            return QString::fromLatin1(name);
    return {};
}

QString Profile::path()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/cli-profile.json");
}

std::optional<Profile> Profile::load(QString *error)
{
    QFile file(path());
    if (!file.exists())
        return Profile{};
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("cw::cli", "Cannot read %1: %2").arg(path(), file.errorString());
        return std::nullopt;
    }
    return fromBytes(file.readAll(), path(), error);
}

std::optional<Profile> Profile::fromBytes(const QByteArray &contents, const QString &origin, QString *error)
{
    const nlohmann::json j = parseBoundedJson(contents);
    if (!j.is_object()) {
        *error = QCoreApplication::translate("cw::cli", "%1 is not valid JSON; run `clusterwright-cli login` again.").arg(origin);
        return std::nullopt;
    }
    Profile p;
    const QString kind = jsonfields::string(j, "kind");
    bool known = false;
    for (const auto &[k, name] : kKinds)
        if (kind == QLatin1String(name)) {
            p.kind = k;
            known = true;
        }
    if (!known) {
        *error = QCoreApplication::translate("cw::cli", "%1 names an unknown sign-in kind '%2'.").arg(origin, kind);
        return std::nullopt;
    }
    p.cloud = jsonfields::string(j, "cloud");
    p.endpointFile = jsonfields::string(j, "endpointFile");
    p.tenantId = jsonfields::string(j, "tenantId");
    p.clientId = jsonfields::string(j, "clientId");
    p.subscriptionId = jsonfields::string(j, "subscriptionId");
    p.resourceGroup = jsonfields::string(j, "resourceGroup");
    p.workspace = jsonfields::string(j, "workspace");
    return p;
}

bool Profile::save(QString *error) const
{
    nlohmann::json j = {{"kind", nameOf(kind).toStdString()}};
    auto put = [&j](const char *key, const QString &value) {
        if (!value.isEmpty())
            j[key] = value.toStdString();
    };
    put("cloud", cloud);
    put("endpointFile", endpointFile);
    put("tenantId", tenantId);
    put("clientId", clientId);
    put("subscriptionId", subscriptionId);
    put("resourceGroup", resourceGroup);
    put("workspace", workspace);
    QDir().mkpath(QFileInfo(path()).absolutePath());
    const FileWriteResult written = writeFileAtomically(path(), QByteArray::fromStdString(j.dump(2)));
    if (!written.ok)
        *error = written.error;
    return written.ok;
}

} // namespace cw::cli
