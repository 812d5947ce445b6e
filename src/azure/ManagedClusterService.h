#pragma once
#include "azure/ArmCallJobs.h"
#include "azure/ArmStreamJob.h"
#include "azure/ComputeKeys.h"
#include "azure/ManagedCluster.h"

namespace cw::azure {

using ManagedClusterListJob = ArmListJob<ManagedCluster>;
using ManagedClusterGetJob = ArmGetJob<ManagedCluster>;
using ClusterCredentialsJob = ArmGetJob<QList<ClusterCredential>>;

// AKS clusters (Microsoft.ContainerService, api-version 2022-11-01).
class ManagedClusterService
{
public:
    explicit ManagedClusterService(arm::ArmConnection *connection);

    // In the subscription, or in one resource group when `resourceGroup` is not empty.
    ManagedClusterListJob *list(const QString &subscriptionId, const QString &resourceGroup = {});
    // The subscription's clusters read page by page by `reader` (see ComputeService::listStream).
    ArmStreamJob *listStream(const QString &subscriptionId, arm::ArmPager::PageReader reader);
    ManagedClusterGetJob *get(const QString &subscriptionId, const QString &resourceGroup, const QString &name);
    // By ARM id (as in a compute's properties.resourceId). The id is validated locally first.
    ManagedClusterGetJob *get(const QString &resourceId);
    // The kubeconfigs (base64 on the wire, decoded here). Key material: memory only.
    ClusterCredentialsJob *userCredentials(const QString &subscriptionId, const QString &resourceGroup,
                                           const QString &name);
    ClusterCredentialsJob *adminCredentials(const QString &subscriptionId, const QString &resourceGroup,
                                            const QString &name);

private:
    arm::ArmConnection *m_connection;
};

} // namespace cw::azure
