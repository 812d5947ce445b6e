#pragma once
#include "auth/TokenCredential.h"

namespace cw::auth {

// Reuses the Azure CLI's sign-in: runs `az account get-access-token --output json --resource
// <arm>` asynchronously (QProcess, never waitFor*), killed after a timeout.
class AzureCliCredential : public TokenCredential
{
    Q_OBJECT
public:
    explicit AzureCliCredential(CloudEnvironment env, QString program = QStringLiteral("az"),
                                QObject *parent = nullptr);

    QString displayName() const override;
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Optional --tenant (empty: the CLI's default tenant).
    void setTenantId(const QString &tenant) { m_tenantId = tenant; }

protected:
    void fetchToken(const QString &scope, FetchCallback done) override;

private:
    QString m_program;
    QString m_tenantId;
    int m_timeoutMs = 30000;
};

} // namespace cw::auth
