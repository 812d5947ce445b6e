#pragma once
#include "azure/ParseResult.h"

#include <QString>

#include <nlohmann/json.hpp>

namespace cw::azure {

// GET /subscriptions/{id}/locations (api-version 2022-12-01) item: a region the subscription
// can use. `{id, name, type, displayName, regionalDisplayName, metadata:{regionType, ...}}`.
struct SubscriptionLocation {
    QString id;                  // "/subscriptions/{sub}/locations/westeurope"
    QString name;                // "westeurope"
    QString type;                // "Region" (or "EdgeZone")
    QString displayName;         // "West Europe"
    QString regionalDisplayName; // "(Europe) West Europe"
    QString regionType;          // metadata.regionType: "Physical" | "Logical"
    QString geographyGroup;      // metadata.geographyGroup: "Europe"
    nlohmann::json raw;

    static ParseResult<SubscriptionLocation> fromJson(const nlohmann::json &json);
};

} // namespace cw::azure
