#include "widgets/CertificateInspector.h"

#include "tls/PrivateKeyParser.h"

#include "tls/TlsTypes.h"

#include "common/BackgroundPool.h"
#include "common/BoundedFileRead.h"

#include <QThreadPool>

namespace cw::ui {

namespace {
// Bounded read: a device (/dev/zero), a FIFO (it would block this worker forever) or a
// directory is refused with a sentence, and no more than a PEM file can be is ever read.
bool readSmallFile(const QString &path, QByteArray *out, QString *error)
{
    if (path.isEmpty())
        return true;
    BoundedFileRead file = readBoundedFile(path, tls::kMaxPemInputBytes);
    if (!file.ok) {
        *error = file.error;
        return false;
    }
    *out = std::move(file.data);
    return true;
}
} // namespace

CertificateInspector::CertificateInspector(QObject *parent)
    : QObject(parent)
{
}

CertificateInspection CertificateInspector::run(const CertificateInspectionRequest &request)
{
    CertificateInspection result;
    QByteArray cert;
    QByteArray key;
    if (!readSmallFile(request.certPath, &cert, &result.readError)
        || !readSmallFile(request.keyPath, &key, &result.readError))
        return result;
    result.certPem = QString::fromUtf8(cert);
    result.keyPem = QString::fromUtf8(key);
    result.report = tls::inspectPair(cert, key, request.passphrase, request.cname,
                                     QDateTime::currentDateTimeUtc());
    // Azure ML takes the key as plain PEM (it cannot be given a passphrase): send it decrypted.
    if (result.report.key.encrypted && result.report.key.ok())
        result.keyPem = QString::fromUtf8(tls::unencryptedPrivateKeyPem(key, request.passphrase));
    return result;
}

void CertificateInspector::inspect(const CertificateInspectionRequest &request)
{
    const quint64 generation = ++m_generation;
    ++m_pending;
    Q_EMIT started();
    // The relay lives in this thread; the worker emits through it, which Qt queues back here.
    // If this inspector is gone by then, the connection is gone too and nothing is delivered.
    auto *relay = new CertificateInspectionRelay;
    connect(relay, &CertificateInspectionRelay::done, this, &CertificateInspector::deliver);
    backgroundPool()->start([relay, request, generation] {
        const CertificateInspection result = run(request);
        Q_EMIT relay->done(generation, result);
        relay->deleteLater();
    });
}

void CertificateInspector::deliver(quint64 generation, const CertificateInspection &result)
{
    --m_pending;
    if (generation == m_generation)
        Q_EMIT finished(result);
}

} // namespace cw::ui
