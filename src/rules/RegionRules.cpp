#include "rules/RegionRules.h"

#include "rules/ComputeSpec.h"

#include <QCoreApplication>

#include <algorithm>

namespace cw::rules {
namespace {

struct RegionRulesText {
    Q_DECLARE_TR_FUNCTIONS(cw::rules::RegionRules)
};

bool holdsClusters(const LocationFacts &l)
{
    return l.regionType.isEmpty() || l.regionType.compare(QLatin1String("Physical"), Qt::CaseInsensitive) == 0;
}

} // namespace

QList<LocationFacts> clusterRegions(const QList<LocationFacts> &locations)
{
    QList<LocationFacts> out;
    for (const LocationFacts &l : locations) {
        const QString name = normalizeRegion(l.name);
        if (name.isEmpty() || !holdsClusters(l))
            continue;
        if (std::any_of(out.cbegin(), out.cend(), [&name](const LocationFacts &o) { return o.name == name; }))
            continue;
        LocationFacts copy = l;
        copy.name = name;
        out.append(copy);
    }
    const auto label = [](const LocationFacts &l) {
        return !l.regionalDisplayName.isEmpty() ? l.regionalDisplayName : !l.displayName.isEmpty() ? l.displayName : l.name;
    };
    std::stable_sort(out.begin(), out.end(), [&label](const LocationFacts &a, const LocationFacts &b) {
        return label(a).compare(label(b), Qt::CaseInsensitive) < 0;
    });
    return out;
}

bool isClusterRegion(const QString &region, const QList<LocationFacts> &locations)
{
    const QString wanted = normalizeRegion(region);
    if (wanted.isEmpty())
        return false;
    const QList<LocationFacts> regions = clusterRegions(locations);
    return std::any_of(regions.cbegin(), regions.cend(), [&wanted](const LocationFacts &l) { return l.name == wanted; });
}

Findings validateRegion(const QString &region, const std::optional<QList<LocationFacts>> &locations)
{
    Findings out;
    const QString name = normalizeRegion(region);
    if (name.isEmpty()) {
        out.append(error(QStringLiteral("region.empty"), QStringLiteral("region"), RegionRulesText::tr("Choose a region.")));
        return out;
    }
    if (locations && !isClusterRegion(name, *locations)) {
        out.append(error(QStringLiteral("region.unknown"), QStringLiteral("region"),
                         RegionRulesText::tr("\"%1\" is not a region of this subscription where a cluster can be "
                                  "created; choose one of the subscription's regions.")
                             .arg(region.trimmed())));
    }
    return out;
}

} // namespace cw::rules
