#include "clusters/ClustersTableModel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>
#include <QVarLengthArray>

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

// Decimal text of n into buf (what QString::number / QVariant::toString give for an int).
QStringView intText(int n, QChar (&buf)[16])
{
    qsizetype pos = 16;
    unsigned int u = n < 0 ? 0u - unsigned(n) : unsigned(n);
    do {
        buf[--pos] = QChar(char16_t(u'0' + u % 10));
        u /= 10;
    } while (u);
    if (n < 0)
        buf[--pos] = QLatin1Char('-');
    return QStringView(buf + pos, 16 - pos);
}

} // namespace

ClustersTableModel::ClustersTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_internal(tr("Internal"))
    , m_publicIp(tr("Public IP"))
    , m_attached(tr("Attached"))
    , m_created(tr("Created"))
    , m_noVcpus(QStringLiteral("—"))
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

const QString &ClustersTableModel::sizeText(int rowIndex) const
{
    Derived &d = m_derived[rowIndex];
    if (!(d.have & HaveSize)) {
        const ClusterRow &row = m_rows.at(rowIndex);
        if (row.vmSize.isEmpty())
            d.size = QString();
        else
            d.size = row.nodeCount ? tr("%1 × %2").arg(row.vmSize).arg(*row.nodeCount) : row.vmSize;
        d.have |= HaveSize;
    }
    return d.size;
}

const QString &ClustersTableModel::sizeKey(int rowIndex) const
{
    Derived &d = m_derived[rowIndex];
    if (!(d.have & HaveSizeKey)) {
        const ClusterRow &row = m_rows.at(rowIndex);
        d.sizeKey = row.vmSize + QStringLiteral("/%1").arg(row.nodeCount.value_or(0), 6, 10, QLatin1Char('0'));
        d.have |= HaveSizeKey;
    }
    return d.sizeKey;
}

const QString &ClustersTableModel::dateText(int rowIndex, bool modified) const
{
    Derived &d = m_derived[rowIndex];
    const quint8 part = modified ? HaveModified : HaveCreated;
    QString &text = modified ? d.modified : d.created;
    if (!(d.have & part)) {
        const ClusterRow &row = m_rows.at(rowIndex);
        text = displayDateTime(modified ? row.modifiedOn : row.createdOn);
        d.have |= part;
    }
    return text;
}

const QString &ClustersTableModel::loadBalancerText(const ClusterRow &row) const
{
    return row.loadBalancer == QLatin1String("InternalLoadBalancer") ? m_internal : m_publicIp;
}

const QString &ClustersTableModel::stateText(const ClusterRow &row) const
{
    return m_labels.label(ServiceField::ProvisioningState, row.state);
}

const QString &ClustersTableModel::purposeText(const ClusterRow &row) const
{
    return m_labels.label(ServiceField::ClusterPurpose, row.purpose);
}

const QString &ClustersTableModel::tlsText(const ClusterRow &row) const
{
    return m_labels.label(ServiceField::TlsStatus, row.tlsStatus);
}

QVariant ClustersTableModel::toolTip(const ClusterRow &row, int column) const
{
    // The service's own word under the label: what the portal, az and exports call it.
    switch (column) {
    case State:
        return row.provisioningErrors.isEmpty() ? row.state
                                                : row.state + QLatin1Char('\n') + row.provisioningErrors.join(QLatin1Char('\n'));
    case Purpose: return row.purpose;
    case Tls: return row.tlsStatus;
    case LoadBalancer: return row.loadBalancer;
    case Created: return row.createdOn;
    case Modified: return row.modifiedOn;
    default: return {};
    }
}

const QString &ClustersTableModel::originText(const ClusterRow &row) const
{
    return row.attached ? m_attached : m_created;
}

QVariant ClustersTableModel::display(int rowIndex, int column) const
{
    const ClusterRow &row = m_rows.at(rowIndex);
    switch (column) {
    case Name: return row.name;
    case State: return stateText(row);
    case Purpose: return purposeText(row);
    case Size: return sizeText(rowIndex);
    case Vcpus: return row.vcpus ? QVariant(*row.vcpus) : QVariant(m_noVcpus);
    case Kubernetes: return row.kubernetesVersion;
    case Tls: return tlsText(row);
    case Endpoint: return row.endpoint;
    case LoadBalancer: return loadBalancerText(row);
    case Region: return row.region;
    case Origin: return originText(row);
    case Created: return dateText(rowIndex, false);
    case Modified: return dateText(rowIndex, true);
    case Workspace: return row.workspace;
    default: return {};
    }
}

QVariant ClustersTableModel::sortValue(int rowIndex, int column) const
{
    const ClusterRow &row = m_rows.at(rowIndex);
    switch (column) {
    case Size: return sizeKey(rowIndex);
    case Vcpus: return row.vcpus.value_or(-1);
    case Created: return row.createdOn;
    case Modified: return row.modifiedOn;
    case Name: return row.name; // compute names are lower case; no allocation per comparison
    default: return display(rowIndex, column);
    }
}

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

void ClustersTableModel::invalidateRanks()
{
    for (std::vector<int> &r : m_ranks)
        r.clear();
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
    if (column == Vcpus) {
        std::vector<std::pair<int, int>> keyed(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i)
            keyed[size_t(i)] = {m_rows.at(i).vcpus.value_or(-1), i};
        assign(keyed, [](int a, int b) { return a < b; });
        return rank;
    }
    std::vector<std::pair<QStringView, int>> keyed(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        const ClusterRow &row = m_rows.at(i);
        QStringView key;
        switch (column) {
        case Name: key = row.name; break;
        case State: key = stateText(row); break;
        case Purpose: key = purposeText(row); break;
        case Size: key = sizeKey(i); break;
        case Kubernetes: key = row.kubernetesVersion; break;
        case Tls: key = tlsText(row); break;
        case Endpoint: key = row.endpoint; break;
        case LoadBalancer: key = loadBalancerText(row); break;
        case Region: key = row.region; break;
        case Origin: key = originText(row); break;
        case Created: key = row.createdOn; break;
        case Modified: key = row.modifiedOn; break;
        case Workspace: key = row.workspace; break;
        default: break;
        }
        keyed[size_t(i)] = {key, i};
    }
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
    const ClusterRow &l = m_rows.at(leftRow);
    const ClusterRow &r = m_rows.at(rightRow);
    // Mirrors sortValue(): ints compare as ints, everything else as the same strings.
    const auto less = [cs](const QString &a, const QString &b) {
        return cs == Qt::CaseInsensitive ? a.compare(b, cs) < 0 : lessByCodeUnit(a, b);
    };
    switch (column) {
    case Name: return less(l.name, r.name);
    case State: return less(stateText(l), stateText(r));
    case Purpose: return less(purposeText(l), purposeText(r));
    case Size: return less(sizeKey(leftRow), sizeKey(rightRow));
    case Vcpus: return l.vcpus.value_or(-1) < r.vcpus.value_or(-1);
    case Kubernetes: return less(l.kubernetesVersion, r.kubernetesVersion);
    case Tls: return less(tlsText(l), tlsText(r));
    case Endpoint: return less(l.endpoint, r.endpoint);
    case LoadBalancer: return less(loadBalancerText(l), loadBalancerText(r));
    case Region: return less(l.region, r.region);
    case Origin: return less(originText(l), originText(r));
    case Created: return less(l.createdOn, r.createdOn);
    case Modified: return less(l.modifiedOn, r.modifiedOn);
    case Workspace: return less(l.workspace, r.workspace);
    default: return false;
    }
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
    const auto cell = [&](int c) -> bool {
        switch (c) {
        case Name: return has(row.name);
        case State: return has(stateText(row));
        case Purpose: return has(purposeText(row));
        case Size: {
            if (row.vmSize.isEmpty() || !row.nodeCount)
                return has(row.vmSize);
            if (row.vmSize.contains(QLatin1Char('%')) || m_sizeFormat.isEmpty())
                return has(sizeText(rowIndex)); // arg() would treat it as a placeholder
            // tr("%1 × %2") filled in on the stack, as arg() fills it (no allocation per row).
            QChar number[16];
            const QStringView count = intText(*row.nodeCount, number);
            QVarLengthArray<QChar, 96> text;
            const QString &format = m_sizeFormat;
            for (qsizetype i = 0; i < format.size(); ++i) {
                if (format.at(i) == QLatin1Char('%') && i + 1 < format.size()
                    && (format.at(i + 1) == QLatin1Char('1') || format.at(i + 1) == QLatin1Char('2'))) {
                    const QStringView part = format.at(i + 1) == QLatin1Char('1') ? QStringView(row.vmSize) : count;
                    text.append(part.data(), part.size());
                    ++i;
                } else {
                    text.append(format.at(i));
                }
            }
            return has(QStringView(text.constData(), text.size()));
        }
        case Vcpus: {
            if (!row.vcpus)
                return has(m_noVcpus);
            QChar buf[16];
            return has(intText(*row.vcpus, buf));
        }
        case Kubernetes: return has(row.kubernetesVersion);
        case Tls: return has(tlsText(row));
        case Endpoint: return has(row.endpoint);
        case LoadBalancer: return has(loadBalancerText(row));
        case Region: return has(row.region);
        case Origin: return has(originText(row));
        case Created:
        case Modified: {
            // Written on the stack as data() shows it (no allocation); the rare other case once.
            QChar buf[kDisplayDateTimeCapacity];
            const qsizetype n = writeDisplayDateTime(c == Created ? row.createdOn : row.modifiedOn, buf,
                                                     kDisplayDateTimeCapacity);
            return n >= 0 ? has(QStringView(buf, n)) : has(dateText(rowIndex, c == Modified));
        }
        case Workspace: return has(row.workspace);
        default: return false;
        }
    };
    if (column >= 0)
        return cell(column);
    for (int c = 0; c < ColumnCount; ++c)
        if (cell(c))
            return true;
    return false;
}

QVariant ClustersTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ClusterRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(index.row(), index.column());
    case SortRole: return sortValue(index.row(), index.column());
    case IdRole: return row.id;
    case NameRole: return row.name;
    case Qt::DecorationRole:
        return index.column() == State ? QVariant(stateIcon(row.state)) : QVariant();
    case Qt::ToolTipRole: return toolTip(row, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Vcpus ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
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
        m_derived = QList<Derived>(rows.size());
        reindex();
        endInsertRows();
        stats.inserted = int(rows.size());
        return stats;
    }

    QHash<QString, int> fresh;
    fresh.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i)
        fresh.insert(rows.at(i).id, i);

    // Until the insertion below, rows change while signals go out: the proxy compares directly.
    m_diffing = true;
    // Remove vanished rows, from the end, one contiguous range at a time.
    for (int last = int(m_rows.size()) - 1; last >= 0;) {
        if (fresh.contains(m_rows.at(last).id)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !fresh.contains(m_rows.at(first - 1).id))
            --first;
        invalidateRanks();
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        m_derived.remove(first, last - first + 1);
        endRemoveRows();
        stats.removed += last - first + 1;
        last = first - 1;
    }
    if (stats.removed)
        reindex();

    // Update changed rows in place: one dataChanged per run of adjacent changed rows, or one
    // spanning all of them when they are scattered. Each dataChanged costs the sorting proxy a
    // pass over its mapping and the view a relayout: 200 scattered changes in a 6,000-row table
    // were a 150 ms stall of the GUI thread (gui-stall benchmark); one signal is one pass.
    constexpr int kMaxSeparateRuns = 8;
    QList<std::pair<int, int>> runs; // [first, last]
    int runStart = -1;
    for (int i = 0; i <= m_rows.size(); ++i) {
        const bool changed = i < m_rows.size() && !(rows.at(fresh.value(m_rows.at(i).id)) == m_rows.at(i));
        if (changed) {
            invalidateRanks();
            m_rows[i] = rows.at(fresh.value(m_rows.at(i).id));
            m_derived[i] = Derived();
            ++stats.changed;
            if (runStart < 0)
                runStart = i;
        } else if (runStart >= 0) {
            runs.append({runStart, i - 1});
            runStart = -1;
        }
    }
    if (runs.size() > kMaxSeparateRuns)
        runs = {{runs.first().first, runs.last().second}};
    for (const auto &[first, last] : runs)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));

    m_diffing = false;

    // Append the new ones in one insertion.
    QList<ClusterRow> added;
    for (const ClusterRow &row : rows)
        if (!m_index.contains(row.id))
            added.append(row);
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        invalidateRanks();
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        m_derived.resize(m_rows.size());
        reindex();
        endInsertRows();
        stats.inserted = int(added.size());
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
