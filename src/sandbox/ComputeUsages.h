#pragma once
#include "sandbox/SandboxService.h"

// GET /subscriptions/{id}/providers/Microsoft.Compute/locations/{loc}/usages: the region's vCPU
// use and limits as Azure answers them ({value: [{currentValue, limit, name: {value,
// localizedValue}, unit}]}). "cores" (Total Regional vCPUs) counts the vCPUs of every AKS
// cluster of the subscription in the region, against the `regionalCoreQuota` setting — the same
// count and limit that make a create fail with QuotaExceeded; each VM family of the catalogue
// has its own entry with the same limit.
namespace cw::sandbox {

HttpReply computeUsages(SandboxService &svc, const QString &subscriptionId, const QString &location);

} // namespace cw::sandbox
