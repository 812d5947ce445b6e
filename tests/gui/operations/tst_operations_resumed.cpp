// Crash recovery is never silent (issue 16, item 7): a create is driven by a separate process
// (cw_crash_helper, as the application would) and SIGKILLed while it waits for Azure; the next
// start resumes it from the journal, and the operations view and the window's status bar say
// "Resumed an operation interrupted at <time>" with the locale's time of the interruption.
#include <QSignalSpy>
#include <QTest>

#include <QMainWindow>
#include <QProcess>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeWidget>
#include <QScopeGuard>

#include "arm/ArmConnection.h"
#include "operations/OperationsDock.h"
#include "operations/OperationsModel.h"
#include "ops/Journal.h"
#include "ops/OperationRunner.h"
#include "support/SandboxProcess.h"
#include "support/SandboxSession.h"

using namespace cw;

class TestOperationsResumed : public QObject
{
    Q_OBJECT

    test::SandboxProcess m_sandbox;

    QProcessEnvironment helperEnvironment() const { return test::crashHelperEnvironment(m_sandbox); }

private Q_SLOTS:
    void initTestCase()
    {
        // Slow enough that the create is still waiting for Azure when the helper is killed.
        QVERIFY(m_sandbox.start({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--speed"),
                                 QStringLiteral("0.2")}));
        QVERIFY(QFileInfo::exists(QStringLiteral(CW_CRASH_HELPER)));
    }

    void resumedCreateIsAnnounced_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("it") << QStringLiteral("it");
    }

    void resumedCreateIsAnnounced()
    {
        QFETCH(QString, language);
        // Italian: the catalogue the application's build compiles, installed before the window.
        QTranslator translator;
        if (language != QLatin1String("en")) {
            QVERIFY(translator.load(qEnvironmentVariable("CW_BINARY_DIR")
                                    + QStringLiteral("/app/gui/clusterwright_%1.qm").arg(language)));
            QVERIFY(QCoreApplication::installTranslator(&translator));
        }
        const auto restore = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
        const QString compute = QStringLiteral("resumed-") + language;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString journalDir = dir.filePath(QStringLiteral("journal"));
        ops::Journal journal(journalDir);

        // The first process: killed (SIGKILL) while the create waits for the service.
        QProcess first;
        first.setProcessEnvironment(helperEnvironment());
        first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        first.start(QStringLiteral(CW_CRASH_HELPER), {journalDir, QStringLiteral("create"), compute});
        QVERIFY(first.waitForStarted());
        const auto waiting = [&journal] {
            const QList<ops::OperationRecord> records = journal.readAll().records;
            if (records.size() != 1)
                return false;
            const ops::OperationRecord &r = records.first();
            return r.putPhase == ops::PutPhase::Acknowledged && r.currentStep < r.steps.size()
                && r.steps.at(r.currentStep).state == ops::StepState::Running && r.lro.isValid();
        };
        QTRY_VERIFY_WITH_TIMEOUT(waiting() || first.state() == QProcess::NotRunning, 60000);
        QCOMPARE(first.state(), QProcess::Running);
        first.kill();
        QVERIFY(first.waitForFinished(10000));
        const ops::OperationRecord killed = journal.readAll().records.value(0);
        QVERIFY(!killed.isFinished());
        QVERIFY(killed.updatedAt.isValid());

        // The next start: the window with its operations view, and a runner resuming the journal.
        QMainWindow window;
        auto *dock = new ui::OperationsDock(&window);
        window.addDockWidget(Qt::BottomDockWidgetArea, dock);
        window.resize(1100, 500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto connection = test::sandboxConnection(m_sandbox);
        ops::OperationRunner runner(connection.get(), &journal);
        runner.setDefaultPollIntervalMs(50);
        dock->attach(&runner, &journal);
        QSignalSpy finished(&runner, &ops::OperationRunner::operationFinished);
        QCOMPARE(runner.resumeUnfinished(), 1);

        const QString expected = QCoreApplication::translate("cw::ui::OperationsModel", "Resumed an operation interrupted at %1.")
                                     .arg(QLocale().toString(killed.updatedAt.toLocalTime(), QLocale::ShortFormat));
        QVERIFY2(window.statusBar()->currentMessage().startsWith(expected), qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(window.statusBar()->currentMessage().contains(killed.summary));

        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 120000);
        const auto done = finished.at(0).at(0).value<ops::OperationRecord>();
        QCOMPARE(done.state, ops::OperationState::Succeeded);
        // The operations view keeps saying it after the success, in the row and its details.
        dock->showOperation(killed.id);
        QCOMPARE(dock->selectedId(), killed.id);
        const QModelIndex row = dock->table()->selectionModel()->selectedRows().value(0);
        const QString message = row.siblingAtColumn(ui::OperationsModel::Message).data().toString();
        QVERIFY2(message.startsWith(expected), qPrintable(message));
        // The state column shows a translated label; its tooltip keeps the journal's word.
        QCOMPARE(row.siblingAtColumn(ui::OperationsModel::State).data(Qt::ToolTipRole).toString(),
                 ops::nameOf(ops::OperationState::Succeeded));
        bool inDetails = false;
        for (int i = 0; i < dock->stepsView()->topLevelItemCount(); ++i)
            inDetails = inDetails || dock->stepsView()->topLevelItem(i)->text(1) == expected;
        QVERIFY(inDetails);
        // The journal keeps when it was interrupted (the history says it on later starts too).
        QCOMPARE(journal.load(killed.id)->interruptedAt, killed.updatedAt);

        const QString shots = qEnvironmentVariable("CW_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(window.grab().save(QDir(shots).filePath(QStringLiteral("tell-resumed-operation-%1.png").arg(language))));
    }
};

QTEST_MAIN(TestOperationsResumed)
#include "tst_operations_resumed.moc"
