#include "auth/AadClient.h"

#include "auth/AuthLogging.h"
#include "auth/TokenCredential.h"
#include "auth/Transport.h"
#include "common/AppIdentity.h"
#include "secrets/HttpTraceWriter.h"
#include "secrets/Redaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>
#include <QUuid>

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
        return AuthError::make(QStringLiteral("malformed_response"),
                               QCoreApplication::translate("cw::auth", "Azure AD sent an answer that could not be read."),
                               QString::fromUtf8(raw.left(500)));
    }
    return AuthError::fromAadResponse(httpStatus, raw);
}

AadReply AadReply::fromHttp(int httpStatus, QByteArray raw)
{
    AadReply result;
    result.httpStatus = httpStatus;
    result.raw = std::move(raw);
    if (httpStatus != 0) {
        result.body = nlohmann::json::parse(result.raw.constBegin(), result.raw.constEnd(), nullptr, false);
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

AadClient::AadClient(CloudEnvironment env, TokenCredential *owner)
    : QObject(owner)
    , m_env(std::move(env))
    , m_owner(owner)
    , m_nam(new QNetworkAccessManager(this))
{
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

    QNetworkRequest request(url);
    request.setSslConfiguration(ssl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setHeader(QNetworkRequest::UserAgentHeader, cw::userAgent().toUtf8());
    request.setRawHeader("Accept", "application/json");
    const QByteArray requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    request.setRawHeader("client-request-id", requestId);
    const QByteArray body = encodeForm(form);

    const auto tracer = m_owner ? m_owner->tracer() : nullptr;
    if (tracer) {
        secrets::HeaderList headers;
        for (const QByteArray &h : request.rawHeaderList())
            headers.append({h, request.rawHeader(h)});
        tracer->request(requestId, "POST", url, headers, body);
    }
    qCDebug(lcAuth) << "POST" << secrets::redact::url(url);

    QPointer<QNetworkReply> reply = m_nam->post(request, body);
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
    connect(reply, &QNetworkReply::sslErrors, this, [sslErrors](const QList<QSslError> &errors) {
        *sslErrors = errors; // recorded for the message; never ignored
    });
    connect(reply, &QNetworkReply::finished, this, [reply, done, tracer, requestId, url, timedOut, sslErrors] {
        if (!reply)
            return;
        reply->deleteLater();
        AadReply result = AadReply::fromHttp(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                                             reply->readAll());
        if (tracer) {
            secrets::HeaderList headers = reply->rawHeaderPairs();
            tracer->response(requestId, result.httpStatus, url, headers, result.raw,
                             reply->error() == QNetworkReply::NoError ? QString() : reply->errorString());
        }
        if (result.httpStatus == 0) {
            result.transportError = AuthError::make(
                QStringLiteral("transport"),
                describeNetworkError(reply->error(), reply->errorString(), *sslErrors, *timedOut),
                reply->errorString());
        }
        done(result);
    });
}

} // namespace cw::auth
