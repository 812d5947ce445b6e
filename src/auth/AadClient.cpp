#include "auth/AadClient.h"
#include "common/JsonNesting.h"

#include "auth/AuthLogging.h"
#include "auth/TokenCredential.h"
#include "auth/Transport.h"
#include "common/AppIdentity.h"
#include "common/RetryEnvironment.h"
#include "common/StartupTrace.h"
#include "secrets/HttpTraceWriter.h"
#include "secrets/Redaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>

#include <limits>
#include <algorithm>

namespace cw::auth {

namespace {
constexpr qint64 kLongestTokenSeconds = 366LL * 24 * 3600;
} // namespace

AuthError AadReply::error() const
{
    if (!transportError.isEmpty())
        return transportError;
    if (httpStatus >= 200 && httpStatus < 300) {
        AuthError error = AuthError::make(
            QStringLiteral("malformed_response"),
            QCoreApplication::translate("cw::auth", "Azure AD did not answer usably: its answer could not be read "
                                                    "(%n tries). This is a service problem, not a problem with "
                                                    "the sign-in; try again later.", nullptr, tries),
            QString::fromUtf8(raw.left(500)));
        error.httpStatus = httpStatus;
        error.serviceUnavailable = true;
        return error;
    }
    AuthError error = AuthError::fromAadResponse(httpStatus, raw);
    if (retry::isTransientStatus(httpStatus)) {
        // Throttled or failing even after the retries: the service's trouble, not the credential's.
        error.rawDetail = error.message + QLatin1Char('\n') + error.rawDetail;
        error.message = QCoreApplication::translate("cw::auth",
                                                    "Azure AD did not answer usably (HTTP %1, %n tries). This is a "
                                                    "service problem, not a problem with the sign-in; try again later.",
                                                    nullptr, tries)
                            .arg(httpStatus);
        error.serviceUnavailable = true;
    }
    return error;
}

AadReply AadReply::fromHttp(int httpStatus, QByteArray raw)
{
    AadReply result;
    result.httpStatus = httpStatus;
    result.raw = std::move(raw);
    if (httpStatus != 0) {
        result.body = parseBoundedJson(result.raw);
        if (result.body.is_discarded())
            result.body = nullptr;
    }
    return result;
}

TokenResult AadReply::toTokenResult() const
{
    if (!isHttpSuccess())
        return TokenResult::failure(error());
    const auto token = body.find("access_token");
    if (token == body.end() || !token->is_string() || token->get<std::string>().empty()) {
        return TokenResult::failure(AuthError::make(
            QStringLiteral("malformed_token_response"),
            QCoreApplication::translate("cw::auth", "Azure AD answered without an access token.")));
    }
    qint64 expiresIn = 3600;
    if (const auto it = body.find("expires_in"); it != body.end()) {
        if (it->is_number_unsigned())
            expiresIn = qint64(std::min<quint64>(it->get<quint64>(), kLongestTokenSeconds));
        else if (it->is_number_integer())
            expiresIn = it->get<qint64>();
        else if (it->is_string())
            expiresIn = QString::fromStdString(it->get<std::string>()).toLongLong();
    }
    // A lifetime beyond a year is not believed (and would overflow the expiry date's arithmetic).
    expiresIn = std::clamp<qint64>(expiresIn, 0, kLongestTokenSeconds);
    AccessToken result;
    result.token = QByteArray::fromStdString(token->get<std::string>());
    result.expiresOn = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
    return TokenResult::success(result);
}

// One POST with everything needed to send it again.
struct AadClient::Call {
    QUrl url;
    QSslConfiguration ssl;
    QByteArray body;
    std::function<void(const AadReply &)> done;
    int tries = 0;
};

AadClient::AadClient(CloudEnvironment env, TokenCredential *owner)
    : QObject(owner)
    , m_env(std::move(env))
    , m_owner(owner)
    , m_nam(sharedNetworkAccessManager(m_env))
{
    // A diagnostic and test seam: how long one try may wait before it is abandoned and retried.
    bool ok = false;
    const int timeout = qEnvironmentVariableIntValue("CLUSTERWRIGHT_AAD_TIMEOUT_MS", &ok);
    if (ok && timeout > 0)
        m_timeoutMs = timeout;
}

retry::RetryOptions AadClient::defaultRetryOptions()
{
    retry::RetryOptions options;
    options.maxRetries = 3;       // 4 tries, ~5.6 s of backoff in all
    options.maxRetryAfterMs = 60000;
    return retry::withEnvironment(options);
}

QUrl AadClient::endpoint(const QString &tenant, const QString &name) const
{
    QUrl url = m_env.authorityHost;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QLatin1Char('/') + tenant + QStringLiteral("/oauth2/v2.0/") + name);
    return url;
}

QByteArray encodeForm(const FormFields &fields)
{
    QByteArray out;
    for (const auto &[name, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(QString::fromUtf8(name)) + '=' + QUrl::toPercentEncoding(QString::fromUtf8(value));
    }
    return out;
}

void AadClient::post(const QString &tenant, const QString &name, const FormFields &form,
                     std::function<void(const AadReply &)> done)
{
    const QUrl url = endpoint(tenant, name);
    QString refusal;
    QString caError;
    const QSslConfiguration ssl = sslConfigurationFor(m_env, &caError);
    if (!isUrlAllowed(url, &refusal) || !caError.isEmpty()) {
        AadReply reply;
        reply.transportError = AuthError::make(QStringLiteral("transport"), refusal.isEmpty() ? caError : refusal);
        QMetaObject::invokeMethod(this, [done, reply] { done(reply); }, Qt::QueuedConnection);
        return;
    }
    auto call = std::make_shared<Call>();
    call->url = url;
    call->ssl = ssl;
    call->body = encodeForm(form);
    call->done = std::move(done);
    send(call);
}

void AadClient::send(const std::shared_ptr<Call> &call)
{
    ++call->tries;
    QNetworkRequest request(call->url);
    request.setSslConfiguration(call->ssl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setHeader(QNetworkRequest::UserAgentHeader, cw::userAgent().toUtf8());
    request.setRawHeader("Accept", "application/json");
    const QByteArray requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    request.setRawHeader("client-request-id", requestId);

    const auto tracer = m_owner ? m_owner->tracer() : nullptr;
    if (tracer) {
        secrets::HeaderList headers;
        for (const QByteArray &h : request.rawHeaderList())
            headers.append({h, request.rawHeader(h)});
        tracer->request(requestId, "POST", call->url, headers, call->body);
    }
    qCDebug(lcAuth) << "POST" << secrets::redact::url(call->url) << "try" << call->tries;

    QPointer<QNetworkReply> reply = m_nam->post(request, call->body);
    // The manager is shared: the reply goes (and is aborted) with this client, as before.
    reply->setParent(this);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    auto timedOut = std::make_shared<bool>(false);
    auto sslErrors = std::make_shared<QList<QSslError>>();
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        if (reply)
            reply->abort();
    });
    timer->start(m_timeoutMs);
    // Timeline marks (cw.trace): both need a turn of this thread's event loop after Qt's network
    // thread got there, which is where a busy GUI thread delays the first token.
    connect(reply, &QNetworkReply::encrypted, this, [] { CW_TRACE_MARK("Azure AD request: TLS connection encrypted"); });
    connect(reply, &QNetworkReply::uploadProgress, this, [](qint64 sent, qint64) {
        if (sent > 0)
            CW_TRACE_MARK("Azure AD request: body handed to the network thread");
    });
    connect(reply, &QNetworkReply::sslErrors, this, [sslErrors](const QList<QSslError> &errors) {
        *sslErrors = errors; // recorded for the message; never ignored
    });
    connect(reply, &QNetworkReply::finished, this, [this, call, reply, tracer, requestId, timedOut, sslErrors] {
        if (!reply)
            return;
        reply->deleteLater();
        AadReply result = AadReply::fromHttp(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                                             reply->readAll());
        result.tries = call->tries;
        const secrets::HeaderList headers = reply->rawHeaderPairs();
        if (tracer) {
            tracer->response(requestId, result.httpStatus, call->url, headers, result.raw,
                             reply->error() == QNetworkReply::NoError ? QString() : reply->errorString());
        }
        if (result.httpStatus == 0) {
            const bool tls = !sslErrors->isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError;
            const QString why = describeNetworkError(reply->error(), reply->errorString(), *sslErrors, *timedOut);
            result.transportError = AuthError::make(QStringLiteral("transport"), why, reply->errorString());
            if (!tls) {
                // No answer at all: the network or the service, never the credential.
                result.transportError.message =
                    QCoreApplication::translate("cw::auth", "Azure AD did not answer (%1, %n tries). This is a "
                                                            "network or service problem, not a problem with the "
                                                            "sign-in; try again later.", nullptr, call->tries)
                        .arg(why);
                result.transportError.serviceUnavailable = true;
            }
            // A refused certificate never becomes acceptable by asking again.
            return answered(call, std::move(result), !tls, std::nullopt);
        }
        const bool unreadable = result.httpStatus >= 200 && result.httpStatus < 300 && !result.body.is_object();
        const bool retriable = unreadable || retry::isTransientStatus(result.httpStatus);
        answered(call, std::move(result), retriable, retry::retryAfterMs(headers, QDateTime::currentDateTimeUtc()));
    });
}

void AadClient::answered(const std::shared_ptr<Call> &call, AadReply reply, bool retriable,
                         std::optional<qint64> serverDelayMs)
{
    if (retriable) {
        const auto delay = retry::nextRetryDelayMs(call->tries, m_retry, serverDelayMs,
                                            QRandomGenerator::global()->generateDouble());
        if (delay) {
            qCInfo(lcAuth).noquote() << "retry" << call->tries << "of POST" << secrets::redact::url(call->url) << "in"
                                     << *delay << "ms after"
                                     << (reply.httpStatus ? QString::number(reply.httpStatus)
                                                          : QStringLiteral("a network failure"));
            QTimer::singleShot(int(std::min<qint64>(*delay, std::numeric_limits<int>::max())), this,
                               [this, call] { send(call); });
            return;
        }
    }
    call->done(reply);
}

} // namespace cw::auth
