#pragma once
// Facts about a cluster that the Azure ML v2 rules (v2-contract.md sections 1 and 2) check: plain
// data, filled by the azure layer (azure::toV2ClusterFacts from the ManagedCluster, the region's
// VM sizes and the workspace), by the Kubernetes API (the legacy v1 components) and by the
// extension endpoints (the extensions already on the cluster), so the rules stay pure functions.
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace cw::rules {

// How the cluster authenticates to Azure: a managed identity is required by the extension.
enum class ClusterIdentityKind {
    Unknown,          // neither an identity nor a service principal was reported
    SystemAssigned,   // identity.type "SystemAssigned"
    UserAssigned,     // identity.type "UserAssigned"
    ServicePrincipal, // no identity, servicePrincipalProfile.clientId other than "msi"
};

struct V2NodePool {
    QString name;
    int count = 0;
    QString vmSize;
    QString osType;                 // "Linux" | "Windows" (empty: Linux)
    std::optional<int> vCpus;       // per node, from the region's VM sizes; nullopt when unknown
    std::optional<double> memoryGb; // per node, likewise
    bool isLinux() const { return osType.compare(QLatin1String("Windows"), Qt::CaseInsensitive) != 0; }
};

// One of the eight objects a v1 attach leaves in the cluster (v2-contract.md section 2).
struct LegacyComponentFact {
    QString kind;      // "ServiceAccount", "ClusterRole", "Deployment", ...
    QString ns;        // empty for cluster-scoped kinds
    QString name;
    // "ClusterRole azureml-fe-role", "Deployment default/azureml-fe"
    QString display() const
    {
        return ns.isEmpty() ? QString(kind + QLatin1Char(' ') + name)
                            : QString(kind + QLatin1Char(' ') + ns + QLatin1Char('/') + name);
    }
};

// A workspace compute whose underlying resource is this cluster.
struct AttachmentFact {
    QString computeId;   // the compute's ARM id (or its name when the id is not known)
    QString computeName;
    QString computeType; // "AKS" (v1) | "Kubernetes" (v2)
};

struct ExtensionStatusFact {
    QString code;
    QString displayStatus;
    QString level;   // "Information" | "Warning" | "Error"
    QString message;
};

// An extension found on the cluster (Microsoft.KubernetesConfiguration/extensions).
struct ExtensionFact {
    QString name;
    QString extensionType;      // "Microsoft.AzureML.Kubernetes", ...
    QString provisioningState;  // "Creating" | "Succeeded" | "Failed" | ...
    QString version;
    QList<ExtensionStatusFact> statuses;
};

struct V2ClusterFacts {
    QString clusterId;
    QString clusterName;
    bool isAks = true; // a Microsoft.ContainerService/managedClusters id (false: Arc-enabled)
    ClusterIdentityKind identity = ClusterIdentityKind::Unknown;
    bool disableLocalAccounts = false;
    QStringList authorizedIpRanges;
    // networkProfile.loadBalancerSku ("standard" | "basic"; empty: not reported). A basic load
    // balancer cannot give the router a LoadBalancer service (the extension fails E40001).
    QString loadBalancerSku;
    QString subscription;          // the cluster's
    QString workspaceSubscription; // the workspace's (empty: not known, not checked)
    QList<V2NodePool> nodePools;
    QString vmSizesError;          // why the region's VM sizes are not known, when they are not
    // The legacy v1 objects found through the Kubernetes API; nullopt when not looked for (the
    // cluster's credentials were not available), which the rules say instead of passing.
    std::optional<QList<LegacyComponentFact>> legacyComponents;
    QList<AttachmentFact> attachments;
    QList<ExtensionFact> extensions; // every extension on the cluster
    QString extensionName = QStringLiteral("azureml"); // the name the install would use

    // Nodes that can run Azure ML's pods (Linux pools).
    int linuxNodeCount() const
    {
        int n = 0;
        for (const V2NodePool &p : nodePools)
            n += p.isLinux() ? std::max(0, p.count) : 0;
        return n;
    }
};

} // namespace cw::rules
