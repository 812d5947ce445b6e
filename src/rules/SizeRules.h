#pragma once
// Purpose x size: production (FastProd) needs nodes x vCPUs >= 12 and at least 3 nodes; dev-test
// needs at least 2 vCPUs in total. GPU/FPGA sizes must be chosen at creation.
#include "rules/ComputeSpec.h"
#include "rules/Finding.h"
#include "rules/VmSizeCatalogue.h"

#include <optional>

namespace cw::rules {

inline constexpr int kProductionMinVcpus = 12;
inline constexpr int kProductionMinNodes = 3;
inline constexpr int kDevTestMinVcpus = 2;

// The smallest node count that satisfies the purpose for a size with vCpusPerNode vCPUs
// (nullopt when vCpusPerNode <= 0).
std::optional<int> minimumNodeCount(ClusterPurpose purpose, int vCpusPerNode);

// Capacity of a whole cluster (create: nodes x size; attach: the sum over the agent pools).
Findings validateCapacity(ClusterPurpose purpose, int nodeCount, int totalVcpus);

// Create: the chosen size and node count against the region's catalogue. A size the catalogue
// does not list gives a warning (cannot check), and so does no catalogue at all (the region's
// sizes could not be read; `unknownReason` says why, e.g. the service's message): the vCPUs are
// then not checked, never guessed. GPU and FPGA sizes give an info finding ("choose now, cannot
// add later"). The node-count rules that need no vCPUs are checked either way.
Findings validatePurposeAndSize(ClusterPurpose purpose, const QString &vmSize, int nodeCount,
                                const std::optional<VmSizeCatalogue> &catalogue,
                                const QString &unknownReason = {});

} // namespace cw::rules
