#include "common/BoundedFileRead.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cw {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::BoundedFileRead", text);
}

BoundedFileRead failure(const QString &error)
{
    return {false, {}, error};
}

QString notRegular(const QString &path)
{
    return tr("%1 is not a regular file (a device, FIFO or directory).").arg(path);
}

QString tooLarge(const QString &path, qint64 maxBytes)
{
    return tr("%1 is larger than %2 KiB: it is not the file expected here.").arg(path).arg(maxBytes / 1024);
}

struct Fd {
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

BoundedFileRead readBoundedFile(const QString &path, qint64 maxBytes)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat st {};
    // stat first: a device is refused without being opened at all (opening some has effects).
    if (::stat(name.constData(), &st) != 0)
        return failure(tr("Cannot read %1: %2").arg(path, qt_error_string(errno)));
    if (!S_ISREG(st.st_mode))
        return failure(notRegular(path));
    // O_NONBLOCK: should the path be swapped for a FIFO after the stat, the open still returns.
    Fd file;
    file.fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (file.fd < 0)
        return failure(tr("Cannot read %1: %2").arg(path, qt_error_string(errno)));
    if (::fstat(file.fd, &st) != 0 || !S_ISREG(st.st_mode))
        return failure(notRegular(path));
    if (st.st_size > maxBytes)
        return failure(tooLarge(path, maxBytes));

    // Never more than maxBytes + 1, whatever the size said: one byte too many proves "too large".
    BoundedFileRead result;
    result.data.resize(qsizetype(qMin<qint64>(st.st_size, maxBytes) + 1));
    qint64 total = 0;
    for (;;) {
        if (total == result.data.size()) {
            if (total > maxBytes)
                return failure(tooLarge(path, maxBytes));
            result.data.resize(qsizetype(qMin<qint64>(total * 2 + 4096, maxBytes + 1)));
        }
        const ssize_t got = ::read(file.fd, result.data.data() + total, size_t(result.data.size() - total));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return failure(tr("Cannot read %1: %2").arg(path, qt_error_string(errno)));
        if (got == 0)
            break;
        total += got;
    }
    if (total > maxBytes)
        return failure(tooLarge(path, maxBytes));
    result.data.truncate(qsizetype(total));
    result.ok = true;
    return result;
}

} // namespace cw
