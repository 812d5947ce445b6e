#include "clusters/ClusterRow.h"

#include "arm/LroDocuments.h"
#include "azure/ComputeResource.h"
#include "azure/ComputeRowFacts.h"
#include "azure/ResourceId.h"
#include "azure/VmSizeCache.h"

#include <QHash>

namespace cw::ui {

const ClusterRow::Rare &ClusterRow::RareData::get() const
{
    static const Rare none;
    return m_d ? m_d->value : none;
}

ClusterRow::Rare &ClusterRow::RareData::edit()
{
    if (!m_d)
        m_d = new Shared;
    return m_d->value; // detaches when shared
}

const ClusterRow::Rare &ClusterRow::rare() const
{
    return m_rare.get();
}

ClusterRow::Rare &ClusterRow::rareForEdit()
{
    return m_rare.edit();
}

ClusterRow clusterRowFrom(const azure::ComputeResource &compute, const QString &workspaceLabel)
{
    return clusterRowFrom(azure::ComputeRowFacts::fromModel(compute, azure::ComputeRowFacts::Detail::Row), workspaceLabel);
}

ClusterRow clusterRowFrom(const azure::ComputeRowFacts &compute, const QString &workspaceLabel)
{
    ClusterRow row;
    row.workspace = workspaceLabel;
    row.name = compute.name;
    row.id = SplitId::split(compute.id, row.name);
    row.computeType = compute.computeType.value_or(QString());
    row.state = compute.provisioningState.value_or(QString());
    row.region = compute.computeLocation.value_or(compute.location.value_or(QString()));
    if (const std::optional<azure::ResourceId> id = azure::ResourceId::parse(compute.id))
        row.subscription = id->subscriptionId;
    row.attached = compute.isAttachedCompute.value_or(false);
    row.createdOn = compute.createdOn.value_or(QString());
    row.modifiedOn = compute.modifiedOn.value_or(QString());
    row.aksResourceId = SplitId::split(compute.resourceId.value_or(QString()), row.name);
    for (const azure::ComputeRowFacts::Error &error : compute.provisioningErrors)
        row.rareForEdit().provisioningErrors.append(arm::provisioningErrorLine(error.code, error.message));
    if (compute.hasKubernetes) {
        ClusterRow::Rare &rare = row.rareForEdit();
        rare.kubernetesNamespace = compute.namespaceText();
        rare.instanceTypes = compute.instanceTypes;
        rare.defaultInstanceType = compute.defaultInstanceType.value_or(QString());
    }
    if (!compute.hasAks)
        return row;
    row.purpose = compute.clusterPurpose.value_or(QStringLiteral("FastProd"));
    row.vmSize = compute.agentVmSize.value_or(QString());
    row.nodeCount = compute.agentCount;
    row.loadBalancer = compute.loadBalancerType.value_or(QStringLiteral("PublicIp"));
    if (compute.loadBalancerSubnet && !compute.loadBalancerSubnet->isEmpty())
        row.rareForEdit().loadBalancerSubnet = *compute.loadBalancerSubnet;
    row.scoringAddress = compute.scoringFrontAddress.value_or(QString());
    row.tlsStatus = compute.hasSsl ? compute.sslStatus.value_or(QStringLiteral("Disabled")) : QStringLiteral("Disabled");
    if (compute.hasSsl) {
        if (compute.sslLeafDomainLabel && !compute.sslLeafDomainLabel->isEmpty())
            row.rareForEdit().tlsLeafLabel = *compute.sslLeafDomainLabel;
        if (compute.sslCname && !compute.sslCname->isEmpty())
            row.rareForEdit().tlsCname = *compute.sslCname;
    }
    if (compute.hasSsl && compute.sslCname && !compute.sslCname->isEmpty())
        row.endpoint = *compute.sslCname;
    else
        row.endpoint = compute.clusterFqdn.value_or(QString());
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
