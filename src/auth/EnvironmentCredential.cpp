#include "auth/EnvironmentCredential.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QStringList>

namespace cw::auth {

CloudEnvironment EnvironmentCredential::withAuthority(CloudEnvironment env, const QProcessEnvironment &variables)
{
    const QString authority = variables.value(QStringLiteral("AZURE_AUTHORITY_HOST"));
    if (!authority.isEmpty())
        env.authorityHost = QUrl(authority);
    return env;
}

EnvironmentCredential::EnvironmentCredential(CloudEnvironment env, const QProcessEnvironment &variables,
                                             QObject *parent)
    : ClientSecretCredential(withAuthority(std::move(env), variables), {}, {}, {}, parent)
{
    QStringList missing;
    for (const char *name : {"AZURE_TENANT_ID", "AZURE_CLIENT_ID", "AZURE_CLIENT_SECRET"}) {
        if (variables.value(QString::fromLatin1(name)).isEmpty())
            missing << QString::fromLatin1(name);
    }
    if (!missing.isEmpty()) {
        m_configurationError = QCoreApplication::translate(
                                   "cw::auth", "The environment credential is not configured: %1 not set.")
                                   .arg(missing.join(QStringLiteral(", ")));
        return;
    }
    setIdentity(variables.value(QStringLiteral("AZURE_TENANT_ID")),
                variables.value(QStringLiteral("AZURE_CLIENT_ID")),
                variables.value(QStringLiteral("AZURE_CLIENT_SECRET")).toUtf8());
}

QString EnvironmentCredential::displayName() const
{
    return QCoreApplication::translate("cw::auth", "environment service principal %1").arg(clientId());
}

void EnvironmentCredential::fetchToken(const QString &scope, FetchCallback done)
{
    if (!isConfigured()) {
        const auto error = TokenResult::failure(AuthError::make(QStringLiteral("not_configured"), m_configurationError));
        QMetaObject::invokeMethod(this, [done, error] { done(error); }, Qt::QueuedConnection);
        return;
    }
    ClientSecretCredential::fetchToken(scope, std::move(done));
}

} // namespace cw::auth
