#pragma once
#include <QByteArray>
#include <QString>

#include <sys/types.h>

namespace cw {

struct FileWriteResult {
    bool ok = false;
    QString error; // human sentence when !ok
};

// Writes `contents` to `path` atomically (temporary file + rename, so a crash never leaves a
// half-written file) with owner-only permissions (0600) set before any byte is written.
// Use for everything that may hold key material, tokens or journal state.
// An existing `path` that is a symbolic link or not a regular file (a device, a FIFO) is refused
// and left as it is (see unwritableTargetReason); every write, sync, close and rename error is
// reported.
FileWriteResult writePrivateFileAtomically(const QString &path, const QByteArray &contents);

// Writes all of `contents` to the open descriptor `fd`, retrying short writes and EINTR; false
// on any other error (errno says which).
bool writeAll(int fd, const QByteArray &contents);

// The mechanism under both: a temporary beside `path` (mkostemp: O_EXCL, so nothing planted there
// is followed) with `mode` from the first byte, filled, fsync'd, renamed over `path` (a link at
// `path` is itself replaced, never written through), then the folder fsync'd. No check of what
// `path` is now: for callers that decided that themselves (the kubeconfig writer follows the
// user's symlinked ~/.kube/config to its regular target).
FileWriteResult replaceFileAtomically(const QString &path, const QByteArray &contents, mode_t mode);

// Same atomicity, ordinary permissions (0644): for files with no secret in them.
FileWriteResult writeFileAtomically(const QString &path, const QByteArray &contents);

} // namespace cw
