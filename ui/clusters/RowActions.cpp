#include "clusters/RowActions.h"
#include "clusters/ClustersTr.h"

#include <QCoreApplication>

namespace cw::ui {
namespace {

bool steady(const ClusterRow &row)
{
    return row.state.compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) == 0;
}

} // namespace

RowActionState renewTlsState(const ClusterRow *row)
{
    if (!row)
        return {false, tr("Select a cluster first.")};
    if (!steady(*row))
        return {false, tr("The compute is not in the Succeeded state.")};
    if (row->loadBalancer.compare(QLatin1String("InternalLoadBalancer"), Qt::CaseInsensitive) == 0)
        return {false, tr("TLS is not supported with an internal load balancer.")};
    return {true, {}};
}

RowActionState scaleState(const ClusterRow *row)
{
    if (!row)
        return {false, tr("Select a cluster first.")};
    if (row->attached)
        return {false, tr("The node pools of an attached cluster are scaled in AKS, not through the workspace.")};
    if (!steady(*row))
        return {false, tr("The compute is not in the Succeeded state.")};
    if (!row->nodeCount || row->vmSize.isEmpty())
        return {false, tr("The service did not report the node count and size.")};
    return {true, {}};
}

RowActionState idleState(const ClusterRow *row, const std::optional<ops::OperationRecord> &running)
{
    if (!row)
        return {false, tr("Select a cluster first.")};
    if (running)
        return {false, tr("An operation is running on this compute (%1); wait until it ends.").arg(running->summary)};
    return {true, {}};
}

RowActionState firstBlocking(const RowActionState &a, const RowActionState &b)
{
    return !a.enabled ? a : b;
}

RowActionState deleteWithClusterState(const ClusterRow *row)
{
    if (!row)
        return {false, tr("Select a cluster first.")};
    if (row->attached)
        return {false, tr("The AKS cluster was attached, not created by the workspace: detach it instead.")};
    for (const char *busy : {"Creating", "Updating", "Deleting"})
        if (row->state.compare(QLatin1String(busy), Qt::CaseInsensitive) == 0)
            return {false, tr("The service is changing the compute (%1).").arg(row->state)};
    return {true, {}};
}

RowActionState v1OnlyState(const ClusterRow *row)
{
    if (!row)
        return {false, tr("Select a cluster first.")};
    if (row->isKubernetes())
        return {false, tr("An Azure ML v2 Kubernetes compute is changed through the Azure ML extension, not this action.")};
    return {true, {}};
}

RowActionState moveToV2State(const ClusterRow *row)
{
    if (!row)
        return {false, tr("Select a cluster first.")};
    if (row->isKubernetes())
        return {false, tr("The compute is an Azure ML v2 Kubernetes compute already.")};
    if (!steady(*row))
        return {false, tr("The compute is not in the Succeeded state.")};
    return {true, {}};
}

} // namespace cw::ui
