// Crash tests: a helper process runs a re-attach (on the TLS cluster tls-prod) or a create and
// is SIGKILLed as soon as the journal shows step N running; started again with "resume", the
// operation finishes correctly and the sandbox saw exactly one create/attach PUT. With a
// keychain the operation's key material is gone from it afterwards; without one, a re-attach
// killed between its detach and its attach still restores the same certificate. The helper
// holds still at the kill point (CW_HELPER_HOLD_AT_STEP); one that ended before the kill fails
// the test, since nothing was resumed.
#include <QSignalSpy>
#include <QTest>
#include <QJsonObject>

#include <QProcess>

#include "arm/ArmConnection.h"
#include "ops/Journal.h"
#include "azure/ResourceId.h"
#include "ops/OperationPlan.h"
#include "ops/TlsRecovery.h"
#include "secrets/KeychainSecretStore.h"
#include "support/SandboxProcess.h"
#include "support/SandboxSession.h"

using namespace cw;

class TestCrashResume : public QObject
{
    Q_OBJECT

    test::SandboxProcess m_sandbox;

    QProcessEnvironment helperEnvironment() const { return test::crashHelperEnvironment(m_sandbox); }

    static QString helperPath()
    {
        return QCoreApplication::applicationDirPath() + QStringLiteral("/cw_crash_helper");
    }

    // No Secret Service: the D-Bus session leads nowhere (as in tst_secrets_nokeychain).
    QProcessEnvironment withoutKeychain() const
    {
        QProcessEnvironment env = helperEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/clusterwright-test-bus"));
        return env;
    }

    // What the keychain holds for an operation (the helper's service name).
    secrets::SecretStatus keychainEntry(const ops::OperationRecord &record)
    {
        secrets::KeychainSecretStore keychain(QStringLiteral("clusterwright-crash-test"), nullptr);
        QSignalSpy done(keychain.read(ops::operationSecretKey(record)), &secrets::SecretJob::finished);
        if (!done.wait(30000))
            return secrets::SecretStatus::Failed;
        return done.at(0).at(0).value<secrets::SecretResult>().status;
    }

    // The azuremlfessl secret of tls-prod as the product reads it.
    tls::TlsMaterial clusterTls()
    {
        const auto connection = test::sandboxConnection(m_sandbox);
        ops::TlsRecovery recovery(connection.get(), {QStringLiteral("Sandbox"), m_sandbox.endpoint().subscriptionId,
                                                     QStringLiteral("rg-ml"), QStringLiteral("ws-demo")},
                                  QStringLiteral("tls-prod"));
        std::optional<tls::TlsMaterial> got;
        connect(&recovery, &ops::TlsRecovery::finished, this, [&got](const tls::TlsMaterial &m) { got = m; });
        recovery.start();
        if (!QTest::qWaitFor([&got] { return got.has_value(); }, 30000))
            return {};
        return got.value_or(tls::TlsMaterial{});
    }

    QJsonObject sslConfiguration(const QString &compute)
    {
        const test::HttpResult r = m_sandbox.arm(
            "GET", azure::armpath::compute({.cloud = QStringLiteral("Sandbox"), .subscriptionId = m_sandbox.endpoint().subscriptionId,
                                              .resourceGroup = QStringLiteral("rg-ml"), .workspace = QStringLiteral("ws-demo")},
                                             compute) + QStringLiteral("?api-version=2022-10-01"));
        return r.json().object()[QStringLiteral("properties")].toObject()[QStringLiteral("properties")].toObject()
            [QStringLiteral("sslConfiguration")].toObject();
    }

    struct KillResume {
        bool resumed = false; // killed with the operation unfinished, then resumed to its end
        QByteArray output;    // the resume's output, or what went wrong
    };

    // Runs the helper until the journal shows step `killAtStep` running (it holds there),
    // SIGKILLs it, resumes it. The journal's record says how it ended.
    KillResume runKillResume(const QProcessEnvironment &env, const QString &journalDir, const QString &mode,
                             const QString &compute, int killAtStep)
    {
        ops::Journal journal(journalDir);
        QProcess first;
        QProcessEnvironment holding = env; // only the first run holds; the resume runs through
        holding.insert(QStringLiteral("CW_HELPER_HOLD_AT_STEP"), QString::number(killAtStep));
        first.setProcessEnvironment(holding);
        first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        first.start(helperPath(), {journalDir, mode, compute});
        if (!first.waitForStarted())
            return {false, "helper did not start"};
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
        if (!QTest::qWaitFor(killPointReached, 60000))
            return {false, "kill point not reached"};
        if (first.state() == QProcess::NotRunning)
            return {false, "the helper ended before the kill: resume not exercised: " + first.readAllStandardOutput()};
        first.kill(); // SIGKILL
        first.waitForFinished(10000);
        const auto killed = onlyRecord(journal);
        if (!killed || killed->isFinished())
            return {false, "the operation was not left unfinished by the kill: " + first.readAllStandardOutput()};
        QProcess second;
        second.setProcessEnvironment(env);
        second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        second.start(helperPath(), {journalDir, QStringLiteral("resume"), compute});
        if (!second.waitForStarted() || !QTest::qWaitFor([&] { return second.state() == QProcess::NotRunning; }, 120000))
            return {false, "resume did not finish"};
        return {true, second.readAllStandardOutput()};
    }

    static std::optional<ops::OperationRecord> onlyRecord(const ops::Journal &journal)
    {
        const QList<ops::OperationRecord> records = journal.readAll().records;
        return records.size() == 1 ? std::optional(records.first()) : std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<secrets::SecretResult>();
        QVERIFY(m_sandbox.start());
        // Five creates of 3 x 4 vCPUs on top of the seed's clusters (which the Azure ML v2 seeds
        // grew by 34 vCPUs in westeurope) would exceed the default 300-core regional quota.
        m_sandbox.control("POST", QStringLiteral("/_sandbox/settings"),
                          QJsonDocument(QJsonObject{{QStringLiteral("regionalCoreQuota"), 100000}}));
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
        QProcessEnvironment holding = helperEnvironment();
        holding.insert(QStringLiteral("CW_HELPER_HOLD_AT_STEP"), QString::number(killAtStep));
        first.setProcessEnvironment(holding);
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
        // The helper holds at the kill point; one that ended anyway would leave resume untested.
        QVERIFY2(first.state() != QProcess::NotRunning,
                 QByteArray("the helper ended before the kill: " + first.readAllStandardOutput()).constData());
        first.kill(); // SIGKILL
        QVERIFY(first.waitForFinished(10000));

        const auto killed = onlyRecord(journal);
        QVERIFY(killed);
        QVERIFY2(!killed->isFinished(), "the operation finished before the kill: resume not exercised");
        QProcess second;
        second.setProcessEnvironment(helperEnvironment());
        second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        second.start(helperPath(), {journalDir.path(), QStringLiteral("resume"), compute});
        QVERIFY(second.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(second.state() == QProcess::NotRunning, 120000);
        const QByteArray out = second.readAllStandardOutput();
        QVERIFY2(second.exitCode() == 0, out.constData());
        const auto done = onlyRecord(journal);
        QVERIFY(done);
        QCOMPARE(ops::nameOf(done->state), QStringLiteral("succeeded"));
        QCOMPARE(m_sandbox.countRequests("PUT", QStringLiteral("/computes/%1$").arg(compute)), 1);
        if (mode == QLatin1String("reattach"))
            QCOMPARE(m_sandbox.countRequests("DELETE", QStringLiteral("/computes/%1").arg(compute)) >= 1, true);
        // The key material left the keychain once the operation succeeded (issue 17, item 3).
        QCOMPARE(keychainEntry(*done), secrets::SecretStatus::NotFound);
    }

    void createWithACertificateLeavesNoKeyInTheKeychain()
    {
        const tls::TlsMaterial material = clusterTls();
        QVERIFY2(material.ok(), qPrintable(material.message));
        QTemporaryDir dir;
        QFile cert(dir.filePath(QStringLiteral("cert.pem"))), key(dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(cert.open(QIODevice::WriteOnly) && cert.write(material.certPem) > 0);
        QVERIFY(key.open(QIODevice::WriteOnly) && key.write(material.keyPem) > 0);
        cert.close();
        key.close();
        QProcessEnvironment env = helperEnvironment();
        env.insert(QStringLiteral("CW_HELPER_CERT"), cert.fileName());
        env.insert(QStringLiteral("CW_HELPER_KEY"), key.fileName());
        env.insert(QStringLiteral("CW_HELPER_CNAME"), sslConfiguration(QStringLiteral("tls-prod"))[QStringLiteral("cname")].toString());
        QTemporaryDir journalDir;
        m_sandbox.control("DELETE", QStringLiteral("/_sandbox/requests"));
        // Killed while waiting, so the resumed run finishes it too.
        const KillResume run = runKillResume(env, journalDir.path(), QStringLiteral("create-tls"),
                                             QStringLiteral("crash-create-tls"), 2);
        QVERIFY2(run.resumed, run.output.constData());
        const auto done = onlyRecord(ops::Journal(journalDir.path()));
        QVERIFY(done);
        QVERIFY2(done->state == ops::OperationState::Succeeded, run.output.constData());
        QVERIFY(!done->secretRef.isEmpty());
        QCOMPARE(keychainEntry(*done), secrets::SecretStatus::NotFound);
        QCOMPARE(m_sandbox.countRequests("PUT", QStringLiteral("/computes/crash-create-tls$")), 1);
    }

    void reattachWithoutKeychainKilledBetweenDetachAndAttach_data()
    {
        QTest::addColumn<bool>("backupFile");
        QTest::addColumn<int>("killAtStep");
        for (int step : {3, 4, 5}) { // wait-detach, verify-detached, submit
            QTest::addRow("cluster secret, step %d", step) << false << step;
            QTest::addRow("backup file, step %d", step) << true << step;
        }
    }

    void reattachWithoutKeychainKilledBetweenDetachAndAttach()
    {
        // Issue 17, item 2: no Secret Service, killed between the detach and the attach.
        QFETCH(bool, backupFile);
        QFETCH(int, killAtStep);
        const tls::TlsMaterial before = clusterTls();
        QVERIFY2(before.ok(), qPrintable(before.message));
        m_sandbox.control("DELETE", QStringLiteral("/_sandbox/requests"));
        QTemporaryDir journalDir, backupDir;
        QProcessEnvironment env = withoutKeychain();
        const QString backup = backupDir.filePath(QStringLiteral("tls-backup.json"));
        if (backupFile)
            env.insert(QStringLiteral("CW_HELPER_TLS_BACKUP"), backup);

        const KillResume run = runKillResume(env, journalDir.path(), QStringLiteral("reattach"),
                                             QStringLiteral("tls-prod"), killAtStep);
        QVERIFY2(run.resumed, run.output.constData());
        const auto done = onlyRecord(ops::Journal(journalDir.path()));
        QVERIFY(done);
        QVERIFY2(done->state == ops::OperationState::Succeeded, QByteArray(run.output + done->error.toUtf8()).constData());
        QCOMPARE(done->tlsKept, backupFile ? QStringLiteral("backup-file") : QStringLiteral("cluster-secret"));
        QCOMPARE(m_sandbox.countRequests("DELETE", QStringLiteral("/computes/tls-prod")), 1);
        QCOMPARE(m_sandbox.countRequests("PUT", QStringLiteral("/computes/tls-prod$")), 1);
        QCOMPARE(sslConfiguration(QStringLiteral("tls-prod"))[QStringLiteral("status")].toString(), QStringLiteral("Enabled"));
        const tls::TlsMaterial after = clusterTls();
        QCOMPARE(after.certPem, before.certPem);
        QCOMPARE(after.keyPem, before.keyPem);
        QVERIFY(!QFileInfo::exists(backup)); // removed once the re-attach finished
    }

    void reattachWithoutAnyDurablePlaceRefusesBeforeDetaching()
    {
        // No keychain, no backup file, and the AKS cluster's secret cannot be read back.
        m_sandbox.control("DELETE", QStringLiteral("/_sandbox/requests"));
        m_sandbox.control("POST", QStringLiteral("/_sandbox/faults"),
                          QJsonDocument(QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                                                    {QStringLiteral("path"), QStringLiteral("listClusterAdminCredential")},
                                                    {QStringLiteral("kind"), QStringLiteral("status")},
                                                    {QStringLiteral("status"), 403},
                                                    {QStringLiteral("count"), -1}}));
        QTemporaryDir journalDir;
        QProcess helper;
        helper.setProcessEnvironment(withoutKeychain());
        helper.start(helperPath(), {journalDir.path(), QStringLiteral("reattach"), QStringLiteral("tls-prod")});
        QVERIFY(helper.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(helper.state() == QProcess::NotRunning, 60000);
        m_sandbox.control("DELETE", QStringLiteral("/_sandbox/faults"));
        const QByteArray out = helper.readAllStandardOutput();
        QCOMPARE(helper.exitCode(), 1);
        QVERIFY2(out.contains("Nothing was detached") && out.contains("no durable place"), out.constData());
        QCOMPARE(m_sandbox.countRequests("DELETE", QStringLiteral("/computes/tls-prod")), 0);
        QCOMPARE(sslConfiguration(QStringLiteral("tls-prod"))[QStringLiteral("status")].toString(), QStringLiteral("Enabled"));
    }
};

QTEST_GUILESS_MAIN(TestCrashResume)
#include "tst_crash_resume.moc"
