#include "Workbench.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QToolBar>

#include <nlohmann/json.hpp>

#include "clusters/ClustersTableModel.h"
#include "clusters/ClustersView.h"
#include "dialogs/DetachDialog.h"
#include "dialogs/ReattachDialog.h"
#include "operations/OperationsDock.h"
#include "ops/OperationRunner.h"
#include "session/Session.h"
#include "shell/ApplicationContext.h"
#include "shell/MainWindow.h"
#include "wizard/ComputeWizard.h"
#include "wizard/SessionBackend.h"

namespace cw::ui {
namespace {

ops::WorkspaceRef opsRef(const QString &cloud, const azure::WorkspaceRef &ws)
{
    return {cloud, ws.subscriptionId, ws.resourceGroup, ws.workspace};
}

} // namespace

Workbench::Workbench(MainWindow *window, ApplicationContext *context, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_context(context)
{
    connect(context, &ApplicationContext::sessionReady, this, &Workbench::install);
}

void Workbench::install(session::Session *session)
{
    if (m_clusters)
        return;
    m_session = session;
    m_clusters = new ClustersView(session, m_window);
    m_window->setCentralContent(m_clusters);

    m_operations = new OperationsDock(m_window);
    m_operations->attach(m_context->runner(), m_context->journal());
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_operations);
    m_window->viewMenu()->addAction(m_operations->toggleViewAction());

    QToolBar *bar = m_window->mainToolBar();
    m_new = bar->addAction(tr("New cluster…"), this, &Workbench::newCluster);
    m_new->setObjectName(QStringLiteral("actionNewCluster"));
    bar->addAction(m_clusters->refreshAction());
    bar->addSeparator();
    m_detach = bar->addAction(tr("Detach…"), this, &Workbench::detachSelected);
    m_detach->setObjectName(QStringLiteral("actionDetach"));
    m_reattach = bar->addAction(tr("Re-attach to update…"), this, &Workbench::reattachSelected);
    m_reattach->setObjectName(QStringLiteral("actionReattach"));
    m_switchLb = bar->addAction(tr("Switch load balancer…"), this, &Workbench::switchLoadBalancer);
    m_switchLb->setObjectName(QStringLiteral("actionSwitchLoadBalancer"));
    bar->show();

    connect(m_clusters, &ClustersView::selectionChanged, this, &Workbench::updateActions);
    // A finished operation changes the table: refresh it (keeps the selection).
    connect(m_context->runner(), &ops::OperationRunner::operationFinished, m_clusters, &ClustersView::refresh);
    updateActions();
    m_clusters->start();
}

void Workbench::updateActions()
{
    const bool selected = m_clusters && m_clusters->selectedRow();
    m_detach->setEnabled(selected);
    m_reattach->setEnabled(selected);
    m_switchLb->setEnabled(selected);
}

void Workbench::newCluster()
{
    auto *backend = new SessionBackend(m_session, m_context->runner());
    auto *wizard = new ComputeWizard(backend, m_window);
    backend->setParent(wizard);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

void Workbench::detachSelected()
{
    const ClusterRow *row = m_clusters->selectedRow();
    if (!row)
        return;
    auto *dialog = new DetachDialog(m_session->connection(), opsRef(m_context->runner()->cloudName(),
                                                                    m_clusters->selectedWorkspace()),
                                    row->name, row->tlsStatus == QLatin1String("Enabled"), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DetachDialog::detachConfirmed, this, [this](const ops::WorkspaceRef &ws, const QString &name) {
        m_operations->showOperation(m_context->runner()->startDetach(ws, name));
        m_operations->show();
    });
    dialog->open();
}

void Workbench::reattachSelected()
{
    const ClusterRow *row = m_clusters->selectedRow();
    if (!row)
        return;
    auto *dialog = new ReattachDialog(m_context->runner(), opsRef(m_context->runner()->cloudName(),
                                                                  m_clusters->selectedWorkspace()),
                                      row->name, row->tlsStatus == QLatin1String("Enabled"), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReattachDialog::operationStarted, m_operations, &OperationsDock::showOperation);
    dialog->open();
}

void Workbench::switchLoadBalancer()
{
    const ClusterRow *row = m_clusters->selectedRow();
    if (!row)
        return;
    const ops::WorkspaceRef ws = opsRef(m_context->runner()->cloudName(), m_clusters->selectedWorkspace());
    const QString name = row->name;
    if (row->loadBalancer == QLatin1String("InternalLoadBalancer")) {
        const nlohmann::json patch = {{"properties", {{"properties", {{"loadBalancerType", "PublicIp"},
                                                                      {"loadBalancerSubnet", nullptr}}}}}};
        m_operations->showOperation(m_context->runner()->startUpdate(
            ws, name, patch, tr("Switch '%1' to a public IP load balancer").arg(name)));
        return;
    }
    auto *ask = new QInputDialog(m_window);
    ask->setWindowTitle(tr("Switch '%1' to an internal load balancer").arg(name));
    ask->setLabelText(tr("Subnet of the cluster's virtual network for the internal load balancer:"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QInputDialog::textValueSelected, this, [this, ws, name](const QString &subnet) {
        if (subnet.trimmed().isEmpty())
            return;
        const nlohmann::json patch = {{"properties", {{"properties", {{"loadBalancerType", "InternalLoadBalancer"},
                                                                      {"loadBalancerSubnet", subnet.trimmed().toStdString()}}}}}};
        m_operations->showOperation(m_context->runner()->startUpdate(
            ws, name, patch, tr("Switch '%1' to an internal load balancer").arg(name)));
    });
    ask->open();
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
