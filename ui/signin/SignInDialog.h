#pragma once
// Sign-in to an Azure cloud, three ways: device code (shows the code and the verification URL
// with copy buttons), a service principal (tenant, client id, secret), or the Azure CLI's
// login. Asynchronous throughout: the dialog stays responsive and Cancel stops the attempt.
// On success credential() holds a TokenCredential that already obtained an ARM token, and
// choice() says how (cloud, method, tenant, client id: never a secret) so the next start can
// reconnect; a service principal's secret is then kept in the keychain for that.
// The layout is a Designer form (SignInDialog.ui).
#include "auth/CloudEnvironment.h"
#include "secrets/SecretStore.h"
#include "session/ConnectionChoice.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace cw::auth {
class TokenCredential;
struct DeviceCodeInfo;
struct TokenResult;
}
namespace cw::secrets {
class SecretStore;
}

namespace cw::ui {

namespace Ui {
class SignInDialog;
}

class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    // `environment` is the cloud selected first; the public clouds are always offered, and an
    // environment that is none of them (the sandbox) is offered too.
    SignInDialog(auth::CloudEnvironment environment, secrets::SecretStore *store, QWidget *parent = nullptr);
    ~SignInDialog() override;

    std::shared_ptr<auth::TokenCredential> credential() const { return m_credential; }
    const auth::CloudEnvironment &environment() const { return m_environment; }
    const session::ConnectionChoice &choice() const { return m_choice; }
    // Opens on the method, tenant and client id of an earlier connection.
    void preset(const session::ConnectionChoice &choice);
    // A sentence above the methods: why the person is asked (e.g. "Your sign-in has expired").
    void setNotice(const QString &text);
    // The program run for "Use my Azure CLI login" (a seam for tests; default "az").
    void setAzureCliProgram(const QString &program) { m_azProgram = program; }
    void setDefaultTenant(const QString &tenant);

    void reject() override;

private:
    void startDeviceCode();
    void startServicePrincipal();
    void startAzureCli();
    void selectCloud(int index);
    void attempt(std::shared_ptr<auth::TokenCredential> credential, session::ConnectionChoice choice);
    void rememberClientSecret();
    void onDeviceCode(const auth::DeviceCodeInfo &info);
    void onTokenResult(const auth::TokenResult &result);
    void setBusy(bool busy, const QString &status);

    auth::CloudEnvironment m_environment;
    QPointer<secrets::SecretStore> m_store;
    QString m_azProgram = QStringLiteral("az");
    std::shared_ptr<auth::TokenCredential> m_pending;
    std::shared_ptr<auth::TokenCredential> m_credential;
    QList<auth::CloudEnvironment> m_clouds; // the cloud chooser's entries
    session::ConnectionChoice m_pendingChoice;
    session::ConnectionChoice m_choice;

    // The layout (SignInDialog.ui): every widget the methods read and fill.
    std::unique_ptr<Ui::SignInDialog> m_ui;
};

} // namespace cw::ui
