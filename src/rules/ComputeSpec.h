#pragma once
// The validated description of one create or attach, as the wizard, the CLI and the tests build
// it. Plain data: the rules in this folder check it, src/export turns it into the ARM body.
#include "common/WorkspaceRef.h"

#include <QString>

#include <optional>

namespace cw::rules {

enum class ComputeMode { Create, Attach };
enum class ClusterPurpose { FastProd, DevTest };                // wire values "FastProd", "DevTest"
enum class LoadBalancerType { PublicIp, InternalLoadBalancer }; // wire values as spelled
enum class TlsMode { None, LeafLabel, Custom };

// Bring-your-own virtual network (create only). All six fields or none.
struct NetworkingSpec {
    QString vnetName;
    QString vnetResourceGroup;
    QString subnetName;
    QString serviceCidr;
    QString dnsServiceIp;
    QString dockerBridgeCidr;

    bool isEmpty() const;    // every field blank: no custom networking
    bool isComplete() const; // every field filled in
};

struct TlsSpec {
    TlsMode mode = TlsMode::None;
    // LeafLabel: the FQDN becomes <leafLabel>######.<region>.cloudapp.azure.com.
    QString leafLabel;
    bool overwriteExistingDomain = false;
    // Custom: PEM texts and the domain the certificate is for.
    QString certPem;
    QString keyPem;
    QString cname;
    // File names shown in the exported SDK/CLI snippets, which read the PEM from files.
    QString certFileName = QStringLiteral("cert.pem");
    QString keyFileName = QStringLiteral("key.pem");
};

struct ComputeSpec {
    ComputeMode mode = ComputeMode::Create;
    WorkspaceRef workspace;
    QString name;                 // compute name in the workspace
    ClusterPurpose purpose = ClusterPurpose::FastProd;
    QString region;               // create: the cluster's region (empty = workspace region)
    QString vmSize = QStringLiteral("Standard_D3_v2"); // create only
    int nodeCount = 3;            // create only
    QString aksResourceId;        // attach only
    NetworkingSpec networking;    // create only
    LoadBalancerType loadBalancer = LoadBalancerType::PublicIp;
    QString loadBalancerSubnet;   // needed with InternalLoadBalancer
    TlsSpec tls;
    QString description;

    bool isCreate() const { return mode == ComputeMode::Create; }
    bool isAttach() const { return mode == ComputeMode::Attach; }
    // The region the compute lives in: the chosen region, else the workspace's.
    QString effectiveRegion() const;
};

QString wireValue(ClusterPurpose purpose);
QString wireValue(LoadBalancerType type);
std::optional<ClusterPurpose> clusterPurposeFromWire(const QString &value); // case-insensitive
std::optional<LoadBalancerType> loadBalancerTypeFromWire(const QString &value);

// "West Europe" -> "westeurope": ARM location names are lower case without spaces.
QString normalizeRegion(const QString &region);

} // namespace cw::rules
