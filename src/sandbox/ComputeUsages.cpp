#include "sandbox/ComputeUsages.h"

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
    qint64 total = 0;
    int machines = 0;
    const QString prefix = QStringLiteral("/subscriptions/%1/").arg(subscriptionId).toLower();
    const Json &clusters = svc.state.root["clusters"];
    for (auto it = clusters.begin(); it != clusters.end(); ++it) {
        const Json &cluster = it.value();
        if (!q(it.key()).startsWith(prefix)
            || q(cluster.value("location", std::string())).compare(location, Qt::CaseInsensitive) != 0)
            continue;
        for (const Json &pool : cluster["properties"].value("agentPoolProfiles", Json::array())) {
            const VmSize *size = findVmSize(q(pool.value("vmSize", std::string())));
            const int count = pool.value("count", 0);
            machines += count;
            if (!size)
                continue;
            total += qint64(count) * size->vCPUs;
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
