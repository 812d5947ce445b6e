// A refresh's rows from the list pages' texts to the table (RowsRefresh): applied a slice per
// event-loop pass, with a timer's turn between every two slices and before the end of the
// refresh; the table ends with exactly the refreshed rows, sorted, the selection kept; a failed
// refresh without rows keeps the table; vCPU updates wait for the rows being applied; its work
// stays off Qt's global thread pool.
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <QItemSelectionModel>
#include <QSemaphore>
#include <QThreadPool>

#include "azure/VmSizeCache.h"
#include "clusters/ClustersProxyModel.h"
#include "clusters/ClustersTableModel.h"
#include "clusters/RowsRefresh.h"
#include "common/BackgroundPool.h"
#include "support/PoolHold.h"

#include <nlohmann/json.hpp>

using namespace cw;
using namespace cw::ui;

namespace {

nlohmann::json compute(int i, const char *state = "Succeeded")
{
    char name[32];
    std::snprintf(name, sizeof name, "aks-%05d", i);
    return {{"id", std::string("/subscriptions/s1/resourceGroups/rg/providers/Microsoft.MachineLearningServices/"
                               "workspaces/ws/computes/") + name},
            {"name", name},
            {"location", i % 2 ? "westeurope" : "eastus"},
            {"properties",
             {{"computeType", "AKS"},
              {"provisioningState", state},
              {"properties", {{"agentCount", 1 + i % 3}, {"agentVmSize", "Standard_D3_v2"}}}}}};
}

// The `value` array of a computes page with computes [from, to); every tenth in `state`.
std::string page(int from, int to, const char *state = "Succeeded")
{
    nlohmann::json values = nlohmann::json::array();
    for (int i = from; i < to; ++i)
        values.push_back(compute(i, i % 10 == 0 ? state : "Succeeded"));
    return values.dump();
}

} // namespace

class TestRowsRefresh : public QObject
{
    Q_OBJECT

private:
    // Applies the pages as one refresh while a zero-interval timer counts its turns: returns the
    // count at each slice and, last, at applied().
    static QList<int> refreshCountingTimerTurns(RowsRefresh &refresh, const QList<std::string> &pages)
    {
        int turns = 0;
        QTimer timer;
        timer.setInterval(0);
        QObject::connect(&timer, &QTimer::timeout, &timer, [&turns] { ++turns; });
        QList<int> at;
        QObject::connect(&refresh, &RowsRefresh::sliceApplied, &timer, [&] { at.append(turns); });
        QSignalSpy applied(&refresh, &RowsRefresh::applied);
        QObject::connect(&refresh, &RowsRefresh::applied, &timer, [&] { at.append(turns); });
        timer.start();
        refresh.cancel();
        for (const std::string &text : pages)
            refresh.addPage(text, QStringLiteral("ws"));
        refresh.listsEnded(false);
        if (!applied.wait(60000))
            return {};
        return at;
    }

private Q_SLOTS:
    // A first load of 6,000 rows, then a refresh changing every tenth row's state, dropping 200
    // rows and adding 500, in
    // slices of 0.2 ms: each slice is a pass of the event loop of its own (a due timer runs
    // between any two), the end of the refresh one more; the table is sorted and keeps the
    // selected compute; no reset.
    void eachSliceIsAnEventLoopPassOfItsOwn()
    {
        ClustersTableModel model;
        ClustersProxyModel proxy;
        setUpClustersProxy(proxy, model);
        proxy.sort(ClustersTableModel::Name);
        azure::VmSizeCache sizes(nullptr);
        RowsRefresh refresh(&model, &sizes);
        refresh.setSliceNs(200'000);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        const QList<int> first = refreshCountingTimerTurns(refresh, {page(0, 2000), page(2000, 4000), page(4000, 6000)});
        QCOMPARE(model.rowCount(), 6000);
        qInfo("first load: %d slices", int(first.size()) - 1);
        QVERIFY2(first.size() > 2, qPrintable(QString::number(first.size())));
        for (qsizetype i = 1; i < first.size(); ++i)
            QVERIFY2(first.at(i) > first.at(i - 1), qPrintable(QStringLiteral("no timer turn before step %1 of %2")
                                                                   .arg(i).arg(first.size())));

        QItemSelectionModel selection(&proxy);
        const QModelIndex target = proxy.index(3000, ClustersTableModel::Name);
        const QString selectedName = target.data().toString();
        selection.select(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

        const QList<int> second =
            refreshCountingTimerTurns(refresh, {page(0, 100, "Updating"), page(300, 6000, "Updating"), page(6000, 6500)});
        qInfo("refresh: %d slices", int(second.size()) - 1);
        QVERIFY2(second.size() > 2, qPrintable(QString::number(second.size())));
        for (qsizetype i = 1; i < second.size(); ++i)
            QVERIFY2(second.at(i) > second.at(i - 1), qPrintable(QStringLiteral("no timer turn before step %1 of %2")
                                                                     .arg(i).arg(second.size())));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.rowCount(), 6500 - 200);
        QCOMPARE(proxy.rowCount(), model.rowCount());
        for (int r = 1; r < proxy.rowCount(); ++r)
            QVERIFY(proxy.index(r - 1, ClustersTableModel::Name).data().toString()
                    < proxy.index(r, ClustersTableModel::Name).data().toString());
        for (const ClusterRow &row : model.rows()) {
            const int i = row.name.mid(4).toInt();
            QVERIFY2(i < 100 || i >= 300, qPrintable(row.name));
            QCOMPARE(row.state, QLatin1String(i % 10 == 0 && i < 6000 ? "Updating" : "Succeeded"));
        }
        const QModelIndexList selected = selection.selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data().toString(), selectedName);
    }

    // A refresh whose lists failed and gave no row keeps the rows shown.
    void noRowsKeepsTheTable()
    {
        ClustersTableModel model;
        azure::VmSizeCache sizes(nullptr);
        RowsRefresh refresh(&model, &sizes);
        refresh.addPage(page(0, 50), QStringLiteral("ws"));
        QSignalSpy applied(&refresh, &RowsRefresh::applied);
        refresh.listsEnded(false);
        QVERIFY(applied.wait(20000));
        QCOMPARE(model.rowCount(), 50);

        QSignalSpy noRows(&refresh, &RowsRefresh::noRows);
        refresh.cancel();
        refresh.addPage("[]", QStringLiteral("ws"));
        refresh.listsEnded(/*keepShownIfNoRows=*/true);
        QVERIFY(noRows.wait(20000));
        QVERIFY(!refresh.applying());
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(applied.count(), 1);
    }

    // The parses and the diff run on the application's own pool (common/BackgroundPool), never on
    // Qt's global pool: QtGui runs pieces of large raster fills and image conversions there while
    // the GUI thread waits inside a paint, so a parse queued there delayed repaints. With every
    // thread of the global pool held, a refresh still ends; and while the refresh's own workers
    // are held, the global pool still runs a task at once.
    void refreshesLeaveQtsGlobalPoolFree()
    {
        ClustersTableModel model;
        azure::VmSizeCache sizes(nullptr);
        RowsRefresh refresh(&model, &sizes);
        QSignalSpy applied(&refresh, &RowsRefresh::applied);

        {
            test::PoolHold hold(QThreadPool::globalInstance(), 60000);
            QVERIFY(hold.holding());
            refresh.addPage(page(0, 300), QStringLiteral("ws"));
            refresh.listsEnded(false);
            const bool ended = applied.wait(20000);
            hold.release();
            QVERIFY(ended);
            QCOMPARE(model.rowCount(), 300);
        }
        {
            QThreadPool *ours = cw::backgroundPool();
            QVERIFY(ours != QThreadPool::globalInstance());
            test::PoolHold hold(ours, 60000);
            QVERIFY(hold.holding());
            refresh.cancel();
            refresh.addPage(page(0, 400), QStringLiteral("ws")); // its parse waits for our pool
            QSemaphore ran;
            QThreadPool::globalInstance()->start([&ran] { ran.release(); });
            const bool globalRan = ran.tryAcquire(1, 20000);
            hold.release();
            QVERIFY(globalRan);
            refresh.listsEnded(false);
            QVERIFY(applied.wait(20000));
            QCOMPARE(model.rowCount(), 400);
        }
    }
};

QTEST_MAIN(TestRowsRefresh)
#include "tst_rowsrefresh.moc"
