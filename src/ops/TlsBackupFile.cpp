#include "ops/TlsBackupFile.h"
#include "ops/OpsTr.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cw::ops {
namespace {

constexpr qint64 kMaxBackupBytes = 1024 * 1024; // a certificate chain and a key: far below

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

QString writeTlsBackupFile(const QString &path, const QByteArray &contents)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return tr("Cannot create the backup file %1: %2").arg(path, systemError());
    qint64 written = 0;
    while (written < contents.size()) {
        const ssize_t n = ::write(fd, contents.constData() + written, size_t(contents.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const QString why = systemError();
            ::close(fd);
            ::unlink(native.constData());
            return tr("Cannot write the backup file %1: %2").arg(path, why);
        }
        written += n;
    }
    // On disk before anything is detached: a crash right after must still find it.
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const QString why = systemError();
        ::unlink(native.constData());
        return tr("Cannot write the backup file %1: %2").arg(path, why);
    }
    return {};
}

std::optional<QByteArray> readTlsBackupFile(const QString &path, QString *error)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        *error = tr("Cannot read the backup file %1: %2").arg(path, systemError());
        return std::nullopt;
    }
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        *error = tr("The backup file %1 is not a regular file.").arg(path);
        return std::nullopt;
    }
    QByteArray data;
    char buffer[16384];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            *error = tr("Cannot read the backup file %1: %2").arg(path, systemError());
            ::close(fd);
            return std::nullopt;
        }
        if (n == 0)
            break;
        data.append(buffer, n);
        if (data.size() > kMaxBackupBytes) {
            ::close(fd);
            *error = tr("The backup file %1 is larger than a certificate and key can be.").arg(path);
            return std::nullopt;
        }
    }
    ::close(fd);
    return data;
}

} // namespace cw::ops
