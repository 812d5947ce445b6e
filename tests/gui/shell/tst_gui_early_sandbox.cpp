// The built app, started twice on one home, as a user starts it (issue 13, time-to-clusters): a
// first start makes the sandbox's state after the first paint; every later start spawns the
// remembered sandbox's process before QApplication (SandboxLauncher::spawn), and the process it
// spawned is the one whose clusters the window shows. When the app is killed, that process ends
// too. A command line Qt's own options make unreadable to the first look starts it as before.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "support/ProcessEnded.h"

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

struct Start {
    QByteArray log;      // the app's stderr up to its clusters shown
    qint64 sandboxPid = 0; // from "sandbox process <pid> listening on"
};

} // namespace

class TestGuiEarlySandbox : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void laterStartsSpawnTheSandboxBeforeTheApplication();

private:
    // Starts the app on `home`, waits until its clusters table shows computes, then kills it
    // (SIGKILL: the sandbox must end without the app's help).
    // (void, for QTRY_VERIFY: what it saw is in `start`.)
    void startAndKill(Start &start, const QString &home, const QStringList &arguments = {});
};

void TestGuiEarlySandbox::startAndKill(Start &start, const QString &home, const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"cw.trace.debug=true\ncw.app*.debug=true\ncw.session*.info=true"_s);
    env.remove(u"CW_SANDBOX_BIN"_s); // the app finds the sandbox beside it, as installed
    QProcess gui;
    gui.setProcessEnvironment(env);
    gui.start(QStringLiteral(CW_GUI_BIN), arguments);
    QVERIFY2(gui.waitForStarted(10000), "clusterwright did not start");
    const auto shown = [&] {
        start.log += gui.readAllStandardError();
        return start.log.contains("the clusters table shows") || gui.state() == QProcess::NotRunning;
    };
    QTRY_VERIFY_WITH_TIMEOUT(shown(), 60000);
    const QRegularExpressionMatch pid =
        QRegularExpression(u"sandbox process (\\d+) listening on"_s).match(QString::fromUtf8(start.log));
    if (pid.hasMatch())
        start.sandboxPid = pid.captured(1).toLongLong();
    gui.kill();
    gui.waitForFinished(10000);
}

void TestGuiEarlySandbox::laterStartsSpawnTheSandboxBeforeTheApplication()
{
    QTemporaryDir home(QDir::tempPath() + u"/cw-early-sandbox-XXXXXX"_s);
    QVERIFY(home.isValid());

    // First start: no state yet, so the sandbox (its keys to make) starts after the first paint.
    Start first;
    startAndKill(first, home.path());
    QVERIFY2(first.log.contains("the clusters table shows"), first.log.constData());
    QVERIFY2(!first.log.contains("sandbox process started"), first.log.constData());
    QVERIFY(first.sandboxPid > 0);
    QTRY_VERIFY_WITH_TIMEOUT(cw::test::processEnded(first.sandboxPid), 10000);

    // Later start: spawned before QApplication, and it is that process the window lists from.
    Start later;
    startAndKill(later, home.path());
    QVERIFY2(later.log.contains("the clusters table shows"), later.log.constData());
    const qsizetype spawned = later.log.indexOf("sandbox process started");
    QVERIFY2(spawned >= 0, later.log.constData());
    QVERIFY2(spawned < later.log.indexOf("QApplication constructed"), later.log.constData());
    QVERIFY(later.sandboxPid > 0);
    // The app was SIGKILLed: the kernel told its sandbox (--exit-with-parent), which ends.
    QTRY_VERIFY_WITH_TIMEOUT(cw::test::processEnded(later.sandboxPid), 10000);

    // A Qt option (-style) is unknown to the first look: the sandbox starts as before, later.
    Start withQtOption;
    startAndKill(withQtOption, home.path(), {u"-style"_s, u"Fusion"_s});
    QVERIFY2(withQtOption.log.contains("the clusters table shows"), withQtOption.log.constData());
    QVERIFY2(!withQtOption.log.contains("sandbox process started"), withQtOption.log.constData());
    QVERIFY(withQtOption.sandboxPid > 0);
    QTRY_VERIFY_WITH_TIMEOUT(cw::test::processEnded(withQtOption.sandboxPid), 10000);
}

QTEST_GUILESS_MAIN(TestGuiEarlySandbox)
#include "tst_gui_early_sandbox.moc"
