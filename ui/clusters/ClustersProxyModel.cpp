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
