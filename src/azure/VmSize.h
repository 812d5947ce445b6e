#pragma once
#include "azure/ParseResult.h"

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace cw::azure {

// An item of GET .../locations/{loc}/vmSizes. Do not filter AKS sizes on supportedComputeTypes.
struct VmSize {
    QString name;
    QString family;
    int vCpus = 0;
    int gpus = 0;
    double memoryGb = 0;
    qint64 osVhdSizeMb = 0;
    qint64 maxResourceVolumeMb = 0;
    bool lowPriorityCapable = false;
    bool premiumIo = false;
    QStringList supportedComputeTypes;
    nlohmann::json raw;

    static ParseResult<VmSize> fromJson(const nlohmann::json &json);
};

// The list answer: `value` (2022-10-01) or `amlCompute` (2021-04-01).
ParseResult<QList<VmSize>> parseVmSizeList(const nlohmann::json &json);

} // namespace cw::azure
