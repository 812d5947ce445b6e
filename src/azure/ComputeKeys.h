#pragma once
#include "azure/ParseResult.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

namespace cw::azure {

// POST {ws}/computes/{name}/listKeys for an AKS compute. The kubeconfigs hold client keys:
// keep them in memory, never log them, write them only with cw::writePrivateFileAtomically.
struct ComputeKeys {
    QString computeType;
    QByteArray userKubeConfig;   // kubeconfig text
    QByteArray adminKubeConfig;  // kubeconfig text
    QString imagePullSecretName;

    static ParseResult<ComputeKeys> fromJson(const nlohmann::json &json);
};

// POST .../managedClusters/{name}/listClusterUserCredential (or ...AdminCredential).
struct ClusterCredential {
    QString name;           // "clusterUser", "clusterAdmin"
    QByteArray kubeconfig;  // the decoded YAML (the wire carries base64)
};

ParseResult<QList<ClusterCredential>> parseClusterCredentials(const nlohmann::json &json);

} // namespace cw::azure
