#include "Workbench.h"

#include <QAction>
#include <QLoggingCategory>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QToolBar>

#include "clusters/ClustersTableModel.h"
#include "clusters/ClustersView.h"
#include "clusters/ComputeActivity.h"
#include "clusters/MoveToV2Check.h"
#include "clusters/RowActions.h"
#include "dialogs/DeleteComputeDialog.h"
#include "dialogs/DetachDialog.h"
#include "dialogs/LoadBalancerDialog.h"
#include "dialogs/MoveToV2Dialog.h"
#include "dialogs/ReattachDialog.h"
#include "dialogs/ScaleNodesDialog.h"
#include "dialogs/TlsCertificateDialog.h"
#include "operations/OperationsDock.h"
#include "ops/OperationRunner.h"
#include "session/Session.h"
#include "signin/ConnectionController.h"
#include "shell/ApplicationContext.h"
#include "shell/KeyboardContextMenu.h"
#include "shell/MainWindow.h"
#include "wizard/ComputeWizard.h"
#include "wizard/SessionBackend.h"

Q_LOGGING_CATEGORY(lcWorkbench, "cw.app.workbench", QtInfoMsg)

namespace cw::ui {

Workbench::Workbench(MainWindow *window, ApplicationContext *context, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_context(context)
    , m_activity(new ComputeActivity(this))
{
    connect(m_activity, &ComputeActivity::changed, this, &Workbench::updateActions);
    connect(context, &ApplicationContext::sessionReady, this, &Workbench::install);
}

void Workbench::install(session::Session *session)
{
    // A later session (the person switched between the sandbox and Azure) gets a fresh clusters
    // view; the dock and the toolbar actions stay and follow the new runner.
    m_session = session;
    auto *clusters = new ClustersView(session, m_window);
    if (m_window->isVisible() && m_window->showsStartPage()) {
        // The window shows its start page (the embedded sandbox came up after the first paint):
        // the view replaces it once its first rows are in (or failed; kRevealLatestMs at most),
        // painted once with them. Shown at once, its empty table was painted while the first
        // answers waited for the GUI thread, then painted again with the rows: the rows came
        // 2.4 ms later (median of 60 paired starts, sooner in 43).
        showWhenRowsAreIn(m_window, clusters, kRevealLatestMs);
    } else {
        m_window->setCentralContent(clusters);
    }
    if (m_clusters)
        m_clusters->deleteLater();
    m_clusters = clusters;
    if (!m_operations)
        createOperationsDockAndActions();
    m_operations->attach(m_context->runner(), m_context->journal());
    m_activity->watch(m_context->runner());
    m_window->mainToolBar()->insertAction(m_afterRefresh, m_clusters->refreshAction());
    m_window->clusterMenu()->insertAction(m_afterRefreshInMenu, m_clusters->refreshAction());

    // The same operations on the selected row's context menu.
    QTableView *table = m_clusters->table();
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    table->addActions({m_detach, m_reattach, m_switchLb, m_renewTls, m_scale, m_moveToV2, m_delete});
    KeyboardContextMenu::install(table); // Shift+F10 and the Menu key open it too

    connect(m_clusters, &ClustersView::selectionChanged, this, &Workbench::updateActions);
    connect(m_clusters->moveToV2Button(), &QPushButton::clicked, m_moveToV2, &QAction::trigger);
    // A refreshed row may have changed state (Updating → Succeeded): re-evaluate the actions.
    connect(m_clusters->model(), &QAbstractItemModel::dataChanged, this, &Workbench::updateActions);
    // For support logs and the time-to-clusters benchmark: when the table shows a full listing.
    connect(m_clusters, &ClustersView::refreshed, this,
            [](int rows) { qCInfo(lcWorkbench) << "the clusters table shows" << rows << "computes"; });
    // A finished operation changes the table: refresh it (keeps the selection).
    connect(m_context->runner(), &ops::OperationRunner::operationFinished, m_clusters, &ClustersView::requestRefresh);
    updateActions();
    m_clusters->start();
}

void Workbench::showWhenRowsAreIn(MainWindow *window, ClustersView *clusters, int latestMs)
{
    window->stageCentralContent(clusters);
    clusters->whenRefreshEnds(latestMs, [window, clusters] { window->showCentralContent(clusters); });
}

void Workbench::createOperationsDockAndActions()
{
    m_operations = new OperationsDock(m_window);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_operations);
    m_window->viewMenu()->addAction(m_operations->toggleViewAction());

    QToolBar *bar = m_window->mainToolBar();
    m_new = bar->addAction(tr("New cluster…"), this, &Workbench::newCluster);
    m_new->setObjectName(QStringLiteral("actionNewCluster"));
    m_afterRefresh = bar->addSeparator(); // each session's view puts its Refresh before this
    m_detach = bar->addAction(tr("Detach…"), this, &Workbench::detachSelected);
    m_detach->setObjectName(QStringLiteral("actionDetach"));
    m_reattach = bar->addAction(tr("Re-attach to update…"), this, &Workbench::reattachSelected);
    m_reattach->setObjectName(QStringLiteral("actionReattach"));
    m_switchLb = bar->addAction(tr("Switch load balancer…"), this, &Workbench::switchLoadBalancer);
    m_switchLb->setObjectName(QStringLiteral("actionSwitchLoadBalancer"));
    m_renewTls = bar->addAction(tr("Renew/replace TLS certificate…"), this, &Workbench::renewTls);
    m_renewTls->setObjectName(QStringLiteral("actionRenewTls"));
    m_scale = bar->addAction(tr("Scale node count…"), this, &Workbench::scaleNodes);
    m_scale->setObjectName(QStringLiteral("actionScaleNodes"));
    m_moveToV2 = bar->addAction(tr("Move to v2…"), this, &Workbench::moveToV2);
    m_moveToV2->setObjectName(QStringLiteral("actionMoveToV2"));
    m_delete = bar->addAction(tr("Delete with AKS cluster…"), this, &Workbench::deleteSelected);
    m_delete->setObjectName(QStringLiteral("actionDeleteWithCluster"));

    // Each toolbar action is also in the Cluster menu with a shortcut: the toolbar is not in
    // the Tab chain, the menu bar (Alt, F10) and the shortcuts are how the keyboard gets there.
    m_new->setShortcut(QKeySequence::New);
    m_detach->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_reattach->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_switchLb->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_renewTls->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_scale->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_moveToV2->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_delete->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete)); // the usual key of a destructive delete
    QMenu *menu = m_window->clusterMenu();
    for (QAction *action : bar->actions()) {
        if (action == m_afterRefresh)
            m_afterRefreshInMenu = menu->addSeparator();
        else if (!action->isSeparator())
            menu->addAction(action);
    }
    bar->show();
    m_window->restoreDocks(); // the operations dock where the person left it
}

void Workbench::updateActions()
{
    if (!m_detach)
        return; // the actions come with the first session
    const ClusterRow *row = m_clusters ? m_clusters->selectedRow() : nullptr;
    const RowActionState idle = idleState(row, row ? m_activity->runningOn(*row) : std::nullopt);
    // The reason of a disabled action in its tooltip and in the status bar (status tip).
    const auto apply = [](QAction *action, const RowActionState &state, const QString &what) {
        action->setEnabled(state.enabled);
        const QString tip = state.enabled ? what : what + QStringLiteral(": ") + state.reason;
        action->setToolTip(tip);
        action->setStatusTip(tip);
    };
    apply(m_detach, idle, tr("Detach the compute from the workspace"));
    const RowActionState v1 = firstBlocking(idle, v1OnlyState(row));
    apply(m_reattach, v1, tr("Re-attach the compute to update it"));
    apply(m_switchLb, v1, tr("Switch the load balancer of the scoring endpoint"));
    apply(m_renewTls, firstBlocking(v1, renewTlsState(row)), tr("Renew or replace the TLS certificate"));
    apply(m_scale, firstBlocking(v1, scaleState(row)), tr("Scale the node count"));
    apply(m_delete, firstBlocking(v1, deleteWithClusterState(row)), tr("Delete the compute and the AKS cluster the workspace created"));
    apply(m_moveToV2, firstBlocking(idle, moveToV2State(row)),
          tr("Move the v1 compute to Azure ML v2 (the extension and a Kubernetes compute)"));
    if (m_clusters) {
        QPushButton *button = m_clusters->moveToV2Button();
        button->setEnabled(m_moveToV2->isEnabled());
        button->setToolTip(m_moveToV2->toolTip());
    }
}

void Workbench::follow(const QString &operationId)
{
    m_operations->showOperation(operationId);
    m_operations->show();
}

void Workbench::newCluster()
{
    auto *backend = new SessionBackend(m_session, m_context->runner());
    auto *wizard = new ComputeWizard(backend, m_window);
    backend->setParent(wizard);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // Another environment in the picker: this wizard belongs to the current session, so it
    // closes; once connected to the chosen cloud a new one opens.
    connect(wizard, &ComputeWizard::environmentRequested, this, [this, wizard](const QString &cloud) {
        if (!m_connection || cloud == m_session->environment().name)
            return;
        wizard->close();
        m_connection->chooseCloud(cloud, [this] { newCluster(); });
    });
    wizard->open();
}

void Workbench::detachSelected()
{
    const ClusterRow *row = m_clusters->selectedRow();
    if (!row)
        return;
    auto *dialog = new DetachDialog(m_session->connection(), m_clusters->selectedWorkspace(),
                                    row->name, row->tlsStatus == QLatin1String("Enabled"), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DetachDialog::detachConfirmed, this, [this](const WorkspaceRef &ws, const QString &name) {
        follow(m_context->runner()->startDetach(ws, name));
    });
    dialog->open();
}

void Workbench::deleteSelected()
{
    const ClusterRow *row = m_clusters->selectedRow();
    if (!deleteWithClusterState(row).enabled)
        return;
    auto *dialog = new DeleteComputeDialog(m_clusters->selectedWorkspace(),
                                           row->name, row->aksResourceId.toString(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The same operation as `clusterwright-cli detach --delete-cluster`.
    connect(dialog, &DeleteComputeDialog::deleteConfirmed, this, [this](const WorkspaceRef &ws, const QString &name) {
        follow(m_context->runner()->startDetach(ws, name, true));
    });
    dialog->open();
}

void Workbench::reattachSelected()
{
    const ClusterRow *row = m_clusters->selectedRow();
    if (!row)
        return;
    auto *dialog = new ReattachDialog(m_context->runner(), m_clusters->selectedWorkspace(),
                                      row->name, row->tlsStatus == QLatin1String("Enabled"), m_window);
    dialog->setCreatedByWorkspace(!row->attached);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReattachDialog::operationStarted, m_operations, &OperationsDock::showOperation);
    dialog->open();
}

void Workbench::switchLoadBalancer()
{
    const ClusterRow *row = m_clusters->selectedRow();
    if (!row)
        return;
    const bool tls = !row->tlsStatus.isEmpty() && row->tlsStatus.compare(QLatin1String("Disabled"), Qt::CaseInsensitive) != 0;
    auto *dialog = new LoadBalancerDialog(m_context->runner(), m_clusters->selectedWorkspace(),
                                          row->name,
                                          rules::loadBalancerTypeFromWire(row->loadBalancer)
                                              .value_or(rules::LoadBalancerType::PublicIp),
                                          tls, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LoadBalancerDialog::operationStarted, this, &Workbench::follow);
    dialog->open();
}

void Workbench::renewTls()
{
    const ClusterRow *row = m_clusters->selectedRow();
    if (!renewTlsState(row).enabled)
        return;
    auto *dialog = new TlsCertificateDialog(m_context->runner(), m_clusters->selectedWorkspace(),
                                            row->name, row->region, m_window);
    dialog->showCurrentSetting(row->tlsStatus, row->rare().tlsLeafLabel, row->rare().tlsCname);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TlsCertificateDialog::operationStarted, this, &Workbench::follow);
    dialog->open();
}

void Workbench::scaleNodes()
{
    const ClusterRow *row = m_clusters->selectedRow();
    if (!scaleState(row).enabled)
        return;
    // The service spells production DenseProd on older computes.
    const rules::ClusterPurpose purpose = rules::clusterPurposeFromWire(row->purpose)
                                              .value_or(row->purpose.compare(QLatin1String("DevTest"), Qt::CaseInsensitive) == 0
                                                            ? rules::ClusterPurpose::DevTest
                                                            : rules::ClusterPurpose::FastProd);
    // The rule needs the size's vCPUs: the region's VM sizes from the session's cache (at once
    // when the clusters table has read them; a failure opens the dialog saying "not checked").
    m_session->vmSizes()->sizes(
        row->subscription, row->region, this,
        [this, workspace = m_clusters->selectedWorkspace(), name = row->name, purpose, vmSize = row->vmSize,
         nodes = *row->nodeCount](const auto &answer) {
            auto *dialog = new ScaleNodesDialog(m_context->runner(), workspace, name, purpose, vmSize, nodes,
                                                answer.catalogue, answer.error, m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &ScaleNodesDialog::operationStarted, this, &Workbench::follow);
            dialog->open();
        });
}

void Workbench::moveToV2()
{
    const ClusterRow *row = m_clusters->selectedRow();
    if (!moveToV2State(row).enabled)
        return;
    const WorkspaceRef ws = m_clusters->selectedWorkspace();
    auto *dialog = new MoveToV2Dialog(m_context->runner(), ws, row->name, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MoveToV2Dialog::operationStarted, this, &Workbench::follow);
    // The move's preflight, read while the dialog is open (owned by it: closing drops the answer).
    auto *check = new MoveToV2Check(m_session, ws, row->name, dialog);
    connect(check, &MoveToV2Check::finished, dialog, [dialog, check] {
        if (check->findings()) {
            dialog->setCarriedOver(check->carriedOver().settings,
                                   check->azureMlExtension() && check->azureMlExtension()->succeeded()
                                       ? check->azureMlExtension()->name
                                       : QString());
            dialog->setPreflight(*check->findings());
        } else {
            dialog->setPreflightError(check->error());
        }
    });
    check->start(row->aksResourceId.toString());
    dialog->open();
}

ClustersView *Workbench::clustersView() const
{
    return m_clusters;
}

OperationsDock *Workbench::operationsDock() const
{
    return m_operations;
}

} // namespace cw::ui
