#include "azure/AccountServices.h"

#include "azure/ApiVersions.h"
#include "azure/ResourceId.h"
#include "azure/VersionedRequest.h"

namespace cw::azure {

namespace {

arm::ArmRequest getRequest(QString path, const char *apiVersion)
{
    return versionedRequest("GET", std::move(path), apiVersion);
}

} // namespace

arm::ArmRequest accountrequest::subscriptions()
{
    return getRequest(armpath::subscriptions(), apiversion::kSubscriptions);
}

arm::ArmRequest accountrequest::workspaces(const QString &subscriptionId)
{
    return getRequest(armpath::workspacesInSubscription(subscriptionId), apiversion::kMachineLearning);
}

SubscriptionService::SubscriptionService(arm::ArmConnection *connection)
    : m_connection(connection)
{
}

SubscriptionListJob *SubscriptionService::list()
{
    return new SubscriptionListJob(m_connection, accountrequest::subscriptions());
}

SubscriptionLocationListJob *SubscriptionService::locations(const QString &subscriptionId)
{
    return new SubscriptionLocationListJob(
        m_connection, getRequest(armpath::subscription(subscriptionId) + QLatin1String("/locations"), apiversion::kLocations));
}

WorkspaceService::WorkspaceService(arm::ArmConnection *connection)
    : m_connection(connection)
{
}

WorkspaceListJob *WorkspaceService::list(const QString &subscriptionId, const QString &resourceGroup)
{
    if (resourceGroup.isEmpty())
        return new WorkspaceListJob(m_connection, accountrequest::workspaces(subscriptionId));
    return new WorkspaceListJob(m_connection, getRequest(armpath::workspacesInResourceGroup(subscriptionId, resourceGroup),
                                                         apiversion::kMachineLearning));
}

WorkspaceGetJob *WorkspaceService::get(const QString &subscriptionId, const QString &resourceGroup,
                                       const QString &workspace)
{
    return new WorkspaceGetJob(m_connection,
                               getRequest(armpath::workspace(subscriptionId, resourceGroup, workspace),
                                          apiversion::kMachineLearning),
                               &Workspace::fromJson);
}

LocationService::LocationService(arm::ArmConnection *connection)
    : m_connection(connection)
{
}

VmSizeListJob *LocationService::vmSizes(const QString &subscriptionId, const QString &location)
{
    return new VmSizeListJob(m_connection,
                             getRequest(armpath::vmSizes(subscriptionId, location), apiversion::kMachineLearning),
                             &parseVmSizeList);
}

OrchestratorVersionsJob *LocationService::orchestratorVersions(const QString &subscriptionId, const QString &location)
{
    return new OrchestratorVersionsJob(
        m_connection,
        getRequest(armpath::orchestrators(subscriptionId, location) + QLatin1String("?resource-type=managedClusters"),
                   apiversion::kOrchestrators),
        &parseOrchestratorVersionList);
}

ComputeUsageListJob *LocationService::computeUsages(const QString &subscriptionId, const QString &location)
{
    return new ComputeUsageListJob(m_connection,
                                   getRequest(armpath::computeUsages(subscriptionId, location), apiversion::kComputeUsages),
                                   &parseComputeUsageList);
}

} // namespace cw::azure
