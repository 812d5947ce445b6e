#pragma once
#include "azure/ParseResult.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace cw::azure {

// An item of GET /subscriptions/{id}/providers/Microsoft.Compute/locations/{loc}/usages:
// {currentValue, limit, name: {value, localizedValue}, unit}. "cores" is the region's total
// vCPU quota ("Total Regional vCPUs"); each VM family has its own ("standardDv2Family").
struct ComputeUsage {
    QString name;           // name.value
    QString localizedName;  // name.localizedValue
    qint64 currentValue = 0;
    qint64 limit = 0;
    QString unit;           // "Count"

    static ParseResult<ComputeUsage> fromJson(const nlohmann::json &json);
};

// The list answer ({value: [...]}).
ParseResult<QList<ComputeUsage>> parseComputeUsageList(const nlohmann::json &json);

// The "cores" entry (case-insensitive), when present.
std::optional<ComputeUsage> regionalCores(const QList<ComputeUsage> &usages);

} // namespace cw::azure
