#pragma once
#include "clusters/ClusterRow.h"

#include <QHash>
#include <QList>

#include <optional>
#include <string_view>

namespace cw::ui {

// A computes list page read as text (ArmPager::setPageReader), in two halves: the count the
// pager needs, cheap enough for the GUI thread (the array is scanned, nothing is built), and
// the rows, parsed on a worker thread so that the GUI thread never builds a document.

// How many elements the page's `value` array has; nullopt when it is no complete array (the
// pager then fails the list with a MalformedPage error).
std::optional<qint64> pageItemCount(std::string_view values);

// The rows of the page's AKS computes, in page order. Elements that are not computes are
// skipped, as a typed list skips them. Touches no shared state: safe on any thread.
QList<ClusterRow> clusterRowsFromPage(std::string_view values, const QString &workspaceLabel);

// The Kubernetes version of each AKS cluster of a managedClusters page, by its ARM id in lower
// case (the current version when the service gives it). Safe on any thread.
QHash<QString, QString> clusterVersionsFromPage(std::string_view values);

} // namespace cw::ui
