#pragma once
#include <QByteArray>
#include <QString>

#include <sys/types.h>

namespace cw {

struct FileWriteResult {
    bool ok = false;
    QString error; // human sentence when !ok
};

// Whether the file must still be there after a power cut once the write returned. A file that is
// worthless once the process that wrote it has ended (the sandbox's control token, drawn anew at
// each start) needs only the atomic rename: skipping the two fsyncs saves ~1.5 ms of a start.
enum class Durability { SurvivesPowerLoss, ThisProcessOnly };

// Writes `contents` to `path` atomically (temporary file + rename, so a crash never leaves a
// half-written file) with owner-only permissions (0600) set before any byte is written.
// Use for everything that may hold key material, tokens or journal state.
// An existing `path` that is a symbolic link or not a regular file (a device, a FIFO) is refused
// and left as it is (see unwritableTargetReason); every write, sync, close and rename error is
// reported.
FileWriteResult writePrivateFileAtomically(const QString &path, const QByteArray &contents,
                                           Durability durability = Durability::SurvivesPowerLoss);

// Writes all of `contents` to the open descriptor `fd`, retrying short writes and EINTR; false
// on any other error (errno says which).
bool writeAll(int fd, const QByteArray &contents);

// The mechanism under both: a temporary beside `path` (mkostemp: O_EXCL, so nothing planted there
// is followed) with `mode` from the first byte, filled, fsync'd, renamed over `path` (a link at
// `path` is itself replaced, never written through), then the folder fsync'd (both syncs skipped
// for Durability::ThisProcessOnly). No check of what
// `path` is now: for callers that decided that themselves (the kubeconfig writer follows the
// user's symlinked ~/.kube/config to its regular target).
FileWriteResult replaceFileAtomically(const QString &path, const QByteArray &contents, mode_t mode,
                                      Durability durability = Durability::SurvivesPowerLoss);

// Same atomicity, ordinary permissions (0644): for files with no secret in them.
FileWriteResult writeFileAtomically(const QString &path, const QByteArray &contents);

} // namespace cw
