// session::SpawnedChild / ChildProcess: the embedded sandbox's process handling without QProcess
// (the app starts it before QApplication exists). Real children (/bin/sh): their output comes
// whole and before finished(); exit codes and signals are told apart; a program that cannot run
// is reported at once; stdin is /dev/null; a child nobody watches is terminated and reaped.
#include "session/ChildProcess.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <cerrno>
#include <sys/types.h>

using cw::session::ChildProcess;
using cw::session::SpawnedChild;

namespace {

SpawnedChild shell(const QString &script)
{
    return SpawnedChild::spawn(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
}

// Neither running nor a zombie: reaped.
bool reaped(pid_t pid)
{
    return ::kill(pid, 0) != 0 && errno == ESRCH;
}

} // namespace

class TestChildProcess : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void outputComesWholeBeforeFinished()
    {
        ChildProcess child(shell(QStringLiteral("echo one; echo two; echo oops >&2; exit 3")));
        QVERIFY(child.processId() > 0);
        QByteArrayList lines;
        QByteArray standardError;
        bool outputAfterFinished = false;
        bool finishedOnce = false;
        connect(&child, &ChildProcess::readyReadStandardOutput, this, [&] {
            outputAfterFinished |= finishedOnce;
            while (child.canReadLine())
                lines << child.readLine();
        });
        connect(&child, &ChildProcess::readyReadStandardError, this, [&] {
            outputAfterFinished |= finishedOnce;
            standardError += child.readAllStandardError();
        });
        QSignalSpy finished(&child, &ChildProcess::finished);
        connect(&child, &ChildProcess::finished, this, [&] { finishedOnce = true; });
        QVERIFY(finished.wait(10000));
        QCOMPARE(lines, (QByteArrayList{"one\n", "two\n"}));
        QCOMPARE(standardError, QByteArray("oops\n"));
        QVERIFY(!outputAfterFinished);
        QCOMPARE(finished.first().at(0).toInt(), 3); // exit code
        QCOMPARE(finished.first().at(1).toInt(), 0); // no signal
        QCOMPARE(child.processId(), 0); // ended
    }

    void outputIsThereWhenAWaitedForChildFinishes()
    {
        // Waited for without an event loop (as the launcher stops a stuck child): the pipes'
        // notifiers never ran, so finished() must find the output read already.
        ChildProcess child(shell(QStringLiteral("echo one; echo oops >&2; exit 5")));
        QByteArray lineAtFinish;
        QByteArray errorAtFinish;
        connect(&child, &ChildProcess::finished, this, [&] {
            lineAtFinish = child.readLine();
            errorAtFinish = child.readAllStandardError();
        });
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(lineAtFinish, QByteArray("one\n"));
        QCOMPARE(errorAtFinish, QByteArray("oops\n"));
    }

    void moreThanAPipeHoldsIsReadInFull()
    {
        // 50,000 lines (~300 KB), several times a pipe's 64 KiB, written while nobody reads.
        ChildProcess child(shell(QStringLiteral("seq 1 50000")));
        int count = 0;
        QByteArray last;
        connect(&child, &ChildProcess::readyReadStandardOutput, this, [&] {
            while (child.canReadLine()) {
                last = child.readLine();
                ++count;
            }
        });
        QSignalSpy finished(&child, &ChildProcess::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(count, 50000);
        QCOMPARE(last, QByteArray("50000\n"));
    }

    void killedAndTerminatedChildrenTellTheSignal()
    {
        ChildProcess killed(shell(QStringLiteral("echo up; exec sleep 30")));
        QSignalSpy up(&killed, &ChildProcess::readyReadStandardOutput);
        QVERIFY(up.wait(10000));
        QSignalSpy killedFinished(&killed, &ChildProcess::finished);
        killed.kill();
        QVERIFY(killedFinished.wait(10000));
        QCOMPARE(killedFinished.first().at(1).toInt(), SIGKILL);

        ChildProcess terminated(shell(QStringLiteral("exec sleep 30")));
        const auto pid = pid_t(terminated.processId());
        QVERIFY(pid > 0);
        QSignalSpy terminatedFinished(&terminated, &ChildProcess::finished);
        terminated.terminate();
        QVERIFY(terminated.waitForFinished(10000)); // blocking, and finished() within it
        QCOMPARE(terminatedFinished.size(), 1);
        QCOMPARE(terminatedFinished.first().at(1).toInt(), SIGTERM);
        QVERIFY(reaped(pid));
    }

    void standardInputIsEmpty()
    {
        // cat ends at once on /dev/null; with an open pipe or the terminal it would wait.
        ChildProcess child(shell(QStringLiteral("cat; echo done")));
        QSignalSpy finished(&child, &ChildProcess::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY(child.canReadLine());
        QCOMPARE(child.readLine(), QByteArray("done\n"));
        QCOMPARE(finished.first().at(0).toInt(), 0);
    }

    void programThatCannotRunIsReportedAtOnce()
    {
        const SpawnedChild missing = SpawnedChild::spawn(QStringLiteral("/nonexistent/clusterwright-sandbox"), {});
        QCOMPARE(missing.processId(), 0);
        QVERIFY2(missing.error().contains(QStringLiteral("No such file")), qPrintable(missing.error()));
        const SpawnedChild notExecutable = SpawnedChild::spawn(QStringLiteral("/etc/hostname"), {});
        QCOMPARE(notExecutable.processId(), 0);
        QVERIFY2(!notExecutable.error().isEmpty(), "no reason given");
        // Watching an empty child is harmless: it does not run and never finishes.
        ChildProcess none{SpawnedChild()};
        QCOMPARE(none.processId(), 0);
        QVERIFY(none.waitForFinished(0));
    }

    void childNobodyTookOverIsTerminatedAndReaped()
    {
        pid_t pid = 0;
        {
            SpawnedChild child = shell(QStringLiteral("exec sleep 30"));
            pid = child.processId();
            QVERIFY(pid > 0);
            SpawnedChild movedTo = std::move(child); // one owner: the moved-from one ends nothing
            QCOMPARE(child.processId(), 0);
            QCOMPARE(movedTo.processId(), pid);
        }
        QVERIFY(reaped(pid));
        {
            ChildProcess watched(shell(QStringLiteral("exec sleep 30")));
            pid = pid_t(watched.processId());
        }
        QVERIFY(reaped(pid));
    }
};

QTEST_GUILESS_MAIN(TestChildProcess)
#include "tst_childprocess.moc"
