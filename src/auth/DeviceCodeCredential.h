#pragma once
#include "auth/TokenCredential.h"
#include "secrets/SecretKey.h"

#include <QDateTime>
#include <QPointer>
#include <QUrl>

class QTimer;

namespace cw::secrets {
class SecretStore;
}

namespace cw::auth {

class AadClient;
struct AadReply;

// What the person must do to finish a device-code sign-in (shown by the UI).
struct DeviceCodeInfo {
    QString userCode;
    QUrl verificationUri;
    QString message;          // Azure AD's own sentence ("To sign in, use a web browser ...")
    int expiresInSeconds = 0;
    int intervalSeconds = 0;
};

// Interactive sign-in of a person with the OAuth device authorization grant (public client).
// The refresh token is kept in the SecretStore (keychain, or session memory) under the key
// {cloud, tenant, account, "refresh_token"}; later fetches use it silently and only fall back to
// a new device code when Azure AD rejects it. Polling honours the server's interval,
// `authorization_pending` (keep going) and `slow_down` (+5 s), and stops on
// `authorization_declined`, `bad_verification_code`, `expired_token` or the code's expiry.
class DeviceCodeCredential : public TokenCredential
{
    Q_OBJECT
public:
    static constexpr auto kAzureCliPublicClientId = "04b07795-8ddb-461a-bbee-02f9e1bf7b46";

    DeviceCodeCredential(CloudEnvironment env, QString tenantId, QString clientId,
                         secrets::SecretStore *store, QString account = {}, QObject *parent = nullptr);
    ~DeviceCodeCredential() override;

    QString displayName() const override;
    secrets::SecretKey refreshTokenKey() const;
    int currentPollIntervalMs() const { return m_intervalMs; }
    // Test seam: start polling at this pace instead of the server's interval (0 = honour the
    // server). Lets a test provoke `slow_down`; the +5 s after slow_down applies as always.
    void setInitialPollIntervalOverrideMs(int ms) { m_intervalOverrideMs = ms; }

    // Stops a running device-code sign-in; waiting requests fail with code "cancelled".
    void cancel();
    // Forgets the refresh token (memory and store) and cached access tokens.
    void signOut();

Q_SIGNALS:
    void deviceCodeReceived(const cw::auth::DeviceCodeInfo &info);
    void pollIntervalChanged(int milliseconds);
    void signedIn();

protected:
    void fetchToken(const QString &scope, FetchCallback done) override;

private:
    struct Waiter {
        QString scope;
        FetchCallback done;
    };
    void refreshGrant(const QString &scope, FetchCallback done, bool deviceCodeOnRejection);
    void startDeviceCode(const QString &scope, FetchCallback done);
    void poll();
    void schedulePoll();
    void finishDeviceCode(const TokenResult &result);
    void rememberRefreshToken(const AadReply &reply);

    QString m_tenantId;
    QString m_clientId;
    QString m_account;
    QPointer<secrets::SecretStore> m_store;
    AadClient *m_aad;
    QTimer *m_pollTimer;

    QByteArray m_refreshToken;
    bool m_storeChecked = false;

    // The running device-code flow, if any.
    bool m_deviceActive = false;
    QString m_deviceScope;
    QByteArray m_deviceCode;
    QDateTime m_deviceDeadline;
    int m_intervalMs = 5000;
    int m_intervalOverrideMs = 0;
    QList<Waiter> m_deviceWaiters;
};

} // namespace cw::auth

Q_DECLARE_METATYPE(cw::auth::DeviceCodeInfo)
