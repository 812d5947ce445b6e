// The cluster side of a Kubernetes compute attach (its checks against the stored clusters,
// computes and Azure ML extensions), the document the service stores and the attach's end.
#include "sandbox/KubernetesComputes.h"

#include "sandbox/ClusterExtensions.h"
#include "sandbox/ResourceFactory.h"
#include "sandbox/SandboxState.h"
#include "sandbox/SeedData.h"

#include <QDateTime>
#include <QStringList>

namespace cw::sandbox {
namespace {

HttpReply computeBadArgument(const QString &message, const QString &target = {})
{
    return HttpReply::armError(400, QStringLiteral("BadArgument"), message, target);
}

bool sameComputeText(const QString &a, const char *b) { return a.compare(QLatin1String(b), Qt::CaseInsensitive) == 0; }

// Stored documents are read with value(): a const operator[] on a missing member is undefined.
Json extensionProperties(const Json &extension)
{
    const Json props = extension.is_object() ? extension.value("properties", Json::object()) : Json::object();
    return props.is_object() ? props : Json::object();
}

// The cluster's Azure ML extension: the Succeeded one (what the service asks for), else any other
// of that type (to say in which state it is); nullptr when there is none.
const Json *azureMlExtension(const SandboxState &state, const QString &clusterId)
{
    if (const Json *ready = succeededAzureMlExtension(state, clusterId))
        return ready;
    for (const Json *extension : extensionsOfCluster(state, clusterId))
        if (sameComputeText(q(extensionProperties(*extension).value("extensionType", std::string())), kAzureMlExtensionType))
            return extension;
    return nullptr;
}

bool succeeded(const Json *extension)
{
    return extension && extensionProperties(*extension).value("provisioningState", std::string()) == "Succeeded";
}

Json identityAnswer(const Json &requested)
{
    if (!requested.is_object())
        return nullptr;
    const QString type = q(requested.value("type", std::string("None")));
    Json out = {{"type", s(type)}};
    if (type.contains(QLatin1String("SystemAssigned"), Qt::CaseInsensitive)) {
        out["principalId"] = s(newUuid());
        out["tenantId"] = kTenantId;
    }
    if (type.contains(QLatin1String("UserAssigned"), Qt::CaseInsensitive)) {
        Json users = Json::object();
        const Json requestedUsers = requested.value("userAssignedIdentities", Json::object());
        for (auto it = requestedUsers.begin(); it != requestedUsers.end(); ++it)
            users[it.key()] = {{"principalId", s(newUuid())}, {"clientId", s(newUuid())}};
        out["userAssignedIdentities"] = users;
    }
    return out;
}

} // namespace

QString computeUsingCluster(const SandboxState &state, const QString &clusterId, const char *computeType)
{
    const auto all = state.root.find("computes");
    if (all == state.root.end() || !all->is_object())
        return {};
    for (auto ws = all->begin(); ws != all->end(); ++ws) {
        for (auto c = ws->begin(); c != ws->end(); ++c) {
            const Json &props = c->value("properties", Json::object());
            if (sameComputeText(q(props.value("computeType", std::string())), computeType)
                && q(props.value("resourceId", std::string())).compare(clusterId, Qt::CaseInsensitive) == 0)
                return q(c->value("id", std::string()));
        }
    }
    return {};
}

std::optional<HttpReply> checkKubernetesAttachCluster(const SandboxState &state, const QString &workspaceSubscription,
                                                      const KubernetesComputeRequest &r, const Json **cluster)
{
    const QStringList parts = r.resourceId.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const bool managed = parts.size() == 8 && sameComputeText(parts[0], "subscriptions") && sameComputeText(parts[2], "resourceGroups")
                         && sameComputeText(parts[4], "providers") && sameComputeText(parts[5], "Microsoft.ContainerService")
                         && sameComputeText(parts[6], "managedClusters");
    const bool arc = parts.size() == 8 && sameComputeText(parts[5], "Microsoft.Kubernetes") && sameComputeText(parts[6], "connectedClusters");
    if (!managed && !arc)
        return computeBadArgument(QStringLiteral("'%1' is not the resource id of a Kubernetes cluster: expected "
                                          "/subscriptions/{id}/resourceGroups/{group}/providers/"
                                          "Microsoft.ContainerService/managedClusters/{name}.").arg(r.resourceId),
                           QStringLiteral("resourceId"));
    if (parts[1].compare(workspaceSubscription, Qt::CaseInsensitive) != 0)
        return computeBadArgument(QStringLiteral("The Kubernetes cluster must be in the workspace's subscription ('%1'); a cluster "
                                          "in subscription '%2' can only be attached through Azure Arc.")
                               .arg(workspaceSubscription, parts[1]), QStringLiteral("resourceId"));
    const auto clusters = state.root.find("clusters");
    const Json *found = nullptr;
    if (managed && clusters != state.root.end() && clusters->is_object()) {
        const auto it = clusters->find(SandboxState::key(r.resourceId));
        if (it != clusters->end())
            found = &*it;
    }
    if (!found) // the sandbox has no Azure Arc-enabled clusters
        return computeBadArgument(QStringLiteral("Could not find the Kubernetes cluster '%1'.").arg(r.resourceId),
                           QStringLiteral("resourceId"));
    const QString id = q(found->value("id", s(r.resourceId)));
    if (const QString v1 = computeUsingCluster(state, id, "AKS"); !v1.isEmpty())
        return HttpReply::armError(409, QStringLiteral("Conflict"),
                                   QStringLiteral("The cluster '%1' is attached as the AKS (v1) compute '%2'. A cluster is "
                                                  "attached as AKS or as Kubernetes, not both: detach that compute and "
                                                  "remove its azureml-fe components first.").arg(id, v1),
                                   QStringLiteral("resourceId"));
    const Json *extension = azureMlExtension(state, id);
    if (!extension)
        return computeBadArgument(QStringLiteral("The Azure Machine Learning extension (%1) is not installed on the cluster '%2'. "
                                          "Install it (az k8s-extension create --extension-type %1 ...) before attaching "
                                          "the cluster.").arg(QLatin1String(kAzureMlExtensionType), id),
                           QStringLiteral("resourceId"));
    if (!succeeded(extension))
        return computeBadArgument(QStringLiteral("The Azure Machine Learning extension '%1' on the cluster '%2' is in state '%3', "
                                          "not Succeeded. Fix or reinstall it before attaching the cluster.")
                               .arg(q(extension->value("name", std::string())), id,
                                    q(extensionProperties(*extension).value("provisioningState", std::string("Unknown")))),
                           QStringLiteral("resourceId"));
    *cluster = found;
    return std::nullopt;
}

Json makeKubernetesComputeResource(const QString &wsId, const KubernetesComputeRequest &r, const QString &computeLocation)
{
    const QString now = isoUtc(QDateTime::currentMSecsSinceEpoch());
    Json inner = {{"relayConnectionString", nullptr},      {"serviceBusConnectionString", nullptr},
                  {"extensionPrincipalId", nullptr},       {"extensionInstanceReleaseTrain", "stable"},
                  {"vcName", nullptr},                     {"namespace", s(r.kubernetesNamespace)},
                  {"defaultInstanceType", r.defaultInstanceType.isEmpty() ? Json(nullptr) : Json(s(r.defaultInstanceType))},
                  {"instanceTypes", r.instanceTypes.empty() ? Json(nullptr) : r.instanceTypes}};
    Json props = {{"computeType", "Kubernetes"},
                  {"computeLocation", s(computeLocation)},
                  {"description", r.description.isEmpty() ? Json(nullptr) : Json(s(r.description))},
                  {"resourceId", s(r.resourceId)},
                  {"provisioningState", "Creating"},
                  {"provisioningErrors", nullptr},
                  {"createdOn", s(now)},
                  {"modifiedOn", s(now)},
                  {"isAttachedCompute", true},
                  {"disableLocalAuth", false},
                  {"properties", inner}};
    Json resource = makeComputeResource(wsId, r.name, r.location, props);
    if (Json identity = identityAnswer(r.identity); !identity.is_null())
        resource["identity"] = identity;
    return resource;
}

void completeKubernetesAttach(SandboxState &state, Json &op, Json &compute)
{
    Json &props = compute["properties"];
    const QString clusterId = q(props.value("resourceId", std::string()));
    const Json *extension = azureMlExtension(state, clusterId);
    if (!succeeded(extension)) {
        const Json error = provisioningError(QStringLiteral("BadArgument"),
                                             QStringLiteral("The Azure Machine Learning extension of the cluster '%1' is no "
                                                            "longer installed or not Succeeded; the attach stopped.").arg(clusterId));
        op["status"] = "Failed";
        op["error"] = error["error"];
        props["provisioningState"] = "Failed";
        props["provisioningErrors"] = Json::array({error});
        return;
    }
    const Json extProps = extensionProperties(*extension);
    props["properties"]["extensionInstanceReleaseTrain"] = extProps.value("releaseTrain", std::string("stable"));
    // The extension's own identity: aksAssignedIdentity on AKS (identity on Arc clusters).
    Json principal = nullptr;
    for (const Json &identity : {extProps.value("aksAssignedIdentity", Json::object()), extension->value("identity", Json::object())})
        if (principal.is_null() && identity.is_object() && identity.value("principalId", Json()).is_string())
            principal = identity["principalId"];
    props["properties"]["extensionPrincipalId"] = principal;
    props["provisioningState"] = "Succeeded";
    props["provisioningErrors"] = nullptr;
    props["modifiedOn"] = s(isoUtc(QDateTime::currentMSecsSinceEpoch()));
}

} // namespace cw::sandbox
