#pragma once
#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>

#include "azure/ComputeService.h"
#include "azure/ManagedClusterService.h"
#include "clusters/ClusterRow.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;
class QThreadPool;
class QTimer;

namespace cw::session {
class Session;
struct RememberedWorkspaces;
} // namespace cw::session

namespace cw::ui {

class BusySpinner;
class ClusterFactsLoader;
class ClustersTableModel;
class RowsRefresh;

// The admins' view: a workspace picker (one or every workspace of every subscription), the
// clusters table with sorting and a filter box, and the details of the selected compute.
// Refreshes manually and periodically without losing the selection or the scroll position.
class ClustersView : public QWidget
{
    Q_OBJECT
public:
    explicit ClustersView(session::Session *session, QWidget *parent = nullptr);
    ~ClustersView() override;

    // Lists subscriptions and their workspaces into the picker, then loads the computes. The
    // workspaces shown in the last run on this cloud (remembered in the settings) are loaded at
    // once, and the list is made once their rows are in; a remembered workspace no longer listed
    // falls back to the default choice with a note (workspaceNotice).
    void start();
    // Shows these workspaces only (tests, command line); no discovery.
    void setWorkspaces(const QList<WorkspaceRef> &workspaces);
    // Runs `work` once: when a refresh next ends (refreshed or refreshFailed), or after
    // `latestMs` if none has by then; never once this view is gone.
    void whenRefreshEnds(int latestMs, std::function<void()> work);

    ClustersTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterBox() const { return m_filter; }
    QAction *refreshAction() const { return m_refresh; }
    QTextBrowser *detailsBrowser() const { return m_details; }
    // "Move to v2…" under the details of a v1 compute (hidden for a v2 one).
    QPushButton *moveToV2Button() const { return m_moveToV2; }
    // True while the selected compute's live facts (AKS cluster, certificate) are loading.
    bool detailsLoading() const;

    // The selected compute (empty name when none).
    WorkspaceRef selectedWorkspace() const;
    QString selectedComputeName() const;
    const ClusterRow *selectedRow() const;

    void setRefreshIntervalMs(int ms);

public Q_SLOTS:
    // Starts over (cancels a refresh in flight): the person asked for it.
    void refresh();
    // Refreshes once the one in flight (if any) has ended, without cancelling it: for finished
    // operations and the periodic timer, which can come faster than a large list loads.
    void requestRefresh();

Q_SIGNALS:
    void refreshed(int rows);
    // start()'s listing of the subscriptions' workspaces ended and the picker shows them.
    void workspacesListed();
    void refreshFailed(const QString &reason);
    void selectionChanged();
    // The selected compute's live facts all arrived (or failed); the panel shows them.
    void detailsLoaded();

private:
    void fitColumns();
    // The vCPU column: the shown regions' VM sizes asked of the session's cache (the rows are
    // updated from it by m_rows when an answer arrives).
    void loadVmSizes();
    bool m_columnsFitted = false;
    void onWorkspaceChosen();
    // The picker's entries for m_workspaces ("All workspaces" first when there are several).
    void fillPicker();
    // Lists the subscriptions and their workspaces, then showListedWorkspaces().
    void listWorkspaces(const session::RememberedWorkspaces &remembered);
    // How long start() lets the remembered workspaces' first refresh go before it lists the
    // subscriptions anyway (a 5,000-compute list, or a slow cloud, takes longer).
    static constexpr int kLatestListingMs = 1000;
    // The listing ended: the picker shows `found`, keeping the remembered choice when it is there
    // (or when the listing is not `complete`: a subscription's workspaces could not be listed).
    void showListedWorkspaces(QList<WorkspaceRef> found, const session::RememberedWorkspaces &remembered,
                              bool complete);
    // Saves the workspaces chosen for the next start (when they changed, off the GUI thread).
    void rememberChoice();
    // A computes page arrived (GUI thread): handed to m_rows, which has a worker parse it.
    std::optional<qint64> readPage(std::string_view values, const QString &label, int generation);
    void onListFinished(azure::ArmStreamJob *job, const QString &label, int generation);
    // A managedClusters page arrived: its versions are read by a worker, like readPage().
    std::optional<qint64> readVersionsPage(std::string_view values, int generation);
    void onClustersListed(int generation);
    // A list ended: when it was the last, m_rows diffs and applies the refresh's rows.
    void listEnded();
    // Stops the refresh in flight (its jobs, parses, diff and the rest of its application).
    void cancelRefresh();
    // Every row of the refresh is in the table (m_rows applied them).
    void endRefresh(qsizetype rows);
    // No list gave a row and one failed: the rows shown are kept.
    void failRefresh();
    void showDetails();
    // Starts loading the live facts of `row` (dropping those of any other compute).
    void loadFacts(const ClusterRow &row);
    void renderDetails();
    void exportKubeconfig();
    void copyResourceId();
    QList<WorkspaceRef> chosenWorkspaces() const;
    static QString labelOf(const WorkspaceRef &ws);

    session::Session *m_session;
    QList<WorkspaceRef> m_workspaces;
    ClustersTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_picker;
    QLineEdit *m_filter;
    QTableView *m_table;
    QTextBrowser *m_details;
    QLabel *m_status;
    QLabel *m_notice;
    QThreadPool *m_settingsWriter; // rememberChoice()'s writes, one at a time
    // Act on the selected compute: disabled while nothing is selected.
    QPushButton *m_copyId;
    QPushButton *m_exportKube;
    QPushButton *m_moveToV2;
    BusySpinner *m_spinner;
    QLabel *m_loadingLabel;
    // The live facts of the compute shown (row id): one loader, replaced on selection change.
    ClusterFactsLoader *m_loader = nullptr;
    QString m_loaderRowId;
    QAction *m_refresh;
    QTimer *m_timer;
    // One refresh at a time: answers of an older generation are dropped.
    int m_generation = 0;
    // Lists (jobs) still running: when it reaches 0, m_rows takes over.
    int m_pending = 0;
    bool m_refreshAgain = false;
    // The refresh's rows, from the pages' texts to the table.
    RowsRefresh *m_rows;
    QStringList m_errors;
    QList<QPointer<azure::ServiceJob>> m_jobs;
};

} // namespace cw::ui
