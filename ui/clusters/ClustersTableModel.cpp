#include "clusters/ClustersTableModel.h"

#include <QElapsedTimer>

#include <algorithm>
#include <bit>
#include <cstring>

#include "clusters/ClusterColumns.h"
#include "clusters/HeapTrim.h"

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

// A text sort key with the eight UTF-16 code units after the prefix every key of the column
// shares packed big-endian into two integers (0 past the end). A smaller head means a smaller
// text and a smaller text never has a larger head, so sorting by head and then, on equal heads
// only, by the rest of the text is exactly the order of lessByCodeUnit: a 50,000-name column
// sorted string by string spent most of the table's load in lessByCodeUnit.
struct HeadedKey {
    quint64 high, low;
    QStringView text;
    int row;
};

constexpr qsizetype kHeadUnits = 8;

void setHead(HeadedKey &key, qsizetype prefix)
{
    const auto unit = [&key](qsizetype i) { return i < key.text.size() ? quint64(key.text.utf16()[i]) : 0u; };
    key.high = key.low = 0;
    for (qsizetype i = prefix; i < prefix + kHeadUnits / 2; ++i)
        key.high = (key.high << 16) | unit(i);
    for (qsizetype i = prefix + kHeadUnits / 2; i < prefix + kHeadUnits; ++i)
        key.low = (key.low << 16) | unit(i);
}

// Equal heads: the texts agree up to the end of the head or of the shorter one.
bool headedLess(const HeadedKey &a, const HeadedKey &b, qsizetype prefix)
{
    if (a.high != b.high)
        return a.high < b.high;
    if (a.low != b.low)
        return a.low < b.low;
    const qsizetype from = std::min({prefix + kHeadUnits, a.text.size(), b.text.size()});
    return lessByCodeUnit(a.text.sliced(from), b.text.sliced(from));
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
    , m_typeV1(tr("AKS v1"))
    , m_typeV2(tr("Kubernetes v2"))
    , m_sizeFormat(tr("%1 × %2"))
{
    // The stack-built size text of rowContains() needs exactly one %1 and one %2 and no other %.
    if (m_sizeFormat.count(QLatin1Char('%')) != 2 || m_sizeFormat.count(QStringLiteral("%1")) != 1
        || m_sizeFormat.count(QStringLiteral("%2")) != 1)
        m_sizeFormat.clear();
    // invalidateRanks() counts a generation before each change of the rows; these count one after
    // it, before any other receiver (a proxy) hears of it, so nothing computed while the rows
    // were changing is taken for the changed rows' results.
    const auto changed = [this] { ++m_generation; };
    connect(this, &QAbstractItemModel::rowsInserted, this, changed);
    connect(this, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(this, &QAbstractItemModel::rowsMoved, this, changed);
    connect(this, &QAbstractItemModel::dataChanged, this, changed);
    connect(this, &QAbstractItemModel::layoutChanged, this, changed);
    connect(this, &QAbstractItemModel::modelReset, this, changed);
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
    ++m_generation;
    for (std::vector<int> &r : m_ranks)
        r.clear();
}

void ClustersTableModel::invalidateRanks(quint32 columns)
{
    ++m_generation; // as invalidateRanks(): before the change
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
    if (cs == Qt::CaseSensitive) {
        std::vector<HeadedKey> keyed(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i)
            keyed[size_t(i)] = {0, 0, spec.sortText(*this, m_rows.at(i), i), i};
        // The prefix every key shares ("aks-", "2026-1"): the heads start after it.
        const QStringView first = keyed[0].text;
        qsizetype prefix = first.size();
        for (const HeadedKey &k : keyed) {
            const qsizetype common = std::min(prefix, k.text.size());
            qsizetype j = 0;
            while (j < common && k.text.utf16()[j] == first.utf16()[j])
                ++j;
            prefix = j;
        }
        for (HeadedKey &k : keyed)
            setHead(k, prefix);
        const auto less = [prefix](const HeadedKey &a, const HeadedKey &b) { return headedLess(a, b, prefix); };
        std::sort(keyed.begin(), keyed.end(), less);
        rank[size_t(keyed[0].row)] = 0;
        for (size_t k = 1; k < keyed.size(); ++k)
            rank[size_t(keyed[k].row)] = less(keyed[k - 1], keyed[k]) ? int(k) : rank[size_t(keyed[k - 1].row)];
        return rank;
    }
    std::vector<std::pair<QStringView, int>> keyed(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        keyed[size_t(i)] = {spec.sortText(*this, m_rows.at(i), i), i};
    assign(keyed, [](QStringView a, QStringView b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return rank;
}

// sortLessThan() without the column's ranks made: makes them, or compares directly while the
// rows change.
bool ClustersTableModel::slowSortLessThan(int leftRow, int rightRow, int column, Qt::CaseSensitivity cs) const
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

ClustersTableModel::TextNeedle::TextNeedle(const QString &pattern, Qt::CaseSensitivity cs)
    : matcher(pattern, cs)
    , foldCase(cs == Qt::CaseInsensitive)
{
    if (pattern.isEmpty() || !std::all_of(pattern.cbegin(), pattern.cend(), [](QChar c) { return c.unicode() < 128; }))
        return;
    for (const QChar c : pattern)
        folded.push_back(foldCase && char16_t(c.unicode() - u'A') < 26 ? char16_t(c.unicode() + 32) : c.unicode());
}

namespace {

// Four UTF-16 code units at once (a 50,000-row filter reads some 9 million of them).
quint64 fourUnits(const char16_t *p)
{
    quint64 v;
    std::memcpy(&v, p, sizeof v);
    return v;
}
constexpr quint64 kLaneOnes = 0x0001000100010001ull;
constexpr quint64 kLaneHighs = 0x8000800080008000ull;
// Whether any of the four units is zero.
bool anyZeroUnit(quint64 v)
{
    return ((v - kLaneOnes) & ~v & kLaneHighs) != 0;
}

// Whether `text` contains the needle, as QStringMatcher finds it. An ASCII needle is searched
// for directly (ASCII case folding is exact) unless the search is case-insensitive and the text
// has a non-ASCII character, which may fold to an ASCII one (K, the Kelvin sign): then
// QStringMatcher, which folds Unicode. Candidates are found by the needle's first character,
// four code units at a time.
bool textHas(QStringView text, const ClustersTableModel::TextNeedle &needle)
{
    const std::u16string &folded = needle.folded;
    if (folded.empty())
        return needle.matcher.indexIn(text) >= 0;
    const qsizetype n = qsizetype(folded.size());
    const qsizetype size = text.size();
    if (size < n) // folding keeps one code unit one code unit: no match in fewer
        return false;
    const char16_t *p = text.utf16();
    if (needle.foldCase) {
        quint64 all = 0;
        qsizetype i = 0;
        for (; i + 4 <= size; i += 4)
            all |= fourUnits(p + i);
        for (; i < size; ++i)
            all |= p[i];
        if (all & 0xff80ff80ff80ff80ull)
            return needle.matcher.indexIn(text) >= 0;
    }
    const auto fold = [&needle](char16_t c) { return needle.foldCase && char16_t(c - u'A') < 26 ? char16_t(c + 32) : c; };
    // An ASCII letter matches both cases: c | 0x20 is the lower case letter for exactly those two.
    const char16_t first = folded[0];
    const char16_t letterBit = needle.foldCase && char16_t(first - u'a') < 26 ? 0x20 : 0;
    const quint64 firstLanes = kLaneOnes * first;
    const quint64 letterLanes = kLaneOnes * letterBit;
    const auto matchesAt = [&](qsizetype i) {
        if ((p[i] | letterBit) != first)
            return false;
        qsizetype j = 1;
        while (j < n && fold(p[i + j]) == folded[size_t(j)])
            ++j;
        return j == n;
    };
    const qsizetype last = size - n; // the last start a match fits at
    qsizetype i = 0;
    for (; i + 4 <= last + 1; i += 4) {
        if (!anyZeroUnit((fourUnits(p + i) | letterLanes) ^ firstLanes))
            continue;
        for (qsizetype k = i; k < i + 4; ++k)
            if (matchesAt(k))
                return true;
    }
    for (; i <= last; ++i)
        if (matchesAt(i))
            return true;
    return false;
}

} // namespace

bool ClustersTableModel::rowContains(int rowIndex, int column, const TextNeedle &needle) const
{
    const ClusterRow &row = m_rows.at(rowIndex);
    CellBuffer buf;
    const auto cell = [&](int c) { return textHas(kColumns[c].filterText(*this, row, rowIndex, buf), needle); };
    if (column >= 0)
        return cell(column);
    for (int c = 0; c < ColumnCount; ++c)
        if (cell(c))
            return true;
    return false;
}

void ClustersTableModel::rowsContaining(int column, const TextNeedle &needle, std::vector<quint8> &matches) const
{
    const int n = int(m_rows.size());
    matches.resize(size_t(n));
    for (int row = 0; row < n; ++row)
        matches[size_t(row)] = rowContains(row, column, needle);
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
    case IdRole: return row.id.toString();
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
        beginInsertRows({}, 0, int(rows.size()) - 1);
        m_rows = rows; // shared with the caller's list until either changes
        m_derived.clear();
        m_derived.resize(size_t(rows.size()));
        reindex();
        endInsertRows();
        stats.inserted = int(rows.size());
        return stats;
    }
    RowsUpdate update = diffRows(m_rows, rows);
    update.base = m_generation;
    stats = {.inserted = int(update.addedCount), .removed = update.removedCount(), .changed = update.changedCount()};
    applyUpdate(update, -1);
    return stats;
}

bool ClustersTableModel::applyUpdate(RowsUpdate &update, qint64 budgetNs)
{
    Q_ASSERT(update.base == m_generation || update.nextChange + update.nextRemoved + update.nextAdded > 0);
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
            m_derived[size_t(change.row)].reset();
        }
        update.nextChange = end;
        invalidateRanks(columns);
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
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        m_derived.erase(m_derived.begin() + first, m_derived.begin() + last + 1);
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
        // A batch much smaller than the table is placed by comparing its rows directly; a large
        // one (the first load) sorts faster through the rank table.
        m_diffing = count * 16 < m_rows.size();
        // No m_rows.reserve(): QList::reserve copies every row into the new array (Qt 6's reserve
        // never moves), 8-13 ms for 6,000 rows in one slice. Appending grows the array by
        // realloc instead (ClusterRow is relocatable), a fraction of a millisecond.
        if (m_derived.capacity() < size_t(update.rows))
            m_derived.reserve(size_t(update.rows)); // moves pointers only
        beginInsertRows({}, first, first + int(count) - 1);
        bool piecesFreed = false;
        for (qsizetype i = 0; i < count; ++i) {
            QList<ClusterRow> &piece = update.added[update.nextPiece];
            ClusterRow &row = piece[update.nextInPiece];
            m_index.insert(row.id, first + int(i)); // as reindex(): a repeated id maps to its last row
            m_rows.append(std::move(row));
            if (++update.nextInPiece == piece.size()) {
                piece = {}; // in the table now: its array goes
                piecesFreed = true;
                ++update.nextPiece;
                update.nextInPiece = 0;
            }
        }
        m_derived.resize(size_t(m_rows.size()));
        // The freed arrays sit between their rows' strings in the worker's heap, which glibc
        // keeps resident: returned now, before the table's array grows over the next batches.
        if (piecesFreed)
            trimHeapSoon();
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

const ClusterRow *ClustersTableModel::rowById(const SplitId &id) const
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
