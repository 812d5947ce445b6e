// Crash tests of the move to v2 (issue 15, item 4): the helper moves the seeded TLS cluster
// tls-prod and is SIGKILLed at each of the move's eleven steps (and once each PUT's intent is
// journaled; the test then sends that PUT itself, as if it had reached Azure and only its answer
// was lost); started again with "resume", the move finishes, the
// sandbox saw exactly one PUT of the extension and one of the Kubernetes compute, and the
// extension holds the v1 certificate and key as its protected settings. Every row starts from a
// fresh seed (a move consumes the cluster). Without a keychain: the move keeps the material in
// its backup file, which the resume reads.
#include <QTest>
#include <QJsonObject>

#include <QProcess>

#include "arm/ArmConnection.h"
#include "azure/ResourceId.h"
#include "ops/Journal.h"
#include "ops/OperationPlan.h"
#include "ops/TlsRecovery.h"
#include "support/SandboxProcess.h"
#include "support/SandboxSession.h"

using namespace cw;

class TestCrashMigrate : public QObject
{
    Q_OBJECT

    test::SandboxProcess m_sandbox;

    static QString helperPath()
    {
        return QCoreApplication::applicationDirPath() + QStringLiteral("/cw_crash_helper");
    }

    WorkspaceRef workspace() const
    {
        return {QStringLiteral("Sandbox"), m_sandbox.endpoint().subscriptionId, QStringLiteral("rg-ml"), QStringLiteral("ws-demo")};
    }

    QString clusterId() const
    {
        return QStringLiteral("/subscriptions/%1/resourceGroups/rg-ml/providers/Microsoft.ContainerService/managedClusters/tls-prod-aks")
            .arg(m_sandbox.endpoint().subscriptionId);
    }

    tls::TlsMaterial clusterTls()
    {
        const auto connection = test::sandboxConnection(m_sandbox);
        ops::TlsRecovery recovery(connection.get(), workspace(), QStringLiteral("tls-prod"));
        std::optional<tls::TlsMaterial> got;
        connect(&recovery, &ops::TlsRecovery::finished, this, [&got](const tls::TlsMaterial &m) { got = m; });
        recovery.start();
        if (!QTest::qWaitFor([&got] { return got.has_value(); }, 30000))
            return {};
        return got.value_or(tls::TlsMaterial{});
    }

    static std::optional<ops::OperationRecord> onlyRecord(const ops::Journal &journal)
    {
        const QList<ops::OperationRecord> records = journal.readAll().records;
        return records.size() == 1 ? std::optional(records.first()) : std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFileInfo::exists(helperPath()));
    }

    void killedAtEveryStepThenResumed_data()
    {
        QTest::addColumn<int>("killAtStep");
        QTest::addColumn<QString>("killAtIntent");
        const char *steps[] = {"preflight-v2", "recover-tls", "detach", "wait-detach", "verify-detached", "delete-legacy",
                               "install-extension", "wait-extension", "attach-kubernetes", "wait-attach", "verify-v2"};
        for (int step = 0; step < 11; ++step)
            QTest::addRow("step %d %s", step, steps[step]) << step << QString();
        QTest::addRow("extension PUT intent") << -1 << QStringLiteral("extensionPut");
        QTest::addRow("compute PUT intent") << -1 << QStringLiteral("computePut");
    }

    void killedAtEveryStepThenResumed()
    {
        QFETCH(int, killAtStep);
        QFETCH(QString, killAtIntent);
        m_sandbox.stop();
        QVERIFY(m_sandbox.start({QStringLiteral("--fresh")}));
        const tls::TlsMaterial before = clusterTls();
        QVERIFY2(before.ok(), qPrintable(before.message));
        m_sandbox.control("DELETE", QStringLiteral("/_sandbox/requests"));
        QTemporaryDir dir;
        const QString journalDir = dir.filePath(QStringLiteral("journal"));
        const QString backup = dir.filePath(QStringLiteral("tls-prod-backup.json"));
        ops::Journal journal(journalDir);
        QProcessEnvironment env = test::crashHelperEnvironment(m_sandbox);
        // No Secret Service: the move's backup file is what the resume reads.
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/clusterwright-test-bus"));
        env.insert(QStringLiteral("CW_HELPER_TLS_BACKUP"), backup);

        QProcess first;
        QProcessEnvironment holding = env;
        if (killAtIntent.isEmpty())
            holding.insert(QStringLiteral("CW_HELPER_HOLD_AT_STEP"), QString::number(killAtStep));
        else
            holding.insert(QStringLiteral("CW_HELPER_HOLD_AT_PHASE"), killAtIntent);
        first.setProcessEnvironment(holding);
        first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        first.start(helperPath(), {journalDir, QStringLiteral("migrate"), QStringLiteral("tls-prod")});
        QVERIFY(first.waitForStarted());
        bool reached = false;
        const auto killPointReached = [&] {
            if (!reached) {
                const auto r = onlyRecord(journal);
                const bool atStep = killAtIntent.isEmpty() && r && r->currentStep >= killAtStep && r->currentStep < r->steps.size()
                                    && r->steps.at(r->currentStep).state == ops::StepState::Running;
                const bool atIntent = !killAtIntent.isEmpty() && r && r->migration.is_object()
                                      && r->migration.value(killAtIntent.toStdString(), std::string()) == "intent-recorded";
                reached = first.state() == QProcess::NotRunning || atStep || atIntent;
            }
            return reached;
        };
        QTRY_VERIFY_WITH_TIMEOUT(killPointReached(), 60000);
        QVERIFY2(first.state() != QProcess::NotRunning,
                 QByteArray("the helper ended before the kill: " + first.readAllStandardOutput()).constData());
        first.kill(); // SIGKILL
        QVERIFY(first.waitForFinished(10000));
        const auto killed = onlyRecord(journal);
        QVERIFY(killed);
        QVERIFY2(!killed->isFinished(), "the operation finished before the kill: resume not exercised");

        if (!killAtIntent.isEmpty()) {
            // The killed process's PUT reached Azure, only its answer was lost with the process:
            // sent here as it would have left. The resume must find it and never send another.
            const QJsonObject migration = QJsonDocument::fromJson(QByteArray::fromStdString(killed->migration.dump())).object();
            QByteArray body;
            QString path;
            if (killAtIntent == QLatin1String("extensionPut")) {
                path = clusterId() + QStringLiteral("/providers/Microsoft.KubernetesConfiguration/extensions/azureml?api-version=2022-11-01");
                body = QJsonDocument(QJsonObject{{QStringLiteral("properties"), QJsonObject{
                    {QStringLiteral("extensionType"), QStringLiteral("Microsoft.AzureML.Kubernetes")},
                    {QStringLiteral("releaseTrain"), QStringLiteral("stable")},
                    {QStringLiteral("scope"), QJsonObject{{QStringLiteral("cluster"), QJsonObject{{QStringLiteral("releaseNamespace"), QStringLiteral("azureml")}}}}},
                    {QStringLiteral("configurationSettings"), migration.value(QStringLiteral("extensionSettings"))},
                    {QStringLiteral("configurationProtectedSettings"), QJsonObject{
                        {QStringLiteral("sslCertPemFile"), QString::fromUtf8(before.certPem)},
                        {QStringLiteral("sslKeyPemFile"), QString::fromUtf8(before.keyPem)}}}}}}).toJson();
            } else {
                path = azure::armpath::compute(workspace(), QStringLiteral("tls-prod")) + QStringLiteral("?api-version=2022-10-01");
                body = QJsonDocument(QJsonObject{{QStringLiteral("location"), QStringLiteral("westeurope")},
                                                 {QStringLiteral("properties"), QJsonObject{
                                                      {QStringLiteral("computeType"), QStringLiteral("Kubernetes")},
                                                      {QStringLiteral("resourceId"), clusterId()},
                                                      {QStringLiteral("properties"), QJsonObject{{QStringLiteral("namespace"), QStringLiteral("default")}}}}}})
                           .toJson();
            }
            const test::HttpResult sent = m_sandbox.arm("PUT", path, body);
            QVERIFY2(sent.status == 200 || sent.status == 201, sent.body.constData());
        }
        QProcess second;
        second.setProcessEnvironment(env);
        second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        second.start(helperPath(), {journalDir, QStringLiteral("resume"), QStringLiteral("tls-prod")});
        QVERIFY(second.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(second.state() == QProcess::NotRunning, 120000);
        const QByteArray out = second.readAllStandardOutput();
        const auto done = onlyRecord(journal);
        QVERIFY(done);
        QVERIFY2(done->state == ops::OperationState::Succeeded && second.exitCode() == 0,
                 QByteArray(out + done->error.toUtf8()).constData());
        QVERIFY(!done->interruptedAt.isNull());

        // One PUT per resource across the crash.
        QCOMPARE(m_sandbox.countRequests("PUT", QStringLiteral("/extensions/azureml$")), 1);
        QCOMPARE(m_sandbox.countRequests("PUT", QStringLiteral("/computes/tls-prod$")), 1);
        const test::HttpResult compute = m_sandbox.arm(
            "GET", azure::armpath::compute(workspace(), QStringLiteral("tls-prod")) + QStringLiteral("?api-version=2022-10-01"));
        QCOMPARE(compute.json().object()[QStringLiteral("properties")].toObject()[QStringLiteral("computeType")].toString(),
                 QStringLiteral("Kubernetes"));
        // The certificate restored in the extension's (protected) settings: the sandbox's state.
        m_sandbox.stop();
        QFile state(m_sandbox.stateDir() + QStringLiteral("/state.json"));
        QVERIFY(state.open(QIODevice::ReadOnly));
        const QString key = (clusterId() + QStringLiteral("/providers/Microsoft.KubernetesConfiguration/extensions/azureml")).toLower();
        const QJsonObject root = QJsonDocument::fromJson(state.readAll()).object();
        const QJsonObject secrets = root.value(QStringLiteral("extensionSecrets")).toObject().value(key).toObject();
        QCOMPARE(secrets.value(QStringLiteral("sslCertPemFile")).toString().toUtf8(), before.certPem);
        QCOMPARE(secrets.value(QStringLiteral("sslKeyPemFile")).toString().toUtf8(), before.keyPem);
        QCOMPARE(root.value(QStringLiteral("extensions")).toObject().value(key).toObject().value(QStringLiteral("properties")).toObject()
                     .value(QStringLiteral("configurationSettings")).toObject().value(QStringLiteral("sslCname")).toString(),
                 QStringLiteral("www.contoso.com"));
        QVERIFY(QFileInfo::exists(backup));
        // Never in the journal.
        QDir journalFiles(journalDir);
        for (const QString &file : journalFiles.entryList(QDir::Files)) {
            QFile f(journalFiles.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!f.readAll().contains("PRIVATE KEY"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCrashMigrate)
#include "tst_crash_migrate.moc"
