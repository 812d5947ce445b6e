#pragma once
#include <QString>

namespace cw {

// Why `path` must not be written to, or empty when it may: it exists and is a symbolic link
// (key material is never written through a link: a dangling one would create its target
// anywhere), or it exists and is not a regular file (writing "onto" /dev/full or a FIFO would
// otherwise replace the node with a regular file). A path that does not exist yet is fine.
QString unwritableTargetReason(const QString &path);

} // namespace cw
