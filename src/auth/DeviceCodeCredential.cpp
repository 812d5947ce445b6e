#include "auth/DeviceCodeCredential.h"

#include "auth/AadClient.h"
#include "auth/AuthLogging.h"
#include "auth/DeviceCodeReply.h"
#include "common/JsonFields.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QTimer>

namespace cw::auth {

namespace {
QByteArray withOfflineAccess(const QString &scope)
{
    // offline_access asks Azure AD for the refresh token that makes later sign-ins silent.
    return (scope + QStringLiteral(" offline_access")).toUtf8();
}

} // namespace

DeviceCodeCredential::DeviceCodeCredential(CloudEnvironment env, QString tenantId, QString clientId,
                                           secrets::SecretStore *store, QString account, QObject *parent)
    : TokenCredential(env, parent)
    , m_tenantId(std::move(tenantId))
    , m_clientId(clientId.isEmpty() ? QString::fromLatin1(kAzureCliPublicClientId) : std::move(clientId))
    , m_account(std::move(account))
    , m_store(store)
    , m_aad(new AadClient(env, this))
    , m_pollTimer(new QTimer(this))
{
    m_pollTimer->setSingleShot(true);
    // A coarse timer may fire up to 5 % early, which a strict server answers with slow_down.
    m_pollTimer->setTimerType(Qt::PreciseTimer);
    connect(m_pollTimer, &QTimer::timeout, this, &DeviceCodeCredential::poll);
}

DeviceCodeCredential::~DeviceCodeCredential()
{
    m_refreshToken.fill('\0');
}

QString DeviceCodeCredential::displayName() const
{
    return m_account.isEmpty() ? QCoreApplication::translate("cw::auth", "device code sign-in")
                               : QCoreApplication::translate("cw::auth", "device code sign-in of %1").arg(m_account);
}

secrets::SecretKey DeviceCodeCredential::refreshTokenKey() const
{
    return {environment().name, m_tenantId, m_account.isEmpty() ? m_clientId : m_account,
            QStringLiteral("refresh_token")};
}

void DeviceCodeCredential::fetchToken(const QString &scope, FetchCallback done)
{
    if (!m_refreshToken.isEmpty()) {
        refreshGrant(scope, std::move(done), true);
        return;
    }
    if (m_store && !m_storeChecked) {
        auto *job = m_store->read(refreshTokenKey());
        connect(job, &secrets::SecretJob::finished, this, [this, scope, done](const secrets::SecretResult &result) {
            m_storeChecked = true;
            if (result.ok() && !result.data.isEmpty()) {
                m_refreshToken = result.data;
                refreshGrant(scope, done, true);
            } else {
                startDeviceCode(scope, done);
            }
        });
        return;
    }
    startDeviceCode(scope, std::move(done));
}

void DeviceCodeCredential::refreshGrant(const QString &scope, FetchCallback done, bool deviceCodeOnRejection)
{
    const FormFields form{{"grant_type", "refresh_token"},
                          {"client_id", m_clientId.toUtf8()},
                          {"refresh_token", m_refreshToken},
                          {"scope", withOfflineAccess(scope)}};
    m_aad->post(m_tenantId, QStringLiteral("token"), form,
                [this, scope, done, deviceCodeOnRejection](const AadReply &reply) {
                    const TokenResult result = reply.toTokenResult();
                    if (result.ok()) {
                        rememberRefreshToken(reply);
                        done(result);
                        return;
                    }
                    const bool rejected = result.error.code == QLatin1String("invalid_grant")
                                          || result.error.code == QLatin1String("interaction_required");
                    if (rejected && deviceCodeOnRejection) {
                        qCInfo(lcAuth) << "saved sign-in rejected, starting a new device code sign-in";
                        m_refreshToken.fill('\0');
                        m_refreshToken.clear();
                        if (m_store)
                            m_store->remove(refreshTokenKey());
                        startDeviceCode(scope, done);
                        return;
                    }
                    done(result);
                });
}

void DeviceCodeCredential::rememberRefreshToken(const AadReply &reply)
{
    const QByteArray refresh = jsonfields::string(reply.body, "refresh_token").toUtf8();
    if (refresh.isEmpty() || refresh == m_refreshToken)
        return;
    m_refreshToken = refresh;
    if (m_store) {
        auto *job = m_store->write(refreshTokenKey(), refresh);
        connect(job, &secrets::SecretJob::finished, this, [](const secrets::SecretResult &result) {
            if (!result.ok())
                qCWarning(lcAuth) << "could not save the sign-in:" << result.error;
        });
    }
}

void DeviceCodeCredential::startDeviceCode(const QString &scope, FetchCallback done)
{
    m_deviceWaiters.append({scope, std::move(done)});
    if (m_deviceActive)
        return;
    m_deviceActive = true;
    m_deviceScope = scope;
    const FormFields form{{"client_id", m_clientId.toUtf8()}, {"scope", withOfflineAccess(scope)}};
    m_aad->post(m_tenantId, QStringLiteral("devicecode"), form, [this](const AadReply &reply) {
        if (!m_deviceActive)
            return; // cancelled meanwhile
        DeviceCodeReply answer = readDeviceCodeReply(reply);
        if (!answer.ok()) {
            finishDeviceCode(TokenResult::failure(answer.error));
            return;
        }
        const DeviceCodeInfo &info = answer.info;
        m_deviceCode = std::move(answer.deviceCode);
        m_intervalMs = m_intervalOverrideMs > 0 ? m_intervalOverrideMs : int(answer.intervalMs());
        m_deviceDeadline = QDateTime::currentDateTimeUtc().addSecs(info.expiresInSeconds);
        Q_EMIT deviceCodeReceived(info);
        schedulePoll();
    });
}

void DeviceCodeCredential::schedulePoll()
{
    if (QDateTime::currentDateTimeUtc().addMSecs(m_intervalMs) > m_deviceDeadline) {
        finishDeviceCode(TokenResult::failure(AuthError::fromAadResponse(
            400, QByteArrayLiteral(R"({"error":"expired_token","error_description":"The device code expired."})"))));
        return;
    }
    m_pollTimer->start(m_intervalMs);
}

void DeviceCodeCredential::poll()
{
    const FormFields form{{"grant_type", "urn:ietf:params:oauth:grant-type:device_code"},
                          {"client_id", m_clientId.toUtf8()},
                          {"device_code", m_deviceCode}};
    m_aad->post(m_tenantId, QStringLiteral("token"), form, [this](const AadReply &reply) {
        if (!m_deviceActive)
            return;
        const TokenResult result = reply.toTokenResult();
        if (result.ok()) {
            rememberRefreshToken(reply);
            Q_EMIT signedIn();
            finishDeviceCode(result);
            return;
        }
        const QString code = result.error.code;
        if (code == QLatin1String("authorization_pending")) {
            schedulePoll();
        } else if (code == QLatin1String("slow_down")) {
            m_intervalMs = std::min(m_intervalMs + 5000, 3600 * 1000); // never overflows
            qCInfo(lcAuth) << "Azure AD asked to slow down; polling every" << m_intervalMs << "ms";
            Q_EMIT pollIntervalChanged(m_intervalMs);
            schedulePoll();
        } else if (code == QLatin1String("transport") || reply.httpStatus >= 500) {
            schedulePoll(); // a network hiccup does not end the sign-in; the deadline does
        } else {
            finishDeviceCode(result);
        }
    });
}

void DeviceCodeCredential::finishDeviceCode(const TokenResult &result)
{
    m_pollTimer->stop();
    m_deviceActive = false;
    m_deviceCode.fill('\0');
    m_deviceCode.clear();
    const QString flowScope = m_deviceScope;
    const auto waiters = std::exchange(m_deviceWaiters, {});
    for (const Waiter &waiter : waiters) {
        if (!result.ok() || waiter.scope == flowScope || m_refreshToken.isEmpty())
            waiter.done(result);
        else
            refreshGrant(waiter.scope, waiter.done, false); // another scope: use the new sign-in
    }
}

void DeviceCodeCredential::cancel()
{
    if (!m_deviceActive)
        return;
    finishDeviceCode(TokenResult::failure(AuthError::make(
        QStringLiteral("cancelled"), QCoreApplication::translate("cw::auth", "The sign-in was cancelled."))));
}

void DeviceCodeCredential::signOut()
{
    cancel();
    m_refreshToken.fill('\0');
    m_refreshToken.clear();
    m_storeChecked = true;
    clearCache();
    if (m_store)
        m_store->remove(refreshTokenKey());
}

} // namespace cw::auth
