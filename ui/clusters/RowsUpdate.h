#pragma once
#include "clusters/ClusterRow.h"

#include <QList>

#include <utility>

namespace cw::ui {

// What a refresh changes in the clusters table: its rows compared by id with the rows shown,
// worked out on any thread (diffRows() is a pure function) and applied on the GUI thread by
// ClustersTableModel::applyUpdate(), a bounded step at a time.
struct RowsUpdate {
    struct Change {
        int row = 0;          // in the shown rows
        quint32 columns = 0;  // bit c set: column c may show, sort or filter differently
        ClusterRow value;
    };
    QList<Change> changed;              // by row, ascending
    QList<std::pair<int, int>> removed; // [first, last] runs of shown rows, the last run first
    // New rows in the refresh's order, in the pieces they came in (a list page's): each piece is
    // freed once it is in the table, so the new rows are never held twice whole.
    QList<QList<ClusterRow>> added;
    qsizetype addedCount = 0;
    qsizetype rows = 0;                 // how many rows the table has once all is applied
    quint64 base = 0;                   // the model's generation() the shown rows were read at

    // How far applyUpdate() has come, and how many new rows it inserts in one step (it grows
    // and shrinks with what a step costs).
    qsizetype nextChange = 0, nextRemoved = 0, nextAdded = 0;
    qsizetype nextPiece = 0, nextInPiece = 0; // where nextAdded is in `added`
    qsizetype addBatch = 128;
    qint64 addRowNs = 0; // what the last batch cost per row

    bool done() const
    {
        return nextChange == changed.size() && nextRemoved == removed.size() && nextAdded == addedCount;
    }
    int changedCount() const { return int(changed.size()); }
    int removedCount() const;
};

// `fresh` compared with `shown` by id. With keepShownVcpus, a fresh row takes the vCPU count
// and state of the shown row of the same id (a list page carries none: they come from the VM
// sizes, setVcpusFrom(), which the caller asks for the changed and added rows only).
RowsUpdate diffRows(const QList<ClusterRow> &shown, QList<ClusterRow> fresh, bool keepShownVcpus = false);
// The same for rows that come in pieces (each page's), compared in place: no joined copy is made.
RowsUpdate diffRows(const QList<ClusterRow> &shown, QList<QList<ClusterRow>> fresh, bool keepShownVcpus = false);

// The columns (bit c for ClustersTableModel column c) whose text, sort key, tooltip or icon can
// differ between two rows of the same compute (a new name or id: every column, as IdRole and
// NameRole are every column's). A difference no column shows (the AKS id, the
// certificate's names...) is reported as the Name column: the row still signals a change (the
// details panel reads it) without touching the columns a sort or filter could move it by.
quint32 changedColumns(const ClusterRow &a, const ClusterRow &b);

} // namespace cw::ui
