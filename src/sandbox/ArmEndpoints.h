#pragma once
#include "sandbox/SandboxService.h"

// Shared pieces of the ARM endpoint files.
namespace cw::sandbox {

// The workspace a compute call addresses (validated to exist).
struct WorkspaceScope {
    QString subscriptionId;
    QString resourceGroup;
    QString name;
    QString id;
    QString location;
};

inline bool eq(const QString &a, const char *b) { return a.compare(QLatin1String(b), Qt::CaseInsensitive) == 0; }

// A list's link to its page starting at `start`: the call's own address and api-version, the start
// as the query parameter `pageParam` ("$skip", "$skipToken").
inline QString nextPageLink(const SandboxService &svc, const HttpCall &call, QLatin1String pageParam, qint64 start)
{
    return QStringLiteral("%1%2?api-version=%3&%4=%5")
        .arg(svc.baseUrl(), call.path, call.queryValue(QStringLiteral("api-version")), pageParam)
        .arg(start);
}

HttpReply handleComputes(SandboxService &svc, const HttpCall &call, const WorkspaceScope &ws,
                         const QStringList &rest);
HttpReply handleClusterCall(SandboxService &svc, const HttpCall &call, const QString &sub,
                            const QString &rg, const QStringList &rest);
HttpReply listClusters(SandboxService &svc, const HttpCall &call, const QString &sub, const QString &rg);
// A stored managed cluster as ARM answers it (servicePrincipalProfile, identity, tags).
Json clusterDocument(const Json &stored);
// Completes a compute operation (OperationEngine completion callback).
void completeComputeOperation(SandboxService &svc, Json &op);
// {clusterId}/providers/Microsoft.KubernetesConfiguration/... of an existing managed cluster
// (`rest` after the provider namespace), and the completion of the extensions' operations
// (operations whose bookkeeping has "extensionKey"): ArmExtensionEndpoints.cpp.
HttpReply handleClusterExtensions(SandboxService &svc, const HttpCall &call, const Json &cluster, const QStringList &rest);
void completeExtensionOperation(SandboxService &svc, Json &op);
// The kubeconfig YAML for a cluster (user or admin identity), issuing its client cert if needed.
QByteArray kubeconfigFor(SandboxService &svc, const Json &cluster, bool admin);

// Microsoft.Resources (ArmResourceManagerEndpoints.cpp): resource groups, the generic resource
// list, resource providers; nullopt when the path is not one of them.
std::optional<HttpReply> handleResourceManager(SandboxService &svc, const HttpCall &call, const QStringList &seg);
// GET /tenants: the sandbox's one tenant.
HttpReply handleTenants(SandboxService &svc, const HttpCall &call, const QStringList &seg);
// GET /metadata/endpoints (no token, like ARM's): the cloud's login endpoint and audiences.
HttpReply handleMetadata(SandboxService &svc, const HttpCall &call, const QStringList &seg);
// GET /subscriptions/{id}/locations.
HttpReply listLocations(SandboxService &svc, const HttpCall &call, const QString &subscriptionId);

HttpReply notFound(const QString &code, const QString &message);
HttpReply methodNotAllowed(const HttpCall &call);

} // namespace cw::sandbox
