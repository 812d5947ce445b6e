#pragma once
#include "kube/Kubeconfig.h"

#include <QString>
#include <QStringList>

namespace cw::kube {

struct KubeconfigWriteResult {
    bool ok = false;
    QString error;         // human sentence when !ok
    QStringList added;     // entries added by a merge ("cluster x", "user y", ...)
    QStringList replaced;  // entries replaced by a merge
};

// "Export kubeconfig…": writes `incoming` to `path`, atomically and owner-only (0600, it holds
// client keys). With `merge`, an existing file is read and `incoming` merged into it (same-named
// clusters/users/contexts replaced, everything else kept, current-context switched); an existing
// file that cannot be read as a kubeconfig is left untouched and reported, never overwritten.
KubeconfigWriteResult writeKubeconfigFile(const QString &path, const Kubeconfig &incoming, bool merge);

} // namespace cw::kube
