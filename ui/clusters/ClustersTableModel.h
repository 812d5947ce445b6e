#pragma once
#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringMatcher>

#include <memory>
#include <string>
#include <vector>

#include "clusters/ClusterRow.h"
#include "clusters/RowsUpdate.h"
#include "widgets/ServiceLabels.h"

namespace cw::ui {

// The computes of the chosen workspaces. A refresh hands the whole new list to setRows(), which
// diffs it against the shown rows by id: changed rows emit dataChanged, vanished rows are
// removed and new ones appended, never a model reset, so selection and scroll stay put.
class ClustersTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name, Type, State, Purpose, Size, Vcpus, Kubernetes, Tls, Endpoint, LoadBalancer, Region, Origin,
        Created, Modified, Workspace, ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers for counts, ISO text for dates
        IdRole,                      // the compute's ARM id
        NameRole,
    };

    // Everything about one column, each defined once (ClusterColumns.h / .cpp).
    struct ColumnSpec;
    static const ColumnSpec &column(int column);

    explicit ClustersTableModel(QObject *parent = nullptr);

    // QAbstractTableModel::index() without its two virtual calls: a sorting proxy makes two
    // indexes per comparison (1.6 million to load 50,000 rows sorted).
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override
    {
        if (row < 0 || column < 0 || row >= m_rows.size() || column >= ColumnCount || parent.isValid())
            return {};
        return createIndex(row, column);
    }

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
    // Applies `update` (diffRows() of rows() at generation() == update.base) a step at a time: a
    // run of changed rows (dataChanged for the columns that differ only, so a sorting proxy moves
    // nothing when its sort column did not change), a run of vanished rows, a batch of new rows;
    // stops after the first step that ends past `budgetNs` (< 0: none). True once all of it is
    // applied. Between two calls the model is consistent: each row is the old or the new one.
    bool applyUpdate(RowsUpdate &update, qint64 budgetNs);
    // Every row's vCPUs from what `sizes` knows now (setVcpusFrom), in place: dataChanged for the
    // vCPU column of the rows that changed. Whether any did.
    bool updateVcpus(const azure::VmSizeCache &sizes);

    const ClusterRow *rowById(const SplitId &id) const;
    const ClusterRow &rowAt(int row) const { return m_rows.at(row); }
    const QList<ClusterRow> &rows() const { return m_rows; }
    int rowOf(const SplitId &id) const { return m_index.value(id, -1); }

    // Fast paths for ClustersProxyModel, with the same results as comparing/matching data():
    // no QVariant and no allocation per call (50,000 rows sort and filter in a few ms).
    // SortRole values of `column` compared as QSortFilterProxyModel does (not locale aware).
    bool sortLessThan(int leftRow, int rightRow, int column, Qt::CaseSensitivity cs) const
    {
        // Inline when the column's ranks are made: a sort of 50,000 rows makes 800,000 comparisons.
        if (!m_diffing && column >= 0 && column < ColumnCount) {
            const std::vector<int> &rank = m_ranks[column];
            if (!rank.empty() && m_rankCase[column] == cs)
                return rank[size_t(leftRow)] < rank[size_t(rightRow)];
        }
        return slowSortLessThan(leftRow, rightRow, column, cs);
    }
    // A fixed-string filter, prepared once per pattern: QStringMatcher for any text, and the
    // pattern folded for a direct search when it is ASCII.
    struct TextNeedle {
        TextNeedle(const QString &pattern, Qt::CaseSensitivity cs);
        QStringMatcher matcher;
        std::u16string folded; // ASCII letters lower-cased when case-insensitive; empty: not ASCII
        bool foldCase;
    };
    // Whether the DisplayRole text of `column` (-1: of any column) contains the needle.
    bool rowContains(int row, int column, const TextNeedle &needle) const;
    // rowContains() of every row, in row order: one pass over the rows as they lie in memory.
    void rowsContaining(int column, const TextNeedle &needle, std::vector<quint8> &matches) const;
    // Changes before and after every change of the rows: what was computed from the rows at one
    // generation holds for as long as generation() stays the same.
    quint64 generation() const { return m_generation; }

private:
    // Display and sort strings that are built from several fields: made on first use and kept
    // until the row changes, so data() does not allocate on every paint, sort or filter call.
    // Most rows never need one (the cells are written on the stack): a row holds a pointer, not
    // the four strings (104 bytes a row, 0.5 MB for 5,000 computes that were mostly empty).
    struct Derived {
        QString size, sizeKey, created, modified;
        quint8 have = 0;
    };
    enum DerivedPart : quint8 { HaveSize = 1, HaveSizeKey = 2, HaveCreated = 4, HaveModified = 8 };

    static const ColumnSpec kColumns[ColumnCount];

    // Sort ranks of one column: rank[row] < rank[other] exactly when row's SortRole value sorts
    // before other's (equal values, equal ranks). Made once per column after a change, from a
    // compact copy of the keys, so the proxy's many comparisons are two array reads.
    const std::vector<int> &ranks(int column, Qt::CaseSensitivity cs) const;
    bool directLessThan(int leftRow, int rightRow, int column, Qt::CaseSensitivity cs) const;
    bool slowSortLessThan(int leftRow, int rightRow, int column, Qt::CaseSensitivity cs) const;
    void invalidateRanks();

    Derived &derived(int rowIndex) const;
    const QString &sizeText(int rowIndex) const;
    const QString &sizeKey(int rowIndex) const;
    const QString &dateText(int rowIndex, bool modified) const;
    void reindex();
    // Forgets the ranks of the columns in `columns` (bit c: column c).
    void invalidateRanks(quint32 columns);

    QList<ClusterRow> m_rows;
    mutable std::vector<std::unique_ptr<Derived>> m_derived; // parallel to m_rows; null: none made
    QHash<SplitId, int> m_index;      // id → row
    mutable std::vector<int> m_ranks[ColumnCount]; // empty: not made since the last change
    mutable Qt::CaseSensitivity m_rankCase[ColumnCount] = {};
    bool m_diffing = false; // rows change one by one while signals go out: no ranks then
    quint64 m_generation = 0;
    // Translated fixed texts, looked up once (the language is chosen before any window exists).
    QString m_internal, m_publicIp, m_attached, m_created, m_noVcpus, m_loadingVcpus;
    QString m_typeV1, m_typeV2, m_none; // the Type column: "AKS v1", "Kubernetes v2"; "" (no value)
    ServiceLabels m_labels; // in the UI language installed when the model was made
    QString m_sizeFormat; // tr("%1 × %2") when the filter can fill it in itself, else empty
};

} // namespace cw::ui
