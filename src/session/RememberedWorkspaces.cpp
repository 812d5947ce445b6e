#include "session/RememberedWorkspaces.h"

#include <QSet>
#include <QSettings>
#include <QStringList>

namespace cw::session {
namespace {

QString group(const QString &cloud)
{
    QString name = cloud;
    name.replace(QLatin1Char('/'), QLatin1Char('_')); // a key separator in QSettings
    return QStringLiteral("clusters/") + name + QLatin1Char('/');
}

// "subscription/resourceGroup/workspace": the three names never contain a slash.
QString entryOf(const WorkspaceRef &ws)
{
    return ws.subscriptionId + QLatin1Char('/') + ws.resourceGroup + QLatin1Char('/') + ws.workspace;
}

QSet<QString> keysOf(const QList<WorkspaceRef> &workspaces)
{
    QSet<QString> keys;
    for (const WorkspaceRef &ws : workspaces)
        keys.insert(ws.key());
    return keys;
}

qsizetype indexIn(const QList<WorkspaceRef> &workspaces, const WorkspaceRef &wanted)
{
    const QString key = wanted.key();
    for (qsizetype i = 0; i < workspaces.size(); ++i)
        if (workspaces.at(i).key() == key)
            return i;
    return -1;
}

} // namespace

RememberedWorkspaces RememberedWorkspaces::load(const QSettings &settings, const QString &cloud)
{
    RememberedWorkspaces remembered;
    const QString prefix = group(cloud);
    for (const QString &entry : settings.value(prefix + QStringLiteral("workspaces")).toStringList()) {
        const QStringList parts = entry.split(QLatin1Char('/'));
        if (parts.size() != 3 || parts.contains(QString()))
            return {}; // not written by this version: start without memory rather than guess
        remembered.workspaces.append({.cloud = cloud, .subscriptionId = parts.at(0), .resourceGroup = parts.at(1),
                                      .workspace = parts.at(2)});
    }
    remembered.all = !remembered.isEmpty() && settings.value(prefix + QStringLiteral("all")).toBool();
    return remembered;
}

void RememberedWorkspaces::save(QSettings &settings, const QString &cloud) const
{
    QStringList entries;
    for (const WorkspaceRef &ws : workspaces)
        entries.append(entryOf(ws));
    const QString prefix = group(cloud);
    settings.setValue(prefix + QStringLiteral("workspaces"), entries);
    settings.setValue(prefix + QStringLiteral("all"), all);
}

bool RememberedWorkspaces::isSavedIn(const QSettings &settings, const QString &cloud) const
{
    return load(settings, cloud) == *this;
}

bool RememberedWorkspaces::operator==(const RememberedWorkspaces &other) const
{
    if (all != other.all || workspaces.size() != other.workspaces.size())
        return false;
    for (qsizetype i = 0; i < workspaces.size(); ++i)
        if (workspaces.at(i).key() != other.workspaces.at(i).key())
            return false;
    return true;
}

WorkspacePick pickAfterListing(const RememberedWorkspaces &remembered, const QList<WorkspaceRef> &found)
{
    // The picker's default: every workspace when there are several, else the only one.
    const WorkspacePick fallback{.index = found.size() > 1 ? -1 : 0};
    if (remembered.isEmpty() || found.isEmpty())
        return {.index = fallback.index, .rememberedGone = !remembered.isEmpty() && !remembered.all};
    if (remembered.all) {
        // The same set (in any order) is what "All workspaces" shows now; another set is refreshed.
        WorkspacePick pick = fallback;
        pick.keepsRows = keysOf(remembered.workspaces) == keysOf(found);
        return pick;
    }
    const qsizetype at = indexIn(found, remembered.workspaces.first());
    if (at < 0)
        return {.index = fallback.index, .rememberedGone = true};
    return {.index = int(at), .keepsRows = true};
}

} // namespace cw::session
