#include "azure/ExtensionRequests.h"

#include "azure/ApiVersions.h"
#include "azure/ResourceId.h"
#include "azure/VersionedRequest.h"

namespace cw::azure::extensionrequest {

namespace {

nlohmann::json settingsJson(const QMap<QString, QString> &map)
{
    nlohmann::json out = nlohmann::json::object();
    for (auto it = map.begin(); it != map.end(); ++it)
        out[it.key().toStdString()] = it.value().toStdString();
    return out;
}

arm::ArmRequest request(QByteArray method, QString path)
{
    return versionedRequest(std::move(method), std::move(path), apiversion::kKubernetesConfiguration);
}

QString canonicalCluster(const QString &clusterId)
{
    // A parsable id is written canonically (segments percent-encoded); an unusable one is sent as
    // given so ARM answers it, as ManagedClusterService::get does.
    const auto id = ResourceId::parse(clusterId);
    return id ? id->toString() : clusterId;
}

} // namespace

QString path(const QString &clusterId, const QString &name)
{
    QString p = canonicalCluster(clusterId) + QStringLiteral("/providers/Microsoft.KubernetesConfiguration/extensions");
    if (!name.isEmpty())
        p += QLatin1Char('/') + armpath::segment(name);
    return p;
}

nlohmann::json installBody(const rules::ExtensionConfiguration &config, const InstallOptions &options)
{
    nlohmann::json props = {{"extensionType", options.extensionType.toStdString()},
                            {"autoUpgradeMinorVersion", options.autoUpgradeMinorVersion},
                            {"releaseTrain", options.releaseTrain.toStdString()},
                            {"scope", {{"cluster", {{"releaseNamespace", options.releaseNamespace.toStdString()}}}}},
                            {"configurationSettings", settingsJson(config.settings)}};
    if (!config.protectedSettings.isEmpty())
        props["configurationProtectedSettings"] = settingsJson(config.protectedSettings);
    return {{"properties", props}};
}

nlohmann::json updateBody(const rules::ExtensionConfiguration &changes)
{
    nlohmann::json props = nlohmann::json::object();
    if (!changes.settings.isEmpty())
        props["configurationSettings"] = settingsJson(changes.settings);
    if (!changes.protectedSettings.isEmpty())
        props["configurationProtectedSettings"] = settingsJson(changes.protectedSettings);
    return {{"properties", props}};
}

arm::ArmRequest get(const QString &clusterId, const QString &name)
{
    return request("GET", path(clusterId, name));
}

arm::ArmRequest list(const QString &clusterId)
{
    return request("GET", path(clusterId));
}

arm::ArmRequest createOrUpdate(const QString &clusterId, const QString &name, const rules::ExtensionConfiguration &config,
                               const InstallOptions &options)
{
    arm::ArmRequest r = request("PUT", path(clusterId, name));
    r.body = installBody(config, options);
    return r;
}

arm::ArmRequest update(const QString &clusterId, const QString &name, const rules::ExtensionConfiguration &changes)
{
    arm::ArmRequest r = request("PATCH", path(clusterId, name));
    r.body = updateBody(changes);
    return r;
}

arm::ArmRequest remove(const QString &clusterId, const QString &name)
{
    return request("DELETE", path(clusterId, name));
}

} // namespace cw::azure::extensionrequest
