#include "kube/KubeClient.h"
#include "kube/KubeTr.h"
#include "common/JsonFields.h"
#include "common/JsonNesting.h"

#include "common/AppIdentity.h"
#include "common/RetryEnvironment.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslError>
#include <QSslKey>
#include <QTimer>
#include <QUrl>

#include <limits>

#include <nlohmann/json.hpp>

Q_LOGGING_CATEGORY(lcKube, "cw.kube", QtInfoMsg)

namespace cw::kube {

namespace {

QString describe(const QString &ns, const QString &name)
{
    return tr("secret \"%1\" in namespace \"%2\"").arg(name, ns);
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QSslKey loadPrivateKey(const QByteArray &pem)
{
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

} // namespace

QByteArray KubeSecretResult::certPem() const
{
    return secret ? secret->data.value(QStringLiteral("cert.pem")) : QByteArray();
}

QByteArray KubeSecretResult::keyPem() const
{
    return secret ? secret->data.value(QStringLiteral("key.pem")) : QByteArray();
}

// ---- KubeSecretJob ----

KubeSecretJob::KubeSecretJob(QObject *parent)
    : AsyncJob(parent, Delivery::Immediate)
{
}

void KubeSecretJob::prepare(QNetworkAccessManager *nam, const QNetworkRequest &request, QString ns, QString name,
                            bool requireTlsPair, const retry::RetryOptions &retryOptions)
{
    m_nam = nam;
    m_request = request;
    m_ns = std::move(ns);
    m_name = std::move(name);
    m_requireTlsPair = requireTlsPair;
    m_retry = retryOptions;
}

void KubeSecretJob::doStart()
{
    send();
}

void KubeSecretJob::send()
{
    if (isFinished() || !m_nam)
        return;
    ++m_tries;
    m_sslErrors.clear();
    qCDebug(lcKube) << "GET" << m_request.url().toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery) << "try"
                    << m_tries;
    m_reply = m_nam->get(m_request);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Recorded for the message only; the errors are never ignored.
        QStringList texts;
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        m_sslErrors = texts.join(QLatin1String("; "));
    });
    connect(m_reply, &QNetworkReply::finished, this, &KubeSecretJob::onReplyFinished);
}

bool KubeSecretJob::retryLater(std::optional<qint64> serverDelayMs)
{
    const auto delay =
        retry::nextRetryDelayMs(m_tries, m_retry, serverDelayMs, QRandomGenerator::global()->generateDouble());
    if (!delay)
        return false;
    qCInfo(lcKube) << "retry" << m_tries << "of the secret GET in" << *delay << "ms";
    QTimer::singleShot(int(std::min<qint64>(*delay, std::numeric_limits<int>::max())), this, &KubeSecretJob::send);
    return true;
}

void KubeSecretJob::failLater(const KubeError &error)
{
    KubeSecretResult result;
    result.error = error;
    QTimer::singleShot(0, this, [this, result] { finish(result); });
}

void KubeSecretJob::doCancel()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    KubeSecretResult result;
    result.error = KubeError::local(QStringLiteral("Canceled"), tr("Reading the secret was cancelled."));
    finish(result);
}

void KubeSecretJob::finish(const KubeSecretResult &result)
{
    finishWith([this, result] { Q_EMIT finished(result); });
}

void KubeSecretJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    KubeSecretResult result;
    qCDebug(lcKube) << "answer" << status << reply->error();

    if (status == 0) {
        const bool tls = !m_sslErrors.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError;
        // A refused certificate never becomes acceptable by asking again.
        if (!tls && retryLater(std::nullopt))
            return;
        QString text = reply->errorString();
        if (!m_sslErrors.isEmpty())
            text = tr("The cluster's TLS certificate was not trusted: %1").arg(m_sslErrors);
        result.error = KubeError::local(tls ? QStringLiteral("TlsError") : QStringLiteral("NetworkError"),
                                        tr("Could not reach the Kubernetes API server: %1").arg(text));
        if (!tls && m_tries > 1)
            result.error.sentence += QLatin1Char(' ') + QCoreApplication::translate("cw::kube", "(%n tries)", nullptr, m_tries);
        finish(result);
        return;
    }
    if (status < 200 || status > 299) {
        if (status == 401 && !m_retried401) {
            m_retried401 = true;
            if (retryLater(std::nullopt))
                return;
        }
        if (retry::isTransientStatus(status)
            && retryLater(retry::retryAfterMs(reply->rawHeaderPairs(), QDateTime::currentDateTimeUtc())))
            return;
    }
    result = readSecretAnswer(status, body, m_ns, m_name, m_requireTlsPair);
    // A garbled answer to a read is asked for again.
    if (result.error.reason == QLatin1String("MalformedAnswer") && retryLater(std::nullopt))
        return;
    finish(result);
}

KubeSecretResult readSecretAnswer(int httpStatus, const QByteArray &body, const QString &ns, const QString &name,
                                  bool requireTlsPair)
{
    const QString what = describe(ns, name);
    KubeSecretResult result;
    if (httpStatus < 200 || httpStatus > 299) {
        result.error = KubeError::fromHttp(httpStatus, body, what);
        return result;
    }
    const nlohmann::json doc = parseBoundedJson(body);
    if (!doc.is_object() || !doc.contains("kind") || doc["kind"] != "Secret") {
        result.error = KubeError::local(QStringLiteral("MalformedAnswer"),
                                        tr("The Kubernetes API server's answer for the %1 is not a Secret.").arg(what));
        return result;
    }
    KubeSecret secret;
    secret.name = name;
    secret.ns = ns;
    secret.type = jsonfields::string(doc, "type");
    if (const auto *data = jsonfields::object(doc, "data")) {
        for (auto it = data->begin(); it != data->end(); ++it) {
            if (!it->is_string())
                continue;
            const std::string &encoded = it->get_ref<const std::string &>();
            auto decoded = QByteArray::fromBase64Encoding(
                QByteArray(encoded.data(), static_cast<qsizetype>(encoded.size())),
                QByteArray::AbortOnBase64DecodingErrors);
            if (decoded)
                secret.data.insert(QString::fromStdString(it.key()), decoded.decoded);
        }
    }
    if (requireTlsPair
        && (secret.data.value(QStringLiteral("cert.pem")).isEmpty()
            || secret.data.value(QStringLiteral("key.pem")).isEmpty())) {
        result.error = KubeError::local(QStringLiteral("IncompleteSecret"),
                                        tr("The %1 does not hold both cert.pem and key.pem.").arg(what));
        return result;
    }
    result.secret = std::move(secret);
    return result;
}

// ---- KubeClient ----

KubeClient::KubeClient(KubeTarget target, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_nam(new QNetworkAccessManager(this))
{
    m_retry.maxRetries = 3; // one secret read that a person waits on: 4 tries, ~5.6 s of backoff
    m_retry = retry::withEnvironment(m_retry);
    configure();
}

KubeClient::~KubeClient() = default;

void KubeClient::configure()
{
    const QUrl server(m_target.cluster.server);
    auto refuse = [this](const char *code, const QString &sentence) {
        m_configError = KubeError::local(QString::fromLatin1(code), sentence);
    };
    if (!server.isValid() || server.host().isEmpty()) {
        refuse("BadServer", tr("The kubeconfig's server address \"%1\" is not a URL.").arg(m_target.cluster.server));
        return;
    }
    const bool https = server.scheme() == QLatin1String("https");
    if (!https && !(server.scheme() == QLatin1String("http") && isLoopback(server))) {
        refuse("InsecureServer", tr("The kubeconfig's server must use https."));
        return;
    }
    if (m_target.cluster.insecureSkipTlsVerify) {
        refuse("InsecureSkipTlsVerify",
               tr("The kubeconfig asks to skip TLS verification; Clusterwright never does that."));
        return;
    }
    if (m_target.user.usesExecPlugin && m_target.user.token.isEmpty()
        && m_target.user.clientCertificateData.isEmpty()) {
        refuse("UnsupportedAuth", tr("The kubeconfig's user signs in through a plug-in, which is not supported; "
                                     "use the cluster's admin or user credentials."));
        return;
    }
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_target.cluster.certificateAuthorityData.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromData(m_target.cluster.certificateAuthorityData, QSsl::Pem);
        if (cas.isEmpty()) {
            refuse("BadCertificateAuthority", tr("The kubeconfig's certificate-authority-data holds no certificate."));
            return;
        }
        m_ssl.setCaCertificates(cas);  // the cluster CA only, as kubectl does
    }
    const bool hasClientCert = !m_target.user.clientCertificateData.isEmpty();
    if (hasClientCert) {
        const QList<QSslCertificate> chain = QSslCertificate::fromData(m_target.user.clientCertificateData, QSsl::Pem);
        if (chain.isEmpty()) {
            refuse("BadClientCertificate", tr("The kubeconfig's client-certificate-data holds no certificate."));
            return;
        }
        const QSslKey key = loadPrivateKey(m_target.user.clientKeyData);
        if (key.isNull()) {
            refuse("BadClientKey", tr("The kubeconfig's client-key-data holds no usable private key."));
            return;
        }
        m_ssl.setLocalCertificateChain(chain);
        m_ssl.setPrivateKey(key);
    } else if (m_target.user.token.isEmpty()) {
        refuse("NoCredentials", tr("The kubeconfig's user has neither a client certificate nor a token."));
        return;
    }
    m_configured = true;
}

QUrl KubeClient::urlFor(const QString &path) const
{
    QUrl url(m_target.cluster.server);
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path, QUrl::TolerantMode);
    return url;
}

KubeSecretJob *KubeClient::readSecret(const QString &ns, const QString &name)
{
    return startSecretJob(ns, name, false);
}

KubeSecretJob *KubeClient::readTlsSecret()
{
    return startSecretJob(m_target.ns, QString::fromLatin1(kTlsSecretName), true);
}

KubeSecretJob *KubeClient::startSecretJob(const QString &ns, const QString &name, bool requireTlsPair)
{
    auto *job = new KubeSecretJob(this);
    if (!m_configured) {
        job->m_ns = ns;
        job->m_name = name;
        job->failLater(m_configError);
        return job;
    }
    const QString path = QLatin1String("/api/v1/namespaces/") + QString::fromLatin1(QUrl::toPercentEncoding(ns))
        + QLatin1String("/secrets/") + QString::fromLatin1(QUrl::toPercentEncoding(name));
    job->prepare(m_nam, requestFor(path), ns, name, requireTlsPair, m_retry);
    job->start();
    return job;
}

QNetworkRequest KubeClient::requestFor(const QString &path) const
{
    QNetworkRequest request(urlFor(path));
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, cw::userAgent());
    if (!m_target.cluster.tlsServerName.isEmpty())
        request.setPeerVerifyName(m_target.cluster.tlsServerName);
    if (m_target.user.clientCertificateData.isEmpty() && !m_target.user.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_target.user.token.toUtf8());
    return request;
}

LegacyComponentsJob *KubeClient::findLegacyComponents(const QString &ns)
{
    return startLegacyJob(LegacyComponentsJob::Mode::Find, ns);
}

LegacyComponentsJob *KubeClient::deleteLegacyComponents(const QString &ns)
{
    return startLegacyJob(LegacyComponentsJob::Mode::Delete, ns);
}

LegacyComponentsJob *KubeClient::startLegacyJob(LegacyComponentsJob::Mode mode, const QString &ns)
{
    if (!m_configured) {
        auto *job = new LegacyComponentsJob(nullptr, {}, mode, ns, m_retry, this);
        job->failAllLater(m_configError);
        return job;
    }
    auto *job = new LegacyComponentsJob(m_nam, [this](const QString &path) { return requestFor(path); }, mode, ns,
                                        m_retry, this);
    job->start();
    return job;
}

} // namespace cw::kube
