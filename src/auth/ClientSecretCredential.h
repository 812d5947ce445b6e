#pragma once
#include "auth/TokenCredential.h"
#include "secrets/SecretKey.h"

namespace cw::auth {

class AadClient;

// Service principal with a client secret: OAuth client credentials grant.
class ClientSecretCredential : public TokenCredential
{
    Q_OBJECT
public:
    ClientSecretCredential(CloudEnvironment env, QString tenantId, QString clientId, QByteArray clientSecret,
                           QObject *parent = nullptr);
    ~ClientSecretCredential() override;

    QString displayName() const override;
    QString tenantId() const { return m_tenantId; }
    QString clientId() const { return m_clientId; }
    // Where a service principal's secret is kept between runs (the CLI's `login` and the
    // desktop app's sign-in write it; their next start reads it).
    static secrets::SecretKey secretKey(const QString &cloud, const QString &tenantId, const QString &clientId)
    {
        return {cloud, tenantId, clientId, QStringLiteral("client_secret")};
    }

protected:
    void fetchToken(const QString &scope, FetchCallback done) override;
    // Replaces the identity (EnvironmentCredential fills it in after construction).
    void setIdentity(QString tenantId, QString clientId, QByteArray clientSecret);
    AadClient *aad() const { return m_aad; }

private:
    QString m_tenantId;
    QString m_clientId;
    QByteArray m_clientSecret;
    AadClient *m_aad;
};

} // namespace cw::auth
