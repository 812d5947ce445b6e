#include "sandbox/ResourceFactory.h"

#include "sandbox/SandboxState.h"
#include "sandbox/VmCatalog.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace cw::sandbox {

QString randomSuffix(int length, bool digitsOnly)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString out;
    for (int i = 0; i < length; ++i) {
        const int index = digitsOnly ? 26 + QRandomGenerator::global()->bounded(10)
                                     : QRandomGenerator::global()->bounded(36);
        out.append(QLatin1Char(alphabet[index]));
    }
    return out;
}

Json makeManagedCluster(const QString &sub, const QString &rg, const QString &name,
                        const ClusterTraits &traits)
{
    const QString dnsPrefix = name + QStringLiteral("-dns");
    const QString fqdn = QStringLiteral("%1-%2.hcp.%3.azmk8s.io")
                             .arg(dnsPrefix, randomSuffix(8), traits.location);
    Json apiAccess = {{"enablePrivateCluster", traits.privateCluster}};
    if (!traits.authorizedIpRanges.isEmpty()) {
        Json ranges = Json::array();
        for (const QString &r : traits.authorizedIpRanges)
            ranges.push_back(s(r));
        apiAccess["authorizedIPRanges"] = ranges;
    }
    Json props = {
        {"provisioningState", "Succeeded"},
        {"powerState", {{"code", "Running"}}},
        {"kubernetesVersion", s(traits.kubernetesVersion)},
        {"currentKubernetesVersion", s(traits.kubernetesVersion)},
        {"dnsPrefix", s(dnsPrefix)},
        {"nodeResourceGroup", s(QStringLiteral("MC_%1_%2_%3").arg(rg, name, traits.location))},
        {"agentPoolProfiles",
         Json::array({{{"name", "agentpool"},
                       {"count", traits.nodeCount},
                       {"vmSize", s(traits.vmSize)},
                       {"osType", "Linux"},
                       {"mode", "System"},
                       {"type", "VirtualMachineScaleSets"},
                       {"orchestratorVersion", s(traits.kubernetesVersion)}}})},
        {"apiServerAccessProfile", apiAccess},
        {"networkProfile",
         {{"loadBalancerSku", s(traits.loadBalancerSku)},
          {"networkPlugin", s(traits.networkPlugin)},
          {"serviceCidr", "10.0.0.0/16"},
          {"dnsServiceIP", "10.0.0.10"},
          {"dockerBridgeCidr", "172.17.0.1/16"}}},
        {"enableRBAC", true},
    };
    if (traits.privateCluster)
        props["privateFQDN"] = s(QStringLiteral("%1-%2.privatelink.%3.azmk8s.io")
                                     .arg(dnsPrefix, randomSuffix(8), traits.location));
    else
        props["fqdn"] = s(fqdn);
    return {{"id", s(clusterId(sub, rg, name))},
            {"name", s(name)},
            {"type", "Microsoft.ContainerService/ManagedClusters"},
            {"location", s(traits.location)},
            {"sku", {{"name", "Basic"}, {"tier", "Free"}}},
            {"tags", Json::object()}, // ARM documents always carry tags, {} when none
            {"properties", props}};
}

int clusterNodeCount(const Json &cluster)
{
    int nodes = 0;
    for (const Json &pool : cluster["properties"].value("agentPoolProfiles", Json::array()))
        nodes += pool.value("count", 0);
    return nodes;
}

int clusterVCpus(const Json &cluster)
{
    // (Every create's quota check walks the region's clusters: no QString per cluster.)
    int cores = 0;
    const auto properties = cluster.find("properties");
    if (properties == cluster.end() || !properties->is_object())
        return 0;
    const auto pools = properties->find("agentPoolProfiles");
    if (pools == properties->end() || !pools->is_array())
        return 0;
    for (const Json &pool : *pools) {
        const auto vmSize = pool.find("vmSize");
        const VmSize *size = vmSize != pool.end() && vmSize->is_string()
            ? findVmSize(std::string_view(vmSize->get_ref<const std::string &>()))
            : nullptr;
        cores += pool.value("count", 0) * (size ? size->vCPUs : 0);
    }
    return cores;
}

QList<const Json *> clustersInRegion(const Json &clusters, const QString &subscriptionId, const QString &location)
{
    QList<const Json *> found;
    if (!clusters.is_object())
        return found;
    // The keys are lower-cased ids (SandboxState); ARM compares locations case-insensitively.
    const std::string prefix = QStringLiteral("/subscriptions/%1/").arg(subscriptionId).toLower().toStdString();
    const QByteArray wanted = location.toUtf8();
    for (auto it = clusters.begin(); it != clusters.end(); ++it) {
        if (!it.key().starts_with(prefix))
            continue;
        const auto where = it.value().find("location");
        if (where != it.value().end() && where->is_string()
            && QByteArrayView(where->get_ref<const std::string &>()).compare(wanted, Qt::CaseInsensitive) == 0)
            found.append(&it.value());
    }
    return found;
}

int regionalCoresInUse(const Json &clusters, const QString &subscriptionId, const QString &location)
{
    int cores = 0;
    for (const Json *cluster : clustersInRegion(clusters, subscriptionId, location))
        cores += clusterVCpus(*cluster);
    return cores;
}

Json makeComputeResource(const QString &wsId, const QString &name, const QString &location,
                         const Json &properties)
{
    return {{"id", s(wsId + QStringLiteral("/computes/") + name)},
            {"name", s(name)},
            {"type", "Microsoft.MachineLearningServices/workspaces/computes"},
            {"location", s(location)},
            {"tags", Json::object()},
            {"properties", properties}};
}

Json makeAksComputeProperties(const AksComputeFacts &f)
{
    const qint64 created = f.createdMs ? f.createdMs : QDateTime::currentMSecsSinceEpoch();
    Json inner = {{"clusterPurpose", s(f.clusterPurpose)},
                  {"agentCount", f.agentCount},
                  {"agentVmSize", s(f.agentVmSize)},
                  {"sslConfiguration", f.sslConfiguration},
                  {"loadBalancerType", s(f.loadBalancerType)}};
    if (!f.clusterFqdn.isEmpty())
        inner["clusterFqdn"] = s(f.clusterFqdn);
    if (!f.loadBalancerSubnet.isEmpty())
        inner["loadBalancerSubnet"] = s(f.loadBalancerSubnet);
    if (!f.networking.is_null())
        inner["aksNetworkingConfiguration"] = f.networking;
    if (f.provisioningState == QLatin1String("Succeeded")) {
        const bool internal = f.loadBalancerType == QLatin1String("InternalLoadBalancer");
        inner["systemServices"] = Json::array(
            {{{"systemServiceType", "ScoringFront"},
              {"publicIpAddress", internal ? "10.240.0.100" : "20.50.1.23"},
              {"version", "1.5.0-azureml-fe"}}});
    }
    Json props = {{"computeType", "AKS"},
                  {"computeLocation", s(f.computeLocation)},
                  {"description", s(f.description)},
                  {"provisioningState", s(f.provisioningState)},
                  {"provisioningErrors", f.provisioningErrors},
                  {"createdOn", s(isoUtc(created))},
                  {"modifiedOn", s(isoUtc(QDateTime::currentMSecsSinceEpoch()))},
                  {"isAttachedCompute", f.attached},
                  {"disableLocalAuth", false},
                  {"properties", inner}};
    if (!f.resourceId.isEmpty())
        props["resourceId"] = s(f.resourceId);
    return props;
}

Json makeWorkspace(const QString &sub, const QString &rg, const QString &name,
                   const QString &location)
{
    const QString id = workspaceId(sub, rg, name);
    const QString storage = QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/"
                                           "Microsoft.Storage/storageAccounts/%3storage")
                                .arg(sub, rg, name.toLower().remove(QLatin1Char('-')));
    return {{"id", s(id)},
            {"name", s(name)},
            {"type", "Microsoft.MachineLearningServices/workspaces"},
            {"location", s(location)},
            {"identity", {{"type", "SystemAssigned"}, {"principalId", s(newUuid())}, {"tenantId", "72f988bf-0000-4000-8000-00000000cafe"}}},
            {"sku", {{"name", "Basic"}, {"tier", "Basic"}}},
            {"tags", Json::object()},
            {"properties",
             {{"friendlyName", s(name)},
              {"provisioningState", "Succeeded"},
              {"workspaceId", s(newUuid())},
              {"storageAccount", s(storage)},
              {"discoveryUrl", s(QStringLiteral("https://%1.api.azureml.ms/discovery").arg(location))},
              {"hbiWorkspace", false},
              {"publicNetworkAccess", "Enabled"}}}};
}

Json provisioningError(const QString &code, const QString &message)
{
    return {{"error", {{"code", s(code)}, {"message", s(message)}}}};
}

} // namespace cw::sandbox
