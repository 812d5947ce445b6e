#include "secrets/HttpTraceWriter.h"

#include "secrets/Redaction.h"

#include <QCoreApplication>
#include <QDateTime>

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
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text,
                    QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        if (error)
            *error = QCoreApplication::translate("cw::secrets", "Cannot open the HTTP trace file %1: %2")
                         .arg(path, file->errorString());
        return nullptr;
    }
    // An existing file keeps its old mode on open: tighten it as well.
    file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return std::shared_ptr<HttpTraceWriter>(new HttpTraceWriter(std::move(file)));
}

HttpTraceWriter::HttpTraceWriter(std::unique_ptr<QFile> file)
    : m_file(std::move(file))
{
    m_clock.start();
}

QString HttpTraceWriter::path() const
{
    return m_file->fileName();
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
    m_file->write(bytes);
    m_file->flush();
}

} // namespace cw::secrets
