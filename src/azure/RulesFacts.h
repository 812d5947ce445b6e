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

} // namespace cw::azure
