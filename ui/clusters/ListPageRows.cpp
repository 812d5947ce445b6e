#include "clusters/ListPageRows.h"

#include "azure/ComputeResource.h"
#include "azure/ManagedCluster.h"
#include "common/JsonText.h"

#include <nlohmann/json.hpp>

namespace cw::ui {

std::optional<qint64> pageItemCount(std::string_view values)
{
    qint64 items = 0;
    jsontext::Elements e(values);
    while (e.next())
        ++items;
    return e.atEnd() ? std::optional<qint64>(items) : std::nullopt;
}

QList<ClusterRow> clusterRowsFromPage(std::string_view values, const QString &workspaceLabel)
{
    QList<ClusterRow> rows;
    for (jsontext::Elements e(values); e.next();) {
        const nlohmann::json item = nlohmann::json::parse(e.value(), nullptr, /*allow_exceptions=*/false);
        if (!item.is_object())
            continue;
        const azure::ParseResult<azure::ComputeResource> compute = azure::ComputeResource::fromJson(item);
        if (compute.value && compute.value->isAks())
            rows.append(clusterRowFrom(*compute.value, workspaceLabel));
    }
    return rows;
}

QHash<QString, QString> clusterVersionsFromPage(std::string_view values)
{
    QHash<QString, QString> versions;
    for (jsontext::Elements e(values); e.next();) {
        const nlohmann::json item = nlohmann::json::parse(e.value(), nullptr, /*allow_exceptions=*/false);
        if (!item.is_object())
            continue;
        const azure::ParseResult<azure::ManagedCluster> cluster = azure::ManagedCluster::fromJson(item);
        if (cluster.value)
            versions.insert(cluster.value->id.toLower(), cluster.value->currentKubernetesVersion.isEmpty()
                                                             ? cluster.value->kubernetesVersion
                                                             : cluster.value->currentKubernetesVersion);
    }
    return versions;
}

} // namespace cw::ui
