#include "auth/ClientSecretCredential.h"

#include "auth/AadClient.h"

#include <QCoreApplication>

namespace cw::auth {

ClientSecretCredential::ClientSecretCredential(CloudEnvironment env, QString tenantId, QString clientId,
                                               QByteArray clientSecret, QObject *parent)
    : TokenCredential(env, parent)
    , m_tenantId(std::move(tenantId))
    , m_clientId(std::move(clientId))
    , m_clientSecret(std::move(clientSecret))
    , m_aad(new AadClient(env, this))
{
}

ClientSecretCredential::~ClientSecretCredential()
{
    m_clientSecret.fill('\0');
}

QString ClientSecretCredential::displayName() const
{
    return QCoreApplication::translate("cw::auth", "service principal %1").arg(m_clientId);
}

void ClientSecretCredential::setIdentity(QString tenantId, QString clientId, QByteArray clientSecret)
{
    m_tenantId = std::move(tenantId);
    m_clientId = std::move(clientId);
    m_clientSecret.fill('\0');
    m_clientSecret = std::move(clientSecret);
}

void ClientSecretCredential::fetchToken(const QString &scope, FetchCallback done)
{
    const FormFields form{{"grant_type", "client_credentials"},
                          {"client_id", m_clientId.toUtf8()},
                          {"client_secret", m_clientSecret},
                          {"scope", scope.toUtf8()}};
    m_aad->post(m_tenantId, QStringLiteral("token"), form,
                [done](const AadReply &reply) { done(reply.toTokenResult()); });
}

} // namespace cw::auth
