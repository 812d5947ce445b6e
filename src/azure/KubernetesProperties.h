#pragma once
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>

// The Azure ML v2 Kubernetes compute (computeType "Kubernetes": an AKS cluster with the Azure ML
// extension attached to a workspace), as Microsoft.MachineLearningServices 2022-10-01 describes it
// (KubernetesProperties, InstanceTypeSchema, ManagedServiceIdentity). Like AksProperties, each
// struct keeps the object it was read from in `raw` and toJson() overlays the typed fields on it.
namespace cw::azure {

// The names the service gives the three resources of an instance type.
inline constexpr auto kResourceCpu = "cpu";
inline constexpr auto kResourceMemory = "memory";
inline constexpr auto kResourceGpu = "nvidia.com/gpu";

// One instance type: where its pods may run and what each may use. Quantities are Kubernetes
// quantity strings ("500m", "4Gi", "1"); a resource the service answers as null is left out.
struct InstanceType {
    QString name;
    QList<QPair<QString, QString>> nodeSelector; // label → value, in label order
    QMap<QString, QString> requests;             // "cpu" | "memory" | "nvidia.com/gpu" | ... → quantity
    QMap<QString, QString> limits;

    bool operator==(const InstanceType &) const = default;
};

// properties.properties of a Kubernetes compute.
struct KubernetesProperties {
    std::optional<QString> kubernetesNamespace; // "namespace"; the service's default is "default"
    std::optional<QString> defaultInstanceType;
    QList<InstanceType> instanceTypes; // in the document's (sorted) member order
    // Read-only: what the service reports.
    std::optional<QString> extensionInstanceReleaseTrain;
    std::optional<QString> extensionPrincipalId;
    std::optional<QString> vcName;
    std::optional<QString> relayConnectionString;      // null on AKS (Arc clusters only)
    std::optional<QString> serviceBusConnectionString; // null on AKS
    nlohmann::json raw = nlohmann::json::object();

    QString namespaceOrDefault() const { return kubernetesNamespace.value_or(QStringLiteral("default")); }
    const InstanceType *instanceType(const QString &name) const;
    // "small (default), gpu": the names, the default one marked.
    QString instanceTypesText() const;

    static KubernetesProperties fromJson(const nlohmann::json &json, const QString &path, QStringList *warnings);
    nlohmann::json toJson() const;
};

// The identity of the compute resource (ARM's ManagedServiceIdentity).
struct ComputeIdentity {
    std::optional<QString> type; // "SystemAssigned" | "UserAssigned" | "SystemAssigned,UserAssigned" | "None"
    std::optional<QString> principalId;
    std::optional<QString> tenantId;
    QStringList userAssignedIdentities; // their resource ids
    nlohmann::json raw = nlohmann::json::object();

    static ComputeIdentity fromJson(const nlohmann::json &json, const QString &path, QStringList *warnings);
    nlohmann::json toJson() const;
};

// "small (default)": the default instance type's name as lists show it.
QString defaultMarked(const QString &instanceType);

// An instance type as the service writes it: nodeSelector (null when empty) and resources with
// requests and limits.
nlohmann::json instanceTypeJson(const InstanceType &type);

} // namespace cw::azure
