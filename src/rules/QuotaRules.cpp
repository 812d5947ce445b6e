#include "rules/QuotaRules.h"

#include <QCoreApplication>

#include <algorithm>

namespace cw::rules {
namespace {

struct QuotaRulesText {
    Q_DECLARE_TR_FUNCTIONS(cw::rules::QuotaRules)
};

} // namespace

CoreQuotaVerdict checkRegionalCoreQuota(const std::optional<CoreQuota> &quota, int requestedVCpus)
{
    CoreQuotaVerdict v;
    if (!quota)
        return v;
    v.known = true;
    v.current = quota->currentValue;
    v.limit = quota->limit;
    v.afterCreate = quota->currentValue + std::max(0, requestedVCpus);
    v.available = std::max<qint64>(0, quota->limit - quota->currentValue);
    v.fits = v.afterCreate <= quota->limit;
    v.text = QuotaRulesText::tr("%1 in use + %2 for this cluster = %3 of %4 regional vCPUs")
                 .arg(quota->currentValue)
                 .arg(std::max(0, requestedVCpus))
                 .arg(v.afterCreate)
                 .arg(quota->limit);
    return v;
}

} // namespace cw::rules
