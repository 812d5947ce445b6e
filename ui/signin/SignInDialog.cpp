#include "signin/SignInDialog.h"

#include <QTimer>

#include "auth/AzureCliCredential.h"
#include "auth/ClientSecretCredential.h"
#include "auth/DeviceCodeCredential.h"
#include "secrets/SecretStore.h"
#include "widgets/BusySpinner.h"
#include "widgets/CopyButton.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFont>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace cw::ui {

namespace {
QLineEdit *field(QWidget *parent, const char *objectName, const QString &accessibleName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setAccessibleName(accessibleName);
    return edit;
}
} // namespace

SignInDialog::SignInDialog(auth::CloudEnvironment environment, secrets::SecretStore *store, QWidget *parent)
    : QDialog(parent)
    , m_environment(std::move(environment))
    , m_store(store)
    , m_cloud(new QComboBox(this))
    , m_notice(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_status(new QLabel(this))
    , m_spinner(new BusySpinner(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    m_clouds = {auth::CloudEnvironment::azureCloud(), auth::CloudEnvironment::usGovernment(),
                auth::CloudEnvironment::china()};
    m_cloud->setObjectName(QStringLiteral("signInCloud"));
    m_cloud->addItem(tr("Azure (global)"));
    m_cloud->addItem(tr("Azure US Government"));
    m_cloud->addItem(tr("Azure China (21Vianet)"));
    int initial = 0;
    for (int i = 0; i < m_clouds.size(); ++i)
        if (m_clouds[i].name == m_environment.name)
            initial = i;
    if (m_environment.isValid() && m_clouds[initial].name != m_environment.name) {
        m_clouds.append(m_environment);
        m_cloud->addItem(m_environment.isSandbox()
                             ? tr("Sandbox (%1)").arg(m_environment.armEndpoint.toDisplayString())
                             : m_environment.name);
        initial = int(m_clouds.size()) - 1;
    }
    m_cloud->setCurrentIndex(initial);
    selectCloud(initial);
    connect(m_cloud, &QComboBox::currentIndexChanged, this, &SignInDialog::selectCloud);
    auto *cloudLabel = new QLabel(tr("&Cloud:"), this);
    cloudLabel->setBuddy(m_cloud);
    m_notice->setObjectName(QStringLiteral("signInNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_tabs->setObjectName(QStringLiteral("signInMethods"));
    m_tabs->setAccessibleName(tr("Sign-in method"));
    m_tabs->addTab(buildDeviceCodeTab(), tr("&Device code"));
    m_tabs->addTab(buildServicePrincipalTab(), tr("&Service principal"));
    m_tabs->addTab(buildAzureCliTab(), tr("Azure C&LI"));
    m_status->setObjectName(QStringLiteral("signInStatus"));
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_spinner);
    statusRow->addWidget(m_status, 1);
    auto *cloudRow = new QHBoxLayout;
    cloudRow->addWidget(cloudLabel);
    cloudRow->addWidget(m_cloud, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(cloudRow);
    layout->addWidget(m_tabs);
    layout->addLayout(statusRow);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

SignInDialog::~SignInDialog() = default;

QWidget *SignInDialog::buildDeviceCodeTab()
{
    auto *tab = new QWidget(m_tabs);
    auto *intro = new QLabel(tr("Sign in with your browser, on this or another device."), tab);
    intro->setWordWrap(true);
    m_dcTenant = field(tab, "deviceCodeTenant", tr("Tenant"));
    m_dcTenant->setText(QStringLiteral("organizations"));
    m_dcStart = new QPushButton(tr("Get a si&gn-in code"), tab);
    m_dcStart->setObjectName(QStringLiteral("deviceCodeStart"));
    m_dcStart->setDefault(true);
    m_dcPanel = new QWidget(tab);
    m_userCode = new QLabel(m_dcPanel);
    m_userCode->setObjectName(QStringLiteral("deviceCodeUserCode"));
    m_userCode->setAccessibleName(tr("Sign-in code"));
    m_userCode->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont big = m_userCode->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_userCode->setFont(big);
    m_verificationUrl = new QLabel(m_dcPanel);
    m_verificationUrl->setObjectName(QStringLiteral("deviceCodeUrl"));
    m_verificationUrl->setAccessibleName(tr("Verification address"));
    m_verificationUrl->setOpenExternalLinks(true);
    m_verificationUrl->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto *copyCode = new CopyButton([this] { return m_userCode->text(); }, tr("the code"), m_dcPanel);
    copyCode->setObjectName(QStringLiteral("deviceCodeCopy"));
    auto *copyUrl = new CopyButton([this] { return m_verificationUrl->property("url").toString(); }, tr("the address"),
                                   m_dcPanel);
    copyUrl->setObjectName(QStringLiteral("deviceCodeCopyUrl"));
    auto *panelLayout = new QFormLayout(m_dcPanel);
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_userCode, 1);
    codeRow->addWidget(copyCode);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_verificationUrl, 1);
    urlRow->addWidget(copyUrl);
    panelLayout->addRow(tr("1. Open:"), urlRow);
    panelLayout->addRow(tr("2. Enter the code:"), codeRow);
    m_dcPanel->hide();

    auto *tenantLabel = new QLabel(tr("&Tenant:"), tab);
    tenantLabel->setBuddy(m_dcTenant);
    auto *form = new QFormLayout;
    form->addRow(tenantLabel, m_dcTenant);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_dcStart, 0, Qt::AlignLeft);
    layout->addWidget(m_dcPanel);
    layout->addStretch(1);
    connect(m_dcStart, &QPushButton::clicked, this, &SignInDialog::startDeviceCode);
    return tab;
}

QWidget *SignInDialog::buildServicePrincipalTab()
{
    auto *tab = new QWidget(m_tabs);
    m_spTenant = field(tab, "spTenant", tr("Tenant ID"));
    m_spClientId = field(tab, "spClientId", tr("Application (client) ID"));
    m_spSecret = field(tab, "spSecret", tr("Client secret"));
    m_spSecret->setEchoMode(QLineEdit::Password);
    m_spStart = new QPushButton(tr("Sign &in"), tab);
    m_spStart->setObjectName(QStringLiteral("spStart"));
    auto *form = new QFormLayout;
    const QList<QPair<QString, QLineEdit *>> rows{{tr("&Tenant ID:"), m_spTenant},
                                                  {tr("&Application (client) ID:"), m_spClientId},
                                                  {tr("Client s&ecret:"), m_spSecret}};
    for (const auto &[text, edit] : rows) {
        auto *label = new QLabel(text, tab);
        label->setBuddy(edit);
        form->addRow(label, edit);
    }
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(form);
    layout->addWidget(m_spStart, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_spStart, &QPushButton::clicked, this, &SignInDialog::startServicePrincipal);
    return tab;
}

QWidget *SignInDialog::buildAzureCliTab()
{
    auto *tab = new QWidget(m_tabs);
    auto *intro = new QLabel(tr("Reuse the account you signed in with `az login`. Nothing is stored by "
                                "Clusterwright; the Azure CLI keeps the login."), tab);
    intro->setWordWrap(true);
    m_cliStart = new QPushButton(tr("&Use my Azure CLI login"), tab);
    m_cliStart->setObjectName(QStringLiteral("azureCliStart"));
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(intro);
    layout->addWidget(m_cliStart, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_cliStart, &QPushButton::clicked, this, &SignInDialog::startAzureCli);
    return tab;
}

void SignInDialog::selectCloud(int index)
{
    if (index < 0 || index >= m_clouds.size())
        return;
    m_environment = m_clouds[index];
    setWindowTitle(tr("Sign in to %1").arg(m_cloud->itemText(index)));
    setAccessibleName(windowTitle());
}

void SignInDialog::preset(const session::ConnectionChoice &choice)
{
    using Method = session::ConnectionChoice::Method;
    for (int i = 0; i < m_clouds.size(); ++i)
        if (m_clouds[i].name == choice.cloud)
            m_cloud->setCurrentIndex(i);
    if (!choice.tenantId.isEmpty())
        setDefaultTenant(choice.tenantId);
    m_spClientId->setText(choice.clientId);
    if (choice.method == Method::DeviceCode)
        m_tabs->setCurrentIndex(0);
    else if (choice.method == Method::ServicePrincipal)
        m_tabs->setCurrentIndex(1);
    else if (choice.method == Method::AzureCli)
        m_tabs->setCurrentIndex(2);
}

void SignInDialog::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void SignInDialog::setDefaultTenant(const QString &tenant)
{
    m_dcTenant->setText(tenant);
    m_spTenant->setText(tenant);
}

void SignInDialog::setBusy(bool busy, const QString &status)
{
    m_spinner->setRunning(busy);
    m_status->setText(status);
    m_cloud->setEnabled(!busy);
    m_dcStart->setEnabled(!busy);
    m_spStart->setEnabled(!busy);
    m_cliStart->setEnabled(!busy);
}

void SignInDialog::startDeviceCode()
{
    auto credential = std::make_shared<auth::DeviceCodeCredential>(
        m_environment, m_dcTenant->text().trimmed(), QLatin1String(auth::DeviceCodeCredential::kAzureCliPublicClientId),
        m_store.data());
    connect(credential.get(), &auth::DeviceCodeCredential::deviceCodeReceived, this, &SignInDialog::onDeviceCode);
    attempt(credential, {session::ConnectionChoice::Method::DeviceCode, m_environment.name, m_dcTenant->text().trimmed(), {}});
}

void SignInDialog::startServicePrincipal()
{
    const QString tenant = m_spTenant->text().trimmed();
    const QString clientId = m_spClientId->text().trimmed();
    attempt(std::make_shared<auth::ClientSecretCredential>(m_environment, tenant, clientId, m_spSecret->text().toUtf8()),
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
    m_userCode->setText(info.userCode);
    const QString url = info.verificationUri.toString();
    m_verificationUrl->setProperty("url", url);
    m_verificationUrl->setText(QStringLiteral("<a href=\"%1\">%1</a>").arg(url.toHtmlEscaped()));
    m_dcPanel->show();
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
    m_dcPanel->hide();
    setBusy(false, tr("Sign-in failed: %1").arg(result.error.humanMessage()));
}

void SignInDialog::rememberClientSecret()
{
    // For the next start's silent sign-in. Without a keychain the store keeps it for this
    // session only (and says so once); it never reaches a file.
    if (m_store)
        m_store->write(m_choice.clientSecretKey(), m_spSecret->text().toUtf8());
}

void SignInDialog::reject()
{
    if (auto *deviceCode = qobject_cast<auth::DeviceCodeCredential *>(m_pending.get()))
        deviceCode->cancel();
    QDialog::reject();
}

} // namespace cw::ui
