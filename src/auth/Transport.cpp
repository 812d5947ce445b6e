#include "auth/Transport.h"

#include "common/BackgroundPool.h"
#include "common/BoundedFileRead.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSslCertificate>
#include <QSslSocket>
#include <QStringList>
#include <QThread>
#include <QThreadPool>

#include <utility>

namespace cw::auth {

namespace {

QHash<QByteArray, QPointer<QNetworkAccessManager>> &threadManagers()
{
    static thread_local QHash<QByteArray, QPointer<QNetworkAccessManager>> managers;
    return managers;
}

bool applicationRoutineAdded = false; // main thread only

// The first thing QCoreApplication's destructor runs (a post routine), on its thread: the main
// thread's managers go while Qt's TLS backends still exist. As the application's children they
// went after them (the backends are deleted on the application's destroyed()), and each manager's
// HTTP thread closed its kept-alive TLS connections with no backend left: Qt printed
// "QObject::connect(QObject, Unknown): invalid nullptr parameter" at every exit of the CLI, the
// GUI and the tests, from TLS code running at the edge of the process's teardown.
void deleteApplicationManagers()
{
    applicationRoutineAdded = false; // Qt drops a post routine once it ran
    const auto managers = std::exchange(threadManagers(), {});
    for (const QPointer<QNetworkAccessManager> &manager : managers)
        delete manager.data();
}

// The certificates of each CA file contents seen, by SHA-256 of the contents. Parsing is the
// OpenSSL decoder's work (about 1 ms on the GUI thread for the sandbox's one certificate) and the
// same file was parsed three times per session. Bounded: a process sees one or two CA files.
struct CaCache {
    QMutex mutex;
    QHash<QByteArray, QList<QSslCertificate>> byContents;
    int parses = 0;
};

CaCache &caCache()
{
    static CaCache cache;
    return cache;
}

QList<QSslCertificate> caCertificatesIn(const QByteArray &pem)
{
    const QByteArray key = QCryptographicHash::hash(pem, QCryptographicHash::Sha256);
    CaCache &cache = caCache();
    {
        const QMutexLocker lock(&cache.mutex);
        if (const auto it = cache.byContents.constFind(key); it != cache.byContents.cend())
            return *it;
    }
    const QList<QSslCertificate> parsed = QSslCertificate::fromData(pem, QSsl::Pem);
    const QMutexLocker lock(&cache.mutex);
    ++cache.parses;
    if (cache.byContents.size() >= 16)
        cache.byContents.clear();
    cache.byContents.insert(key, parsed);
    return parsed;
}

} // namespace

void prepareTransportInBackground(const QString &caFile)
{
    backgroundPool()->start([caFile] {
        // Thread-safe in Qt: the first call loads the backend under Qt's own lock, a concurrent
        // caller on the GUI thread waits for it instead of loading it twice.
        (void)QSslSocket::supportsSsl();
        (void)QSslConfiguration::defaultConfiguration();
        if (!caFile.isEmpty()) {
            const BoundedFileRead file = readBoundedFile(caFile, 1024 * 1024);
            if (file.ok)
                (void)caCertificatesIn(file.data);
        }
    });
}

int caParsesForTesting()
{
    const QMutexLocker lock(&caCache().mutex);
    return caCache().parses;
}

QNetworkAccessManager *sharedNetworkAccessManager(const CloudEnvironment &env)
{
    // The trust: the system store plus the extra CA file as it reads now (a file that cannot be
    // read makes every request fail anyway, see sslConfigurationFor).
    QByteArray trust = env.extraCaFile.toUtf8();
    if (!env.extraCaFile.isEmpty()) {
        const BoundedFileRead file = readBoundedFile(env.extraCaFile, 1024 * 1024);
        trust += '\n' + QCryptographicHash::hash(file.data, QCryptographicHash::Sha256);
    }
    QPointer<QNetworkAccessManager> &manager = threadManagers()[trust];
    if (manager)
        return manager;
    manager = new QNetworkAccessManager;
    QCoreApplication *app = QCoreApplication::instance();
    if (app && app->thread() == QThread::currentThread()) {
        manager->setParent(app); // outlives every window, context and session of main()
        if (!std::exchange(applicationRoutineAdded, true))
            qAddPostRoutine(deleteApplicationManagers);
    } else {
        QObject::connect(QThread::currentThread(), &QThread::finished, manager.data(), &QObject::deleteLater);
    }
    return manager;
}

void preconnectToArm(const CloudEnvironment &env, int connections)
{
    const QUrl &arm = env.armEndpoint;
    const QUrl &authority = env.authorityHost;
    if (arm.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0 || arm.host().isEmpty())
        return;
    if (arm.host().compare(authority.host(), Qt::CaseInsensitive) == 0 && arm.port(443) == authority.port(443))
        --connections; // the token request opens one
    if (connections <= 0)
        return;
    QString caError;
    QSslConfiguration ssl = sslConfigurationFor(env, &caError);
    if (!caError.isEmpty())
        return;
    // Offered as the requests offer it (they allow HTTP/2): Qt pools a preconnection made without
    // it apart from them, and the requests then opened connections of their own beside it.
    ssl.setAllowedNextProtocols({QSslConfiguration::ALPNProtocolHTTP2, QSslConfiguration::NextProtocolHttp1_1});
    QNetworkAccessManager *manager = sharedNetworkAccessManager(env);
    // Each call opens one more connection of the manager's pool (Qt keeps up to 6 per host).
    for (int i = 0; i < connections; ++i)
        manager->connectToHostEncrypted(arm.host(), quint16(arm.port(443)), ssl);
}

QSslConfiguration sslConfigurationFor(const CloudEnvironment &env, QString *error)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (env.extraCaFile.isEmpty())
        return config;
    // The path comes from a file the user named (the sandbox endpoint file): bounded, and a
    // device or FIFO is refused rather than read.
    const BoundedFileRead file = readBoundedFile(env.extraCaFile, 1024 * 1024);
    const QList<QSslCertificate> extra = file.ok ? caCertificatesIn(file.data) : QList<QSslCertificate>();
    if (extra.isEmpty()) {
        if (error)
            *error = file.ok ? QCoreApplication::translate("cw::auth", "Cannot read a CA certificate from %1.")
                                   .arg(env.extraCaFile)
                             : file.error;
        return config;
    }
    config.addCaCertificates(extra);
    return config;
}

bool isUrlAllowed(const QUrl &url, QString *why)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme == QLatin1String("http")) {
        const QString host = url.host();
        const QHostAddress address(host);
        if (host == QLatin1String("localhost") || (!address.isNull() && address.isLoopback()))
            return true;
        if (why)
            *why = QCoreApplication::translate("cw::auth",
                                               "Refusing plain http:// to %1: only https:// is allowed "
                                               "(plain http only for this computer's loopback address).")
                       .arg(host);
        return false;
    }
    if (why)
        *why = QCoreApplication::translate("cw::auth", "Unsupported URL scheme \"%1\".").arg(url.scheme());
    return false;
}

QString describeNetworkError(QNetworkReply::NetworkError error, const QString &qtMessage,
                             const QList<QSslError> &sslErrors, bool timedOut)
{
    if (timedOut)
        return QCoreApplication::translate("cw::auth", "The server did not answer in time.");
    if (!sslErrors.isEmpty() || error == QNetworkReply::SslHandshakeFailedError) {
        QStringList problems;
        for (const QSslError &sslError : sslErrors)
            problems << sslError.errorString();
        problems.removeDuplicates();
        return QCoreApplication::translate(
                   "cw::auth",
                   "The server's TLS certificate was refused (%1). The connection was not made; check "
                   "that the right CA certificate is trusted (for the sandbox, its CA file).")
            .arg(problems.isEmpty() ? qtMessage : problems.join(QStringLiteral("; ")));
    }
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return QCoreApplication::translate("cw::auth", "The server refused the connection.");
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError: // closed before an answer; not re-sent on purpose
        return QCoreApplication::translate("cw::auth", "The server closed the connection before answering.");
    case QNetworkReply::HostNotFoundError:
        return QCoreApplication::translate("cw::auth", "The server's host name could not be resolved.");
    case QNetworkReply::TimeoutError:
        return QCoreApplication::translate("cw::auth", "The server did not answer in time.");
    default:
        return QCoreApplication::translate("cw::auth", "The request failed: %1").arg(qtMessage);
    }
}

bool isAmbiguousNetworkError(QNetworkReply::NetworkError error, bool timedOut)
{
    if (timedOut)
        return true;
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProtocolUnknownError:
        return false; // the request never left this computer
    default:
        return true;
    }
}

} // namespace cw::auth
