#pragma once
#include <QList>
#include <QString>

#include "common/WorkspaceRef.h"

class QSettings;

namespace cw::session {

// The workspaces the clusters view showed last on one cloud, remembered between runs: the next
// start asks for their computes at once, while the subscriptions and their workspaces are listed
// for the picker (two round trips less before the first rows; on Azure 100+ ms each).
struct RememberedWorkspaces {
    QList<WorkspaceRef> workspaces; // in the picker's order
    bool all = false;               // "All workspaces" was chosen (then `workspaces` is every one listed)

    bool isEmpty() const { return workspaces.isEmpty(); }
    // Stored under "clusters/<cloud>/"; anything unreadable reads as nothing remembered.
    static RememberedWorkspaces load(const QSettings &settings, const QString &cloud);
    void save(QSettings &settings, const QString &cloud) const;
    // Whether `settings` already hold exactly this (a write syncs the file to disk: only on change).
    bool isSavedIn(const QSettings &settings, const QString &cloud) const;
    bool operator==(const RememberedWorkspaces &other) const;
};

// What the picker does once the workspaces are listed, after it showed the remembered ones.
struct WorkspacePick {
    // The workspace to select in `found`, or -1 for "All workspaces" (the first entry).
    int index = -1;
    // The rows shown (the remembered workspaces') are this pick's: no new refresh.
    bool keepsRows = false;
    // The one remembered workspace is not among those listed (deleted, moved, or no longer
    // accessible): the picker falls back to its default and says so.
    bool rememberedGone = false;
};
WorkspacePick pickAfterListing(const RememberedWorkspaces &remembered, const QList<WorkspaceRef> &found);

} // namespace cw::session
