#include "wizard/WorkspacePage.h"

#include "wizard/LoadingPicker.h"
#include "wizard/WizardController.h"
#include "wizard/WizardPages.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace cw::ui {

WorkspacePage::WorkspacePage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_environment(new QComboBox(this))
    , m_environmentStatus(new QLabel(this))
    , m_subscription(new LoadingPicker(QStringLiteral("subscriptionPicker"), tr("Subscription"), this))
    , m_workspace(new LoadingPicker(QStringLiteral("workspacePicker"), tr("Workspace"), this))
{
    setObjectName(QStringLiteral("workspacePage"));
    setTitle(tr("Workspace"));
    setSubTitle(tr("Choose where the inference cluster will belong: the environment, the subscription "
                   "and the Azure Machine Learning workspace."));
    m_environment->setObjectName(QStringLiteral("environmentPicker"));
    m_environment->setAccessibleName(tr("Environment"));
    m_environment->addItem(tr("Sandbox (local emulator, no account needed)"), QStringLiteral("Sandbox"));
    m_environment->addItem(tr("Azure"), QStringLiteral("AzureCloud"));
    m_environment->addItem(tr("Azure US Government"), QStringLiteral("AzureUSGovernment"));
    m_environment->addItem(tr("Azure China"), QStringLiteral("AzureChinaCloud"));
    m_environmentStatus->setObjectName(QStringLiteral("environmentStatus"));
    m_environmentStatus->setWordWrap(true);

    auto *envLabel = new QLabel(tr("&Environment:"), this);
    envLabel->setBuddy(m_environment);
    auto *subLabel = new QLabel(tr("&Subscription:"), this);
    subLabel->setBuddy(m_subscription->combo());
    auto *wsLabel = new QLabel(tr("&Workspace:"), this);
    wsLabel->setBuddy(m_workspace->combo());
    auto *form = new QFormLayout;
    form->addRow(envLabel, m_environment);
    form->addRow(QString(), m_environmentStatus);
    form->addRow(subLabel, m_subscription);
    form->addRow(wsLabel, m_workspace);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_environment, &QComboBox::activated, this, [this] {
        Q_EMIT environmentRequested(m_environment->currentData().toString());
    });
    connect(m_controller, &WizardController::subscriptionsChanged, this, &WorkspacePage::showSubscriptions);
    connect(m_controller, &WizardController::workspacesChanged, this, &WorkspacePage::showWorkspaces);
    connect(m_subscription, &LoadingPicker::retryRequested, m_controller, &WizardController::loadSubscriptions);
    connect(m_workspace, &LoadingPicker::retryRequested, this, [this] {
        m_controller->loadWorkspaces(m_subscription->combo()->currentData().toString());
    });
    connect(m_subscription->combo(), &QComboBox::currentIndexChanged, this, [this] {
        const QString id = m_subscription->combo()->currentData().toString();
        if (!id.isEmpty() && id != m_controller->spec().workspace.subscriptionId)
            m_controller->loadWorkspaces(id);
    });
    connect(m_workspace->combo(), &QComboBox::currentIndexChanged, this, &WorkspacePage::onWorkspaceChosen);
}

void WorkspacePage::initializePage()
{
    if (m_controller->backend()) {
        const int index = m_environment->findData(m_controller->backend()->environmentName());
        if (index >= 0)
            m_environment->setCurrentIndex(index);
        m_environmentStatus->setText(tr("Connected to %1.").arg(m_environment->currentText()));
    } else {
        m_environmentStatus->setText(tr("Not connected. Choose an environment to sign in."));
    }
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        m_controller->loadSubscriptions();
    }
}

void WorkspacePage::showSubscriptions()
{
    QComboBox *combo = m_subscription->combo();
    const QSignalBlocker blocker(combo);
    const QString previous = m_controller->spec().workspace.subscriptionId;
    combo->clear();
    for (const SubscriptionChoice &s : m_controller->subscriptionList())
        combo->addItem(tr("%1 (%2)").arg(s.displayName, s.id), s.id);
    m_subscription->setState(m_controller->subscriptionsState(), m_controller->lastError(QStringLiteral("subscriptions")));
    if (combo->count() == 0)
        return;
    const int index = qMax(0, combo->findData(previous));
    combo->setCurrentIndex(index);
    if (combo->itemData(index).toString() != previous || m_controller->workspaceList().isEmpty())
        m_controller->loadWorkspaces(combo->itemData(index).toString());
}

void WorkspacePage::showWorkspaces()
{
    QComboBox *combo = m_workspace->combo();
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
    m_workspace->setState(m_controller->workspacesState(), m_controller->lastError(QStringLiteral("workspaces")));
    onWorkspaceChosen();
}

void WorkspacePage::onWorkspaceChosen()
{
    const QList<WorkspaceRef> list = m_controller->workspaceList();
    const int index = m_workspace->combo()->currentIndex();
    if (index >= 0 && index < list.size())
        m_controller->selectWorkspace(list[index]);
    Q_EMIT completeChanged();
}

bool WorkspacePage::isComplete() const
{
    return m_controller->workspacesState() == LoadState::Loaded && m_workspace->combo()->currentIndex() >= 0
           && !m_controller->spec().workspace.workspace.isEmpty();
}

int WorkspacePage::nextId() const
{
    return ModePageId;
}

} // namespace cw::ui
