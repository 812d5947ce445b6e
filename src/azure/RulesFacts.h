#pragma once
#include "azure/ComputeResource.h"
#include "azure/ManagedCluster.h"
#include "azure/Workspace.h"

#include "rules/PreflightFacts.h"

#include <QList>

// Maps the typed Azure models into the plain preflight inputs of src/rules, so the preflight
// stays a pure function and the UI / operations need no JSON.
namespace cw::azure {

rules::ClusterFacts toClusterFacts(const ManagedCluster &cluster);
rules::ExistingCompute toExistingCompute(const ComputeResource &compute);
rules::WorkspaceFacts toWorkspaceFacts(const Workspace &workspace, const QList<ComputeResource> &computes);

} // namespace cw::azure
