#include "signin/SignInDialog.h"

#include <QFont>
#include <QTimer>

#include "auth/AzureCliCredential.h"
#include "auth/ClientSecretCredential.h"
#include "auth/DeviceCodeCredential.h"
#include "secrets/SecretStore.h"
#include "widgets/BusySpinner.h"
#include "widgets/CopyButton.h"
#include "ui_SignInDialog.h"

namespace cw::ui {

SignInDialog::SignInDialog(auth::CloudEnvironment environment, secrets::SecretStore *store, QWidget *parent)
    : QDialog(parent)
    , m_environment(std::move(environment))
    , m_store(store)
    , m_ui(std::make_unique<Ui::SignInDialog>())
{
    // The form (SignInDialog.ui) is the three methods' layout, texts and tab order; the code adds
    // the clouds beyond the form's three public ones, the copy buttons (they take what to copy)
    // and the code's size, relative to this system's font.
    m_ui->setupUi(this);
    m_clouds = {auth::CloudEnvironment::azureCloud(), auth::CloudEnvironment::usGovernment(),
                auth::CloudEnvironment::china()};
    Q_ASSERT(m_ui->signInCloud->count() == m_clouds.size());
    int initial = 0;
    for (int i = 0; i < m_clouds.size(); ++i)
        if (m_clouds[i].name == m_environment.name)
            initial = i;
    if (m_environment.isValid() && m_clouds[initial].name != m_environment.name) {
        m_clouds.append(m_environment);
        m_ui->signInCloud->addItem(m_environment.isSandbox()
                                       ? tr("Sandbox (%1)").arg(m_environment.armEndpoint.toDisplayString())
                                       : m_environment.name);
        initial = int(m_clouds.size()) - 1;
    }
    m_ui->signInCloud->setCurrentIndex(initial);
    selectCloud(initial);
    connect(m_ui->signInCloud, &QComboBox::currentIndexChanged, this, &SignInDialog::selectCloud);
    m_ui->signInNotice->hide();

    QFont big = m_ui->deviceCodeUserCode->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_ui->deviceCodeUserCode->setFont(big);
    auto *copyUrl = new CopyButton([this] { return m_ui->deviceCodeUrl->property("url").toString(); },
                                   tr("the address"), m_ui->deviceCodePanel);
    copyUrl->setObjectName(QStringLiteral("deviceCodeCopyUrl"));
    m_ui->urlRow->addWidget(copyUrl);
    auto *copyCode = new CopyButton([this] { return m_ui->deviceCodeUserCode->text(); }, tr("the code"),
                                    m_ui->deviceCodePanel);
    copyCode->setObjectName(QStringLiteral("deviceCodeCopy"));
    m_ui->codeRow->addWidget(copyCode);
    // Tab follows the panel's steps: the address and its copy button, then the code's.
    setTabOrder(m_ui->deviceCodeUrl, copyUrl);
    setTabOrder(copyUrl, copyCode);
    m_ui->deviceCodePanel->hide();

    connect(m_ui->deviceCodeStart, &QPushButton::clicked, this, &SignInDialog::startDeviceCode);
    connect(m_ui->spStart, &QPushButton::clicked, this, &SignInDialog::startServicePrincipal);
    connect(m_ui->azureCliStart, &QPushButton::clicked, this, &SignInDialog::startAzureCli);
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::selectCloud(int index)
{
    if (index < 0 || index >= m_clouds.size())
        return;
    m_environment = m_clouds[index];
    setWindowTitle(tr("Sign in to %1").arg(m_ui->signInCloud->itemText(index)));
    setAccessibleName(windowTitle());
}

void SignInDialog::preset(const session::ConnectionChoice &choice)
{
    using Method = session::ConnectionChoice::Method;
    for (int i = 0; i < m_clouds.size(); ++i)
        if (m_clouds[i].name == choice.cloud)
            m_ui->signInCloud->setCurrentIndex(i);
    if (!choice.tenantId.isEmpty())
        setDefaultTenant(choice.tenantId);
    m_ui->spClientId->setText(choice.clientId);
    if (choice.method == Method::DeviceCode)
        m_ui->signInMethods->setCurrentIndex(0);
    else if (choice.method == Method::ServicePrincipal)
        m_ui->signInMethods->setCurrentIndex(1);
    else if (choice.method == Method::AzureCli)
        m_ui->signInMethods->setCurrentIndex(2);
}

void SignInDialog::setNotice(const QString &text)
{
    m_ui->signInNotice->setText(text);
    m_ui->signInNotice->setVisible(!text.isEmpty());
}

void SignInDialog::setDefaultTenant(const QString &tenant)
{
    m_ui->deviceCodeTenant->setText(tenant);
    m_ui->spTenant->setText(tenant);
}

void SignInDialog::setBusy(bool busy, const QString &status)
{
    m_ui->signInSpinner->setRunning(busy);
    m_ui->signInStatus->setText(status);
    m_ui->signInCloud->setEnabled(!busy);
    m_ui->deviceCodeStart->setEnabled(!busy);
    m_ui->spStart->setEnabled(!busy);
    m_ui->azureCliStart->setEnabled(!busy);
}

void SignInDialog::startDeviceCode()
{
    auto credential = std::make_shared<auth::DeviceCodeCredential>(
        m_environment, m_ui->deviceCodeTenant->text().trimmed(), QLatin1String(auth::DeviceCodeCredential::kAzureCliPublicClientId),
        m_store.data());
    connect(credential.get(), &auth::DeviceCodeCredential::deviceCodeReceived, this, &SignInDialog::onDeviceCode);
    attempt(credential, {session::ConnectionChoice::Method::DeviceCode, m_environment.name, m_ui->deviceCodeTenant->text().trimmed(), {}});
}

void SignInDialog::startServicePrincipal()
{
    const QString tenant = m_ui->spTenant->text().trimmed();
    const QString clientId = m_ui->spClientId->text().trimmed();
    attempt(std::make_shared<auth::ClientSecretCredential>(m_environment, tenant, clientId, m_ui->spSecret->text().toUtf8()),
            {session::ConnectionChoice::Method::ServicePrincipal, m_environment.name, tenant, clientId});
}

void SignInDialog::startAzureCli()
{
    attempt(std::make_shared<auth::AzureCliCredential>(m_environment, m_azProgram),
            {session::ConnectionChoice::Method::AzureCli, m_environment.name, {}, {}});
}

void SignInDialog::attempt(std::shared_ptr<auth::TokenCredential> credential, session::ConnectionChoice choice)
{
    m_pending = std::move(credential);
    m_pendingChoice = std::move(choice);
    setBusy(true, tr("Signing in…"));
    auth::TokenJob *job = m_pending->requestToken(m_environment.armScope());
    connect(job, &auth::TokenJob::finished, this, &SignInDialog::onTokenResult);
}

void SignInDialog::onDeviceCode(const auth::DeviceCodeInfo &info)
{
    m_ui->deviceCodeUserCode->setText(info.userCode);
    const QString url = info.verificationUri.toString();
    m_ui->deviceCodeUrl->setProperty("url", url);
    m_ui->deviceCodeUrl->setText(QStringLiteral("<a href=\"%1\">%1</a>").arg(url.toHtmlEscaped()));
    m_ui->deviceCodePanel->show();
    setBusy(true, tr("Waiting for you to finish in the browser…"));
}

void SignInDialog::onTokenResult(const auth::TokenResult &result)
{
    if (!isVisible())
        return; // cancelled meanwhile
    if (result.ok()) {
        m_credential = m_pending;
        m_choice = m_pendingChoice;
        if (m_choice.method == session::ConnectionChoice::Method::ServicePrincipal)
            rememberClientSecret();
        setBusy(false, tr("Signed in as %1.").arg(m_credential->displayName()));
        accept();
        return;
    }
    // This slot runs inside the credential's own signal emission: destroying it here would pull
    // the object out from under its caller. Let go of it once control is back in the event loop.
    QTimer::singleShot(0, this, [failed = std::move(m_pending)] { Q_UNUSED(failed); });
    m_ui->deviceCodePanel->hide();
    setBusy(false, tr("Sign-in failed: %1").arg(result.error.humanMessage()));
}

void SignInDialog::rememberClientSecret()
{
    // For the next start's silent sign-in. Without a keychain the store keeps it for this
    // session only (and says so once); it never reaches a file.
    if (m_store)
        m_store->write(m_choice.clientSecretKey(), m_ui->spSecret->text().toUtf8());
}

void SignInDialog::reject()
{
    if (auto *deviceCode = qobject_cast<auth::DeviceCodeCredential *>(m_pending.get()))
        deviceCode->cancel();
    QDialog::reject();
}

} // namespace cw::ui
