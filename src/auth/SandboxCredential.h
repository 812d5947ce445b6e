#pragma once
#include "auth/ClientSecretCredential.h"

namespace cw::auth {

// The sandbox's own well-known service principal (client credentials against the sandbox's
// Azure AD). Its secret is test data, yet it is handled like any other secret.
class SandboxCredential : public ClientSecretCredential
{
    Q_OBJECT
public:
    SandboxCredential(const QUrl &baseUrl, const QString &caFile, QString tenantId, QString clientId,
                      QByteArray clientSecret, QObject *parent = nullptr);
    QString displayName() const override;
};

} // namespace cw::auth
