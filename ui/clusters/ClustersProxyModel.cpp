#include "clusters/ClustersProxyModel.h"

namespace cw::ui {

void setUpClustersProxy(QSortFilterProxyModel &proxy, ClustersTableModel &model)
{
    proxy.setSourceModel(&model);
    proxy.setSortRole(ClustersTableModel::SortRole);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterKeyColumn(-1);
    proxy.setDynamicSortFilter(true);
    proxy.sort(ClustersTableModel::Name, Qt::AscendingOrder);
}

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

const ClustersTableModel::TextNeedle *ClustersProxyModel::fixedStringNeedle(const QRegularExpression &re) const
{
    // The same expression object as the last row's (shared, so compared by pointer first).
    if (m_needleValid && re == m_needleFor)
        return m_needle ? &*m_needle : nullptr;
    m_needleValid = true;
    m_needleFor = re;
    m_needle.reset();
    ++m_needleSerial;
    // setFilterFixedString() stores QRegularExpression::escape(text): undo it, and use the text
    // only when escaping it again gives the very same pattern (so it is a plain substring).
    const QString pattern = re.pattern();
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
    const auto options = re.patternOptions() & ~QRegularExpression::PatternOptions(QRegularExpression::CaseInsensitiveOption);
    if (options != QRegularExpression::NoPatternOption || text.isEmpty() || QRegularExpression::escape(text) != pattern)
        return nullptr;
    m_needle.emplace(text, (re.patternOptions() & QRegularExpression::CaseInsensitiveOption) ? Qt::CaseInsensitive
                                                                                           : Qt::CaseSensitive);
    return &*m_needle;
}

bool ClustersProxyModel::accepts(int sourceRow, int column, const ClustersTableModel::TextNeedle &needle) const
{
    // A new filter (needle or key column): QSortFilterProxyModel now asks about every row, in the
    // order of its sorted mapping, i.e. all over the rows' memory (a 50,000-row filter spent most
    // of its time waiting for it). All rows are answered at once in their own order instead, and
    // these answers hold until the rows change. Rows asked about after a change (inserted or
    // changed ones) are matched one by one.
    if (m_matchesNeedle != m_needleSerial || m_matchesColumn != column) {
        m_matchesNeedle = m_needleSerial;
        m_matchesColumn = column;
        m_matchesGeneration = m_clusters->generation();
        m_clusters->rowsContaining(column, needle, m_matches);
    }
    if (m_matchesGeneration == m_clusters->generation() && size_t(sourceRow) < m_matches.size())
        return m_matches[size_t(sourceRow)] != 0;
    return m_clusters->rowContains(sourceRow, column, needle);
}

bool ClustersProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const int column = filterKeyColumn();
    if (m_clusters && !sourceParent.isValid() && filterRole() == Qt::DisplayRole && column >= -1
        && column < ClustersTableModel::ColumnCount && sourceRow < m_clusters->rowCount()) {
        const QRegularExpression re = filterRegularExpression();
        if (re.pattern().isEmpty())
            return true;
        if (const ClustersTableModel::TextNeedle *needle = fixedStringNeedle(re))
            return accepts(sourceRow, column, *needle);
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace cw::ui
