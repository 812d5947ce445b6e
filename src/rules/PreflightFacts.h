#pragma once
// Facts the preflight checks the spec against. Plain structs: the azure layer maps its models
// (workspace computes, ManagedCluster, service errors) and src/tls its certificate analysis into
// these, so the preflight stays a pure function.
#include "rules/AttachRules.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace cw::rules {

struct WorkspaceFacts {
    QString subscription;
    QString location;
    QList<ExistingCompute> computes;
};

struct AgentPoolFacts {
    QString name;
    int count = 0;
    QString vmSize;
    QString osType; // "Linux" | "Windows"
    QString mode;   // "System" | "User"
};

// Mirrors the ManagedCluster fields of azure-contract.md.
struct ClusterFacts {
    QString id;
    QString name;
    QString location;
    QString provisioningState;     // properties.provisioningState
    QString powerState;            // properties.powerState.code ("Running" | "Stopped")
    QString kubernetesVersion;
    QString currentKubernetesVersion;
    QString fqdn;
    QString privateFqdn;
    QString nodeResourceGroup;
    QList<AgentPoolFacts> agentPools;
    bool enablePrivateCluster = false;   // apiServerAccessProfile.enablePrivateCluster
    QStringList authorizedIpRanges;      // apiServerAccessProfile.authorizedIPRanges
    QString loadBalancerSku;             // networkProfile.loadBalancerSku ("basic" | "standard")
    QString networkPlugin;
    QString serviceCidr;
    QString dnsServiceIp;
    QString dockerBridgeCidr;

    // currentKubernetesVersion when set, else kubernetesVersion.
    QString effectiveVersion() const;
};

// A failing finding of src/tls's certificate report that the facts below do not express.
struct CertificateProblem {
    QString id;      // src/tls's check id, e.g. "key-strength"
    QString message; // its translated sentence
};

// What src/tls found in the custom certificate and key.
struct CertificateFacts {
    bool parsed = false;       // both certificate and key parsed
    QString error;             // the parser's message when !parsed
    bool keyMatches = false;
    QDateTime notBefore;
    QDateTime notAfter;
    bool coversCname = false;
    bool selfSigned = false;
    // Every other Fail of the report (key strength, chain order, a key in the certificate file,
    // ...): the preflight refuses on each, so nothing the report refuses passes the preflight.
    QList<CertificateProblem> otherFailures;
};

// What the service reported (e.g. from a failed earlier request), when it did.
struct ServiceFacts {
    bool policyDeniesPublicIp = false; // RequestDisallowedByPolicy on public IPs
    bool aksCreationDisabled = false;  // the service refuses new AKS computes
};

} // namespace cw::rules
