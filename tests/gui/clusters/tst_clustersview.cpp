// The clusters view against the sandbox: a workspace with 5,000 computes loads, sorts and
// filters; a refresh keeps the selection and the scroll position; a changed compute shows its
// new state without a reset.
#include <QSignalSpy>
#include <QTest>
#include <QJsonObject>

#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLineEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QThreadPool>

#include "auth/CloudEnvironment.h"
#include "auth/SandboxCredential.h"
#include "common/BackgroundPool.h"
#include "clusters/ClustersTableModel.h"
#include "clusters/ClustersView.h"
#include "azure/ComputeService.h"
#include "session/Session.h"
#include "support/PoolHold.h"
#include "support/SandboxProcess.h"
#include "support/SandboxSession.h"

using namespace cw;

class TestClustersView : public QObject
{
    Q_OBJECT

    test::SandboxProcess m_sandbox;
    std::unique_ptr<session::Session> m_session;

    // The sandbox's second workspace (second subscription), filled with 2,500 computes.
    static WorkspaceRef pagedWorkspace()
    {
        return {.subscriptionId = QStringLiteral("00000000-0000-4000-8000-000000000002"),
                .resourceGroup = QStringLiteral("rg-other"), .workspace = QStringLiteral("ws-other")};
    }
    WorkspaceRef demoWorkspace() const
    {
        return {.subscriptionId = m_sandbox.endpoint().subscriptionId, .resourceGroup = QStringLiteral("rg-ml"),
                .workspace = QStringLiteral("ws-demo")};
    }

    // The ids of the workspace's AKS computes in the order the service pages them, read with the
    // typed list (the document path the view no longer takes).
    QStringList listedIds(const WorkspaceRef &ws)
    {
        azure::ComputeListJob *job = m_session->computes(ws).list();
        QSignalSpy done(job, &azure::ServiceJob::finished);
        if (!done.wait(60000) || !job->result().ok())
            return {};
        QStringList ids;
        for (const azure::ComputeResource &compute : *job->result().value)
            if (compute.isAks())
                ids.append(compute.id);
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        m_session = test::sandboxSession(m_sandbox);
        m_sandbox.control("POST", QStringLiteral("/_sandbox/computes/bulk"),
                          QJsonDocument(QJsonObject{{QStringLiteral("subscription"), m_sandbox.endpoint().subscriptionId},
                                                    {QStringLiteral("resourceGroup"), QStringLiteral("rg-ml")},
                                                    {QStringLiteral("workspace"), QStringLiteral("ws-demo")},
                                                    {QStringLiteral("count"), 5000}}));
        m_sandbox.control("POST", QStringLiteral("/_sandbox/computes/bulk"),
                          QJsonDocument(QJsonObject{{QStringLiteral("subscription"), pagedWorkspace().subscriptionId},
                                                    {QStringLiteral("resourceGroup"), pagedWorkspace().resourceGroup},
                                                    {QStringLiteral("workspace"), pagedWorkspace().workspace},
                                                    {QStringLiteral("count"), 2500}}));
    }

    // The pages are parsed into rows on worker threads: the table still gets every row, in the
    // order of the pages (25 of them here) and of the items within each page.
    void listsEveryRowInPageOrder()
    {
        const QStringList expected = listedIds(pagedWorkspace());
        QVERIFY(expected.size() >= 2500);
        ui::ClustersView view(m_session.get());
        view.setRefreshIntervalMs(0);
        QSignalSpy refreshed(&view, &ui::ClustersView::refreshed);
        view.setWorkspaces({pagedWorkspace()});
        QVERIFY(refreshed.wait(120000));
        QCOMPARE(refreshed.first().first().toInt(), expected.size());
        QStringList shown;
        for (const ui::ClusterRow &row : view.model()->rows()) {
            shown.append(row.id.toString());
            QCOMPARE(row.workspace, QStringLiteral("ws-other"));
        }
        QCOMPARE(shown, expected);
    }

    // 5,000 rows reach the table in several batches (each a bounded piece of GUI-thread work),
    // and refreshed() (the app's "the clusters table shows N computes") comes once all are in.
    void aLargeListIsInsertedInBatchesAndAnnouncedWhenWhole()
    {
        ui::ClustersView view(m_session.get());
        view.resize(1200, 700);
        view.show();
        view.setRefreshIntervalMs(0);
        QSignalSpy inserted(view.model(), &QAbstractItemModel::rowsInserted);
        int rowsWhenAnnounced = -1;
        connect(&view, &ui::ClustersView::refreshed, this,
                [&view, &rowsWhenAnnounced] { rowsWhenAnnounced = view.table()->model()->rowCount(); });
        QSignalSpy refreshed(&view, &ui::ClustersView::refreshed);
        view.setWorkspaces({demoWorkspace()});
        QVERIFY(refreshed.wait(120000));
        const int rows = refreshed.first().first().toInt();
        QVERIFY(rows >= 5000);
        QCOMPARE(rowsWhenAnnounced, rows);
        QCOMPARE(view.model()->rowCount(), rows);
        qInfo("%d rows inserted in %lld batches", rows, qlonglong(inserted.count()));
        QVERIFY(inserted.count() > 1);

        // A repaint of the whole view (table, scroll bars, details, labels) does its fills on the
        // GUI thread: none waits for Qt's global thread pool (widgets/FlatChrome). Measured on
        // a repaint after the first: the first fills Qt's caches, and under load it was seen (in a
        // backtrace) handing a fill of Fusion's header to that pool; later repaints do not.
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.repaint();
        test::PoolHold hold(QThreadPool::globalInstance(), 3000);
        QVERIFY(hold.holding());
        QElapsedTimer repaint;
        repaint.start();
        view.repaint();
        QVERIFY2(repaint.elapsed() < 1000, qPrintable(QStringLiteral("%1 ms").arg(repaint.elapsed())));
    }

    // A refresh started while the pages of another are still arriving and being parsed: only
    // the newer refresh's rows are shown (the older one's label would give it away), each once.
    void aRefreshDuringParsingDoesNotMixRows()
    {
        const QStringList expected = listedIds(pagedWorkspace());
        QVERIFY(expected.size() >= 2500);
        ui::ClustersView view(m_session.get());
        view.setRefreshIntervalMs(0);
        QSignalSpy refreshed(&view, &ui::ClustersView::refreshed);
        QSignalSpy failed(&view, &ui::ClustersView::refreshFailed);
        const auto pagesServed = [this] {
            int n = 0;
            for (const QJsonValue &v : m_sandbox.requests()) {
                const QJsonObject o = v.toObject();
                n += o.value(QStringLiteral("path")).toString().endsWith(QLatin1String("/workspaces/ws-other/computes"));
            }
            return n;
        };
        const int before = pagesServed();
        // Every worker of the pool the parses run on is held: the pages read meanwhile wait to be
        // parsed, so the second refresh starts with the first one's parses not done.
        test::PoolHold hold(cw::backgroundPool(), 120000);
        QVERIFY(hold.holding());
        // Two workspaces: rows labelled "ws-other (rg-other)".
        view.setWorkspaces({pagedWorkspace(), demoWorkspace()});
        // A few pages read (and handed to the held workers): one workspace now, label "ws-other".
        QTRY_VERIFY_WITH_TIMEOUT(pagesServed() >= before + 3, 60000);
        QCOMPARE(refreshed.count(), 0);
        view.setWorkspaces({pagedWorkspace()});
        hold.release();
        QVERIFY(refreshed.wait(120000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(refreshed.count(), 1);
        QStringList shown;
        for (const ui::ClusterRow &row : view.model()->rows()) {
            shown.append(row.id.toString());
            QCOMPARE(row.workspace, QStringLiteral("ws-other"));
        }
        QCOMPARE(shown, expected);
        // Nothing of the first refresh arrives late: the next refresh ends once, with the same rows.
        view.refresh();
        QVERIFY(refreshed.wait(120000));
        QCOMPARE(refreshed.count(), 2);
        QCOMPARE(view.model()->rowCount(), expected.size());
        QCOMPARE(view.model()->rows().constLast().id.toString(), expected.constLast());
    }

    void inspectsAWorkspaceWithFiveThousandComputes()
    {
        ui::ClustersView view(m_session.get());
        view.resize(1200, 700);
        view.show();
        view.setRefreshIntervalMs(0);
        QSignalSpy refreshed(&view, &ui::ClustersView::refreshed);
        QElapsedTimer timer;
        timer.start();
        view.setWorkspaces({{.subscriptionId = m_sandbox.endpoint().subscriptionId,
                             .resourceGroup = QStringLiteral("rg-ml"), .workspace = QStringLiteral("ws-demo")}});
        QVERIFY(refreshed.wait(120000));
        qInfo("5,000+ computes listed and shown in %lld ms", timer.elapsed());
        QVERIFY(view.model()->rowCount() >= 5000);

        // Select a row far down, scroll to it, refresh: the same compute stays selected and shown.
        QTableView *table = view.table();
        const QModelIndex target = table->model()->index(4000, ui::ClustersTableModel::Name);
        const QString name = target.data().toString();
        table->selectionModel()->select(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        table->scrollTo(target, QAbstractItemView::PositionAtCenter);
        const int scroll = table->verticalScrollBar()->value();
        QCOMPARE(view.selectedComputeName(), name);

        QSignalSpy resets(view.model(), &QAbstractItemModel::modelReset);
        view.refresh();
        QVERIFY(refreshed.wait(120000));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(view.selectedComputeName(), name);
        QCOMPARE(table->verticalScrollBar()->value(), scroll);
        QCOMPARE(view.selectedWorkspace().workspace, QStringLiteral("ws-demo"));

        view.filterBox()->setText(QStringLiteral("tls-prod"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, ui::ClustersTableModel::Tls).data().toString(), QStringLiteral("Enabled"));
        // The version comes from the subscription's AKS cluster list (the compute has none).
        QCOMPARE(table->model()->index(0, ui::ClustersTableModel::Kubernetes).data().toString(), QStringLiteral("1.24.9"));
    }

    // Finished operations ask for refreshes faster than 5,000 computes load: a request made while
    // one is in flight does not cancel it; exactly one more refresh follows.
    void refreshRequestsDuringARefreshAreCoalesced()
    {
        ui::ClustersView view(m_session.get());
        view.setRefreshIntervalMs(0);
        QSignalSpy refreshed(&view, &ui::ClustersView::refreshed);
        view.setWorkspaces({{.subscriptionId = m_sandbox.endpoint().subscriptionId,
                             .resourceGroup = QStringLiteral("rg-ml"), .workspace = QStringLiteral("ws-demo")}});
        QVERIFY(refreshed.wait(120000));
        // First pages of the computes list: one per refresh started (later pages carry $skip).
        const auto listsStarted = [this] {
            int n = 0;
            for (const QJsonValue &v : m_sandbox.requests()) {
                const QJsonObject o = v.toObject();
                n += o.value(QStringLiteral("method")).toString() == QLatin1String("GET")
                     && o.value(QStringLiteral("path")).toString().endsWith(QLatin1String("/workspaces/ws-demo/computes"))
                     && !o.value(QStringLiteral("query")).toString().contains(QLatin1String("skip"));
            }
            return n;
        };
        const int before = listsStarted();
        QSignalSpy failed(&view, &ui::ClustersView::refreshFailed);
        view.requestRefresh(); // starts one
        view.requestRefresh(); // in flight: remembered, not cancelling it
        view.requestRefresh(); // still one more, not two
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 3, 120000);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(listsStarted(), before + 2); // the first ran to its end; exactly one followed
    }
};

QTEST_MAIN(TestClustersView)
#include "tst_clustersview.moc"
