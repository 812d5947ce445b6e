#pragma once
#include "azure/ParseResult.h"

#include <QString>

#include <nlohmann/json.hpp>

namespace cw::azure {

// GET /subscriptions item.
struct Subscription {
    QString id;              // "/subscriptions/{subscriptionId}"
    QString subscriptionId;
    QString displayName;
    QString state;           // "Enabled", "Disabled", "Warned", ...
    QString tenantId;
    nlohmann::json raw;      // the document as received

    bool isEnabled() const;

    static ParseResult<Subscription> fromJson(const nlohmann::json &json);
};

} // namespace cw::azure
