#pragma once
#include "kube/Kubeconfig.h"

#include <QString>
#include <QStringList>

namespace cw::kube {

enum class KubeconfigWriteMode {
    NewFile,    // refuse an existing file (the default everywhere: never clobber by surprise)
    Overwrite,  // replace an existing file (its previous content kept as the backup)
    Merge,      // merge into an existing file (its previous content kept as the backup)
};

struct KubeconfigWriteOptions {
    KubeconfigWriteMode mode = KubeconfigWriteMode::NewFile;
    bool makeCurrent = false;  // Merge: switch current-context to the incoming one
};

struct KubeconfigWriteResult {
    bool ok = false;
    bool targetExists = false;  // NewFile refused an existing file (callers hint Merge/Overwrite)
    QString error;              // human sentence when !ok
    QStringList added;          // entries added by a merge ("cluster x", "user y", ...)
    QStringList replaced;       // same-named entries replaced by a merge
    QStringList unchanged;      // same-named entries that were already identical
    QString backupPath;         // where the previous content was kept; empty for a new file
    bool commentsDropped = false;       // the previous file had comments a merge could not keep
    bool currentContextChanged = false;
    bool overwritten = false;   // Overwrite replaced an existing file
    QString currentContext;     // the written file's current-context
};

// The file beside `path` that keeps its previous content: `<path>.clusterwright-backup`.
QString kubeconfigBackupPath(const QString &path);

// "Export kubeconfig…": writes `incoming` to `path` owner-only (0600, it holds client keys),
// atomically (temporary file in the same folder, fsync, rename). Before an existing file is
// changed, its exact previous bytes go to kubeconfigBackupPath(path) (0600, written through a
// rename so a symlink planted there is replaced, never followed). A target that exists but is
// not a regular file (folder, FIFO, device), or an existing file that cannot be read as a
// kubeconfig, is refused and left untouched.
KubeconfigWriteResult writeKubeconfigFile(const QString &path, const Kubeconfig &incoming,
                                          const KubeconfigWriteOptions &options);

// One sentence per kind of change for the CLI and the dialog: "Added: cluster a, user b.", ...
QStringList describeKubeconfigWrite(const QString &path, const KubeconfigWriteResult &result);

} // namespace cw::kube
