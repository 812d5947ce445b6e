#pragma once
#include <QRegularExpression>
#include <QSortFilterProxyModel>

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
    // The fixed string behind the filter expression, prepared for ClustersTableModel::rowContains,
    // or nullptr when the filter is a real regular expression (or has options a plain substring
    // search cannot honour). Made once per expression, not once per row.
    const ClustersTableModel::TextNeedle *fixedStringNeedle(const QRegularExpression &re) const;

    bool accepts(int sourceRow, int column, const ClustersTableModel::TextNeedle &needle) const;

    ClustersTableModel *m_clusters = nullptr;
    mutable QRegularExpression m_needleFor;
    mutable std::optional<ClustersTableModel::TextNeedle> m_needle;
    mutable bool m_needleValid = false;
    mutable quint64 m_needleSerial = 0; // counts the needles made
    // Every row's result for one needle and key column, at one generation of the source rows.
    mutable std::vector<quint8> m_matches;
    mutable quint64 m_matchesNeedle = 0; // m_needleSerial of the needle they are for; 0: none
    mutable int m_matchesColumn = 0;
    mutable quint64 m_matchesGeneration = 0;
};

// The clusters table's sorting and filtering: by SortRole, case-insensitive filter over every
// column, re-sorted and re-filtered as rows change, by name at first. ClustersView, the
// table benchmark and the proxy test set their proxies up with this one function.
void setUpClustersProxy(QSortFilterProxyModel &proxy, ClustersTableModel &model);

} // namespace cw::ui
