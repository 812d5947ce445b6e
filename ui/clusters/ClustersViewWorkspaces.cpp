// The clusters view's workspace picker (ClustersView.cpp builds the view and shows the rows):
// which workspaces are listed, which one is chosen, and remembering the choice per cloud so the
// next start asks for its computes at once, beside the subscription and workspace lists.
#include "clusters/ClustersView.h"

#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <memory>
#include <utility>

#include "azure/AccountServices.h"
#include "clusters/ClustersTableModel.h"
#include "session/RememberedWorkspaces.h"
#include "session/Session.h"

namespace cw::ui {

QString ClustersView::labelOf(const WorkspaceRef &ws)
{
    return QStringLiteral("%1 (%2)").arg(ws.workspace, ws.resourceGroup);
}

void ClustersView::start()
{
    // The workspaces shown last time on this cloud: their computes are asked for at once; the
    // subscriptions and their workspaces are listed after, and the picker fills in then.
    const session::RememberedWorkspaces remembered =
        session::RememberedWorkspaces::load(QSettings(), m_session->environment().name);
    if (remembered.isEmpty()) {
        m_status->setText(tr("Looking for workspaces…"));
        listWorkspaces(remembered);
        return;
    }
    setWorkspaces(remembered.workspaces);
    // The picker's lists wait until these rows are in (or failed), kLatestListingMs at most. On
    // the embedded sandbox the rows' answers are fetched ahead by a session of another thread
    // (session/ListingsAhead), so the subscription list was this session's first request: its
    // token and TLS handshake (Qt's network thread waits on the GUI thread at each) fell between
    // those answers and their rows. Waiting: clusters shown 5.2 ms sooner (median of 16 paired
    // starts, sooner in 13).
    whenRefreshEnds(kLatestListingMs, [this, remembered] { listWorkspaces(remembered); });
}

void ClustersView::whenRefreshEnds(int latestMs, std::function<void()> work)
{
    const auto once = std::make_shared<std::function<void()>>(std::move(work));
    const auto run = [once] {
        if (*once)
            std::exchange(*once, {})();
    };
    connect(this, &ClustersView::refreshed, this, run, Qt::SingleShotConnection);
    connect(this, &ClustersView::refreshFailed, this, run, Qt::SingleShotConnection);
    QTimer::singleShot(latestMs, this, run);
}

void ClustersView::listWorkspaces(const session::RememberedWorkspaces &remembered)
{
    auto *subs = m_session->subscriptions().list();
    connect(subs, &azure::ServiceJob::finished, this, [this, subs, remembered] {
        const auto &result = subs->result();
        if (!result.ok()) {
            // The remembered workspaces' rows (if any) stay; the picker cannot offer others.
            m_status->setText(tr("Cannot list subscriptions: %1")
                                  .arg(result.error ? result.error->humanMessage() : QString()));
            return;
        }
        auto remaining = std::make_shared<int>(int(result.value->size()));
        auto found = std::make_shared<QList<WorkspaceRef>>();
        auto complete = std::make_shared<bool>(true);
        for (const auto &sub : *result.value) {
            auto *wsJob = m_session->workspaces().list(sub.subscriptionId);
            connect(wsJob, &azure::ServiceJob::finished, this, [this, wsJob, remaining, found, complete, remembered] {
                if (wsJob->result().ok())
                    for (const auto &ws : *wsJob->result().value)
                        found->append({.cloud = m_session->environment().name, .subscriptionId = ws.subscriptionId,
                                       .resourceGroup = ws.resourceGroup, .workspace = ws.name});
                else
                    *complete = false;
                if (--*remaining == 0)
                    showListedWorkspaces(*found, remembered, *complete);
            });
        }
        if (*remaining == 0)
            showListedWorkspaces({}, remembered, true);
    });
}

void ClustersView::showListedWorkspaces(QList<WorkspaceRef> found, const session::RememberedWorkspaces &remembered,
                                        bool complete)
{
    // A subscription whose workspaces could not be listed (a transient failure) says nothing
    // about the remembered ones: they stay offered and shown rather than being called gone.
    if (!complete)
        for (const WorkspaceRef &ws : remembered.workspaces)
            if (std::none_of(found.cbegin(), found.cend(), [&ws](const WorkspaceRef &f) { return f.key() == ws.key(); }))
                found.append(ws);
    const session::WorkspacePick pick = session::pickAfterListing(remembered, found);
    if (pick.rememberedGone)
        m_notice->setText(tr("The workspace shown last time, %1, is not among the workspaces listed now "
                             "(deleted, or no longer accessible with this sign-in).")
                              .arg(labelOf(remembered.workspaces.first())));
    m_notice->setVisible(pick.rememberedGone);
    if (pick.keepsRows) {
        // The rows shown are this choice's already: only the picker fills in.
        m_workspaces = found;
        const QSignalBlocker block(m_picker);
        fillPicker();
        m_picker->setCurrentIndex(qMax(0, m_picker->findData(pick.index)));
    } else {
        setWorkspaces(found); // the default choice, refreshed
    }
    rememberChoice();
    Q_EMIT workspacesListed();
}

void ClustersView::rememberChoice()
{
    const QList<WorkspaceRef> chosen = chosenWorkspaces();
    if (chosen.isEmpty())
        return;
    const session::RememberedWorkspaces now{.workspaces = chosen, .all = m_picker->currentData().toInt() < 0};
    // On a worker: a settings write syncs the file to disk (3-10 ms, more on a busy disk), which
    // the GUI thread must not wait for while the rows load. QSettings objects of other threads on
    // the same file are safe (Qt serialises them).
    (void)QtConcurrent::run(m_settingsWriter, [now, cloud = m_session->environment().name] {
        QSettings settings;
        if (!now.isSavedIn(settings, cloud))
            now.save(settings, cloud);
    });
}

void ClustersView::setWorkspaces(const QList<WorkspaceRef> &workspaces)
{
    m_workspaces = workspaces;
    const QSignalBlocker block(m_picker);
    fillPicker();
    if (workspaces.isEmpty())
        m_status->setText(tr("No Azure Machine Learning workspace found."));
    onWorkspaceChosen();
}

void ClustersView::fillPicker()
{
    m_picker->clear();
    if (m_workspaces.size() > 1)
        m_picker->addItem(tr("All workspaces (%1)").arg(m_workspaces.size()), -1);
    for (int i = 0; i < m_workspaces.size(); ++i)
        m_picker->addItem(labelOf(m_workspaces.at(i)), i);
}

QList<WorkspaceRef> ClustersView::chosenWorkspaces() const
{
    const int index = m_picker->currentData().toInt();
    if (index < 0 || index >= m_workspaces.size())
        return m_workspaces;
    return {m_workspaces.at(index)};
}

void ClustersView::onWorkspaceChosen()
{
    cancelRefresh(); // its rows must not be applied to the emptied table
    m_model->setRows({}); // another workspace: nothing of the previous one may stay selected
    refresh();
}

} // namespace cw::ui
