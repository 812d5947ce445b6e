#pragma once
// The subscription's regional vCPU quota (Microsoft.Compute usages, "cores": Total Regional
// vCPUs): a create whose nodes would take the region past its limit fails in Azure with
// QuotaExceeded after minutes of waiting, so the wizard's meter shows it live and the preflight
// stops it before anything is sent.
#include <QString>

#include <optional>

namespace cw::rules {

struct CoreQuota {
    qint64 currentValue = 0; // vCPUs in use in the region
    qint64 limit = 0;        // the subscription's limit there
};

// What the meter and the preflight show, decided here.
struct CoreQuotaVerdict {
    bool known = false;    // the quota could be read
    bool fits = true;      // current use + this cluster <= limit (true when unknown)
    qint64 current = 0;     // vCPUs in use in the region
    qint64 limit = 0;
    qint64 afterCreate = 0; // current use + this cluster
    qint64 available = 0;   // limit - current use (never negative)
    QString text;          // translated: "12 in use + 12 for this cluster = 24 of 20 vCPUs"
};

CoreQuotaVerdict checkRegionalCoreQuota(const std::optional<CoreQuota> &quota, int requestedVCpus);

} // namespace cw::rules
