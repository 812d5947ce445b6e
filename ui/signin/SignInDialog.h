#pragma once
// Sign-in to an Azure cloud, three ways: device code (shows the code and the verification URL
// with copy buttons), a service principal (tenant, client id, secret), or the Azure CLI's
// login. Asynchronous throughout: the dialog stays responsive and Cancel stops the attempt.
// On success credential() holds a TokenCredential that already obtained an ARM token, and
// choice() says how (cloud, method, tenant, client id: never a secret) so the next start can
// reconnect; a service principal's secret is then kept in the keychain for that.
#include "auth/CloudEnvironment.h"
#include "secrets/SecretStore.h"
#include "session/ConnectionChoice.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace cw::auth {
class TokenCredential;
struct DeviceCodeInfo;
struct TokenResult;
}
namespace cw::secrets {
class SecretStore;
}

namespace cw::ui {

class BusySpinner;

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
    QWidget *buildDeviceCodeTab();
    QWidget *buildServicePrincipalTab();
    QWidget *buildAzureCliTab();
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

    QComboBox *m_cloud;
    QLabel *m_notice;
    QTabWidget *m_tabs;
    QLabel *m_status;
    BusySpinner *m_spinner;
    // device code
    QLineEdit *m_dcTenant = nullptr;
    QPushButton *m_dcStart = nullptr;
    QWidget *m_dcPanel = nullptr;
    QLabel *m_userCode = nullptr;
    QLabel *m_verificationUrl = nullptr;
    // service principal
    QLineEdit *m_spTenant = nullptr;
    QLineEdit *m_spClientId = nullptr;
    QLineEdit *m_spSecret = nullptr;
    QPushButton *m_spStart = nullptr;
    // Azure CLI
    QPushButton *m_cliStart = nullptr;
};

} // namespace cw::ui
