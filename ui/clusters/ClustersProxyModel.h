#pragma once
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStringMatcher>

#include <optional>

#include "clusters/ClustersTableModel.h"

namespace cw::ui {

// The sorting/filtering proxy of the clusters table. Behaves exactly as a QSortFilterProxyModel
// configured the same way; on a ClustersTableModel source it compares SortRole values and
// matches fixed-string filters (setFilterFixedString) through the model's fast paths instead of
// building a QVariant and running a regular expression per cell. Anything else (other roles,
// regular-expression filters, locale-aware sorting) goes to QSortFilterProxyModel unchanged.
class ClustersProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ClustersProxyModel(QObject *parent = nullptr);
    void setSourceModel(QAbstractItemModel *sourceModel) override;

protected:
    bool lessThan(const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    // The fixed string behind the current filter expression, or nullptr when the filter is a
    // real regular expression (or has options a plain substring search cannot honour).
    const QStringMatcher *fixedStringMatcher(const QRegularExpression &re) const;

    ClustersTableModel *m_clusters = nullptr;
    mutable QString m_matcherPattern;
    mutable QRegularExpression::PatternOptions m_matcherOptions;
    mutable std::optional<QStringMatcher> m_matcher;
    mutable bool m_matcherValid = false;
};

// The clusters table's sorting and filtering: by SortRole, case-insensitive filter over every
// column, re-sorted and re-filtered as rows change, by name at first. ClustersView, the
// table benchmark and the proxy test set their proxies up with this one function.
void setUpClustersProxy(QSortFilterProxyModel &proxy, ClustersTableModel &model);

} // namespace cw::ui
