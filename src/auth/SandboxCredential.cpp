#include "auth/SandboxCredential.h"

#include <QCoreApplication>

namespace cw::auth {

SandboxCredential::SandboxCredential(const QUrl &baseUrl, const QString &caFile, QString tenantId,
                                     QString clientId, QByteArray clientSecret, QObject *parent)
    : ClientSecretCredential(CloudEnvironment::sandbox(baseUrl, caFile), std::move(tenantId),
                             std::move(clientId), std::move(clientSecret), parent)
{
}

QString SandboxCredential::displayName() const
{
    return QCoreApplication::translate("cw::auth", "sandbox service principal");
}

} // namespace cw::auth
