#pragma once
#include <QString>

#include "clusters/ClusterRow.h"
#include "ops/OperationRecord.h"

#include <optional>

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
// Any action that changes the compute (scale, TLS, load balancer, detach, re-attach, delete):
// not while `running` (the operation running on it, see ComputeActivity) goes on; the reason
// names it. A second operation would fail with a conflict or act on values being changed.
RowActionState idleState(const ClusterRow *row, const std::optional<ops::OperationRecord> &running);
// The first of the two that is disabled (its reason), else enabled.
RowActionState firstBlocking(const RowActionState &a, const RowActionState &b);
// Delete the compute with its AKS cluster: only for a cluster the workspace created (an attached
// cluster is the owner's; detach it instead), not while the service is changing it.
RowActionState deleteWithClusterState(const ClusterRow *row);
// Move to v2: a v1 AKS compute in the Succeeded state (a Kubernetes compute is on v2 already).
// What the cluster needs besides is the move's own preflight (MoveToV2Check), shown in its dialog.
RowActionState moveToV2State(const ClusterRow *row);
// The v1 changes (re-attach, TLS, load balancer, scale, delete with the cluster): not for a
// Kubernetes compute, whose settings are the Azure ML extension's.
RowActionState v1OnlyState(const ClusterRow *row);

} // namespace cw::ui
