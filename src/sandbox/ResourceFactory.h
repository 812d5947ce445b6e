#pragma once
#include "sandbox/SandboxHttp.h"

#include <QStringList>

// Builders of the ARM documents the sandbox stores and serves (one place for their shape).
namespace cw::sandbox {

struct ClusterTraits {
    QString location = QStringLiteral("westeurope");
    QString kubernetesVersion = QStringLiteral("1.24.9");
    int nodeCount = 3;
    QString vmSize = QStringLiteral("Standard_D3_v2");
    QString loadBalancerSku = QStringLiteral("basic");
    bool privateCluster = false;
    QStringList authorizedIpRanges;
    QString networkPlugin = QStringLiteral("kubenet");
};

Json makeManagedCluster(const QString &sub, const QString &rg, const QString &name,
                        const ClusterTraits &traits);
// vCPUs and node count of a ManagedCluster document (all agent pools).
int clusterNodeCount(const Json &cluster);
int clusterVCpus(const Json &cluster);
// The ManagedCluster documents of `clusters` (the state's id → document map) in one
// subscription and region, and the vCPUs they use: what the region's vCPU quota counts (the
// QuotaExceeded check of a create and the Microsoft.Compute usages answer share it).
QList<const Json *> clustersInRegion(const Json &clusters, const QString &subscriptionId, const QString &location);
int regionalCoresInUse(const Json &clusters, const QString &subscriptionId, const QString &location);

// A ComputeResource around `properties` (which carries computeType, provisioningState, ...).
Json makeComputeResource(const QString &wsId, const QString &name, const QString &location,
                         const Json &properties);
// The properties of an AKS compute as the service reports them.
struct AksComputeFacts {
    QString resourceId;
    QString computeLocation;
    QString description;
    QString provisioningState = QStringLiteral("Succeeded");
    Json provisioningErrors; // null or array
    bool attached = true;
    QString clusterPurpose = QStringLiteral("FastProd");
    int agentCount = 3;
    QString agentVmSize = QStringLiteral("Standard_D3_v2");
    QString clusterFqdn;
    Json sslConfiguration = Json{{"status", "Disabled"}};
    QString loadBalancerType = QStringLiteral("PublicIp");
    QString loadBalancerSubnet;
    Json networking; // aksNetworkingConfiguration or null
    qint64 createdMs = 0;
};
Json makeAksComputeProperties(const AksComputeFacts &facts);

Json makeWorkspace(const QString &sub, const QString &rg, const QString &name,
                   const QString &location);
Json provisioningError(const QString &code, const QString &message);
// A random lower-case alphanumeric string (leaf domain suffixes, cluster DNS prefixes).
QString randomSuffix(int length, bool digitsOnly = false);

} // namespace cw::sandbox
