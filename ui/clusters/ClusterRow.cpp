#include "clusters/ClusterRow.h"

#include "arm/LroDocuments.h"
#include "azure/ComputeResource.h"
#include "azure/ResourceId.h"
#include "azure/VmSizeCache.h"

#include <QHash>

namespace cw::ui {

ClusterRow clusterRowFrom(const azure::ComputeResource &compute, const QString &workspaceLabel)
{
    ClusterRow row;
    row.id = compute.id;
    row.workspace = workspaceLabel;
    row.name = compute.name;
    row.state = compute.provisioningState.value_or(QString());
    row.region = compute.computeLocation.value_or(compute.location.value_or(QString()));
    if (const std::optional<azure::ResourceId> id = azure::ResourceId::parse(compute.id))
        row.subscription = id->subscriptionId;
    row.attached = compute.isAttachedCompute.value_or(false);
    row.createdOn = compute.createdOn.value_or(QString());
    row.modifiedOn = compute.modifiedOn.value_or(QString());
    row.aksResourceId = compute.resourceId.value_or(QString());
    for (const azure::ProvisioningError &error : compute.provisioningErrors)
        row.provisioningErrors.append(arm::provisioningErrorLine(error.code, error.message));
    if (!compute.aks)
        return row;
    const azure::AksProperties &aks = *compute.aks;
    row.purpose = aks.clusterPurpose.value_or(QStringLiteral("FastProd"));
    row.vmSize = aks.agentVmSize.value_or(QString());
    row.nodeCount = aks.agentCount;
    row.loadBalancer = aks.loadBalancerType.value_or(QStringLiteral("PublicIp"));
    row.loadBalancerSubnet = aks.loadBalancerSubnet.value_or(QString());
    for (const azure::SystemService &service : aks.systemServices)
        if (service.systemServiceType.compare(QLatin1String("ScoringFront"), Qt::CaseInsensitive) == 0)
            row.scoringAddress = service.publicIpAddress;
    row.tlsStatus = aks.sslConfiguration ? aks.sslConfiguration->status.value_or(QStringLiteral("Disabled"))
                                         : QStringLiteral("Disabled");
    if (aks.sslConfiguration) {
        row.tlsLeafLabel = aks.sslConfiguration->leafDomainLabel.value_or(QString());
        row.tlsCname = aks.sslConfiguration->cname.value_or(QString());
    }
    if (aks.sslConfiguration && aks.sslConfiguration->cname && !aks.sslConfiguration->cname->isEmpty())
        row.endpoint = *aks.sslConfiguration->cname;
    else
        row.endpoint = aks.clusterFqdn.value_or(QString());
    return row;
}

namespace {

// What the cache knows of one subscription+region, read once.
struct RegionSizes {
    azure::VmSizeCache::State state = azure::VmSizeCache::State::NotAsked;
    const rules::VmSizeCatalogue *catalogue = nullptr;
};

RegionSizes regionSizes(const ClusterRow &row, const azure::VmSizeCache &sizes)
{
    RegionSizes region{.state = sizes.state(row.subscription, row.region)};
    if (region.state == azure::VmSizeCache::State::Loaded)
        region.catalogue = sizes.cached(row.subscription, row.region);
    return region;
}

bool needsSizes(const ClusterRow &row)
{
    return !row.vmSize.isEmpty() && row.nodeCount && !row.region.isEmpty() && !row.subscription.isEmpty();
}

bool setVcpus(ClusterRow &row, const RegionSizes *region)
{
    using Vcpus = ClusterRow::Vcpus;
    std::optional<int> vcpus;
    Vcpus state = Vcpus::NotApplicable;
    if (region) {
        switch (region->state) {
        case azure::VmSizeCache::State::NotAsked:
        case azure::VmSizeCache::State::Loading:
            state = Vcpus::Loading;
            break;
        case azure::VmSizeCache::State::Failed:
            state = Vcpus::Unreadable;
            break;
        case azure::VmSizeCache::State::Loaded:
            if (const auto size = region->catalogue ? region->catalogue->find(row.vmSize) : std::nullopt) {
                vcpus = size->vCPUs * *row.nodeCount;
                state = Vcpus::Known;
            } else {
                state = Vcpus::NotListed;
            }
            break;
        }
    }
    const bool changed = vcpus != row.vcpus || state != row.vcpusState;
    row.vcpus = vcpus;
    row.vcpusState = state;
    return changed;
}

} // namespace

bool setVcpusFrom(ClusterRow &row, const azure::VmSizeCache &sizes)
{
    if (!needsSizes(row))
        return setVcpus(row, nullptr);
    const RegionSizes region = regionSizes(row, sizes);
    return setVcpus(row, &region);
}

bool setVcpusFrom(QList<ClusterRow> &rows, const azure::VmSizeCache &sizes)
{
    // By the row's own spelling of subscription and region: rows spelled alike share an answer.
    QHash<std::pair<QString, QString>, RegionSizes> asked;
    bool changed = false;
    for (ClusterRow &row : rows) {
        if (!needsSizes(row)) {
            changed |= setVcpus(row, nullptr);
            continue;
        }
        const std::pair<QString, QString> key{row.subscription, row.region};
        auto it = asked.constFind(key);
        if (it == asked.constEnd())
            it = asked.insert(key, regionSizes(row, sizes));
        changed |= setVcpus(row, &*it);
    }
    return changed;
}

} // namespace cw::ui
