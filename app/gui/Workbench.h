#pragma once
#include <QObject>
#include <QPointer>

class QAction;

namespace cw::session {
class Session;
}

namespace cw::ui {

class ApplicationContext;
class ClustersView;
class ComputeActivity;
class ConnectionController;
class MainWindow;
class OperationsDock;

// Puts the feature views into the main window once a session is ready (again after a switch
// between the sandbox and Azure, with a new clusters view): the clusters view as
// central content, the operations dock, and the toolbar actions (New cluster…, Refresh,
// Detach…, Re-attach to update…, Switch load balancer…, Renew/replace TLS certificate…, Scale
// node count…) wired to the dialogs and the runner; the same actions on the table's context menu.
class Workbench : public QObject
{
    Q_OBJECT
public:
    Workbench(MainWindow *window, ApplicationContext *context, QObject *parent = nullptr);

    // Lets the wizard's environment picker switch clouds (File → Connect to Azure… otherwise).
    void setConnectionController(ConnectionController *connection) { m_connection = connection; }

    ClustersView *clustersView() const;
    OperationsDock *operationsDock() const;

    // Adds `clusters` to the window's central content and shows it once its first rows are in
    // (or its refresh failed; `latestMs` at most); until then the window shows what it showed.
    static void showWhenRowsAreIn(MainWindow *window, ClustersView *clusters, int latestMs);

private:
    void install(session::Session *session);
    // How long a first clusters view waits for its rows before it replaces the start page anyway.
    static constexpr int kRevealLatestMs = 150;
    void createOperationsDockAndActions();
    void updateActions();
    void newCluster();
    void detachSelected();
    void deleteSelected();
    void reattachSelected();
    void switchLoadBalancer();
    void renewTls();
    void scaleNodes();
    // Move a v1 AKS compute to Azure ML v2 (issue 15): the dialog with the move's preflight.
    void moveToV2();
    // Shows the operation a dialog started in the operations dock.
    void follow(const QString &operationId);

    MainWindow *m_window;
    ApplicationContext *m_context;
    session::Session *m_session = nullptr;
    ConnectionController *m_connection = nullptr;
    QPointer<ClustersView> m_clusters;
    QPointer<OperationsDock> m_operations;
    QAction *m_new = nullptr;
    QAction *m_afterRefresh = nullptr; // the separator the current view's Refresh goes before
    QAction *m_afterRefreshInMenu = nullptr; // the same place in the Cluster menu
    QAction *m_detach = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_reattach = nullptr;
    QAction *m_switchLb = nullptr;
    QAction *m_renewTls = nullptr;
    QAction *m_scale = nullptr;
    QAction *m_moveToV2 = nullptr;
    // The operations running on computes: their change actions wait (issue 16 item 4).
    ComputeActivity *m_activity = nullptr;
};

} // namespace cw::ui
