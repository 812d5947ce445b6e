#pragma once
#include "azure/KubernetesProperties.h"

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

// What attaching an AKS cluster (with the Azure ML extension) as a v2 Kubernetes compute takes,
// and the body of its PUT .../computes/{name} (Compute/createOrUpdate/KubernetesCompute.json of
// Microsoft.MachineLearningServices 2022-10-01). The CLI's `attach --kubernetes` fills it; the
// journaled operation sends it (ops::OperationRunner::startAttachKubernetes).
namespace cw::azure {

struct KubernetesComputeSpec {
    QString name;
    QString description;
    QString clusterId;                       // the managed cluster's ARM id
    QString location;                        // the workspace's region (the resource's location)
    QString kubernetesNamespace = QStringLiteral("default");
    QList<InstanceType> instanceTypes;       // empty: the extension's own "defaultinstancetype"
    QString defaultInstanceType;             // one of instanceTypes, when they are given
    QString identityType;                    // "" (none sent), "SystemAssigned", "UserAssigned", ...
    QStringList userAssignedIdentities;      // with a UserAssigned type
};

// {"location", "identity"?, "properties": {"computeType":"Kubernetes", "resourceId", "description"?,
//  "properties": {"namespace", "defaultInstanceType"?, "instanceTypes"?}}}
nlohmann::json kubernetesAttachBody(const KubernetesComputeSpec &spec);

} // namespace cw::azure
