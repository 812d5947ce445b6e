#include "clusters/ClustersTableModel.h"

#include <QElapsedTimer>

#include <algorithm>
#include <bit>

#include "clusters/ClusterColumns.h"

namespace cw::ui {
namespace {

// QString::compare(Qt::CaseSensitive) orders by UTF-16 code unit: the same, inlined.
bool lessByCodeUnit(QStringView a, QStringView b)
{
    const char16_t *p = a.utf16();
    const char16_t *q = b.utf16();
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i)
        if (p[i] != q[i])
            return p[i] < q[i];
    return a.size() < b.size();
}

} // namespace

const ClustersTableModel::ColumnSpec &ClustersTableModel::column(int column)
{
    return kColumns[column];
}

ClustersTableModel::ClustersTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_internal(tr("Internal"))
    , m_publicIp(tr("Public IP"))
    , m_attached(tr("Attached"))
    , m_created(tr("Created"))
    , m_noVcpus(QStringLiteral("—"))
    , m_loadingVcpus(QStringLiteral("…")) // the region's VM sizes are loading
    , m_sizeFormat(tr("%1 × %2"))
{
    // The stack-built size text of rowContains() needs exactly one %1 and one %2 and no other %.
    if (m_sizeFormat.count(QLatin1Char('%')) != 2 || m_sizeFormat.count(QStringLiteral("%1")) != 1
        || m_sizeFormat.count(QStringLiteral("%2")) != 1)
        m_sizeFormat.clear();
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
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return tr(kColumns[section].header);
}

void ClustersTableModel::invalidateRanks()
{
    for (std::vector<int> &r : m_ranks)
        r.clear();
}

void ClustersTableModel::invalidateRanks(quint32 columns)
{
    for (int c = 0; c < ColumnCount; ++c)
        if (columns & (quint32(1) << c))
            m_ranks[c].clear();
}

const std::vector<int> &ClustersTableModel::ranks(int column, Qt::CaseSensitivity cs) const
{
    std::vector<int> &rank = m_ranks[column];
    if (!rank.empty() && m_rankCase[column] == cs)
        return rank;
    const int n = int(m_rows.size());
    rank.assign(size_t(n), 0);
    m_rankCase[column] = cs;
    if (n == 0)
        return rank;
    const auto assign = [&rank](auto &keyed, auto less) {
        std::sort(keyed.begin(), keyed.end(), [&less](const auto &a, const auto &b) { return less(a.first, b.first); });
        rank[size_t(keyed[0].second)] = 0;
        for (size_t k = 1; k < keyed.size(); ++k)
            rank[size_t(keyed[k].second)] = less(keyed[k - 1].first, keyed[k].first) ? int(k) : rank[size_t(keyed[k - 1].second)];
    };
    const ColumnSpec &spec = kColumns[column];
    if (spec.number) {
        std::vector<std::pair<int, int>> keyed(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i)
            keyed[size_t(i)] = {spec.sortNumber(m_rows.at(i)), i};
        assign(keyed, [](int a, int b) { return a < b; });
        return rank;
    }
    std::vector<std::pair<QStringView, int>> keyed(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        keyed[size_t(i)] = {spec.sortText(*this, m_rows.at(i), i), i};
    if (cs == Qt::CaseSensitive)
        assign(keyed, lessByCodeUnit);
    else
        assign(keyed, [](QStringView a, QStringView b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return rank;
}

bool ClustersTableModel::sortLessThan(int leftRow, int rightRow, int column, Qt::CaseSensitivity cs) const
{
    if (column < 0 || column >= ColumnCount)
        return false;
    if (!m_diffing) {
        const std::vector<int> &rank = ranks(column, cs);
        return rank[size_t(leftRow)] < rank[size_t(rightRow)];
    }
    return directLessThan(leftRow, rightRow, column, cs);
}

bool ClustersTableModel::directLessThan(int leftRow, int rightRow, int column, Qt::CaseSensitivity cs) const
{
    // The same keys as ranks(): ints compare as ints, everything else as the same strings.
    const ColumnSpec &spec = kColumns[column];
    const ClusterRow &l = m_rows.at(leftRow);
    const ClusterRow &r = m_rows.at(rightRow);
    if (spec.number)
        return spec.sortNumber(l) < spec.sortNumber(r);
    const QString &a = spec.sortText(*this, l, leftRow);
    const QString &b = spec.sortText(*this, r, rightRow);
    return cs == Qt::CaseInsensitive ? a.compare(b, cs) < 0 : lessByCodeUnit(a, b);
}

bool ClustersTableModel::rowContains(int rowIndex, int column, const QStringMatcher &matcher) const
{
    const ClusterRow &row = m_rows.at(rowIndex);
    // An ASCII pattern is searched for directly (ASCII case folding is exact); a text in which a
    // candidate match meets a non-ASCII character goes to QStringMatcher, which folds Unicode.
    // The folded needle is made once per pattern, not once per row.
    const QString pattern = matcher.pattern();
    const bool foldCase = matcher.caseSensitivity() == Qt::CaseInsensitive;
    const auto fold = [foldCase](char16_t c) { return foldCase && char16_t(c - u'A') < 26 ? char16_t(c + 32) : c; };
    if (pattern != m_needlePattern || matcher.caseSensitivity() != m_needleCase) {
        m_needlePattern = pattern;
        m_needleCase = matcher.caseSensitivity();
        m_needleAscii = !pattern.isEmpty()
            && std::all_of(pattern.cbegin(), pattern.cend(), [](QChar c) { return c.unicode() < 128; });
        m_needle.clear();
        if (m_needleAscii)
            for (QChar c : pattern)
                m_needle.push_back(fold(c.unicode()));
    }
    const bool ascii = m_needleAscii;
    const std::u16string &needle = m_needle;
    const auto has = [&](QStringView text) {
        if (!ascii)
            return matcher.indexIn(text) >= 0;
        const qsizetype n = needle.size();
        const char16_t *p = text.utf16();
        for (qsizetype i = 0; i + n <= text.size(); ++i) {
            if (p[i] >= 128)
                return matcher.indexIn(text) >= 0;
            if (fold(p[i]) != needle[0])
                continue;
            qsizetype j = 1;
            for (; j < n; ++j) {
                if (p[i + j] >= 128)
                    return matcher.indexIn(text) >= 0;
                if (fold(p[i + j]) != needle[j])
                    break;
            }
            if (j == n)
                return true;
        }
        return false;
    };
    CellBuffer buf;
    const auto cell = [&](int c) { return has(kColumns[c].filterText(*this, row, rowIndex, buf)); };
    if (column >= 0)
        return cell(column);
    for (int c = 0; c < ColumnCount; ++c)
        if (cell(c))
            return true;
    return false;
}

QVariant ClustersTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const ClusterRow &row = m_rows.at(index.row());
    const ColumnSpec &spec = kColumns[index.column()];
    switch (role) {
    case Qt::DisplayRole: return spec.display(*this, row, index.row());
    case SortRole: return spec.sortValue(*this, row, index.row());
    case IdRole: return row.id;
    case NameRole: return row.name;
    case Qt::DecorationRole: return spec.icon ? QVariant(spec.icon(row)) : QVariant();
    case Qt::ToolTipRole: return spec.toolTip ? QVariant(spec.toolTip(row)) : QVariant();
    case Qt::TextAlignmentRole: return spec.number ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default: return {};
    }
}

ClustersTableModel::DiffStats ClustersTableModel::setRows(const QList<ClusterRow> &rows)
{
    DiffStats stats;
    if (m_rows.isEmpty()) {
        // First load (or after clearing): everything is new, in one insertion; no diff needed.
        if (rows.isEmpty())
            return stats;
        invalidateRanks();
        ++m_revision;
        beginInsertRows({}, 0, int(rows.size()) - 1);
        m_rows = rows; // shared with the caller's list until either changes
        m_derived = QList<Derived>(rows.size());
        reindex();
        endInsertRows();
        stats.inserted = int(rows.size());
        return stats;
    }
    RowsUpdate update = diffRows(m_rows, rows);
    update.base = m_revision;
    stats = {.inserted = int(update.addedCount), .removed = update.removedCount(), .changed = update.changedCount()};
    applyUpdate(update, -1);
    return stats;
}

bool ClustersTableModel::applyUpdate(RowsUpdate &update, qint64 budgetNs)
{
    Q_ASSERT(update.base == m_revision || update.nextChange + update.nextRemoved + update.nextAdded > 0);
    QElapsedTimer clock;
    clock.start();
    const auto overBudget = [&] { return budgetNs >= 0 && clock.nsecsElapsed() >= budgetNs; };
    int stepsDone = 0; // in this call
    // Until the insertions, rows change while signals go out: the proxy compares rows directly
    // (a rank table would be made again after every step).
    m_diffing = true;

    // Changed rows, a run of adjacent rows per dataChanged, for the columns that differ only:
    // a refresh that changes states does not make the proxy re-sort by name (one spanning
    // dataChanged over every column re-sorted all 6,000 rows at once: a 30 ms stall).
    while (update.nextChange < update.changed.size()) {
        qsizetype end = update.nextChange;
        quint32 columns = 0;
        const int first = update.changed.at(end).row;
        int last = first;
        for (; end < update.changed.size() && update.changed.at(end).row == last + (end > update.nextChange);
             ++end) {
            RowsUpdate::Change &change = update.changed[end];
            last = change.row;
            columns |= change.columns;
            m_rows[change.row] = std::move(change.value);
            m_derived[change.row] = Derived();
        }
        update.nextChange = end;
        invalidateRanks(columns);
        ++m_revision;
        const int left = std::countr_zero(columns);
        const int right = 31 - std::countl_zero(columns);
        Q_EMIT dataChanged(index(first, left), index(last, right));
        ++stepsDone;
        if (overBudget()) {
            m_diffing = false;
            return false;
        }
    }

    // Vanished rows, the last run first (so the earlier runs' rows keep their numbers).
    while (update.nextRemoved < update.removed.size()) {
        const auto [first, last] = update.removed.at(update.nextRemoved++);
        invalidateRanks();
        ++m_revision;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        m_derived.remove(first, last - first + 1);
        reindex();
        endRemoveRows();
        ++stepsDone;
        if (overBudget()) {
            m_diffing = false;
            return false;
        }
    }

    // New rows, appended a batch at a time; the batch grows while a step stays well within the
    // budget and shrinks when one went past it (the proxy's and view's work grows with the rows).
    while (update.nextAdded < update.addedCount) {
        const qsizetype count = budgetNs < 0 ? update.addedCount - update.nextAdded
                                             : std::min(update.addBatch, update.addedCount - update.nextAdded);
        // A step that would end past the budget (by what the last one cost per row) waits for the
        // next slice, unless it is the slice's first.
        if (budgetNs >= 0 && update.addRowNs > 0 && clock.nsecsElapsed() > 0
            && clock.nsecsElapsed() + update.addRowNs * count > budgetNs && stepsDone > 0) {
            m_diffing = false;
            return false;
        }
        QElapsedTimer step;
        step.start();
        const int first = int(m_rows.size());
        invalidateRanks();
        ++m_revision;
        // A batch much smaller than the table is placed by comparing its rows directly; a large
        // one (the first load) sorts faster through the rank table.
        m_diffing = count * 16 < m_rows.size();
        if (m_rows.capacity() < update.rows) { // once, not per batch
            m_rows.reserve(update.rows);
            m_derived.reserve(update.rows);
        }
        beginInsertRows({}, first, first + int(count) - 1);
        for (qsizetype i = 0; i < count; ++i) {
            QList<ClusterRow> &piece = update.added[update.nextPiece];
            ClusterRow &row = piece[update.nextInPiece];
            m_index.insert(row.id, first + int(i)); // as reindex(): a repeated id maps to its last row
            m_rows.append(std::move(row));
            if (++update.nextInPiece == piece.size()) {
                piece = {}; // in the table now: its array goes
                ++update.nextPiece;
                update.nextInPiece = 0;
            }
        }
        m_derived.resize(m_rows.size());
        endInsertRows();
        update.nextAdded += count;
        ++stepsDone;
        if (budgetNs >= 0) {
            // A step costs more as the table grows (the proxy's mapping, the view's sections).
            const qint64 took = step.nsecsElapsed();
            update.addRowNs = took / count;
            if (took * 4 < budgetNs)
                update.addBatch *= 2;
            else if (took > budgetNs / 2 && update.addBatch > 16)
                update.addBatch /= 2;
        }
        if (overBudget()) {
            m_diffing = false;
            return false;
        }
    }
    m_diffing = false;
    if (update.done()) // nothing of it is kept: its rows were moved into the table
        update = RowsUpdate();
    return true;
}

bool ClustersTableModel::updateVcpus(const azure::VmSizeCache &sizes)
{
    std::vector<std::pair<std::optional<int>, ClusterRow::Vcpus>> before;
    before.reserve(size_t(m_rows.size()));
    for (const ClusterRow &row : std::as_const(m_rows))
        before.emplace_back(row.vcpus, row.vcpusState);
    if (!setVcpusFrom(m_rows, sizes))
        return false;
    invalidateRanks(quint32(1) << Vcpus);
    ++m_revision;
    m_diffing = true;
    for (int i = 0; i < m_rows.size();) {
        const auto differs = [&](int r) {
            return before[size_t(r)] != std::pair(m_rows.at(r).vcpus, m_rows.at(r).vcpusState);
        };
        if (!differs(i)) {
            ++i;
            continue;
        }
        int last = i;
        while (last + 1 < m_rows.size() && differs(last + 1))
            ++last;
        Q_EMIT dataChanged(index(i, Vcpus), index(last, Vcpus));
        i = last + 1;
    }
    m_diffing = false;
    return true;
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

void setUpClustersProxy(QSortFilterProxyModel &proxy, ClustersTableModel &model)
{
    proxy.setSourceModel(&model);
    proxy.setSortRole(ClustersTableModel::SortRole);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterKeyColumn(-1);
    proxy.setDynamicSortFilter(true);
    proxy.sort(ClustersTableModel::Name, Qt::AscendingOrder);
}

// ---------------------------------------------------------------------------------------------

ClustersProxyModel::ClustersProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void ClustersProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_clusters = qobject_cast<ClustersTableModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

bool ClustersProxyModel::lessThan(const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const
{
    if (m_clusters && sortRole() == ClustersTableModel::SortRole && !isSortLocaleAware()
        && sourceLeft.model() == m_clusters && sourceRight.model() == m_clusters
        && sourceLeft.column() == sourceRight.column())
        return m_clusters->sortLessThan(sourceLeft.row(), sourceRight.row(), sourceLeft.column(), sortCaseSensitivity());
    return QSortFilterProxyModel::lessThan(sourceLeft, sourceRight);
}

const QStringMatcher *ClustersProxyModel::fixedStringMatcher(const QRegularExpression &re) const
{
    if (m_matcherValid && re.pattern() == m_matcherPattern && re.patternOptions() == m_matcherOptions)
        return m_matcher ? &*m_matcher : nullptr;
    m_matcherValid = true;
    m_matcherPattern = re.pattern();
    m_matcherOptions = re.patternOptions();
    m_matcher.reset();
    // setFilterFixedString() stores QRegularExpression::escape(text): undo it, and use the text
    // only when escaping it again gives the very same pattern (so it is a plain substring).
    const QString &pattern = m_matcherPattern;
    QString text;
    text.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        QChar c = pattern.at(i);
        if (c == QLatin1Char('\\') && i + 1 < pattern.size()) {
            c = pattern.at(++i);
            if (c == QLatin1Char('0'))
                c = QChar(0);
        }
        text.append(c);
    }
    const auto options = m_matcherOptions & ~QRegularExpression::PatternOptions(QRegularExpression::CaseInsensitiveOption);
    if (options != QRegularExpression::NoPatternOption || text.isEmpty() || QRegularExpression::escape(text) != pattern)
        return nullptr;
    m_matcher.emplace(text, (m_matcherOptions & QRegularExpression::CaseInsensitiveOption) ? Qt::CaseInsensitive
                                                                                        : Qt::CaseSensitive);
    return &*m_matcher;
}

bool ClustersProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const int column = filterKeyColumn();
    if (m_clusters && !sourceParent.isValid() && filterRole() == Qt::DisplayRole && column >= -1
        && column < ClustersTableModel::ColumnCount && sourceRow < m_clusters->rowCount()) {
        const QRegularExpression re = filterRegularExpression();
        if (re.pattern().isEmpty())
            return true;
        if (const QStringMatcher *matcher = fixedStringMatcher(re))
            return m_clusters->rowContains(sourceRow, column, *matcher);
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace cw::ui
