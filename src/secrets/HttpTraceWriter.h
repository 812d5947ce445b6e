#pragma once
#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>
#include <QUrl>

#include <memory>

namespace cw::secrets {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// Writes HTTP exchanges (method, URL, status, headers, bodies) to a file for `--trace-http FILE`.
// Everything passes through cw::secrets::redact first: Authorization, tokens, client secrets,
// refresh tokens, PEM keys and certificates and kubeconfig payloads appear as "***". It lives
// beside the redaction code because it is the one component that writes traffic to disk; both
// the Azure AD client (src/auth) and the ARM pipeline (src/arm) share one writer.
// The file is created owner-only (0600) and appended to; a symbolic link or an existing path that
// is not a regular file (/dev/full, a FIFO) is refused at open, and a write that fails later is
// remembered (failure()) so that the command does not report success over a lost trace.
// Thread-safe.
class HttpTraceWriter
{
public:
    // Opens (creates or appends to) `path`. Returns null and sets *error when it cannot.
    static std::shared_ptr<HttpTraceWriter> open(const QString &path, QString *error = nullptr);

    void request(const QByteArray &id, const QByteArray &method, const QUrl &url,
                 const HeaderList &headers, const QByteArray &body);
    void response(const QByteArray &id, int status, const QUrl &url, const HeaderList &headers,
                  const QByteArray &body, const QString &networkError);

    QString path() const;
    // Why part of the trace could not be written (the first error), empty while all of it was.
    QString failure() const;

    ~HttpTraceWriter();
    HttpTraceWriter(const HttpTraceWriter &) = delete;
    HttpTraceWriter &operator=(const HttpTraceWriter &) = delete;

private:
    HttpTraceWriter(int fd, QString path);
    void write(const QByteArray &bytes);

    mutable QMutex m_mutex;
    int m_fd = -1;
    QString m_path;
    QString m_failure;
    QElapsedTimer m_clock;
};

} // namespace cw::secrets
