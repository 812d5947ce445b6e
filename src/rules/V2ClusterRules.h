#pragma once
// The limits a cluster must meet before the Azure ML extension is installed on it and it is
// attached as a Kubernetes compute (v2-contract.md section 2), checked before anything is sent.
#include "rules/ComputeSpec.h"
#include "rules/Finding.h"
#include "rules/V2Facts.h"

namespace cw::rules {

// Production needs this much capacity in the cluster's Linux node pools (Azure ML's documented
// minimum for the extension and an inference deployment).
inline constexpr int kV2ProductionMinVcpus = 4;
inline constexpr double kV2ProductionMinMemoryGb = 14;

// Every finding of section 2: identity, local accounts, authorized IP ranges, subscription,
// capacity for the purpose (dev/test only warns), the legacy v1 components (E45004/E45005), an
// attachment in a workspace already, and an extension already on the cluster. A migration that
// detaches the v1 compute and deletes the legacy components itself leaves those facts out.
Findings checkClusterForV2(const V2ClusterFacts &cluster, ClusterPurpose purpose = ClusterPurpose::FastProd);

} // namespace cw::rules
