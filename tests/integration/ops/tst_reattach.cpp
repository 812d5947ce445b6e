// Re-attach to update against the sandbox: the TLS cluster `tls-prod` is detached and attached
// again with the same settings and its certificate restored byte-identical; a certificate that
// cannot be recovered stops the operation before anything is detached; and the operation,
// stopped at each of its steps and resumed by a new runner, finishes with exactly one attach PUT.
#include <QTest>
#include <QJsonObject>

#include <memory>

#include "arm/ArmConnection.h"
#include "auth/SandboxCredential.h"
#include "ops/Journal.h"
#include "ops/OperationPlan.h"
#include "ops/OperationRunner.h"
#include "ops/TlsRecovery.h"
#include "secrets/SessionSecretStore.h"
#include "OpsTestHelpers.h"
#include "support/SandboxProcess.h"
#include "support/SandboxSession.h"

using namespace cw;
using cw::test::computeRegex;
using cw::test::demoWorkspace;

class TestReattach : public QObject
{
    Q_OBJECT

    test::SandboxProcess m_sandbox;
    std::unique_ptr<arm::ArmConnection> m_connection;
    std::unique_ptr<QTemporaryDir> m_journalDir;
    std::unique_ptr<ops::Journal> m_journal;
    std::unique_ptr<secrets::SessionSecretStore> m_secrets;

    std::unique_ptr<ops::OperationRunner> newRunner(secrets::SecretStore *store = nullptr)
    {
        auto runner = std::make_unique<ops::OperationRunner>(m_connection.get(), m_journal.get(),
                                                             store ? store : m_secrets.get());
        runner->setDefaultPollIntervalMs(50);
        return runner;
    }

    ops::OperationRecord finish(ops::OperationRunner &runner, const QString &id)
    {
        std::optional<ops::OperationRecord> done;
        auto conn = connect(&runner, &ops::OperationRunner::operationFinished, this,
                            [&](const ops::OperationRecord &r) { if (r.id == id) done = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 60000); }();
        disconnect(conn);
        return done.value_or(ops::OperationRecord{});
    }

    // The azuremlfessl secret as the cluster holds it now (read the way the product reads it).
    tls::TlsMaterial clusterTls(const QString &compute)
    {
        ops::TlsRecovery recovery(m_connection.get(), demoWorkspace(), compute);
        std::optional<tls::TlsMaterial> got;
        connect(&recovery, &ops::TlsRecovery::finished, this, [&](const tls::TlsMaterial &m) { got = m; });
        recovery.start();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000); }();
        return got.value_or(tls::TlsMaterial{});
    }

    QString provisioningStateOf(const QString &name)
    {
        const test::HttpResult r = m_sandbox.arm("GET", azure::armpath::compute(demoWorkspace(), name)
                                                            + QStringLiteral("?api-version=2022-10-01"));
        return r.status == 200 ? r.json().object().value(QLatin1String("properties")).toObject()
                                     .value(QLatin1String("provisioningState")).toString()
                               : QString::number(r.status);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        m_connection = test::sandboxConnection(m_sandbox);
        m_secrets = std::make_unique<secrets::SessionSecretStore>();
    }

    void init()
    {
        m_journalDir = std::make_unique<QTemporaryDir>();
        m_journal = std::make_unique<ops::Journal>(m_journalDir->path());
        m_sandbox.control("DELETE", QStringLiteral("/_sandbox/faults"));
        m_sandbox.control("DELETE", QStringLiteral("/_sandbox/requests"));
    }

    void reattachesTheTlsClusterWithItsCertificateByteIdentical()
    {
        const tls::TlsMaterial before = clusterTls(QStringLiteral("tls-prod"));
        QVERIFY2(before.ok(), qPrintable(before.message));
        m_sandbox.control("DELETE", QStringLiteral("/_sandbox/requests"));

        auto runner = newRunner();
        const QString id = runner->startReattach(demoWorkspace(), QStringLiteral("tls-prod"));
        const ops::OperationRecord done = finish(*runner, id);
        QCOMPARE(ops::nameOf(done.state), QStringLiteral("succeeded"));
        QCOMPARE(done.steps.size(), 8);
        for (const ops::OperationStep &st : done.steps)
            QVERIFY2(st.state == ops::StepState::Done, qPrintable(st.id + QStringLiteral(": ") + st.message));
        QCOMPARE(m_sandbox.countRequests("DELETE", QStringLiteral("/computes/tls-prod")), 1);
        QCOMPARE(m_sandbox.countRequests("PUT", computeRegex(QStringLiteral("tls-prod"))), 1);
        QCOMPARE(provisioningStateOf(QStringLiteral("tls-prod")), QStringLiteral("Succeeded"));

        const tls::TlsMaterial after = clusterTls(QStringLiteral("tls-prod"));
        QVERIFY2(after.ok(), qPrintable(after.message));
        QCOMPARE(after.certPem, before.certPem);
        QCOMPARE(after.keyPem, before.keyPem);

        // The key never reached the journal.
        QDir dir(m_journalDir->path());
        for (const QString &file : dir.entryList(QDir::Files)) {
            QFile f(dir.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!f.readAll().contains("PRIVATE KEY"));
        }
    }

    void reattachesWithTheUsersOwnCertificateFiles()
    {
        const tls::TlsMaterial before = clusterTls(QStringLiteral("tls-prod"));
        QVERIFY(before.ok());
        m_sandbox.control("DELETE", QStringLiteral("/_sandbox/requests"));
        auto runner = newRunner();
        const QString id = runner->startReattach(demoWorkspace(), QStringLiteral("tls-prod"), before);
        const ops::OperationRecord done = finish(*runner, id);
        QCOMPARE(ops::nameOf(done.state), QStringLiteral("succeeded"));
        QVERIFY(done.steps.at(1).message.contains(QStringLiteral("your files")));
        QCOMPARE(m_sandbox.countRequests("POST", QStringLiteral("/listKeys")), 0);
        QCOMPARE(clusterTls(QStringLiteral("tls-prod")).keyPem, before.keyPem);
    }

    void reattachesAClusterWithoutTlsSkippingTheCertificateStep()
    {
        auto runner = newRunner();
        const QString id = runner->startReattach(demoWorkspace(), QStringLiteral("inference-prod"));
        const ops::OperationRecord done = finish(*runner, id);
        QVERIFY2(done.state == ops::OperationState::Succeeded, qPrintable(done.error));
        const ops::OperationStep *tlsStep = const_cast<ops::OperationRecord &>(done).step(QLatin1String(ops::step::kRecoverTls));
        QVERIFY(tlsStep);
        QVERIFY(tlsStep->state == ops::StepState::Skipped || tlsStep->state == ops::StepState::Done);
        QCOMPARE(m_sandbox.countRequests("PUT", computeRegex(QStringLiteral("inference-prod"))), 1);
    }

    void anUnrecoverableCertificateStopsBeforeDetaching()
    {
        m_sandbox.control("POST", QStringLiteral("/_sandbox/faults"),
                          QJsonDocument(QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                                                    {QStringLiteral("path"), QStringLiteral("/listKeys")},
                                                    {QStringLiteral("kind"), QStringLiteral("status")},
                                                    {QStringLiteral("status"), 403},
                                                    {QStringLiteral("count"), 10}}));
        auto runner = newRunner();
        const QString id = runner->startReattach(demoWorkspace(), QStringLiteral("tls-prod"));
        const ops::OperationRecord done = finish(*runner, id);
        QCOMPARE(ops::nameOf(done.state), QStringLiteral("failed"));
        QCOMPARE(done.currentStep, 1);
        QVERIFY(done.error.contains(QStringLiteral("Nothing was detached")));
        QCOMPARE(m_sandbox.countRequests("DELETE", QStringLiteral("/computes/")), 0);
        QCOMPARE(provisioningStateOf(QStringLiteral("tls-prod")), QStringLiteral("Succeeded"));
    }

    void aReattachPutAnsweredWithAnUnreadableBodyIsNeverSentTwice()
    {
        // Issue 17, item 1: the attach PUT's 2xx has an unreadable body.
        const tls::TlsMaterial before = clusterTls(QStringLiteral("tls-prod"));
        QVERIFY(before.ok());
        m_sandbox.control("DELETE", QStringLiteral("/_sandbox/requests"));
        m_sandbox.control("POST", QStringLiteral("/_sandbox/faults"),
                          QJsonDocument(QJsonObject{{QStringLiteral("method"), QStringLiteral("PUT")},
                                                    {QStringLiteral("path"), QStringLiteral("/computes/tls-prod$")},
                                                    {QStringLiteral("kind"), QStringLiteral("malformed")},
                                                    {QStringLiteral("count"), 1}}));
        auto runner = newRunner();
        ops::OperationRecord done = finish(*runner, runner->startReattach(demoWorkspace(), QStringLiteral("tls-prod")));
        if (done.state != ops::OperationState::Succeeded) {
            QVERIFY(runner->resume(done.id));
            done = finish(*runner, done.id);
        }
        QVERIFY2(done.state == ops::OperationState::Succeeded, qPrintable(done.error));
        QCOMPARE(m_sandbox.countRequests("PUT", computeRegex(QStringLiteral("tls-prod"))), 1);
        QCOMPARE(provisioningStateOf(QStringLiteral("tls-prod")), QStringLiteral("Succeeded"));
        QCOMPARE(clusterTls(QStringLiteral("tls-prod")).certPem, before.certPem);
    }

    void withoutAKeychainAResumeReadsTheCertificateFromTheCluster()
    {
        // Issue 17, item 2, in process: no keychain, and the process "dies" after the detach; the
        // restarted one (a new, empty memory store) reads the material back from the AKS cluster.
        const tls::TlsMaterial before = clusterTls(QStringLiteral("tls-prod"));
        QVERIFY(before.ok());
        m_sandbox.control("DELETE", QStringLiteral("/_sandbox/requests"));
        auto firstStore = std::make_unique<secrets::SessionSecretStore>();
        auto runner = newRunner(firstStore.get());
        bool stopRequested = false;
        connect(runner.get(), &ops::OperationRunner::operationChanged, this, [&](const ops::OperationRecord &r) {
            if (!stopRequested && r.currentStep >= 4 && !r.isFinished()) { // verify-detached
                stopRequested = true;
                QMetaObject::invokeMethod(this, [&] { runner.reset(); }, Qt::QueuedConnection);
            }
        });
        const QString id = runner->startReattach(demoWorkspace(), QStringLiteral("tls-prod"));
        QTRY_VERIFY_WITH_TIMEOUT(!runner, 30000);
        firstStore.reset();
        const std::optional<ops::OperationRecord> saved = m_journal->load(id);
        QVERIFY(saved && !saved->isFinished());
        QCOMPARE(saved->tlsKept, QStringLiteral("cluster-secret")); // the journal says where, truthfully

        secrets::SessionSecretStore emptyStore;
        auto second = newRunner(&emptyStore);
        QVERIFY(second->resume(id));
        const ops::OperationRecord done = finish(*second, id);
        QVERIFY2(done.state == ops::OperationState::Succeeded, qPrintable(done.error));
        QCOMPARE(m_sandbox.countRequests("PUT", computeRegex(QStringLiteral("tls-prod"))), 1);
        const tls::TlsMaterial after = clusterTls(QStringLiteral("tls-prod"));
        QCOMPARE(after.certPem, before.certPem);
        QCOMPARE(after.keyPem, before.keyPem);
    }

    void withoutAnyDurablePlaceNothingIsDetached()
    {
        m_sandbox.control("POST", QStringLiteral("/_sandbox/faults"),
                          QJsonDocument(QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                                                    {QStringLiteral("path"), QStringLiteral("listClusterAdminCredential")},
                                                    {QStringLiteral("kind"), QStringLiteral("status")},
                                                    {QStringLiteral("status"), 403},
                                                    {QStringLiteral("count"), -1}}));
        auto runner = newRunner();
        const ops::OperationRecord done = finish(*runner, runner->startReattach(demoWorkspace(), QStringLiteral("tls-prod")));
        QCOMPARE(ops::nameOf(done.state), QStringLiteral("failed"));
        QVERIFY2(done.error.contains(QStringLiteral("no durable place")), qPrintable(done.error));
        QVERIFY(done.error.contains(QStringLiteral("Nothing was detached")));
        QVERIFY(!done.resumable);
        QCOMPARE(m_sandbox.countRequests("DELETE", QStringLiteral("/computes/")), 0);
        QCOMPARE(provisioningStateOf(QStringLiteral("tls-prod")), QStringLiteral("Succeeded"));
    }

    void aMissingComputeFailsClearly()
    {
        auto runner = newRunner();
        const QString id = runner->startReattach(demoWorkspace(), QStringLiteral("no-such-compute"));
        const ops::OperationRecord done = finish(*runner, id);
        QCOMPARE(ops::nameOf(done.state), QStringLiteral("failed"));
        QVERIFY(done.error.contains(QStringLiteral("no-such-compute")));
    }

    void resumesFromEveryStepWithOneAttachPut_data()
    {
        QTest::addColumn<int>("stopAtStep");
        for (int i = 0; i < 8; ++i)
            QTest::addRow("step %d", i) << i;
    }

    void resumesFromEveryStepWithOneAttachPut()
    {
        QFETCH(int, stopAtStep);
        const tls::TlsMaterial before = clusterTls(QStringLiteral("tls-prod"));
        QVERIFY(before.ok());
        m_sandbox.control("DELETE", QStringLiteral("/_sandbox/requests"));

        auto runner = newRunner();
        bool stopRequested = false;
        QString id;
        // "Dies" as soon as the journal shows the step running: the runner is destroyed from the
        // event loop (aborting whatever request is out), as a killed process would leave it.
        connect(runner.get(), &ops::OperationRunner::operationChanged, this, [&](const ops::OperationRecord &r) {
            if (!stopRequested && r.currentStep >= stopAtStep && !r.isFinished()) {
                stopRequested = true;
                QMetaObject::invokeMethod(this, [&] { runner.reset(); }, Qt::QueuedConnection);
            }
        });
        id = runner->startReattach(demoWorkspace(), QStringLiteral("tls-prod"));
        QTRY_VERIFY_WITH_TIMEOUT(!runner, 30000);

        const std::optional<ops::OperationRecord> saved = m_journal->load(id);
        QVERIFY(saved);
        if (saved->isFinished())
            QSKIP("the operation ended before it could be stopped");
        auto second = newRunner();
        QCOMPARE(second->resumeUnfinished(), 1);
        const ops::OperationRecord done = finish(*second, id);
        QVERIFY2(done.state == ops::OperationState::Succeeded, qPrintable(done.error));
        QCOMPARE(m_sandbox.countRequests("PUT", computeRegex(QStringLiteral("tls-prod"))), 1);
        QCOMPARE(provisioningStateOf(QStringLiteral("tls-prod")), QStringLiteral("Succeeded"));
        const tls::TlsMaterial after = clusterTls(QStringLiteral("tls-prod"));
        QCOMPARE(after.certPem, before.certPem);
        QCOMPARE(after.keyPem, before.keyPem);
    }
};

QTEST_GUILESS_MAIN(TestReattach)
#include "tst_reattach.moc"
