#include "clusters/ClustersTableModel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

#include <algorithm>

namespace cw::ui {
namespace {

QIcon stateIcon(const QString &state)
{
    // Cached: data() is called for every visible cell on every paint.
    static const QIcon ok = qApp->style()->standardIcon(QStyle::SP_DialogApplyButton);
    static const QIcon failed = qApp->style()->standardIcon(QStyle::SP_MessageBoxCritical);
    static const QIcon busy = qApp->style()->standardIcon(QStyle::SP_BrowserReload);
    static const QIcon other = qApp->style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QString s = state.toLower();
    if (s == QLatin1String("succeeded"))
        return ok;
    if (s == QLatin1String("failed") || s == QLatin1String("canceled"))
        return failed;
    if (s == QLatin1String("creating") || s == QLatin1String("updating") || s == QLatin1String("deleting"))
        return busy;
    return other;
}

} // namespace

ClustersTableModel::ClustersTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ClustersTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClustersTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClustersTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case State: return tr("State");
    case Purpose: return tr("Purpose");
    case Size: return tr("VM size × nodes");
    case Vcpus: return tr("vCPUs");
    case Kubernetes: return tr("Kubernetes");
    case Tls: return tr("TLS");
    case Endpoint: return tr("FQDN / CNAME");
    case LoadBalancer: return tr("Load balancer");
    case Region: return tr("Region");
    case Origin: return tr("Attached / created");
    case Created: return tr("Created");
    case Modified: return tr("Modified");
    case Workspace: return tr("Workspace");
    default: return {};
    }
}

QVariant ClustersTableModel::display(const ClusterRow &row, int column) const
{
    switch (column) {
    case Name: return row.name;
    case State: return row.state;
    case Purpose: return row.purpose;
    case Size:
        if (row.vmSize.isEmpty())
            return QString();
        return row.nodeCount ? tr("%1 × %2").arg(row.vmSize).arg(*row.nodeCount) : row.vmSize;
    case Vcpus: return row.vcpus ? QVariant(*row.vcpus) : QVariant(QStringLiteral("—"));
    case Kubernetes: return row.kubernetesVersion;
    case Tls: return row.tlsStatus;
    case Endpoint: return row.endpoint;
    case LoadBalancer:
        return row.loadBalancer == QLatin1String("InternalLoadBalancer") ? tr("Internal") : tr("Public IP");
    case Region: return row.region;
    case Origin: return row.attached ? tr("Attached") : tr("Created");
    case Created: return row.createdOn.left(19).replace(QLatin1Char('T'), QLatin1Char(' '));
    case Modified: return row.modifiedOn.left(19).replace(QLatin1Char('T'), QLatin1Char(' '));
    case Workspace: return row.workspace;
    default: return {};
    }
}

QVariant ClustersTableModel::sortValue(const ClusterRow &row, int column) const
{
    switch (column) {
    case Size:
        return QString(row.vmSize + QStringLiteral("/%1").arg(row.nodeCount.value_or(0), 6, 10, QLatin1Char('0')));
    case Vcpus: return row.vcpus.value_or(-1);
    case Created: return row.createdOn;
    case Modified: return row.modifiedOn;
    case Name: return row.name; // compute names are lower case; no allocation per comparison
    default: return display(row, column);
    }
}

QVariant ClustersTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ClusterRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case SortRole: return sortValue(row, index.column());
    case IdRole: return row.id;
    case NameRole: return row.name;
    case Qt::DecorationRole:
        return index.column() == State ? QVariant(stateIcon(row.state)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == State && !row.provisioningErrors.isEmpty())
            return row.provisioningErrors.join(QLatin1Char('\n'));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Vcpus ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default: return {};
    }
}

ClustersTableModel::DiffStats ClustersTableModel::setRows(const QList<ClusterRow> &rows)
{
    DiffStats stats;
    QHash<QString, int> fresh;
    fresh.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i)
        fresh.insert(rows.at(i).id, i);

    // Remove vanished rows, from the end, one contiguous range at a time.
    for (int last = int(m_rows.size()) - 1; last >= 0;) {
        if (fresh.contains(m_rows.at(last).id)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !fresh.contains(m_rows.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        stats.removed += last - first + 1;
        last = first - 1;
    }
    reindex();

    // Update changed rows in place.
    for (int i = 0; i < m_rows.size(); ++i) {
        const ClusterRow &next = rows.at(fresh.value(m_rows.at(i).id));
        if (next == m_rows.at(i))
            continue;
        m_rows[i] = next;
        ++stats.changed;
        Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
    }

    // Append the new ones in one insertion.
    QList<ClusterRow> added;
    for (const ClusterRow &row : rows)
        if (!m_index.contains(row.id))
            added.append(row);
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        endInsertRows();
        stats.inserted = int(added.size());
        reindex();
    }
    return stats;
}

const ClusterRow *ClustersTableModel::rowById(const QString &id) const
{
    const int row = m_index.value(id, -1);
    return row < 0 ? nullptr : &m_rows.at(row);
}

void ClustersTableModel::reindex()
{
    m_index.clear();
    m_index.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).id, i);
}

} // namespace cw::ui
