#include "arm/ArmJob.h"

#include "arm/AnswersAhead.h"
#include "arm/ArmConnection.h"
#include "arm/ArmLogging.h"
#include "arm/OneShotBody.h"
#include "arm/RetryPolicy.h"
#include "auth/TokenCredential.h"
#include "auth/Transport.h"
#include "common/AppIdentity.h"
#include "common/JsonNesting.h"
#include "secrets/HttpTraceWriter.h"
#include "secrets/Redaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>

namespace cw::arm {

ArmJob::ArmJob(ArmConnection *connection, ArmRequest request)
    : AsyncJob(connection)
    , m_connection(connection)
    , m_request(std::move(request))
    , m_timeout(new QTimer(this))
    , m_retryTimer(new QTimer(this))
{
    if (m_request.clientRequestId.isEmpty())
        m_request.clientRequestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_request.method = m_request.method.toUpper();
    m_url = connection->resolve(m_request);
    if (m_request.body)
        m_body = QByteArray::fromStdString(m_request.body->dump());
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setTimerType(Qt::PreciseTimer); // Retry-After is honoured to the millisecond
    connect(m_retryTimer, &QTimer::timeout, this, &ArmJob::attempt);
}

ArmJob::~ArmJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ArmJob::doStart()
{
    QString refusal;
    if (!m_url.isValid() || m_url.host().isEmpty()) {
        fail(ArmError::make(ArmError::Kind::Refused, QStringLiteral("InvalidUrl"),
                            tr("The request URL is not valid: %1").arg(secrets::redact::url(m_url))));
        return;
    }
    if (!auth::isUrlAllowed(m_url, &refusal)) {
        fail(ArmError::make(ArmError::Kind::Refused, QStringLiteral("InsecureUrl"), refusal));
        return;
    }
    if (!m_connection->trustError().isEmpty()) {
        fail(ArmError::make(ArmError::Kind::Refused, QStringLiteral("TrustConfiguration"),
                            m_connection->trustError()));
        return;
    }
    // Fetched ahead by another thread (the first listings at start): that answer, once it is in;
    // when none came (or none usable), this job asks itself, with its retries and its errors.
    if (AnswersAhead *ahead = AnswersAhead::of(m_connection); ahead && m_request.method == "GET") {
        const bool claimed = ahead->claim(m_url, this, [this](std::optional<ArmResponse> answer) {
            if (isFinished())
                return; // cancelled while it waited
            if (!answer) {
                attempt();
                return;
            }
            qCDebug(lcArm).noquote() << answer->httpStatus << m_request.method << secrets::redact::url(m_url)
                                     << "fetched ahead";
            finish(std::move(*answer));
        });
        if (claimed)
            return;
    }
    // Even the first try goes through the event loop, so finished() never fires inside send().
    m_retryTimer->start(0);
}

void ArmJob::doCancel()
{
    m_retryTimer->stop();
    fail(cancelledError());
}

ArmError ArmJob::cancelledError()
{
    return ArmError::make(ArmError::Kind::Cancelled, QStringLiteral("Cancelled"), tr("The request was cancelled."));
}

bool ArmJob::isRead() const
{
    return m_request.method == "GET" || m_request.method == "HEAD" || m_request.isRead;
}

void ArmJob::attempt()
{
    const auto credential = m_connection->credential();
    if (!credential || !m_connection->mayCarryToken(m_url)) {
        sendWithToken({});
        return;
    }
    if (!m_forceRefresh) {
        if (const auto cached = credential->cachedToken(m_connection->environment().armScope()))
            return sendWithToken(cached->token);
    }
    auth::TokenJob *tokenJob = credential->requestToken(m_connection->environment().armScope(), m_forceRefresh);
    m_forceRefresh = false;
    connect(tokenJob, &auth::TokenJob::finished, this, [this](const auth::TokenResult &result) {
        if (isFinished())
            return;
        if (!result.ok()) {
            fail(ArmError::fromAuthError(result.error));
            return;
        }
        sendWithToken(result.token.token);
    });
}

void ArmJob::sendWithToken(const QByteArray &token)
{
    QNetworkRequest request(m_url);
    request.setSslConfiguration(m_connection->sslConfiguration());
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("x-ms-client-request-id", m_request.clientRequestId.toUtf8());
    request.setRawHeader("x-ms-return-client-request-id", "true");
    request.setHeader(QNetworkRequest::UserAgentHeader, cw::userAgent().toUtf8());
    request.setRawHeader("Accept", "application/json");
    if (!m_body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : m_request.extraHeaders)
        request.setRawHeader(name, value);
    m_tokenUsed = !token.isEmpty();
    if (m_tokenUsed)
        request.setRawHeader("Authorization", "Bearer " + token);

    ++m_tries;
    m_timedOut = false;
    m_sslErrors.clear();
    if (const auto tracer = m_connection->tracer()) {
        secrets::HeaderList headers;
        for (const QByteArray &name : request.rawHeaderList())
            headers.append({name, request.rawHeader(name)});
        tracer->request(m_request.clientRequestId.toUtf8(), m_request.method, m_url, headers, m_body);
    }
    qCDebug(lcArm).noquote() << m_request.method << secrets::redact::url(m_url) << "try" << m_tries;

    m_sentAt.start();
    QNetworkAccessManager *nam = m_connection->networkAccessManager();
    const bool mustNotResend =
        !isRead() && (m_request.isCreate || m_request.method == "POST" || m_request.method == "PATCH");
    if (mustNotResend) {
        // Unbuffered, non-rewindable body: Qt cannot silently re-send it (see OneShotBody).
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        // Owned by the reply, not the job: Qt reads the device from the reply's own posted events,
        // which still run after the job went (its connection deleted with the request out) and
        // the reply was aborted; a body deleted with the job was used freed (valgrind: read and
        // written by the reply's postRequest).
        auto *body = new OneShotBody(m_body, nullptr);
        m_reply = nam->sendCustomRequest(request, m_request.method, body);
        body->setParent(m_reply);
    } else if (m_body.isEmpty() && m_request.method != "PUT" && m_request.method != "POST") {
        // (A read POST such as listKeys goes below: ARM wants its Content-Length: 0.)
        m_reply = nam->sendCustomRequest(request, m_request.method);
    } else {
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
        m_reply = nam->sendCustomRequest(request, m_request.method, m_body);
    }
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_sslErrors = errors; // kept for the message; certificate errors are never ignored
    });
    connect(m_reply, &QNetworkReply::finished, this, &ArmJob::onReplyFinished);
    m_timeout->start(m_connection->transferTimeoutMs());
}

void ArmJob::onReplyFinished()
{
    m_timeout->stop();
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();

    ArmResponse response;
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    response.clientRequestId = m_request.clientRequestId;
    response.attempts = m_tries;
    const QNetworkReply::NetworkError networkError = reply->error();

    if (const auto tracer = m_connection->tracer()) {
        tracer->response(m_request.clientRequestId.toUtf8(), response.httpStatus, m_url, response.headers,
                         response.body, networkError == QNetworkReply::NoError ? QString() : reply->errorString());
    }
    qCDebug(lcArm).noquote() << response.httpStatus << m_request.method << secrets::redact::url(m_url)
                             << m_sentAt.elapsed() << "ms";

    if (response.httpStatus == 0) {
        handleNetworkFailure(std::move(response), networkError, reply->errorString());
        return;
    }

    if (response.httpStatus == 401 && m_tokenUsed && !m_refreshedAfter401) {
        // The token may have been revoked or expired early: one forced refresh, one more try.
        qCInfo(lcArm) << "401 from ARM; refreshing the token once and retrying";
        m_refreshedAfter401 = true;
        m_forceRefresh = true;
        m_retryTimer->start(0);
        return;
    }

    if (response.httpStatus >= 400) {
        const auto serverDelay = retryAfterMs(response.headers, QDateTime::currentDateTimeUtc());
        if (isRetriableStatus(isRead() ? QByteArrayView("GET") : QByteArrayView(m_request.method), response.httpStatus)) {
            if (m_request.isCreate && isAmbiguousForCreate(response.httpStatus)) {
                probeAfterAmbiguousCreate(std::move(response));
                return;
            }
            if (scheduleRetry(response, serverDelay))
                return;
        }
        ArmError error = ArmError::fromHttp(response.httpStatus, response.body);
        error.requestId = QString::fromUtf8(response.header("x-ms-request-id"));
        error.clientRequestId = m_request.clientRequestId;
        response.error = error;
        finish(std::move(response));
        return;
    }

    JsonParseError problem = JsonParseError::None;
    if (!response.body.isEmpty() && !isBoundedJson(response.body, kMaxJsonDepth, &problem)) {
        const QString why = problem == JsonParseError::TooDeep
            ? tr("Azure sent an answer that could not be read (HTTP %1, JSON nested more than %2 levels deep).")
                  .arg(response.httpStatus).arg(kMaxJsonDepth)
            : tr("Azure sent an answer that could not be read (HTTP %1, not valid JSON).").arg(response.httpStatus);
        ArmError error = ArmError::make(ArmError::Kind::Malformed, QStringLiteral("MalformedResponse"), why,
                                        QString::fromUtf8(response.body.left(300)));
        error.httpStatus = response.httpStatus;
        error.clientRequestId = m_request.clientRequestId;
        error.requestId = QString::fromUtf8(response.header("x-ms-request-id"));
        response.error = error;
        // A read changes nothing: ask again (a garbled answer is as transient as a dropped one).
        if (isRead() && scheduleRetry(response, std::nullopt))
            return;
    }
    finish(std::move(response));
}

void ArmJob::handleNetworkFailure(ArmResponse response, QNetworkReply::NetworkError networkError,
                                  const QString &errorText)
{
    const bool tls = !m_sslErrors.isEmpty() || networkError == QNetworkReply::SslHandshakeFailedError;
    const bool ambiguous = auth::isAmbiguousNetworkError(networkError, m_timedOut);
    ArmError error = ArmError::make(tls ? ArmError::Kind::Tls : m_timedOut ? ArmError::Kind::Timeout
                                                                           : ArmError::Kind::Network,
                                    tls ? QStringLiteral("CertificateRefused")
                                        : m_timedOut ? QStringLiteral("Timeout") : QStringLiteral("NetworkError"),
                                    auth::describeNetworkError(networkError, errorText, m_sslErrors, m_timedOut),
                                    errorText);
    error.clientRequestId = m_request.clientRequestId;
    response.error = error;

    if (tls) {
        finish(std::move(response)); // a refused certificate never becomes acceptable by retrying
        return;
    }
    if (m_request.isCreate && ambiguous) {
        probeAfterAmbiguousCreate(std::move(response));
        return;
    }
    if ((!ambiguous || isRead() || isRetriableAfterNetworkFailure(m_request.method))
        && scheduleRetry(response, std::nullopt))
        return;
    finish(std::move(response));
}

bool ArmJob::scheduleRetry(const ArmResponse &failed, std::optional<qint64> serverDelayMs)
{
    const RetryOptions &options = m_connection->retryOptions();
    if (m_retries >= options.maxRetries)
        return false;
    if (serverDelayMs && *serverDelayMs > options.maxRetryAfterMs)
        return false; // the server asks for a longer pause than we are willing to hide
    ++m_retries;
    const qint64 delay = serverDelayMs ? *serverDelayMs
                                       : backoffDelayMs(m_retries, options, QRandomGenerator::global()->generateDouble());
    qCInfo(lcArm).noquote() << "retry" << m_retries << "of" << m_request.method << secrets::redact::url(m_url)
                            << "in" << delay << "ms after" << (failed.httpStatus ? QString::number(failed.httpStatus)
                                                                                   : QStringLiteral("a network failure"));
    Q_EMIT retrying(m_retries, delay, failed);
    m_retryTimer->start(int(std::min<qint64>(delay, std::numeric_limits<int>::max())));
    return true;
}

void ArmJob::probeAfterAmbiguousCreate(ArmResponse failed)
{
    qCInfo(lcArm).noquote() << "create PUT failed ambiguously; checking whether" << secrets::redact::url(m_url)
                            << "exists instead of re-sending it";
    ArmRequest probe;
    probe.method = "GET";
    probe.pathOrUrl = m_url.toString(QUrl::FullyEncoded);
    probe.clientRequestId = m_request.clientRequestId;
    ArmJob *job = m_connection->send(probe);
    connect(job, &ArmJob::finished, this, [this, failed](const ArmResponse &found) mutable {
        QString what;
        if (found.httpStatus == 200 && found.ok()) {
            failed.createProbe = CreateProbe::Exists;
            failed.probedResource = found.json();
            what = tr("The create request's answer was lost, but the resource now exists; it may still be "
                      "being created. It was not sent again.");
        } else if (found.httpStatus == 404) {
            failed.createProbe = CreateProbe::Absent;
            what = tr("The create request's answer was lost and the resource does not exist; the request "
                      "was not sent again, so it is safe to retry.");
        } else {
            failed.createProbe = CreateProbe::Unknown;
            what = tr("The create request's answer was lost and it is unknown whether the resource was "
                      "created; check before retrying.");
        }
        ArmError error = failed.error ? *failed.error : ArmError::fromHttp(failed.httpStatus, failed.body);
        error.extraDetail = error.humanMessage() + QLatin1Char('\n') + error.rawDetail();
        error.kind = ArmError::Kind::AmbiguousCreate;
        error.code = QStringLiteral("AmbiguousCreate");
        error.message = what;
        error.clientRequestId = m_request.clientRequestId;
        failed.error = error;
        finish(std::move(failed));
    });
}

void ArmJob::fail(ArmError error)
{
    ArmResponse response;
    error.clientRequestId = m_request.clientRequestId;
    response.clientRequestId = m_request.clientRequestId;
    response.attempts = m_tries;
    response.error = std::move(error);
    finish(std::move(response));
}

void ArmJob::finish(ArmResponse response)
{
    if (isFinished())
        return;
    m_timeout->stop();
    m_retryTimer->stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    if (response.error)
        qCDebug(lcArm).noquote() << "request failed:" << response.error->code << response.error->humanMessage();
    // Emitted from the event loop in every path (fail() can run inside start()).
    finishWith([this, response = std::move(response)] { Q_EMIT finished(response); });
}

} // namespace cw::arm
