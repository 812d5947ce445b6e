#include "secrets/HttpTraceWriter.h"

#include "common/FileTarget.h"
#include "secrets/Redaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cw::secrets {

namespace {
QByteArray formatHeaders(const HeaderList &headers)
{
    QByteArray out;
    for (const auto &[name, value] : headers)
        out += "  " + name + ": " + redact::headerValue(name, value) + '\n';
    return out;
}

QByteArray formatBody(const QByteArray &body)
{
    if (body.isEmpty())
        return {};
    return "  body: " + redact::body(body) + '\n';
}
} // namespace

std::shared_ptr<HttpTraceWriter> HttpTraceWriter::open(const QString &path, QString *error)
{
    auto refuse = [&](const QString &reason) {
        if (error)
            *error = QCoreApplication::translate("cw::secrets", "Cannot open the HTTP trace file %1: %2")
                         .arg(path, reason);
        return nullptr;
    };
    if (const QString reason = unwritableTargetReason(path); !reason.isEmpty())
        return refuse(reason);
    // O_NOFOLLOW: a link planted after the check is not followed; O_NONBLOCK: nor does a FIFO
    // planted there block the open. Both are refused below.
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0600);
    if (fd < 0)
        return refuse(qt_error_string(errno));
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return refuse(QCoreApplication::translate("cw::secrets", "it is not a regular file."));
    }
    // An existing file keeps its old mode on open: tighten it as well.
    if (::fchmod(fd, S_IRUSR | S_IWUSR) != 0) {
        const int e = errno;
        ::close(fd);
        return refuse(qt_error_string(e));
    }
    return std::shared_ptr<HttpTraceWriter>(new HttpTraceWriter(fd, path));
}

HttpTraceWriter::HttpTraceWriter(int fd, QString path)
    : m_fd(fd)
    , m_path(std::move(path))
{
    m_clock.start();
}

HttpTraceWriter::~HttpTraceWriter()
{
    ::close(m_fd);
}

QString HttpTraceWriter::path() const
{
    return m_path;
}

QString HttpTraceWriter::failure() const
{
    QMutexLocker lock(&m_mutex);
    return m_failure;
}

void HttpTraceWriter::request(const QByteArray &id, const QByteArray &method, const QUrl &url,
                              const HeaderList &headers, const QByteArray &body)
{
    QByteArray out = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + " >> [" + id
                     + "] " + method + ' ' + redact::url(url).toUtf8() + '\n';
    out += formatHeaders(headers);
    out += formatBody(body);
    write(out);
}

void HttpTraceWriter::response(const QByteArray &id, int status, const QUrl &url,
                               const HeaderList &headers, const QByteArray &body,
                               const QString &networkError)
{
    QByteArray out = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + " << [" + id
                     + "] " + QByteArray::number(status) + ' ' + redact::url(url).toUtf8() + '\n';
    if (!networkError.isEmpty())
        out += "  error: " + redact::text(networkError).toUtf8() + '\n';
    out += formatHeaders(headers);
    out += formatBody(body);
    write(out);
}

void HttpTraceWriter::write(const QByteArray &bytes)
{
    QMutexLocker lock(&m_mutex);
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(m_fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (m_failure.isEmpty())
                m_failure = n < 0 ? qt_error_string(errno)
                                  : QCoreApplication::translate("cw::secrets", "nothing could be written.");
            return;
        }
        done += n;
    }
}

} // namespace cw::secrets
