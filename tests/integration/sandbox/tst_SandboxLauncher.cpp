// session::SandboxLauncher runs the sandbox as a child process: ready() with a working session;
// a killed child is reported by stopped() with the reason and restarts on the same ports and
// state; a child that cannot start reports why (its stderr); a missing program too; and the
// child does not outlive its parent when the parent is SIGKILLed.
#include "session/SandboxLauncher.h"
#include "session/Session.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include "support/ProcessEnded.h"
#include <QUuid>

#include <csignal>
#include <sys/types.h>

using cw::session::SandboxLauncher;

namespace {

QString tmpDir(const QString &name)
{
    return qEnvironmentVariable("CW_TEST_TMPDIR", QDir::tempPath()) + QLatin1Char('/') + name + QLatin1Char('-')
        + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

} // namespace

class TestSandboxLauncher : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<cw::session::Session *>(); }

    void readyStoppedAndRestartedOnTheSamePorts()
    {
        SandboxLauncher launcher;
        QSignalSpy ready(&launcher, &SandboxLauncher::ready);
        QSignalSpy stopped(&launcher, &SandboxLauncher::stopped);
        QSignalSpy failed(&launcher, &SandboxLauncher::failed);
        cw::sandbox::SandboxOptions options;
        options.stateDir = tmpDir(QStringLiteral("launcher"));
        options.speed = 0.01;
        // A first start (the keys to make): the app starts this one after its first paint.
        QVERIFY(!SandboxLauncher::hasState(options.stateDir));
        launcher.start(options);
        QVERIFY(ready.wait(20000));
        QCOMPARE(failed.size(), 0);
        // Every later start is light: the app starts it before building its window.
        QVERIFY(SandboxLauncher::hasState(options.stateDir));
        QCOMPARE(launcher.state(), SandboxLauncher::State::Running);
        cw::session::Session *first = launcher.session();
        QVERIFY(first);
        QCOMPARE(ready.first().first().value<cw::session::Session *>(), first);
        const auto endpoint = launcher.endpoint();
        QVERIFY(endpoint.baseUrl.toString().startsWith(QLatin1String("https://127.0.0.1:")));
        QCOMPARE(endpoint.controlToken.size(), 64);
        const qint64 pid = launcher.processId();
        QVERIFY(pid > 0);
        QVERIFY(pid != QCoreApplication::applicationPid()); // its own process

        // Killed outright: this process lives on and hears why.
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        QVERIFY(stopped.wait(10000));
        const QString reason = stopped.first().first().toString();
        QVERIFY2(reason.contains(QStringLiteral("SIGKILL")), qPrintable(reason));
        QCOMPARE(launcher.state(), SandboxLauncher::State::Stopped);
        QCOMPARE(launcher.processId(), 0);

        // On demand, again: same ports (journaled URLs stay valid), a new token and session.
        launcher.restart();
        QVERIFY(ready.wait(20000));
        QCOMPARE(ready.size(), 2);
        QCOMPARE(launcher.endpoint().port, endpoint.port);
        QCOMPARE(launcher.endpoint().kubePort, endpoint.kubePort);
        QVERIFY(launcher.endpoint().controlToken != endpoint.controlToken);
        QVERIFY(launcher.session() != first);
        QVERIFY(launcher.processId() != pid);
        QCOMPARE(failed.size(), 0);
    }

    void childIsTerminatedAndReapedWithTheLauncher()
    {
        const QString stateDir = tmpDir(QStringLiteral("launcher-exit"));
        qint64 pid = 0;
        {
            SandboxLauncher launcher;
            QSignalSpy ready(&launcher, &SandboxLauncher::ready);
            cw::sandbox::SandboxOptions options;
            options.stateDir = stateDir;
            launcher.start(options);
            QVERIFY(ready.wait(20000));
            pid = launcher.processId();
            QFile::remove(stateDir + QStringLiteral("/state.json"));
        }
        QVERIFY(cw::test::processEnded(pid));
        // SIGTERM, not SIGKILL: it wrote its state on the way out.
        QVERIFY(QFileInfo::exists(stateDir + QStringLiteral("/state.json")));
    }

    void startFailureSaysWhy()
    {
        const QString blocker = tmpDir(QStringLiteral("not-a-dir"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        SandboxLauncher launcher;
        QSignalSpy failed(&launcher, &SandboxLauncher::failed);
        cw::sandbox::SandboxOptions options;
        options.stateDir = blocker + QStringLiteral("/state"); // a path under a regular file
        launcher.start(options);
        QVERIFY(failed.wait(20000));
        const QString reason = failed.first().first().toString();
        // The exit code and what the sandbox wrote on stderr.
        QVERIFY2(reason.contains(QStringLiteral("exited with code 1")), qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("clusterwright-sandbox:")), qPrintable(reason));
        QCOMPARE(launcher.state(), SandboxLauncher::State::Stopped);
    }

    void missingProgramSaysWhy()
    {
        SandboxLauncher launcher;
        launcher.setProgram(tmpDir(QStringLiteral("no-such-program")));
        QSignalSpy failed(&launcher, &SandboxLauncher::failed);
        cw::sandbox::SandboxOptions options;
        options.stateDir = tmpDir(QStringLiteral("unused"));
        launcher.start(options);
        QVERIFY(failed.wait(20000));
        QVERIFY(!failed.first().first().toString().isEmpty());
    }

    void childEndsWhenItsParentIsKilled()
    {
        // sandbox_parent stands in for the app: it starts the sandbox with the launcher and
        // prints the child's pid; then it is SIGKILLed, with no chance to stop the child.
        QProcess parent;
        parent.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const QString stateDir = tmpDir(QStringLiteral("orphan"));
        parent.start(QStringLiteral(CW_SANDBOX_PARENT_BIN), {stateDir});
        QVERIFY(parent.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(parent.canReadLine() || parent.state() == QProcess::NotRunning, 20000);
        const QByteArray line = parent.readLine().trimmed();
        QVERIFY2(line.startsWith("child "), line.constData());
        const qint64 child = line.mid(6).toLongLong();
        QVERIFY(child > 0);
        QVERIFY(!cw::test::processEnded(child));
        QVERIFY(QFile::remove(stateDir + QStringLiteral("/state.json")));
        parent.kill();
        QVERIFY(parent.waitForFinished(5000));
        QTRY_VERIFY_WITH_TIMEOUT(cw::test::processEnded(child), 10000);
        // It was told with SIGTERM, so it wrote its state on the way out.
        QVERIFY(QFileInfo::exists(stateDir + QStringLiteral("/state.json")));
    }
};

QTEST_GUILESS_MAIN(TestSandboxLauncher)
#include "tst_SandboxLauncher.moc"
