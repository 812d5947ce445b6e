#include "common/FileTarget.h"

#include <QCoreApplication>
#include <QFile>

#include <sys/stat.h>

namespace cw {

QString unwritableTargetReason(const QString &path)
{
    struct stat st {};
    // lstat: the link itself, never what it points to.
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return {}; // nothing there yet (or unreachable: the write reports that precisely)
    if (S_ISLNK(st.st_mode))
        return QCoreApplication::translate("cw::FileTarget",
                                           "%1 is a symbolic link; files are never written through a link. "
                                           "Remove the link or choose another file.")
            .arg(path);
    if (!S_ISREG(st.st_mode))
        return QCoreApplication::translate("cw::FileTarget",
                                           "%1 is not a regular file (a device, FIFO or directory); it was "
                                           "left unchanged.")
            .arg(path);
    return {};
}

} // namespace cw
