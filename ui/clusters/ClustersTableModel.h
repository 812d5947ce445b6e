#pragma once
#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include "clusters/ClusterRow.h"

namespace cw::ui {

// The computes of the chosen workspaces. A refresh hands the whole new list to setRows(), which
// diffs it against the shown rows by id: changed rows emit dataChanged, vanished rows are
// removed and new ones appended, never a model reset, so selection and scroll stay put.
class ClustersTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name, State, Purpose, Size, Vcpus, Kubernetes, Tls, Endpoint, LoadBalancer, Region, Origin,
        Created, Modified, Workspace, ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers for counts, ISO text for dates
        IdRole,                      // the compute's ARM id
        NameRole,
    };

    explicit ClustersTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    struct DiffStats {
        int inserted = 0;
        int removed = 0;
        int changed = 0;
    };
    DiffStats setRows(const QList<ClusterRow> &rows);

    const ClusterRow *rowById(const QString &id) const;
    const ClusterRow &rowAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &id) const { return m_index.value(id, -1); }

private:
    QVariant display(const ClusterRow &row, int column) const;
    QVariant sortValue(const ClusterRow &row, int column) const;
    void reindex();

    QList<ClusterRow> m_rows;
    QHash<QString, int> m_index; // id → row
};

} // namespace cw::ui
