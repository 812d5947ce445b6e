#include "clusters/RowsUpdate.h"

#include "clusters/ClustersTableModel.h"

#include <QHash>

#include <algorithm>

namespace cw::ui {

namespace {

using M = ClustersTableModel;

constexpr quint32 bit(int column)
{
    return quint32(1) << column;
}

} // namespace

int RowsUpdate::removedCount() const
{
    int n = 0;
    for (const auto &[first, last] : removed)
        n += last - first + 1;
    return n;
}

quint32 changedColumns(const ClusterRow &a, const ClusterRow &b)
{
    // Which fields each column reads: ClusterColumns.cpp (text, sort key, tooltip, icon).
    quint32 columns = 0;
    const auto field = [&columns](bool differs, quint32 mask) {
        if (differs)
            columns |= mask;
    };
    // IdRole and NameRole are every column's (a compute's name and id do not change in practice).
    constexpr quint32 every = (quint32(1) << M::ColumnCount) - 1;
    field(a.name != b.name || a.id != b.id, every);
    field(a.computeType != b.computeType, bit(M::Type));
    field(a.state != b.state || a.rare().provisioningErrors != b.rare().provisioningErrors, bit(M::State));
    field(a.purpose != b.purpose, bit(M::Purpose));
    // The vCPU tooltip names the size, the node count and the region.
    field(a.vmSize != b.vmSize || a.nodeCount != b.nodeCount, bit(M::Size) | bit(M::Vcpus));
    field(a.vcpus != b.vcpus || a.vcpusState != b.vcpusState, bit(M::Vcpus));
    field(a.kubernetesVersion != b.kubernetesVersion, bit(M::Kubernetes));
    field(a.tlsStatus != b.tlsStatus, bit(M::Tls));
    field(a.endpoint != b.endpoint, bit(M::Endpoint));
    field(a.loadBalancer != b.loadBalancer, bit(M::LoadBalancer));
    field(a.region != b.region, bit(M::Region) | bit(M::Vcpus));
    field(a.attached != b.attached, bit(M::Origin));
    field(a.createdOn != b.createdOn, bit(M::Created));
    field(a.modifiedOn != b.modifiedOn, bit(M::Modified));
    field(a.workspace != b.workspace, bit(M::Workspace));
    // Shown in no column (the details panel, the actions).
    field(a.subscription != b.subscription || a.aksResourceId != b.aksResourceId
              || a.scoringAddress != b.scoringAddress || a.rare().tlsLeafLabel != b.rare().tlsLeafLabel
              || a.rare().tlsCname != b.rare().tlsCname || a.rare().loadBalancerSubnet != b.rare().loadBalancerSubnet
              || a.rare().kubernetesNamespace != b.rare().kubernetesNamespace
              || a.rare().instanceTypes != b.rare().instanceTypes
              || a.rare().defaultInstanceType != b.rare().defaultInstanceType,
          bit(M::Name));
    return columns;
}

RowsUpdate diffRows(const QList<ClusterRow> &shown, QList<ClusterRow> fresh, bool keepShownVcpus)
{
    QList<QList<ClusterRow>> pieces;
    pieces.append(std::move(fresh));
    return diffRows(shown, std::move(pieces), keepShownVcpus);
}

RowsUpdate diffRows(const QList<ClusterRow> &shown, QList<QList<ClusterRow>> fresh, bool keepShownVcpus)
{
    RowsUpdate update;
    QHash<SplitId, int> shownIndex;
    shownIndex.reserve(shown.size());
    for (int i = 0; i < shown.size(); ++i)
        shownIndex.insert(shown.at(i).id, i);

    // Each shown row is matched by at most one fresh row (a repeated id: the first one wins,
    // as the model's id index did).
    QList<bool> matched(shown.size(), false);
    for (QList<ClusterRow> &piece : fresh) {
        qsizetype kept = 0; // the piece's new rows, moved to its front
        for (ClusterRow &row : piece) {
            const auto it = shownIndex.constFind(row.id);
            if (it == shownIndex.constEnd()) {
                if (&piece[kept] != &row)
                    piece[kept] = std::move(row);
                ++kept;
                continue;
            }
            const int i = *it;
            if (matched.at(i))
                continue;
            matched[i] = true;
            const ClusterRow &old = shown.at(i);
            if (keepShownVcpus) {
                row.vcpus = old.vcpus;
                row.vcpusState = old.vcpusState;
            }
            if (const quint32 columns = changedColumns(old, row))
                update.changed.append({.row = i, .columns = columns, .value = std::move(row)});
        }
        piece.resize(kept);
        if (kept > 0) {
            update.addedCount += kept;
            update.added.append(std::move(piece));
        }
    }
    std::sort(update.changed.begin(), update.changed.end(),
              [](const RowsUpdate::Change &a, const RowsUpdate::Change &b) { return a.row < b.row; });
    for (int last = int(shown.size()) - 1; last >= 0;) {
        if (matched.at(last)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !matched.at(first - 1))
            --first;
        update.removed.append({first, last});
        last = first - 1;
    }
    update.rows = shown.size() - update.removedCount() + update.addedCount;
    return update;
}

} // namespace cw::ui
