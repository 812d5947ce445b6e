// Crash tests of the wizard's Azure ML v2 attach (issue 15, item 3): the extension's install and
// the Kubernetes compute's attach are one journaled operation. The helper installs the extension
// on aks-gpu with an uploaded certificate (protected settings) and attaches the cluster, and is
// SIGKILLed at each of the six steps, and once the extension PUT's intent is journaled (the PUT
// either lost with the process, or sent here as if only its answer was lost). Started again with
// "resume", the operation finishes; the sandbox saw exactly one extension PUT and one compute PUT,
// and the extension holds the uploaded certificate and key, which came back from the keychain
// (never from the journal) and left the keychain once the attach succeeded. Without a keychain the
// key material lives in memory only: a resume that would have to send the PUT again says so and
// sends nothing.
#include <QSignalSpy>
#include <QTest>
#include <QJsonObject>

#include <QProcess>

#include "ops/Journal.h"
#include "ops/TlsRecovery.h"
#include "secrets/KeychainSecretStore.h"
#include "support/SandboxProcess.h"
#include "support/SandboxSession.h"
#include "TestPki.h"

using namespace cw;

namespace {
constexpr auto kCname = "scoring.contoso.com";
constexpr auto kCompute = "gpu-v2";
} // namespace

class TestCrashAttachV2 : public QObject
{
    Q_OBJECT

    test::SandboxProcess m_sandbox;
    QTemporaryDir m_files;
    QByteArray m_certPem, m_keyPem;

    static QString helperPath()
    {
        return QCoreApplication::applicationDirPath() + QStringLiteral("/cw_crash_helper");
    }

    QString clusterId() const
    {
        return QStringLiteral("/subscriptions/%1/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks-gpu")
            .arg(m_sandbox.endpoint().subscriptionId);
    }

    QString extensionKey() const
    {
        return (clusterId() + QStringLiteral("/providers/Microsoft.KubernetesConfiguration/extensions/azureml")).toLower();
    }

    QProcessEnvironment helperEnvironment(bool keychain) const
    {
        QProcessEnvironment env = test::crashHelperEnvironment(m_sandbox);
        env.insert(QStringLiteral("CW_HELPER_CERT"), m_files.filePath(QStringLiteral("cert.pem")));
        env.insert(QStringLiteral("CW_HELPER_KEY"), m_files.filePath(QStringLiteral("key.pem")));
        env.insert(QStringLiteral("CW_HELPER_CNAME"), QLatin1String(kCname));
        env.insert(QStringLiteral("CW_HELPER_CLUSTER"), clusterId());
        if (!keychain) // no Secret Service: the D-Bus session leads nowhere
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/clusterwright-test-bus"));
        return env;
    }

    static std::optional<ops::OperationRecord> onlyRecord(const ops::Journal &journal)
    {
        const QList<ops::OperationRecord> records = journal.readAll().records;
        return records.size() == 1 ? std::optional(records.first()) : std::nullopt;
    }

    static secrets::SecretStatus keychainEntry(const ops::OperationRecord &record)
    {
        secrets::KeychainSecretStore keychain(QStringLiteral("clusterwright-crash-test"), nullptr);
        QSignalSpy done(keychain.read(ops::operationSecretKey(record)), &secrets::SecretJob::finished);
        if (!done.wait(30000))
            return secrets::SecretStatus::Failed;
        return done.at(0).at(0).value<secrets::SecretResult>().status;
    }

    // Starts the helper and SIGKILLs it once it holds at `step` (or at the extension PUT's intent
    // when step < 0). Returns the record the killed process left in the journal.
    std::optional<ops::OperationRecord> runAndKill(const QProcessEnvironment &env, const QString &journalDir, int step)
    {
        ops::Journal journal(journalDir);
        QProcess first;
        QProcessEnvironment holding = env;
        if (step >= 0)
            holding.insert(QStringLiteral("CW_HELPER_HOLD_AT_STEP"), QString::number(step));
        else
            holding.insert(QStringLiteral("CW_HELPER_HOLD_AT_PHASE"), QStringLiteral("extensionPut"));
        first.setProcessEnvironment(holding);
        first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        first.start(helperPath(), {journalDir, QStringLiteral("attach-v2"), QLatin1String(kCompute)});
        if (!first.waitForStarted())
            return std::nullopt;
        bool reached = false;
        const auto killPointReached = [&] {
            if (!reached) {
                const auto r = onlyRecord(journal);
                const bool atStep = step >= 0 && r && r->currentStep >= step && r->currentStep < r->steps.size()
                                    && r->steps.at(r->currentStep).state == ops::StepState::Running;
                const bool atIntent = step < 0 && r && r->migration.is_object()
                                      && r->migration.value("extensionPut", std::string()) == "intent-recorded";
                reached = first.state() == QProcess::NotRunning || atStep || atIntent;
            }
            return reached;
        };
        if (!QTest::qWaitFor(killPointReached, 60000) || first.state() == QProcess::NotRunning) {
            qWarning() << "the helper ended before the kill:" << first.readAllStandardOutput();
            return std::nullopt;
        }
        first.kill(); // SIGKILL
        first.waitForFinished(10000);
        return onlyRecord(journal);
    }

    struct Resumed {
        int exitCode = -1;
        QByteArray output;
    };

    Resumed resume(const QProcessEnvironment &env, const QString &journalDir)
    {
        QProcess second;
        second.setProcessEnvironment(env);
        second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        second.start(helperPath(), {journalDir, QStringLiteral("resume"), QLatin1String(kCompute)});
        if (!second.waitForStarted() || !QTest::qWaitFor([&second] { return second.state() == QProcess::NotRunning; }, 120000))
            return {};
        return {second.exitCode(), second.readAllStandardOutput()};
    }

    // The extension PUT the killed process would have sent (its answer lost with it).
    void sendExtensionPut()
    {
        const QJsonObject settings{{QStringLiteral("enableInference"), QStringLiteral("True")},
                                   {QStringLiteral("enableTraining"), QStringLiteral("False")},
                                   {QStringLiteral("inferenceRouterServiceType"), QStringLiteral("nodePort")},
                                   {QStringLiteral("allowInsecureConnections"), QStringLiteral("False")},
                                   {QStringLiteral("sslCname"), QLatin1String(kCname)},
                                   {QStringLiteral("inferenceRouterHA"), QStringLiteral("False")}};
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("properties"), QJsonObject{
            {QStringLiteral("extensionType"), QStringLiteral("Microsoft.AzureML.Kubernetes")},
            {QStringLiteral("releaseTrain"), QStringLiteral("stable")},
            {QStringLiteral("scope"), QJsonObject{{QStringLiteral("cluster"), QJsonObject{{QStringLiteral("releaseNamespace"), QStringLiteral("azureml")}}}}},
            {QStringLiteral("configurationSettings"), settings},
            {QStringLiteral("configurationProtectedSettings"), QJsonObject{
                {QStringLiteral("sslCertPemFile"), QString::fromUtf8(m_certPem)},
                {QStringLiteral("sslKeyPemFile"), QString::fromUtf8(m_keyPem)}}}}}}).toJson();
        const test::HttpResult sent = m_sandbox.arm(
            "PUT", clusterId() + QStringLiteral("/providers/Microsoft.KubernetesConfiguration/extensions/azureml?api-version=2022-11-01"), body);
        QVERIFY2(sent.status == 200 || sent.status == 201, sent.body.constData());
    }

    // The sandbox's stored state (read after it stopped): the extension's protected settings.
    QJsonObject storedExtensionSecrets()
    {
        m_sandbox.stop();
        QFile state(m_sandbox.stateDir() + QStringLiteral("/state.json"));
        if (!state.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(state.readAll()).object().value(QStringLiteral("extensionSecrets")).toObject()
            .value(extensionKey()).toObject();
    }

    static bool journalHoldsKeyMaterial(const QString &journalDir)
    {
        QDir files(journalDir);
        for (const QString &file : files.entryList(QDir::Files)) {
            QFile f(files.filePath(file));
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains("PRIVATE KEY"))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFileInfo::exists(helperPath()));
        QVERIFY(m_files.isValid());
        const tls::test::TestPki pki;
        const tls::test::TestKey key(tls::test::KeyKind::Rsa2048);
        tls::test::LeafOptions leaf;
        leaf.commonName = QLatin1String(kCname);
        leaf.dnsNames = {QLatin1String(kCname)};
        m_certPem = pki.leafPem(key, leaf);
        m_keyPem = key.pkcs8Pem();
        for (const auto &[name, bytes] : {std::pair{QStringLiteral("cert.pem"), m_certPem}, std::pair{QStringLiteral("key.pem"), m_keyPem}}) {
            QFile file(m_files.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
        }
    }

    void killedAtEveryStepThenResumed_data()
    {
        QTest::addColumn<int>("killAtStep");
        QTest::addColumn<bool>("putReachedAzure");
        const char *steps[] = {"check-name", "install-extension", "wait-extension", "submit", "wait", "verify"};
        for (int step = 0; step < 6; ++step)
            QTest::addRow("step %d %s", step, steps[step]) << step << false;
        QTest::addRow("extension PUT intent, lost with the process") << -1 << false;
        QTest::addRow("extension PUT intent, reached Azure") << -1 << true;
    }

    void killedAtEveryStepThenResumed()
    {
        QFETCH(int, killAtStep);
        QFETCH(bool, putReachedAzure);
        m_sandbox.stop();
        QVERIFY(m_sandbox.start({QStringLiteral("--fresh")}));
        QTemporaryDir dir;
        const QString journalDir = dir.filePath(QStringLiteral("journal"));
        const QProcessEnvironment env = helperEnvironment(true);

        const auto killed = runAndKill(env, journalDir, killAtStep);
        QVERIFY(killed);
        QVERIFY2(!killed->isFinished(), "the operation finished before the kill: resume not exercised");
        QCOMPARE(killed->steps.size(), 6);
        QVERIFY(!killed->secretRef.isEmpty()); // the key material went to the keychain
        if (putReachedAzure)
            sendExtensionPut();

        const Resumed resumed = resume(env, journalDir);
        const auto done = onlyRecord(ops::Journal(journalDir));
        QVERIFY(done);
        QVERIFY2(done->state == ops::OperationState::Succeeded && resumed.exitCode == 0,
                 QByteArray(resumed.output + done->error.toUtf8()).constData());
        QVERIFY(!done->interruptedAt.isNull());
        // One PUT per resource across the crash.
        QCOMPARE(m_sandbox.countRequests("PUT", QStringLiteral("/extensions/azureml$")), 1);
        QCOMPARE(m_sandbox.countRequests("PUT", QStringLiteral("/computes/%1$").arg(QLatin1String(kCompute))), 1);
        // The key material left the keychain once the attach succeeded, and never reached the journal.
        QCOMPARE(keychainEntry(*done), secrets::SecretStatus::NotFound);
        QVERIFY(!journalHoldsKeyMaterial(journalDir));
        // The uploaded certificate and key are the extension's protected settings.
        const QJsonObject secrets = storedExtensionSecrets();
        QCOMPARE(secrets.value(QStringLiteral("sslCertPemFile")).toString().toUtf8(), m_certPem);
        QCOMPARE(secrets.value(QStringLiteral("sslKeyPemFile")).toString().toUtf8(), m_keyPem);
    }

    // Without a keychain, the certificate and key of a PUT that never left are gone with the
    // process: the resume looks for the extension (absent), sends nothing, and says what to do.
    void withoutKeychainALostPutIsNotSentWithoutItsCertificate()
    {
        m_sandbox.stop();
        QVERIFY(m_sandbox.start({QStringLiteral("--fresh")}));
        QTemporaryDir dir;
        const QString journalDir = dir.filePath(QStringLiteral("journal"));
        const QProcessEnvironment env = helperEnvironment(false);
        const auto killed = runAndKill(env, journalDir, -1);
        QVERIFY(killed);

        const Resumed resumed = resume(env, journalDir);
        const auto done = onlyRecord(ops::Journal(journalDir));
        QVERIFY(done);
        QCOMPARE(done->state, ops::OperationState::Failed);
        QCOMPARE(resumed.exitCode, 1);
        // (The helper, as the app, asked a keychain to keep them; with no Secret Service the
        // resume cannot read them back either way.)
        QVERIFY2(done->error.contains(QStringLiteral("Nothing was sent"))
                     && done->error.contains(QStringLiteral("attach again from the wizard")),
                 qPrintable(done->error));
        QCOMPARE(m_sandbox.countRequests("PUT", QStringLiteral("/extensions/azureml$")), 0);
        QCOMPARE(m_sandbox.countRequests("GET", QStringLiteral("/extensions/azureml$")), 1); // looked before deciding
        QCOMPARE(m_sandbox.countRequests("PUT", QStringLiteral("/computes/%1$").arg(QLatin1String(kCompute))), 0);
    }
};

QTEST_GUILESS_MAIN(TestCrashAttachV2)
#include "tst_crash_attach_v2.moc"
