#pragma once
#include "azure/ParseResult.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>

namespace cw::azure {

struct AgentPoolProfile {
    QString name;
    int count = 0;
    QString vmSize;
    QString osType;
    QString mode;  // "System" | "User"
};

// An AKS cluster (Microsoft.ContainerService/managedClusters), the fields Clusterwright uses.
struct ManagedCluster {
    QString id;
    QString name;
    QString location;
    QString subscriptionId;  // from the id
    QString resourceGroup;   // from the id
    QString provisioningState;
    QString powerState;      // properties.powerState.code: "Running" | "Stopped"
    QString kubernetesVersion;
    QString currentKubernetesVersion;
    QString fqdn;
    QString privateFqdn;
    QString nodeResourceGroup;
    QList<AgentPoolProfile> agentPoolProfiles;
    bool enablePrivateCluster = false;
    QStringList authorizedIpRanges;
    QString loadBalancerSku;  // "basic" | "standard"
    QString networkPlugin;
    QString serviceCidr;
    QString dnsServiceIp;
    QString dockerBridgeCidr;
    // Who the cluster is to Azure: identity.type ("SystemAssigned" | "UserAssigned" | "None",
    // empty when the document has no identity) and properties.servicePrincipalProfile.clientId
    // ("msi" on managed-identity clusters, the application id on service-principal ones).
    QString identityType;
    QString servicePrincipalClientId;
    bool disableLocalAccounts = false; // properties.disableLocalAccounts
    nlohmann::json raw;

    // A managed identity (system- or user-assigned), what the Azure ML extension needs.
    bool hasManagedIdentity() const;
    // A service principal: no managed identity and a client id other than "msi".
    bool usesServicePrincipal() const;

    int totalNodeCount() const;
    // The version actually running (current when given, else the requested one).
    QString effectiveKubernetesVersion() const;

    static ParseResult<ManagedCluster> fromJson(const nlohmann::json &json);
};

} // namespace cw::azure
