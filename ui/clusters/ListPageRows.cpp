#include "clusters/ListPageRows.h"

#include "azure/ComputeRowFacts.h"
#include "azure/ManagedCluster.h"
#include "common/JsonText.h"

#include <QSet>

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
    rows.reserve(pageItemCount(values).value_or(0)); // a walk of the text (on the worker) beats a grown list's slack
    // The words most rows repeat (a state, a region, a size, the time a batch was made...) are
    // kept once per page: 5,000 rows held some 30,000 copies of a few dozen short strings.
    QSet<QString> words;
    const auto shared = [&words](QString &text) {
        if (text.isEmpty())
            return;
        if (const auto it = words.constFind(text); it != words.constEnd())
            text = *it;
        else
            words.insert(text);
    };
    for (jsontext::Elements e(values); e.next();) {
        // Straight from the element's text to the row: no document, no ComputeResource.
        const std::optional<azure::ComputeRowFacts> facts =
            azure::ComputeRowFacts::fromText(e.value(), azure::ComputeRowFacts::Detail::Row);
        // AKS (v1) and Kubernetes (v2) computes side by side (ComputeResource::isAks / isKubernetes).
        if (!facts || !facts->computeType
            || (facts->computeType->compare(QLatin1String("AKS"), Qt::CaseInsensitive) != 0
                && !azure::isKubernetesComputeType(facts->computeType)))
            continue;
        ClusterRow row = clusterRowFrom(*facts, workspaceLabel);
        for (QString *word : {&row.computeType, &row.state, &row.purpose, &row.vmSize, &row.tlsStatus, &row.loadBalancer, &row.region,
                              &row.subscription, &row.createdOn, &row.modifiedOn})
            shared(*word);
        // The ids' heads too (".../workspaces/ws/computes/", ".../managedClusters/"): one string each.
        for (SplitId *id : {&row.id, &row.aksResourceId}) {
            QString head = id->head();
            shared(head);
            id->shareHead(head);
        }
        rows.append(std::move(row));
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
