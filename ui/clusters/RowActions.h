#pragma once
#include <QString>

#include "clusters/ClusterRow.h"

namespace cw::ui {

// Whether an operation on a compute makes sense now, and if not, why (for the tooltip of the
// disabled action).
struct RowActionState {
    bool enabled = false;
    QString reason; // translated, when disabled
};

// Renew/replace the TLS certificate: a compute in a steady state behind a public IP (TLS is not
// supported with an internal load balancer).
RowActionState renewTlsState(const ClusterRow *row);
// Scale the node count: only for a cluster the workspace created (an attached cluster's node
// pools are managed in AKS), in a steady state, with a known size and node count.
RowActionState scaleState(const ClusterRow *row);
// Delete the compute with its AKS cluster: only for a cluster the workspace created (an attached
// cluster is the owner's; detach it instead), not while the service is changing it.
RowActionState deleteWithClusterState(const ClusterRow *row);

} // namespace cw::ui
