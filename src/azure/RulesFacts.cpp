#include "azure/RulesFacts.h"

namespace cw::azure {

rules::ClusterFacts toClusterFacts(const ManagedCluster &cluster)
{
    rules::ClusterFacts f;
    f.id = cluster.id;
    f.name = cluster.name;
    f.location = cluster.location;
    f.provisioningState = cluster.provisioningState;
    f.powerState = cluster.powerState;
    f.kubernetesVersion = cluster.kubernetesVersion;
    f.currentKubernetesVersion = cluster.currentKubernetesVersion;
    f.fqdn = cluster.fqdn;
    f.privateFqdn = cluster.privateFqdn;
    f.nodeResourceGroup = cluster.nodeResourceGroup;
    for (const AgentPoolProfile &p : cluster.agentPoolProfiles)
        f.agentPools.append({p.name, p.count, p.vmSize, p.osType, p.mode});
    f.enablePrivateCluster = cluster.enablePrivateCluster;
    f.authorizedIpRanges = cluster.authorizedIpRanges;
    f.loadBalancerSku = cluster.loadBalancerSku;
    f.networkPlugin = cluster.networkPlugin;
    f.serviceCidr = cluster.serviceCidr;
    f.dnsServiceIp = cluster.dnsServiceIp;
    f.dockerBridgeCidr = cluster.dockerBridgeCidr;
    return f;
}

rules::ExistingCompute toExistingCompute(const ComputeResource &compute)
{
    return {compute.name, compute.computeType.value_or(QString()), compute.resourceId.value_or(QString()),
            compute.provisioningState.value_or(QString())};
}

QList<rules::ExistingCompute> toExistingComputes(const QList<ComputeResource> &computes)
{
    QList<rules::ExistingCompute> out;
    out.reserve(computes.size());
    for (const ComputeResource &c : computes)
        out.append(toExistingCompute(c));
    return out;
}

rules::OrchestratorList toOrchestratorList(const QList<OrchestratorVersion> &versions)
{
    rules::OrchestratorList list;
    for (const OrchestratorVersion &v : versions) {
        rules::OrchestratorVersion r;
        r.version = v.orchestratorVersion;
        r.isDefault = v.isDefault;
        r.isPreview = v.isPreview;
        for (const OrchestratorUpgrade &u : v.upgrades)
            r.upgrades.append(u.orchestratorVersion);
        list.versions.append(r);
    }
    return list;
}

rules::VmSizeCatalogue toVmSizeCatalogue(const QList<VmSize> &sizes)
{
    rules::VmSizeCatalogue catalogue;
    for (const VmSize &s : sizes)
        catalogue.sizes.append({s.name, s.vCpus, s.gpus, s.memoryGb, s.family});
    return catalogue;
}

rules::WorkspaceFacts toWorkspaceFacts(const Workspace &workspace, const QList<ComputeResource> &computes)
{
    rules::WorkspaceFacts f;
    f.subscription = workspace.subscriptionId;
    f.location = workspace.location;
    f.computes = toExistingComputes(computes);
    return f;
}

QList<rules::LocationFacts> toLocationFacts(const QList<SubscriptionLocation> &locations)
{
    QList<rules::LocationFacts> out;
    out.reserve(locations.size());
    for (const SubscriptionLocation &l : locations)
        out.append({l.name, l.displayName, l.regionalDisplayName, l.regionType});
    return out;
}

rules::ClusterIdentityKind toClusterIdentityKind(const ManagedCluster &cluster)
{
    if (cluster.identityType.compare(QLatin1String("SystemAssigned"), Qt::CaseInsensitive) == 0)
        return rules::ClusterIdentityKind::SystemAssigned;
    if (cluster.identityType.compare(QLatin1String("UserAssigned"), Qt::CaseInsensitive) == 0)
        return rules::ClusterIdentityKind::UserAssigned;
    if (cluster.usesServicePrincipal())
        return rules::ClusterIdentityKind::ServicePrincipal;
    return rules::ClusterIdentityKind::Unknown;
}

rules::V2ClusterFacts toV2ClusterFacts(const ManagedCluster &cluster, const std::optional<rules::VmSizeCatalogue> &sizes,
                                       const Workspace &workspace, const QList<ComputeResource> &computes,
                                       const QString &vmSizesError)
{
    rules::V2ClusterFacts f;
    f.clusterId = cluster.id;
    f.clusterName = cluster.name;
    f.isAks = cluster.id.contains(QLatin1String("/providers/Microsoft.ContainerService/managedClusters/"), Qt::CaseInsensitive);
    f.identity = toClusterIdentityKind(cluster);
    f.disableLocalAccounts = cluster.disableLocalAccounts;
    f.authorizedIpRanges = cluster.authorizedIpRanges;
    f.loadBalancerSku = cluster.loadBalancerSku;
    f.subscription = cluster.subscriptionId;
    f.workspaceSubscription = workspace.subscriptionId;
    f.vmSizesError = sizes ? QString() : vmSizesError;
    for (const AgentPoolProfile &p : cluster.agentPoolProfiles) {
        rules::V2NodePool pool{p.name, p.count, p.vmSize, p.osType, std::nullopt, std::nullopt};
        if (const std::optional<rules::VmSize> size = sizes ? sizes->find(p.vmSize) : std::nullopt) {
            pool.vCpus = size->vCPUs;
            pool.memoryGb = size->memoryGB;
        }
        f.nodePools.append(pool);
    }
    for (const ComputeResource &c : computes) {
        const QString target = c.resourceId.value_or(QString());
        if (target.isEmpty() || target.compare(cluster.id, Qt::CaseInsensitive) != 0)
            continue;
        f.attachments.append({c.id, c.name, c.computeType.value_or(QString())});
    }
    return f;
}

} // namespace cw::azure
