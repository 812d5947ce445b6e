#pragma once
#include "azure/ParseResult.h"

#include <QString>

#include <nlohmann/json.hpp>

namespace cw::azure {

// An Azure ML workspace (Microsoft.MachineLearningServices/workspaces).
struct Workspace {
    QString id;
    QString name;
    QString location;
    QString subscriptionId;  // from the id
    QString resourceGroup;   // from the id
    QString friendlyName;
    QString description;
    QString provisioningState;
    QString workspaceId;     // properties.workspaceId (GUID)
    nlohmann::json raw;

    static ParseResult<Workspace> fromJson(const nlohmann::json &json);
};

} // namespace cw::azure
