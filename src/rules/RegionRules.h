#pragma once
// Which regions a cluster can be created in: only the subscription's own locations (ARM
// GET /subscriptions/{id}/locations), and of those only the physical regions (the logical ones,
// such as "europe" or "global", hold no clusters). A name outside that list is refused before
// anything is sent: Azure would refuse it later.
#include "rules/Finding.h"

#include <QList>
#include <QString>

#include <optional>

namespace cw::rules {

// One entry of the subscription's locations, as the azure layer maps it.
struct LocationFacts {
    QString name;                // "westeurope": what requests carry
    QString displayName;         // "West Europe"
    QString regionalDisplayName; // "(Europe) West Europe"
    QString regionType;          // metadata.regionType: "Physical", "Logical"; empty when not said
};

// The regions a cluster can be created in: the physical ones (or those whose type is not said),
// sorted by their regional display name, each name once.
QList<LocationFacts> clusterRegions(const QList<LocationFacts> &locations);

// True when `region` (compared as normalizeRegion spells it) is one of clusterRegions(locations).
bool isClusterRegion(const QString &region, const QList<LocationFacts> &locations);

// "region.empty" when no region is given; "region.unknown" when the list is known and the
// region is not one of its cluster regions; nothing when the list is not known (nullopt).
Findings validateRegion(const QString &region, const std::optional<QList<LocationFacts>> &locations);

} // namespace cw::rules
