#pragma once
#include "azure/ParseResult.h"

#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

namespace cw::azure {

struct OrchestratorUpgrade {
    QString orchestratorType;
    QString orchestratorVersion;
    bool isPreview = false;
};

// One entry of GET .../locations/{loc}/orchestrators (api-version 2019-08-01).
struct OrchestratorVersion {
    QString orchestratorType;  // "Kubernetes"
    QString orchestratorVersion;
    bool isDefault = false;    // JSON "default"
    bool isPreview = false;
    QList<OrchestratorUpgrade> upgrades;

    static ParseResult<OrchestratorVersion> fromJson(const nlohmann::json &json);
};

// Reads properties.orchestrators of the answer, keeping only Kubernetes entries.
ParseResult<QList<OrchestratorVersion>> parseOrchestratorVersionList(const nlohmann::json &json);
// The entry flagged default, else the highest non-preview version (compared as
// rules::compareVersions does: 1.27.3-hotfix is 1.27.3); empty when none.
QString defaultKubernetesVersion(const QList<OrchestratorVersion> &versions);

} // namespace cw::azure
