#include "sandbox/ExtensionLifecycle.h"

#include "sandbox/ClusterExtensions.h"
#include "sandbox/ExtensionComponents.h"
#include "sandbox/ExtensionHealthCheck.h"
#include "sandbox/SandboxState.h"
#include "sandbox/SeedData.h"

#include <QUuid>

namespace cw::sandbox {

namespace {

bool isAzureMl(const Json &doc)
{
    return q(doc.value("properties", Json::object()).value("extensionType", std::string()))
               .compare(QLatin1String(kAzureMlExtensionType), Qt::CaseInsensitive) == 0;
}

// "{clusterId}/providers/Microsoft.KubernetesConfiguration/extensions/{name}" -> clusterId
QString clusterOf(const QString &extId)
{
    return extId.section(QStringLiteral("/providers/"), 0, 1);
}

Json emptyObjectIfMissing(const Json &root, const char *member, const std::string &key)
{
    auto m = root.find(member);
    if (m == root.end() || !m->is_object())
        return Json::object();
    return m->value(key, Json::object());
}

} // namespace

Json makeExtensionDocument(const QString &clusterId, const ExtensionRequest &r, const QString &nowIso)
{
    const QString id = extensionId(clusterId, r.name);
    const bool azureMl = r.extensionType.compare(QLatin1String(kAzureMlExtensionType), Qt::CaseInsensitive) == 0;
    const QString ns = !r.releaseNamespace.isEmpty() ? r.releaseNamespace : azureMl ? QStringLiteral("azureml") : r.name;
    // The identity AKS gives the extension; derived from its id, so the same on every GET.
    const QUuid principal = QUuid::createUuidV5(QUuid(QStringLiteral("{6ba7b811-9dad-11d1-80b4-00c04fd430c8}")), id.toLower());
    const Json system = {{"createdBy", kClientId}, {"createdByType", "Application"}, {"createdAt", s(nowIso)},
                         {"lastModifiedBy", kClientId}, {"lastModifiedByType", "Application"}, {"lastModifiedAt", s(nowIso)}};
    return {{"id", s(id)},
            {"name", s(r.name)},
            {"type", "Microsoft.KubernetesConfiguration/extensions"},
            {"systemData", system},
            {"properties",
             {{"extensionType", s(r.extensionType)},
              {"autoUpgradeMinorVersion", r.autoUpgradeMinorVersion},
              {"releaseTrain", s(r.releaseTrain)},
              {"version", r.version.isEmpty() ? Json() : Json(s(r.version))},
              {"scope", {{"cluster", {{"releaseNamespace", s(ns)}}}}},
              {"configurationSettings", r.settings},
              {"provisioningState", "Creating"},
              {"installedVersion", nullptr},
              {"statuses", Json::array()},
              {"isSystemExtension", false},
              {"aksAssignedIdentity", {{"type", "SystemAssigned"},
                                       {"principalId", s(principal.toString(QUuid::WithoutBraces))},
                                       {"tenantId", kTenantId}}}}}};
}

Json completeExtensionInstall(Json &root, const std::string &extKey, const QString &nowIso)
{
    Json &doc = root["extensions"][extKey];
    Json &props = doc["properties"];
    const QString clusterId = clusterOf(q(doc.value("id", std::string())));
    const std::string clusterKey = SandboxState::key(clusterId);
    const QString ns = q(props["scope"]["cluster"].value("releaseNamespace", std::string("azureml")));
    doc["systemData"]["lastModifiedAt"] = s(nowIso);
    Json failed = Json::array();
    if (isAzureMl(doc)) {
        ExtensionCheckInput in;
        in.cluster = emptyObjectIfMissing(root, "clusters", clusterKey);
        in.managedCluster = clusterId.contains(QLatin1String("/Microsoft.ContainerService/"), Qt::CaseInsensitive);
        in.settings = props.value("configurationSettings", Json::object());
        in.protectedSettings = emptyObjectIfMissing(root, "extensionSecrets", extKey);
        in.kubeStore = emptyObjectIfMissing(root, "kubeObjects", clusterKey);
        in.secrets = emptyObjectIfMissing(root, "clusterSecrets", clusterKey);
        failed = runExtensionHealthCheck(in, nowIso);
        writeHealthCheckConfigMap(root, clusterId, ns, failed, nowIso);
        if (failed.empty())
            installExtensionComponents(root, clusterId, ns, in.settings, in.managedCluster);
    }
    if (!failed.empty()) {
        props["provisioningState"] = "Failed";
        props["statuses"] = failed;
        return failed; // a failed update keeps what the last good install put in the cluster
    }
    props["provisioningState"] = "Succeeded";
    props["statuses"] = Json::array();
    const Json pinned = props.value("version", Json());
    props["installedVersion"] = pinned.is_string() ? pinned : Json(kAzureMlExtensionVersion);
    return failed;
}

void removeExtension(Json &root, const std::string &extKey)
{
    auto it = root["extensions"].find(extKey);
    if (it == root["extensions"].end())
        return;
    if (isAzureMl(*it)) {
        const QString clusterId = clusterOf(q(it->value("id", std::string())));
        const QString ns = q((*it)["properties"]["scope"]["cluster"].value("releaseNamespace", std::string("azureml")));
        removeExtensionComponents(root, clusterId, ns);
    }
    root["extensions"].erase(it);
    if (root.contains("extensionSecrets"))
        root["extensionSecrets"].erase(extKey);
}

} // namespace cw::sandbox
