#include "azure/ManagedClusterService.h"

#include "azure/ApiVersions.h"
#include "azure/ManagedClusterRequests.h"
#include "azure/ResourceId.h"
#include "azure/VersionedRequest.h"

namespace cw::azure {

namespace {

arm::ArmRequest aksRequest(QByteArray method, QString path)
{
    return versionedRequest(std::move(method), std::move(path), apiversion::kContainerService);
}

// POST .../managedClusters/<name>/<action>: the user and the admin kubeconfig differ only there.
arm::ArmRequest credentialsRequest(const QString &subscriptionId, const QString &resourceGroup, const QString &name,
                                   const char *action)
{
    return aksRequest("POST", armpath::managedCluster(subscriptionId, resourceGroup, name) + QLatin1Char('/')
                                  + QLatin1String(action));
}

} // namespace

arm::ArmRequest managedclusterrequest::list(const QString &subscriptionId)
{
    return aksRequest("GET", armpath::managedClusters(subscriptionId, QString()));
}

ManagedClusterService::ManagedClusterService(arm::ArmConnection *connection)
    : m_connection(connection)
{
}

ManagedClusterListJob *ManagedClusterService::list(const QString &subscriptionId, const QString &resourceGroup)
{
    return new ManagedClusterListJob(m_connection, aksRequest("GET", armpath::managedClusters(subscriptionId, resourceGroup)));
}

ArmStreamJob *ManagedClusterService::listStream(const QString &subscriptionId, arm::ArmPager::PageReader reader)
{
    return new ArmStreamJob(m_connection, managedclusterrequest::list(subscriptionId), std::move(reader));
}

ManagedClusterGetJob *ManagedClusterService::get(const QString &subscriptionId, const QString &resourceGroup,
                                                 const QString &name)
{
    return new ManagedClusterGetJob(m_connection,
                                    aksRequest("GET", armpath::managedCluster(subscriptionId, resourceGroup, name)),
                                    &ManagedCluster::fromJson);
}

ManagedClusterGetJob *ManagedClusterService::get(const QString &resourceId)
{
    const auto id = ResourceId::parse(resourceId);
    // An unusable id still yields a job (so callers have one code path); ARM answers it with
    // a 400/404 rather than this client guessing.
    const QString path = id ? id->toString() : resourceId;
    return new ManagedClusterGetJob(m_connection, aksRequest("GET", path), &ManagedCluster::fromJson);
}

ClusterCredentialsJob *ManagedClusterService::userCredentials(const QString &subscriptionId,
                                                              const QString &resourceGroup, const QString &name)
{
    return new ClusterCredentialsJob(m_connection,
                                     credentialsRequest(subscriptionId, resourceGroup, name, "listClusterUserCredential"),
                                     &parseClusterCredentials);
}

ClusterCredentialsJob *ManagedClusterService::adminCredentials(const QString &subscriptionId,
                                                               const QString &resourceGroup, const QString &name)
{
    return new ClusterCredentialsJob(m_connection,
                                     credentialsRequest(subscriptionId, resourceGroup, name, "listClusterAdminCredential"),
                                     &parseClusterCredentials);
}

} // namespace cw::azure
