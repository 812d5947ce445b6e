// Crash tests: a helper process runs a re-attach (on the TLS cluster tls-prod) or a create and
// is SIGKILLed as soon as the journal shows step N running; started again with "resume", the
// operation finishes correctly and the sandbox saw exactly one create/attach PUT.
#include <QtTest>

#include <QProcess>

#include "ops/Journal.h"
#include "ops/OperationPlan.h"
#include "support/SandboxProcess.h"

using namespace cw;

class TestCrashResume : public QObject
{
    Q_OBJECT

    test::SandboxProcess m_sandbox;

    QProcessEnvironment helperEnvironment() const
    {
        const auto ep = m_sandbox.endpoint();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CW_HELPER_BASEURL"), ep.baseUrl.toString());
        env.insert(QStringLiteral("CW_HELPER_CAFILE"), ep.caFile);
        env.insert(QStringLiteral("CW_HELPER_TENANT"), ep.tenantId);
        env.insert(QStringLiteral("CW_HELPER_CLIENT"), ep.clientId);
        env.insert(QStringLiteral("CW_HELPER_SECRET"), ep.clientSecret);
        env.insert(QStringLiteral("CW_HELPER_SUB"), ep.subscriptionId);
        return env;
    }

    static QString helperPath()
    {
        return QCoreApplication::applicationDirPath() + QStringLiteral("/cw_crash_helper");
    }

    static std::optional<ops::OperationRecord> onlyRecord(const ops::Journal &journal)
    {
        const QList<ops::OperationRecord> records = journal.readAll().records;
        return records.size() == 1 ? std::optional(records.first()) : std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        QVERIFY(QFileInfo::exists(helperPath()));
    }

    void killedAtEveryStepThenResumed_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("compute");
        QTest::addColumn<int>("killAtStep");
        for (int step = 0; step < 8; ++step)
            QTest::addRow("reattach step %d", step) << "reattach" << "tls-prod" << step;
        for (int step = 0; step < 4; ++step)
            QTest::addRow("create step %d", step) << "create" << QStringLiteral("crash-create-%1").arg(step) << step;
    }

    void killedAtEveryStepThenResumed()
    {
        QFETCH(QString, mode);
        QFETCH(QString, compute);
        QFETCH(int, killAtStep);
        m_sandbox.control("DELETE", QStringLiteral("/_sandbox/requests"));
        QTemporaryDir journalDir;
        ops::Journal journal(journalDir.path());

        QProcess first;
        first.setProcessEnvironment(helperEnvironment());
        first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        first.start(helperPath(), {journalDir.path(), mode, compute});
        QVERIFY(first.waitForStarted());
        // QTRY_* evaluates its expression again after the loop ends; "step N is running" is a
        // passing moment (the step finishes and the next starts), so latch the first sighting.
        bool reached = false;
        const auto killPointReached = [&] {
            if (!reached) {
                const auto r = onlyRecord(journal);
                reached = first.state() == QProcess::NotRunning
                    || (r && r->currentStep >= killAtStep && r->currentStep < r->steps.size()
                        && r->steps.at(r->currentStep).state == ops::StepState::Running);
            }
            return reached;
        };
        QTRY_VERIFY_WITH_TIMEOUT(killPointReached(), 60000);
        if (first.state() != QProcess::NotRunning) { // a last quick step may have ended it already
            first.kill(); // SIGKILL
            QVERIFY(first.waitForFinished(10000));
        }

        const auto killed = onlyRecord(journal);
        QVERIFY(killed);
        if (!killed->isFinished()) {
            QProcess second;
            second.setProcessEnvironment(helperEnvironment());
            second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            second.start(helperPath(), {journalDir.path(), QStringLiteral("resume"), compute});
            QVERIFY(second.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(second.state() == QProcess::NotRunning, 120000);
            const QByteArray out = second.readAllStandardOutput();
            QVERIFY2(second.exitCode() == 0, out.constData());
        }
        const auto done = onlyRecord(journal);
        QVERIFY(done);
        QCOMPARE(ops::nameOf(done->state), QStringLiteral("succeeded"));
        QCOMPARE(m_sandbox.countRequests("PUT", QStringLiteral("/computes/%1$").arg(compute)), 1);
        if (mode == QLatin1String("reattach"))
            QCOMPARE(m_sandbox.countRequests("DELETE", QStringLiteral("/computes/%1").arg(compute)) >= 1, true);
    }
};

QTEST_GUILESS_MAIN(TestCrashResume)
#include "tst_crash_resume.moc"
