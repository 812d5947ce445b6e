#pragma once
// Sign-in to an Azure cloud, three ways: device code (shows the code and the verification URL
// with copy buttons), a service principal (tenant, client id, secret), or the Azure CLI's
// login. Asynchronous throughout: the dialog stays responsive and Cancel stops the attempt.
// On success credential() holds a TokenCredential that already obtained an ARM token.
#include "auth/CloudEnvironment.h"
#include "secrets/SecretStore.h"

#include <QDialog>
#include <QPointer>

#include <memory>

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
    SignInDialog(auth::CloudEnvironment environment, secrets::SecretStore *store, QWidget *parent = nullptr);
    ~SignInDialog() override;

    std::shared_ptr<auth::TokenCredential> credential() const { return m_credential; }
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
    void attempt(std::shared_ptr<auth::TokenCredential> credential);
    void onDeviceCode(const auth::DeviceCodeInfo &info);
    void onTokenResult(const auth::TokenResult &result);
    void setBusy(bool busy, const QString &status);

    auth::CloudEnvironment m_environment;
    QPointer<secrets::SecretStore> m_store;
    QString m_azProgram = QStringLiteral("az");
    std::shared_ptr<auth::TokenCredential> m_pending;
    std::shared_ptr<auth::TokenCredential> m_credential;

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
