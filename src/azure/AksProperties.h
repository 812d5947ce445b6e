#pragma once
#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>

namespace cw::azure {

// Each struct keeps the object it was read from in `raw`; toJson() overlays the typed fields on
// it, so fields this client does not know survive a GET-edit-PUT unchanged.

struct SslConfiguration {
    std::optional<QString> status;  // "Disabled" | "Enabled" | "Auto"
    std::optional<QString> cert;    // PEM text (never returned by GET) — secret-adjacent: never log
    std::optional<QString> key;     // PEM text of the private key — a secret: never log
    std::optional<QString> cname;
    std::optional<QString> leafDomainLabel;
    std::optional<bool> overwriteExistingDomain;
    nlohmann::json raw = nlohmann::json::object();

    bool isEnabled() const;  // status Enabled or Auto (case-insensitive)
    static SslConfiguration fromJson(const nlohmann::json &json, const QString &path, QStringList *warnings);
    nlohmann::json toJson() const;
};

struct AksNetworkingConfiguration {
    std::optional<QString> subnetId;
    std::optional<QString> serviceCidr;
    std::optional<QString> dnsServiceIP;
    std::optional<QString> dockerBridgeCidr;
    nlohmann::json raw = nlohmann::json::object();

    static AksNetworkingConfiguration fromJson(const nlohmann::json &json, const QString &path,
                                               QStringList *warnings);
    nlohmann::json toJson() const;
};

struct SystemService {  // read-only
    QString systemServiceType;
    QString publicIpAddress;
    QString version;
};

// properties.properties of an AKS compute.
struct AksProperties {
    std::optional<int> agentCount;          // create only
    std::optional<QString> agentVmSize;     // create only
    std::optional<QString> clusterPurpose;  // "FastProd" (default) | "DenseProd" | "DevTest"
    std::optional<QString> clusterFqdn;
    QList<SystemService> systemServices;    // read-only, never written back from here
    std::optional<SslConfiguration> sslConfiguration;
    std::optional<AksNetworkingConfiguration> aksNetworkingConfiguration;
    // Read from `loadBalancerType` or the 2021-04-01 spelling `LoadBalancerType`; emitted camelCase.
    std::optional<QString> loadBalancerType;    // "PublicIp" (default) | "InternalLoadBalancer"
    std::optional<QString> loadBalancerSubnet;
    nlohmann::json raw = nlohmann::json::object();

    bool isInternalLoadBalancer() const;
    static AksProperties fromJson(const nlohmann::json &json, const QString &path, QStringList *warnings);
    nlohmann::json toJson() const;
};

} // namespace cw::azure
