#include "common/PrivateFile.h"

#include "common/FileTarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cw {
namespace {

QString cannotWrite(const QString &path, int error)
{
    return QCoreApplication::translate("cw::PrivateFile", "Cannot write %1: %2").arg(path, qt_error_string(error));
}

// The temporary file is created beside the target by mkostemp (O_CREAT|O_EXCL: never an
// existing file or link, mode 0600 from the first byte), filled, synced and renamed over the
// target. rename replaces the directory entry itself, so even a link planted after the check
// below is replaced, never followed; a crash leaves either the old file or the new one.
FileWriteResult writeAtomically(const QString &path, const QByteArray &contents, mode_t mode,
                                Durability durability = Durability::SurvivesPowerLoss)
{
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir))
        return {false, QCoreApplication::translate("cw::PrivateFile", "Cannot create the folder %1.").arg(dir)};
    if (const QString reason = unwritableTargetReason(path); !reason.isEmpty())
        return {false, reason};
    return replaceFileAtomically(path, contents, mode, durability);
}

} // namespace

bool writeAll(int fd, const QByteArray &contents)
{
    qsizetype done = 0;
    while (done < contents.size()) {
        const ssize_t n = ::write(fd, contents.constData() + done, size_t(contents.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

FileWriteResult writePrivateFileAtomically(const QString &path, const QByteArray &contents, Durability durability)
{
    return writeAtomically(path, contents, S_IRUSR | S_IWUSR, durability);
}

FileWriteResult writeFileAtomically(const QString &path, const QByteArray &contents)
{
    return writeAtomically(path, contents, S_IRUSR | S_IWUSR | S_IRGRP | S_IROTH);
}

FileWriteResult replaceFileAtomically(const QString &path, const QByteArray &contents, mode_t mode,
                                      Durability durability)
{
    const bool sync = durability == Durability::SurvivesPowerLoss;
    const QFileInfo info(path);
    const QByteArray dir = QFile::encodeName(info.absolutePath());
    QByteArray temp = dir + '/' + QFile::encodeName(QLatin1Char('.') + info.fileName()) + ".XXXXXX";
    const int fd = ::mkostemp(temp.data(), O_CLOEXEC);
    if (fd < 0)
        return {false, cannotWrite(path, errno)};
    int error = 0;
    errno = 0;
    if (::fchmod(fd, mode) != 0 || !writeAll(fd, contents) || (sync && ::fsync(fd) != 0))
        error = errno ? errno : EIO;
    if (::close(fd) != 0 && !error)
        error = errno;
    if (!error && ::rename(temp.constData(), QFile::encodeName(path).constData()) != 0)
        error = errno;
    if (error) {
        ::unlink(temp.constData());
        return {false, cannotWrite(path, error)};
    }
    if (!sync)
        return {true, {}};
    // The rename itself survives a power cut only once the folder is synced.
    const int dirFd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return {true, {}};
}

} // namespace cw
