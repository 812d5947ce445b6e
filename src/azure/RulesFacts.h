#pragma once
#include "azure/ComputeResource.h"
#include "azure/ManagedCluster.h"
#include "azure/OrchestratorVersion.h"
#include "azure/SubscriptionLocation.h"
#include "azure/VmSize.h"
#include "azure/Workspace.h"

#include "rules/KubernetesVersions.h"
#include "rules/PreflightFacts.h"
#include "rules/RegionRules.h"
#include "rules/V2Facts.h"
#include "rules/VmSizeCatalogue.h"

#include <QList>

// Maps the typed Azure models into the plain preflight inputs of src/rules, so the preflight
// stays a pure function and the UI / operations need no JSON.
namespace cw::azure {

rules::ClusterFacts toClusterFacts(const ManagedCluster &cluster);
rules::ExistingCompute toExistingCompute(const ComputeResource &compute);
QList<rules::ExistingCompute> toExistingComputes(const QList<ComputeResource> &computes);
rules::OrchestratorList toOrchestratorList(const QList<OrchestratorVersion> &versions);
rules::VmSizeCatalogue toVmSizeCatalogue(const QList<VmSize> &sizes);
QList<rules::LocationFacts> toLocationFacts(const QList<SubscriptionLocation> &locations);
rules::WorkspaceFacts toWorkspaceFacts(const Workspace &workspace, const QList<ComputeResource> &computes);

// identity.type, else a service principal when servicePrincipalProfile.clientId is not "msi".
rules::ClusterIdentityKind toClusterIdentityKind(const ManagedCluster &cluster);
// The Azure ML v2 facts of an AKS cluster (v2-contract.md section 2): identity, local accounts,
// authorized ranges, subscriptions, the node pools with the cores and memory of their sizes from
// the region's catalogue (none when it was not read: `vmSizesError` says why) and the workspace's
// computes on this cluster. The legacy components (Kubernetes API) and the extensions (their
// endpoints) are not in these documents: the caller adds them.
rules::V2ClusterFacts toV2ClusterFacts(const ManagedCluster &cluster, const std::optional<rules::VmSizeCatalogue> &sizes,
                                       const Workspace &workspace, const QList<ComputeResource> &computes,
                                       const QString &vmSizesError = {});

} // namespace cw::azure
