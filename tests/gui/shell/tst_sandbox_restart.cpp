// The embedded sandbox runs in its own process: when it dies (here: SIGKILL from the test) the
// window stays up, the status bar says the sandbox stopped and why, its running operation pauses
// (still in the journal), and "Restart the sandbox" brings it back on the same port with the
// computes in the table and the journaled operation finished. On exit the child is reaped.
// Renders sandbox-stopped.png into $CW_SCREENSHOT_DIR when it is set.
#include "Workbench.h"
#include "clusters/ClustersTableModel.h"
#include "clusters/ClustersView.h"
#include "ops/OperationRunner.h"
#include "rules/ComputeSpec.h"
#include "session/SandboxLauncher.h"
#include "session/Session.h"
#include "shell/ApplicationContext.h"
#include "shell/MainWindow.h"
#include "signin/ConnectionController.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

#include "support/ProcessEnded.h"
#include <QToolButton>

#include <csignal>
#include <memory>
#include <optional>
#include <sys/types.h>

using namespace cw;

class TestSandboxRestart : public QObject
{
    Q_OBJECT
    std::unique_ptr<ui::ApplicationContext> m_context;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<ui::Workbench> m_bench;
    std::unique_ptr<ui::ConnectionController> m_connection;

    QString statusText() const
    {
        return m_window->findChild<QLabel *>(QStringLiteral("environmentStatus"))->text();
    }

    QStringList computeNames() const
    {
        QStringList names;
        if (ui::ClustersView *view = m_bench->clustersView())
            for (int row = 0; row < view->model()->rowCount(); ++row)
                names << view->model()->index(row, 0).data().toString();
        return names;
    }

    QByteArray sandboxState() const
    {
        QFile file(session::SandboxLauncher::defaultStateDirectory() + QStringLiteral("/state.json"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<cw::session::Session *>();
        m_context = std::make_unique<ui::ApplicationContext>();
        m_window = std::make_unique<ui::MainWindow>();
        m_bench = std::make_unique<ui::Workbench>(m_window.get(), m_context.get());
        m_connection = std::make_unique<ui::ConnectionController>(m_window.get(), m_context.get());
        m_bench->setConnectionController(m_connection.get());
        m_window->resize(1100, 640);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_context->start(1.0); // demo pace: a create takes 8 s, long enough to be cut off
        QTRY_VERIFY_WITH_TIMEOUT(m_context->usesEmbeddedSandbox(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(computeNames().contains(QStringLiteral("tls-prod")), 30000);
    }

    void killedSandboxIsReportedAndRestarted()
    {
        session::SandboxLauncher *launcher = m_context->sandboxLauncher();
        QVERIFY(launcher);
        const qint64 pid = launcher->processId();
        QVERIFY(pid > 0);
        QVERIFY(pid != QCoreApplication::applicationPid());
        const quint16 port = launcher->endpoint().port;
        QVERIFY(!m_connection->restartSandboxAction()->isEnabled());

        // A create in flight, its PUT accepted and in the sandbox's state file.
        rules::ComputeSpec spec;
        spec.mode = rules::ComputeMode::Create;
        spec.workspace = {.subscriptionId = launcher->endpoint().subscriptionId,
                          .resourceGroup = QStringLiteral("rg-ml"), .workspace = QStringLiteral("ws-demo"),
                          .location = QStringLiteral("westeurope")};
        spec.name = QStringLiteral("after-crash");
        spec.purpose = rules::ClusterPurpose::DevTest;
        spec.nodeCount = 1;
        const QString id = m_context->runner()->startCreateOrAttach(spec);
        QTRY_VERIFY_WITH_TIMEOUT(sandboxState().contains("\"after-crash\""), 10000);
        QVERIFY(m_context->runner()->isActive(id));

        QSignalSpy stopped(m_context.get(), &ui::ApplicationContext::sandboxStopped);
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, 10000);

        // The window lives on and tells the person what happened and what to do.
        QVERIFY(m_window->isVisible());
        QVERIFY2(statusText().contains(QStringLiteral("The sandbox stopped")), qPrintable(statusText()));
        QVERIFY2(statusText().contains(QStringLiteral("SIGKILL")), qPrintable(statusText()));
        QVERIFY(m_connection->restartSandboxAction()->isEnabled());
        auto *button = m_window->findChild<QToolButton *>(QStringLiteral("restartSandboxButton"));
        QVERIFY(button);
        QTRY_VERIFY(button->isVisible());
        // The operation paused instead of failing against a closed port.
        QVERIFY(!m_context->runner()->isActive(id));
        const std::optional<ops::OperationRecord> paused = m_context->runner()->record(id);
        QVERIFY(paused);
        QCOMPARE(paused->state, ops::OperationState::Running);

        const QString dir = qEnvironmentVariable("CW_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("sandbox-stopped.png"))));

        // Restart on demand: the same port, the computes again, the operation finishes.
        QSignalSpy ready(m_context.get(), &ui::ApplicationContext::sessionReady);
        m_connection->restartSandboxAction()->trigger();
        QVERIFY(!m_connection->restartSandboxAction()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 30000);
        QVERIFY(m_context->usesEmbeddedSandbox());
        QCOMPARE(launcher->endpoint().port, port);
        QVERIFY(launcher->processId() != pid);
        QVERIFY2(statusText().startsWith(QStringLiteral("Sandbox: ")), qPrintable(statusText()));
        QVERIFY(!button->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(computeNames().contains(QStringLiteral("tls-prod")), 30000);

        std::optional<ops::OperationRecord> done;
        if (auto r = m_context->runner()->record(id); r && r->isFinished())
            done = r;
        connect(m_context->runner(), &ops::OperationRunner::operationFinished, this,
                [&done, id](const ops::OperationRecord &r) {
                    if (r.id == id)
                        done = r;
                });
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 60000);
        QCOMPARE(done->state, ops::OperationState::Succeeded);
        QTRY_VERIFY_WITH_TIMEOUT(computeNames().contains(QStringLiteral("after-crash")), 30000);
    }

    void exitTerminatesAndReapsTheChild()
    {
        const qint64 pid = m_context->sandboxLauncher()->processId();
        QVERIFY(pid > 0);
        m_connection.reset();
        m_bench.reset();
        m_window.reset();
        m_context.reset(); // as at the end of main(): SIGTERM, wait, reap
        QVERIFY(cw::test::processEnded(pid));
    }
};

QTEST_MAIN(TestSandboxRestart)
#include "tst_sandbox_restart.moc"
