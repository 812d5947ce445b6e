#include "wizard/WorkspacePage.h"

#include "wizard/LoadingPicker.h"
#include "wizard/WizardController.h"
#include "wizard/WizardPages.h"

#include "ui_WorkspacePage.h"

namespace cw::ui {

WorkspacePage::WorkspacePage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_ui(std::make_unique<Ui::WorkspacePage>())
{
    m_ui->setupUi(this);
    // The environments are names with their cloud's ID: data, so they are added here.
    QComboBox *environment = m_ui->environmentPicker;
    environment->addItem(tr("Sandbox (local emulator, no account needed)"), QStringLiteral("Sandbox"));
    environment->addItem(tr("Azure"), QStringLiteral("AzureCloud"));
    environment->addItem(tr("Azure US Government"), QStringLiteral("AzureUSGovernment"));
    environment->addItem(tr("Azure China"), QStringLiteral("AzureChinaCloud"));
    // A picker's combo box is made by the picker: it gets its name here, and the row's label
    // names the combo box (not the picker around it) for screen readers.
    m_ui->subscriptionLoader->setNames(QStringLiteral("subscriptionPicker"), tr("Subscription"));
    m_ui->workspaceLoader->setNames(QStringLiteral("workspacePicker"), tr("Workspace"));
    m_ui->subscriptionLabel->setBuddy(m_ui->subscriptionLoader->combo());
    m_ui->workspaceLabel->setBuddy(m_ui->workspaceLoader->combo());

    connect(environment, &QComboBox::activated, this, [this] {
        Q_EMIT environmentRequested(m_ui->environmentPicker->currentData().toString());
    });
    connect(m_controller, &WizardController::subscriptionsChanged, this, &WorkspacePage::showSubscriptions);
    connect(m_controller, &WizardController::workspacesChanged, this, &WorkspacePage::showWorkspaces);
    connect(m_ui->subscriptionLoader, &LoadingPicker::retryRequested, m_controller, &WizardController::loadSubscriptions);
    connect(m_ui->workspaceLoader, &LoadingPicker::retryRequested, this, [this] {
        m_controller->loadWorkspaces(m_ui->subscriptionLoader->combo()->currentData().toString());
    });
    connect(m_ui->subscriptionLoader->combo(), &QComboBox::currentIndexChanged, this, [this] {
        const QString id = m_ui->subscriptionLoader->combo()->currentData().toString();
        if (!id.isEmpty() && id != m_controller->spec().workspace.subscriptionId)
            m_controller->loadWorkspaces(id);
    });
    connect(m_ui->workspaceLoader->combo(), &QComboBox::currentIndexChanged, this, &WorkspacePage::onWorkspaceChosen);
}

WorkspacePage::~WorkspacePage() = default;

void WorkspacePage::initializePage()
{
    if (m_controller->backend()) {
        const int index = m_ui->environmentPicker->findData(m_controller->backend()->environmentName());
        if (index >= 0)
            m_ui->environmentPicker->setCurrentIndex(index);
        m_ui->environmentStatus->setText(tr("Connected to %1.").arg(m_ui->environmentPicker->currentText()));
    } else {
        m_ui->environmentStatus->setText(tr("Not connected. Choose an environment to sign in."));
    }
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        m_controller->loadSubscriptions();
    }
}

void WorkspacePage::showSubscriptions()
{
    QComboBox *combo = m_ui->subscriptionLoader->combo();
    const QSignalBlocker blocker(combo);
    const QString previous = m_controller->spec().workspace.subscriptionId;
    combo->clear();
    for (const SubscriptionChoice &s : m_controller->subscriptionList())
        combo->addItem(tr("%1 (%2)").arg(s.displayName, s.id), s.id);
    m_ui->subscriptionLoader->setState(m_controller->subscriptionsState(), m_controller->lastError(QStringLiteral("subscriptions")));
    if (combo->count() == 0)
        return;
    const int index = qMax(0, combo->findData(previous));
    combo->setCurrentIndex(index);
    if (combo->itemData(index).toString() != previous || m_controller->workspaceList().isEmpty())
        m_controller->loadWorkspaces(combo->itemData(index).toString());
}

void WorkspacePage::showWorkspaces()
{
    QComboBox *combo = m_ui->workspaceLoader->combo();
    {
        const QSignalBlocker blocker(combo);
        combo->clear();
        const QList<WorkspaceRef> list = m_controller->workspaceList();
        for (int i = 0; i < list.size(); ++i)
            combo->addItem(tr("%1 (resource group %2, %3)").arg(list[i].workspace, list[i].resourceGroup,
                                                              list[i].location), i);
        const WorkspaceRef &current = m_controller->spec().workspace;
        for (int i = 0; i < list.size(); ++i) {
            if (list[i].workspace == current.workspace && list[i].resourceGroup == current.resourceGroup)
                combo->setCurrentIndex(i);
        }
    }
    m_ui->workspaceLoader->setState(m_controller->workspacesState(), m_controller->lastError(QStringLiteral("workspaces")));
    onWorkspaceChosen();
}

void WorkspacePage::onWorkspaceChosen()
{
    const QList<WorkspaceRef> list = m_controller->workspaceList();
    const int index = m_ui->workspaceLoader->combo()->currentIndex();
    if (index >= 0 && index < list.size())
        m_controller->selectWorkspace(list[index]);
    Q_EMIT completeChanged();
}

bool WorkspacePage::isComplete() const
{
    return m_controller->workspacesState() == LoadState::Loaded && m_ui->workspaceLoader->combo()->currentIndex() >= 0
           && !m_controller->spec().workspace.workspace.isEmpty();
}

int WorkspacePage::nextId() const
{
    return ModePageId;
}

} // namespace cw::ui
