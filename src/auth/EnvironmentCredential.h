#pragma once
#include "auth/ClientSecretCredential.h"

#include <QProcessEnvironment>

namespace cw::auth {

// A service principal described by AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET and
// optionally AZURE_AUTHORITY_HOST (which replaces the cloud's authority host).
class EnvironmentCredential : public ClientSecretCredential
{
    Q_OBJECT
public:
    explicit EnvironmentCredential(CloudEnvironment env,
                                   const QProcessEnvironment &variables = QProcessEnvironment::systemEnvironment(),
                                   QObject *parent = nullptr);

    // Empty when every required variable is present; otherwise which ones are missing.
    QString configurationError() const { return m_configurationError; }
    bool isConfigured() const { return m_configurationError.isEmpty(); }
    QString displayName() const override;

protected:
    void fetchToken(const QString &scope, FetchCallback done) override;

private:
    static CloudEnvironment withAuthority(CloudEnvironment env, const QProcessEnvironment &variables);
    QString m_configurationError;
};

} // namespace cw::auth
