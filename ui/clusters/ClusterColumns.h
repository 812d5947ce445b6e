#pragma once
// The clusters table's columns, each defined once (kColumns in ClusterColumns.cpp): its header,
// what it shows, sorts by, filters on, its tooltip, icon and alignment. ClustersTableModel's
// data() and headerData(), its fast sort and filter paths for ClustersProxyModel and the view's
// column widths all read these entries: no per-column switch anywhere else, so a column changes
// in one place and the fast paths cannot drift from data().
#include <QIcon>
#include <QVarLengthArray>
#include <QVariant>

#include <optional>

#include "clusters/ClustersTableModel.h"

namespace cw::ui {

// Text made for one cell on the stack: the filter reads every cell of every row, and one string
// per cell made the first filter of 50,000 rows a stall.
using CellBuffer = QVarLengthArray<QChar, 96>;

struct ClustersTableModel::ColumnSpec {
    using Text = const QString &(*)(const ClustersTableModel &, const ClusterRow &, int row);

    const char *header = nullptr; // QT_TRANSLATE_NOOP in the model's context; headerData() translates
    // DisplayRole text; also the SortRole value and the filtered text unless given below.
    Text text = nullptr;
    // SortRole value when it is not the text: the service's ISO date, a zero-padded size.
    Text sortKey = nullptr;
    // The very DisplayRole text written into the buffer without allocating, for the filter; it
    // may return text() itself when it cannot (a view of the buffer or of a kept string).
    QStringView (*writeText)(const ClustersTableModel &, const ClusterRow &, int row, CellBuffer &) = nullptr;
    // A count instead of text: shown as the number (placeholder() when unknown), sorted as a
    // number (unknown: -1) and right aligned.
    std::optional<int> ClusterRow::*number = nullptr;
    // What an unknown count shows (e.g. "…" while it loads); "—" when not given.
    const QString &(*placeholder)(const ClustersTableModel &, const ClusterRow &) = nullptr;
    QString (*toolTip)(const ClusterRow &) = nullptr; // the service's own word under the label
    QIcon (*icon)(const ClusterRow &) = nullptr;
    int fitWidthCap = 180; // the view's fitted width at most (then the person's choice)

    QVariant display(const ClustersTableModel &m, const ClusterRow &row, int rowIndex) const;
    QVariant sortValue(const ClustersTableModel &m, const ClusterRow &row, int rowIndex) const;
    const QString &sortText(const ClustersTableModel &m, const ClusterRow &row, int rowIndex) const
    {
        return (sortKey ? sortKey : text)(m, row, rowIndex);
    }
    int sortNumber(const ClusterRow &row) const { return (row.*number).value_or(-1); }
    const QString &noNumber(const ClustersTableModel &m, const ClusterRow &row) const;
    // DisplayRole as text, without allocating (what the filter matches).
    QStringView filterText(const ClustersTableModel &m, const ClusterRow &row, int rowIndex, CellBuffer &buf) const;

    // What several entries use: a service value's label, the dates, the size as the filter sees it.
    template<ServiceField Field, QString ClusterRow::*Raw>
    static const QString &label(const ClustersTableModel &m, const ClusterRow &row, int rowIndex);
    template<bool Modified>
    static const QString &date(const ClustersTableModel &m, const ClusterRow &row, int rowIndex);
    template<bool Modified>
    static QStringView writeDate(const ClustersTableModel &m, const ClusterRow &row, int rowIndex, CellBuffer &buf);
    static QStringView writeSize(const ClustersTableModel &m, const ClusterRow &row, int rowIndex, CellBuffer &buf);
};

} // namespace cw::ui
