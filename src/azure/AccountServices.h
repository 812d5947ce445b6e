#pragma once
#include "azure/ArmCallJobs.h"
#include "azure/ComputeUsage.h"
#include "azure/OrchestratorVersion.h"
#include "azure/Subscription.h"
#include "azure/SubscriptionLocation.h"
#include "azure/VmSize.h"
#include "azure/Workspace.h"

namespace cw::azure {

// The requests of the two lists, built in one place: the services below send them;
// session::ListingsAhead fetches them ahead at a first start (no workspace remembered).
namespace accountrequest {
// GET /subscriptions.
arm::ArmRequest subscriptions();
// GET the Azure ML workspaces of a subscription.
arm::ArmRequest workspaces(const QString &subscriptionId);
} // namespace accountrequest

using SubscriptionListJob = ArmListJob<Subscription>;
using SubscriptionLocationListJob = ArmListJob<SubscriptionLocation>;
using WorkspaceListJob = ArmListJob<Workspace>;
using WorkspaceGetJob = ArmGetJob<Workspace>;
using VmSizeListJob = ArmGetJob<QList<VmSize>>;
using OrchestratorVersionsJob = ArmGetJob<QList<OrchestratorVersion>>;
using ComputeUsageListJob = ArmGetJob<QList<ComputeUsage>>;

// GET /subscriptions (the ones the signed-in principal can see).
class SubscriptionService
{
public:
    explicit SubscriptionService(arm::ArmConnection *connection);
    SubscriptionListJob *list();
    // GET /subscriptions/{id}/locations: the regions the subscription can use.
    SubscriptionLocationListJob *locations(const QString &subscriptionId);

private:
    arm::ArmConnection *m_connection;
};

// Azure ML workspaces (api-version 2022-10-01).
class WorkspaceService
{
public:
    explicit WorkspaceService(arm::ArmConnection *connection);
    // In the subscription, or in one resource group when `resourceGroup` is not empty.
    WorkspaceListJob *list(const QString &subscriptionId, const QString &resourceGroup = {});
    WorkspaceGetJob *get(const QString &subscriptionId, const QString &resourceGroup, const QString &workspace);

private:
    arm::ArmConnection *m_connection;
};

// Per-region catalogues: VM sizes (ML, 2022-10-01) and Kubernetes versions (2019-08-01).
class LocationService
{
public:
    explicit LocationService(arm::ArmConnection *connection);
    VmSizeListJob *vmSizes(const QString &subscriptionId, const QString &location);
    OrchestratorVersionsJob *orchestratorVersions(const QString &subscriptionId, const QString &location);
    // The region's Microsoft.Compute usages (vCPU quotas: "cores" and one entry per VM family).
    ComputeUsageListJob *computeUsages(const QString &subscriptionId, const QString &location);

private:
    arm::ArmConnection *m_connection;
};

} // namespace cw::azure
