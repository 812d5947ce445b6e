#include "sandbox/ComputeUsages.h"

#include "sandbox/ResourceFactory.h"
#include "sandbox/VmCatalog.h"

#include <QMap>

namespace cw::sandbox {
namespace {

Json usage(const QString &name, const QString &localized, qint64 current, qint64 limit)
{
    return {{"currentValue", current}, {"limit", limit}, {"name", {{"value", s(name)}, {"localizedValue", s(localized)}}},
            {"unit", "Count"}};
}

// "standardDv2Family" → "Standard Dv2 Family vCPUs", as Azure words it.
QString familyLabel(const QString &family)
{
    QString core = family;
    if (core.startsWith(QLatin1String("standard")))
        core = core.mid(8);
    if (core.endsWith(QLatin1String("Family")))
        core.chop(6);
    return QStringLiteral("Standard %1 Family vCPUs").arg(core);
}

} // namespace

HttpReply computeUsages(SandboxService &svc, const QString &subscriptionId, const QString &location)
{
    if (!isKnownLocation(location))
        return HttpReply::armError(404, QStringLiteral("NoRegisteredProviderFound"),
                                   QStringLiteral("No registered resource provider found for location '%1' and "
                                                  "API version '2023-03-01' for type 'locations/usages'.")
                                       .arg(location));
    QMap<QString, qint64> byFamily;
    for (const VmSize &size : vmSizes())
        byFamily.insert(QLatin1String(size.family), 0);
    // "cores" is the count a create's QuotaExceeded check uses; families and machines break it down.
    const Json &clusters = svc.state.root["clusters"];
    const qint64 total = regionalCoresInUse(clusters, subscriptionId, location);
    int machines = 0;
    for (const Json *cluster : clustersInRegion(clusters, subscriptionId, location)) {
        for (const Json &pool : (*cluster)["properties"].value("agentPoolProfiles", Json::array())) {
            const int count = pool.value("count", 0);
            machines += count;
            if (const VmSize *size = findVmSize(q(pool.value("vmSize", std::string()))))
                byFamily[QLatin1String(size->family)] += qint64(count) * size->vCPUs;
        }
    }
    const qint64 limit = qint64(svc.state.settings.regionalCoreQuota);
    Json value = Json::array();
    value.push_back(usage(QStringLiteral("availabilitySets"), QStringLiteral("Availability Sets"), 0, 2500));
    value.push_back(usage(QStringLiteral("cores"), QStringLiteral("Total Regional vCPUs"), total, limit));
    value.push_back(usage(QStringLiteral("virtualMachines"), QStringLiteral("Virtual Machines"), machines, 25000));
    for (auto it = byFamily.cbegin(); it != byFamily.cend(); ++it)
        value.push_back(usage(it.key(), familyLabel(it.key()), it.value(), limit));
    return HttpReply::json(200, {{"value", value}});
}

} // namespace cw::sandbox
