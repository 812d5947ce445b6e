// The operations view: records from the journal and the runner shown newest first, updated in
// place, filtered by text and workspace, their steps listed, and the shown history exported as
// JSON; the re-attach dialog shows its planned steps before it runs; a repaint of the dock never
// waits for Qt's thread pool (its table and steps list have the flat chrome, widgets/FlatChrome).
#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>

#include "dialogs/ReattachDialog.h"
#include "operations/OperationsDock.h"
#include "operations/OperationsModel.h"
#include "ops/Journal.h"
#include "ops/OperationPlan.h"
#include "support/PoolHold.h"

using namespace cw;

namespace {

ops::OperationRecord record(const QString &workspace, const QString &compute, ops::OperationState state)
{
    ops::OperationRecord r = ops::planDetach({.cloud = QStringLiteral("Sandbox"), .subscriptionId = QStringLiteral("sub"),
                                              .resourceGroup = QStringLiteral("rg"), .workspace = workspace},
                                             compute, false);
    r.state = state;
    if (state == ops::OperationState::Failed) {
        r.steps[1].state = ops::StepState::Failed;
        r.currentStep = 1;
        r.error = QStringLiteral("The service said no.");
    }
    return r;
}

} // namespace

class TestOperationsDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void elapsedText_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("0") << qint64(0) << "0 s";
        QTest::newRow("59") << qint64(59) << "59 s";
        QTest::newRow("60") << qint64(60) << "1 min 00 s";
        QTest::newRow("3599") << qint64(3599) << "59 min 59 s";
        QTest::newRow("3600") << qint64(3600) << "1 h 00 min";
    }
    void elapsedText()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(ui::elapsedText(seconds), text);
    }

    void showsJournalHistoryFiltersAndExports()
    {
        QTemporaryDir dir;
        ops::Journal journal(dir.path());
        ops::OperationRecord a = record(QStringLiteral("ws-a"), QStringLiteral("alpha"), ops::OperationState::Succeeded);
        ops::OperationRecord b = record(QStringLiteral("ws-b"), QStringLiteral("beta"), ops::OperationState::Failed);
        QVERIFY(journal.save(a));
        QVERIFY(journal.save(b));

        ui::OperationsDock dock;
        dock.attach(nullptr, &journal);
        QCOMPARE(dock.model()->rowCount(), 2);

        // Updated in place, not appended.
        QSignalSpy inserted(dock.model(), &QAbstractItemModel::rowsInserted);
        b.steps[1].message = QStringLiteral("new words");
        dock.model()->upsert(b);
        QCOMPARE(dock.model()->rowCount(), 2);
        QCOMPARE(inserted.count(), 0);

        dock.showOperation(b.id);
        QCOMPARE(dock.selectedId(), b.id);
        QCOMPARE(dock.stepsView()->topLevelItemCount(), int(b.steps.size()) + 1); // + the error line
        QVERIFY(dock.stepsView()->topLevelItem(int(b.steps.size()))->text(1).contains(QStringLiteral("said no")));

        // A re-attach's line says where its certificate and key are kept (issue 17, item 2).
        b.kind = ops::OperationKind::Reattach;
        b.tlsKept = QStringLiteral("cluster-secret");
        dock.model()->upsert(b);
        dock.showOperation(b.id);
        QCOMPARE(dock.stepsView()->topLevelItemCount(), int(b.steps.size()) + 2);
        QVERIFY(dock.stepsView()->topLevelItem(int(b.steps.size()) + 1)->text(1).contains(QStringLiteral("azuremlfessl")));

        dock.filterBox()->setText(QStringLiteral("beta"));
        QCOMPARE(dock.table()->model()->rowCount(), 1);
        const QByteArray json = dock.exportShownJson();
        QVERIFY(json.contains(b.id.toUtf8()));
        QVERIFY(!json.contains(a.id.toUtf8()));

        dock.filterBox()->clear();
        auto *workspace = dock.findChild<QComboBox *>(QStringLiteral("operationsWorkspace"));
        QVERIFY(workspace);
        QCOMPARE(workspace->count(), 3); // all, ws-a, ws-b
        workspace->setCurrentIndex(workspace->findText(QStringLiteral("ws-a (rg)")));
        QCOMPARE(dock.table()->model()->rowCount(), 1);
        QVERIFY(dock.exportShownJson().contains(a.id.toUtf8()));
    }

    void aRepaintNeverWaitsForQtsThreads()
    {
        // Enough operations for both of the table's scroll bars, in a dock as tall as a window's.
        QTemporaryDir dir;
        ops::Journal journal(dir.path());
        for (int i = 0; i < 60; ++i) {
            ops::OperationRecord r = record(QStringLiteral("ws-%1").arg(i % 3), QStringLiteral("compute-%1").arg(i),
                                            ops::OperationState::Succeeded);
            QVERIFY(journal.save(r));
        }
        ui::OperationsDock dock;
        dock.attach(nullptr, &journal);
        dock.resize(700, 700);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QTRY_VERIFY(dock.table()->verticalScrollBar()->isVisible());
        QVERIFY(dock.table()->horizontalHeader()->isVisible());
        dock.repaint();

        constexpr int kHoldMs = 3000;
        test::PoolHold hold(QThreadPool::globalInstance(), kHoldMs);
        QVERIFY(hold.holding());
        QElapsedTimer elapsed;
        elapsed.start();
        dock.repaint();
        QVERIFY2(elapsed.elapsed() < kHoldMs / 3,
                 qPrintable(QStringLiteral("the dock's repaint took %1 ms").arg(elapsed.elapsed())));
    }

    void stepColumnCountsDoneOfTotal()
    {
        ops::OperationRecord r = record(QStringLiteral("ws"), QStringLiteral("gamma"), ops::OperationState::Succeeded);
        const int total = int(r.steps.size());
        QVERIFY(total >= 2);
        for (auto &s : r.steps)
            s.state = ops::StepState::Done;
        r.currentStep = total;
        ui::OperationsModel model;
        model.upsert(r);
        const QModelIndex step = model.index(0, ui::OperationsModel::Step);
        QCOMPARE(step.data().toString(), QStringLiteral("%1 of %1 steps done").arg(total));
        // One step skipped (nothing to do): done is one less than the total.
        r.steps[1].state = ops::StepState::Skipped;
        model.upsert(r);
        QCOMPARE(step.data().toString(), QStringLiteral("%1 of %2 steps done").arg(total - 1).arg(total));
    }

    void reattachDialogShowsThePlannedSteps()
    {
        ui::ReattachDialog dialog(nullptr, {QStringLiteral("Sandbox"), QStringLiteral("sub"), QStringLiteral("rg"),
                                            QStringLiteral("ws")},
                                  QStringLiteral("tls-prod"), true);
        QCOMPARE(dialog.stepsView()->topLevelItemCount(), 8);
        QVERIFY(dialog.stepsView()->topLevelItem(1)->text(0).contains(QStringLiteral("TLS")));
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("certPath")));
    }
};

QTEST_MAIN(TestOperationsDock)
#include "tst_operationsdock.moc"
