// The operation runner against the sandbox over HTTPS: create, attach, update, detach as
// journaled steps; failures in the service's words; and resuming after the process "died" at
// each delicate point without ever sending a create/attach PUT twice.
#include <algorithm>
#include <QSignalSpy>
#include <QTest>
#include <QJsonObject>
// QCOMPARE on two nlohmann::json values also weighs qCompare(qfloat16, qfloat16): json's
// conversion traits need qfloat16 complete (<QtTest> used to bring all of QtCore).
#include <QFloat16>

#include <memory>

#include "arm/ArmConnection.h"
#include "auth/SandboxCredential.h"
#include "azure/KubernetesComputeSpec.h"
#include "export/ArmBody.h"
#include "export/ArmRequestExport.h"
#include "ops/Journal.h"
#include "ops/OperationPlan.h"
#include "ops/OperationRunner.h"
#include "rules/ComputeSpec.h"
#include "OpsTestHelpers.h"
#include "support/SandboxProcess.h"
#include "support/SandboxSession.h"

using namespace cw;
using cw::test::computeRegex;
using cw::test::demoWorkspace;

namespace {

constexpr auto kSub = test::kSandboxSubscription;

// Dev-test on one small node unless asked: the sandbox enforces a regional core quota, as Azure does.
rules::ComputeSpec createSpec(const QString &name, bool production = false)
{
    rules::ComputeSpec spec;
    spec.mode = rules::ComputeMode::Create;
    spec.workspace = {.subscriptionId = QLatin1String(kSub), .resourceGroup = QStringLiteral("rg-ml"),
                      .workspace = QStringLiteral("ws-demo"), .location = QStringLiteral("westeurope")};
    spec.name = name;
    spec.purpose = production ? rules::ClusterPurpose::FastProd : rules::ClusterPurpose::DevTest;
    spec.vmSize = production ? QStringLiteral("Standard_D3_v2") : QStringLiteral("Standard_D2_v2");
    spec.nodeCount = production ? 3 : 1;
    return spec;
}

} // namespace

class TestOperationRunner : public QObject
{
    Q_OBJECT

    test::SandboxProcess m_sandbox;
    std::unique_ptr<arm::ArmConnection> m_connection;
    std::unique_ptr<QTemporaryDir> m_journalDir;
    std::unique_ptr<ops::Journal> m_journal;

    std::unique_ptr<ops::OperationRunner> newRunner()
    {
        auto runner = std::make_unique<ops::OperationRunner>(m_connection.get(), m_journal.get());
        runner->setDefaultPollIntervalMs(50);
        return runner;
    }

    // Waits for the operation's final record; a timeout comes back as a failed record saying so.
    ops::OperationRecord finish(ops::OperationRunner &runner, const QString &id)
    {
        std::optional<ops::OperationRecord> done;
        auto conn = connect(&runner, &ops::OperationRunner::operationFinished, this,
                            [&](const ops::OperationRecord &r) { if (r.id == id) done = r; });
        const bool arrived = QTest::qWaitFor([&] { return done.has_value(); }, 30000);
        disconnect(conn);
        if (arrived)
            return *done;
        ops::OperationRecord timedOut;
        timedOut.id = id;
        timedOut.state = ops::OperationState::Failed;
        timedOut.error = QStringLiteral("test: the operation did not finish within 30 s");
        return timedOut;
    }

    QJsonObject compute(const QString &name)
    {
        const test::HttpResult r = m_sandbox.arm("GET", azure::armpath::compute(demoWorkspace(), name)
                                                            + QStringLiteral("?api-version=2022-10-01"));
        return r.status == 200 ? r.json().object() : QJsonObject();
    }

    // A create journaled as the process died: the name checked, the PUT's intent recorded.
    // Returns the record (empty id if the journal refused it).
    ops::OperationRecord journalInterruptedPut(const rules::ComputeSpec &spec, const QString &cloud)
    {
        ops::OperationRecord record = ops::planCreateOrAttach(spec, cloud);
        record.requestBody = exporting::computeResourceBody(spec);
        record.steps[0].state = ops::StepState::Done;
        record.currentStep = 1;
        record.putPhase = ops::PutPhase::IntentRecorded;
        if (!m_journal->save(record))
            record.id.clear();
        return record;
    }

    void injectFault(const QString &method, const QString &path, const QString &kind, int status = 0, int count = 1)
    {
        QJsonObject fault{{QStringLiteral("method"), method}, {QStringLiteral("path"), path},
                          {QStringLiteral("kind"), kind}, {QStringLiteral("count"), count}};
        if (status)
            fault.insert(QStringLiteral("status"), status);
        m_sandbox.control("POST", QStringLiteral("/_sandbox/faults"), QJsonDocument(fault));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        m_connection = test::sandboxConnection(m_sandbox);
    }

    void init()
    {
        m_journalDir = std::make_unique<QTemporaryDir>();
        m_journal = std::make_unique<ops::Journal>(m_journalDir->path());
        m_sandbox.control("DELETE", QStringLiteral("/_sandbox/faults"));
        m_sandbox.control("DELETE", QStringLiteral("/_sandbox/requests"));
    }

    void createsAProductionCluster()
    {
        auto runner = newRunner();
        const QString id = runner->startCreateOrAttach(createSpec(QStringLiteral("ops-create"), true));
        const ops::OperationRecord r = finish(*runner, id);
        QVERIFY2(r.state == ops::OperationState::Succeeded, qPrintable(r.error));
        QCOMPARE(r.currentStep, r.steps.size());
        for (const ops::OperationStep &st : r.steps)
            QCOMPARE(st.state, ops::StepState::Done);
        QCOMPARE(compute(QStringLiteral("ops-create"))[QStringLiteral("properties")].toObject()
                     [QStringLiteral("provisioningState")].toString(), QStringLiteral("Succeeded"));
        QCOMPARE(m_sandbox.countRequests("PUT", computeRegex(QStringLiteral("ops-create"))), 1);
        // The Review page's exported request is the very one the operation sent (one builder).
        const rules::ComputeSpec spec = createSpec(QStringLiteral("ops-create"), true);
        const QString base = QStringLiteral("https://arm.example");
        QStringList sent;
        for (const QJsonValue &entry : m_sandbox.requests())
            if (entry[QLatin1String("method")].toString() == QLatin1String("PUT")
                && entry[QLatin1String("path")].toString().endsWith(QLatin1String("/computes/ops-create")))
                sent.append(base + entry[QLatin1String("path")].toString() + QLatin1Char('?')
                            + entry[QLatin1String("query")].toString());
        QCOMPARE(sent, QStringList{exporting::armRequest(spec, true, base).url});
        QCOMPARE(r.requestBody, exporting::computeResourceBody(spec));
        // The journal holds the finished record.
        QCOMPARE(m_journal->load(id)->state, ops::OperationState::Succeeded);
        QVERIFY(m_journal->unfinished().isEmpty());
    }

    // The wizard's v2 attach: the extension, then the compute, in one journaled operation. A name
    // already taken stops it before the extension is installed; a refused attach after the install
    // says the extension stays, and attaching again reuses it (one extension PUT in all).
    void attachesAsKubernetesAfterInstallingTheExtension()
    {
        const QString cluster = QStringLiteral("/subscriptions/%1/resourceGroups/rg-aks/providers/"
                                               "Microsoft.ContainerService/managedClusters/aks-small").arg(QLatin1String(kSub));
        ops::ExtensionInstall install;
        install.clusterId = cluster;
        install.configuration.settings = {{QStringLiteral("enableInference"), QStringLiteral("True")},
                                          {QStringLiteral("inferenceRouterServiceType"), QStringLiteral("nodePort")},
                                          {QStringLiteral("allowInsecureConnections"), QStringLiteral("True")},
                                          {QStringLiteral("inferenceRouterHA"), QStringLiteral("False")}};
        azure::KubernetesComputeSpec spec;
        spec.clusterId = cluster;
        spec.location = QStringLiteral("westeurope");
        auto runner = newRunner();
        const QString extensionPath = QStringLiteral("/managedClusters/aks-small/providers/Microsoft.KubernetesConfiguration/extensions/azureml$");

        spec.name = QStringLiteral("inference-prod"); // taken
        ops::OperationRecord r = finish(*runner, runner->startAttachKubernetes(demoWorkspace(), spec, install));
        QCOMPARE(r.state, ops::OperationState::Failed);
        QVERIFY2(r.error.contains(QStringLiteral("already exists")), qPrintable(r.error));
        QCOMPARE(m_sandbox.countRequests("PUT", extensionPath), 0);

        spec.name = QStringLiteral("small-v2");
        injectFault(QStringLiteral("PUT"), QStringLiteral(".*/computes/small-v2"), QStringLiteral("status"), 400);
        r = finish(*runner, runner->startAttachKubernetes(demoWorkspace(), spec, install));
        QCOMPARE(r.state, ops::OperationState::Failed);
        QStringList ids;
        for (const ops::OperationStep &st : r.steps)
            ids << st.id;
        QCOMPARE(ids, (QStringList{QStringLiteral("check-name"), QStringLiteral("install-extension"), QStringLiteral("wait-extension"),
                                   QStringLiteral("submit"), QStringLiteral("wait"), QStringLiteral("verify")}));
        QCOMPARE(r.steps.at(2).state, ops::StepState::Done);
        QCOMPARE(r.steps.at(3).state, ops::StepState::Failed);
        QVERIFY2(r.error.contains(QStringLiteral("extension azureml is installed on the cluster and stays")), qPrintable(r.error));
        QCOMPARE(m_sandbox.countRequests("PUT", extensionPath), 1);

        install.reuse = true;
        r = finish(*runner, runner->startAttachKubernetes(demoWorkspace(), spec, install));
        QVERIFY2(r.state == ops::OperationState::Succeeded, qPrintable(r.error));
        QCOMPARE(r.steps.size(), 5); // reused: no wait for the extension
        QCOMPARE(r.steps.at(1).state, ops::StepState::Skipped);
        QCOMPARE(m_sandbox.countRequests("PUT", extensionPath), 1);
        QCOMPARE(compute(QStringLiteral("small-v2"))[QStringLiteral("properties")].toObject()
                     [QStringLiteral("computeType")].toString(), QStringLiteral("Kubernetes"));
        // Detached again: the other cases attach aks-small as v1.
        r = finish(*runner, runner->startDetach(demoWorkspace(), QStringLiteral("small-v2")));
        QVERIFY2(r.state == ops::OperationState::Succeeded, qPrintable(r.error));
    }

    void refusesANameThatExistsWithoutSendingAPut()
    {
        auto runner = newRunner();
        const QString id = runner->startCreateOrAttach(createSpec(QStringLiteral("inference-prod")));
        const ops::OperationRecord r = finish(*runner, id);
        QCOMPARE(r.state, ops::OperationState::Failed);
        QVERIFY2(r.error.contains(QStringLiteral("already exists")), qPrintable(r.error));
        QCOMPARE(m_sandbox.countRequests("PUT", computeRegex(QStringLiteral("inference-prod"))), 0);
    }

    void reportsTheServicesProvisioningErrors()
    {
        m_sandbox.control("POST", QStringLiteral("/_sandbox/operations/fail-next"),
                          QJsonDocument(QJsonObject{{QStringLiteral("path"), QStringLiteral("ops-quota")},
                                                    {QStringLiteral("errors"), QJsonArray{QJsonObject{
                                                         {QStringLiteral("code"), QStringLiteral("QuotaExceeded")},
                                                         {QStringLiteral("message"), QStringLiteral("Operation results in exceeding approved Total Regional Cores quota.")}}}}}));
        auto runner = newRunner();
        const QString id = runner->startCreateOrAttach(createSpec(QStringLiteral("ops-quota")));
        const ops::OperationRecord r = finish(*runner, id);
        QCOMPARE(r.state, ops::OperationState::Failed);
        QVERIFY2(r.error.contains(QStringLiteral("Total Regional Cores quota")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("QuotaExceeded")), qPrintable(r.error));
        // One by one as well, so no view parses the sentence back.
        QCOMPARE(r.serviceErrors.size(), 1);
        QCOMPARE(r.serviceErrors.at(0).code, QStringLiteral("QuotaExceeded"));
        QCOMPARE(r.serviceErrors.at(0).message,
                 QStringLiteral("Operation results in exceeding approved Total Regional Cores quota."));
        QCOMPARE(r.steps.at(r.currentStep).id, QLatin1String(ops::step::kWait));
    }

    void attachesThenSwitchesToInternalLoadBalancerThenDetaches()
    {
        rules::ComputeSpec spec = createSpec(QStringLiteral("ops-attach"));
        spec.mode = rules::ComputeMode::Attach;
        spec.aksResourceId = QStringLiteral("/subscriptions/%1/resourceGroups/rg-aks/providers/"
                                            "Microsoft.ContainerService/managedClusters/aks-plain").arg(QLatin1String(kSub));
        auto runner = newRunner();
        ops::OperationRecord r = finish(*runner, runner->startCreateOrAttach(spec));
        QVERIFY2(r.state == ops::OperationState::Succeeded, qPrintable(r.error));

        const nlohmann::json patch = {{"properties", {{"properties", {{"loadBalancerType", "InternalLoadBalancer"},
                                                                      {"loadBalancerSubnet", "default"}}}}}};
        r = finish(*runner, runner->startUpdate(demoWorkspace(), QStringLiteral("ops-attach"), patch,
                                                QStringLiteral("Switch to ILB")));
        QVERIFY2(r.state == ops::OperationState::Succeeded, qPrintable(r.error));
        const QJsonObject inner = compute(QStringLiteral("ops-attach"))[QStringLiteral("properties")].toObject()
                                      [QStringLiteral("properties")].toObject();
        QCOMPARE(inner[QStringLiteral("loadBalancerType")].toString(), QStringLiteral("InternalLoadBalancer"));
        QCOMPARE(inner[QStringLiteral("clusterPurpose")].toString(), QStringLiteral("DevTest")); // kept

        r = finish(*runner, runner->startDetach(demoWorkspace(), QStringLiteral("ops-attach")));
        QVERIFY2(r.state == ops::OperationState::Succeeded, qPrintable(r.error));
        QVERIFY(compute(QStringLiteral("ops-attach")).isEmpty());
        // Detach keeps the AKS cluster.
        QCOMPARE(m_sandbox.arm("GET", spec.aksResourceId + QStringLiteral("?api-version=2022-11-01")).status, 200);
    }

    // A detach that meets 409 "operation in progress" follows that removal; when the removal has
    // ended by the time it reads the compute (404), the detach is done, not failed. (The matrix
    // met this race: a resumed delete failed on a conflict while the compute was already gone.)
    void aConflictWhoseRemovalHasEndedIsADoneDetach()
    {
        rules::ComputeSpec spec = createSpec(QStringLiteral("ops-gone"));
        spec.mode = rules::ComputeMode::Attach;
        spec.aksResourceId = QStringLiteral("/subscriptions/%1/resourceGroups/rg-aks/providers/"
                                            "Microsoft.ContainerService/managedClusters/aks-small").arg(QLatin1String(kSub));
        auto runner = newRunner();
        ops::OperationRecord r = finish(*runner, runner->startCreateOrAttach(spec));
        QVERIFY2(r.state == ops::OperationState::Succeeded, qPrintable(r.error));
        // Someone else's detach removes it first; our DELETE then meets the conflict it left.
        QCOMPARE(m_sandbox.arm("DELETE", azure::armpath::compute(demoWorkspace(), QStringLiteral("ops-gone"))
                                             + QStringLiteral("?api-version=2022-10-01&underlyingResourceAction=Detach")).status,
                 202);
        QTRY_VERIFY_WITH_TIMEOUT(compute(QStringLiteral("ops-gone")).isEmpty(), 30000);
        injectFault(QStringLiteral("DELETE"), QStringLiteral("ops-gone$"), QStringLiteral("status"), 409);

        r = finish(*runner, runner->startDetach(demoWorkspace(), QStringLiteral("ops-gone")));
        QVERIFY2(r.state == ops::OperationState::Succeeded, qPrintable(r.error));
        QCOMPARE(m_sandbox.countRequests("DELETE", computeRegex(QStringLiteral("ops-gone"))), 2);
    }

    void resumesAfterTheProcessDiedWhileWaiting()
    {
        m_sandbox.control("POST", QStringLiteral("/_sandbox/settings"),
                          QJsonDocument(QJsonObject{{QStringLiteral("speed"), 0.5}}));
        QString id;
        {
            auto runner = newRunner();
            id = runner->startCreateOrAttach(createSpec(QStringLiteral("ops-resume")));
            QTRY_VERIFY_WITH_TIMEOUT(m_journal->load(id)->putPhase == ops::PutPhase::Acknowledged
                                         && m_journal->load(id)->lro.isValid(), 20000);
            runner->stopAll(); // as if the process had been killed: only the journal remains
        }
        m_sandbox.control("POST", QStringLiteral("/_sandbox/settings"),
                          QJsonDocument(QJsonObject{{QStringLiteral("speed"), 0.01}}));
        QCOMPARE(m_journal->unfinished().size(), 1);
        auto runner = newRunner();
        QCOMPARE(runner->resumeUnfinished(), 1);
        const ops::OperationRecord r = finish(*runner, id);
        QVERIFY2(r.state == ops::OperationState::Succeeded, qPrintable(r.error));
        QCOMPARE(m_sandbox.countRequests("PUT", computeRegex(QStringLiteral("ops-resume"))), 1);
    }

    void resumesAnInterruptedPutThatReachedAzureWithoutSendingItAgain()
    {
        // The journal says the PUT was about to leave; it did reach the service.
        const rules::ComputeSpec spec = createSpec(QStringLiteral("ops-intent-landed"));
        ops::OperationRecord record = journalInterruptedPut(spec, QStringLiteral("Sandbox"));
        QVERIFY(!record.id.isEmpty());
        const QString path = azure::armpath::compute(demoWorkspace(), spec.name) + QStringLiteral("?api-version=2022-10-01");
        QCOMPARE(m_sandbox.arm("PUT", path, QByteArray::fromStdString(record.requestBody.dump())).status, 201);

        auto runner = newRunner();
        QCOMPARE(runner->resumeUnfinished(), 1);
        const ops::OperationRecord r = finish(*runner, record.id);
        QVERIFY2(r.state == ops::OperationState::Succeeded, qPrintable(r.error));
        QCOMPARE(m_sandbox.countRequests("PUT", computeRegex(spec.name)), 1); // only ours above
    }

    void resumesOnlyTheSessionsCloud()
    {
        // An operation journaled while signed in to Azure must not be driven with the sandbox's
        // connection (its URLs and tokens belong to Azure): it waits for a session on its cloud.
        const rules::ComputeSpec spec = createSpec(QStringLiteral("ops-other-cloud"));
        ops::OperationRecord record = journalInterruptedPut(spec, QStringLiteral("AzureCloud"));
        QVERIFY(!record.id.isEmpty());

        auto runner = newRunner();
        QCOMPARE(runner->resumeUnfinished(), 0);
        QVERIFY(!runner->resume(record.id)); // nor by hand (the operations dock's Resume)
        QVERIFY(!runner->isActive(record.id));
        QCOMPARE(m_sandbox.countRequests("PUT", computeRegex(spec.name)), 0);
        const auto unfinished = m_journal->unfinished();
        QVERIFY(std::any_of(unfinished.begin(), unfinished.end(),
                            [&record](const ops::OperationRecord &r) { return r.id == record.id; }));
        QVERIFY(m_journal->remove(record.id)); // leave the journal as the other tests expect it
    }

    void resumesAnInterruptedPutThatNeverArrivedBySendingItOnce()
    {
        const rules::ComputeSpec spec = createSpec(QStringLiteral("ops-intent-lost"));
        ops::OperationRecord record = journalInterruptedPut(spec, QStringLiteral("Sandbox"));
        QVERIFY(!record.id.isEmpty());

        auto runner = newRunner();
        QCOMPARE(runner->resumeUnfinished(), 1);
        const ops::OperationRecord r = finish(*runner, record.id);
        QVERIFY2(r.state == ops::OperationState::Succeeded, qPrintable(r.error));
        QCOMPARE(m_sandbox.countRequests("PUT", computeRegex(spec.name)), 1);
    }

    void anAmbiguousCreateFailureIsLookedUpNotResent()
    {
        // The connection drops on the PUT: the pipeline GETs first, the runner follows.
        m_sandbox.control("POST", QStringLiteral("/_sandbox/faults"),
                          QJsonDocument(QJsonObject{{QStringLiteral("method"), QStringLiteral("PUT")},
                                                    {QStringLiteral("path"), QStringLiteral("ops-dropped$")},
                                                    {QStringLiteral("kind"), QStringLiteral("status")},
                                                    {QStringLiteral("status"), 500},
                                                    {QStringLiteral("count"), 1}}));
        auto runner = newRunner();
        const QString id = runner->startCreateOrAttach(createSpec(QStringLiteral("ops-dropped")));
        const ops::OperationRecord r = finish(*runner, id);
        QVERIFY2(r.state == ops::OperationState::Succeeded, qPrintable(r.error));
        // The 500 was answered without creating; the probe found nothing; one more PUT went out.
        QCOMPARE(m_sandbox.countRequests("PUT", computeRegex(QStringLiteral("ops-dropped"))), 2);
        QVERIFY(!compute(QStringLiteral("ops-dropped")).isEmpty());
    }

    void aPutAnsweredWithAnUnreadableBodyIsNeverSentTwice_data()
    {
        QTest::addColumn<bool>("attach");
        QTest::newRow("create") << false;
        QTest::newRow("attach") << true;
    }

    void aPutAnsweredWithAnUnreadableBodyIsNeverSentTwice()
    {
        // A 2xx whose body cannot be read: Azure took the request. Whatever the run concludes,
        // resuming it must not send it again (issue 17, item 1).
        QFETCH(bool, attach);
        rules::ComputeSpec spec = createSpec(attach ? QStringLiteral("ops-garbled-attach") : QStringLiteral("ops-garbled-create"));
        if (attach) {
            spec.mode = rules::ComputeMode::Attach;
            spec.aksResourceId = QStringLiteral("/subscriptions/%1/resourceGroups/rg-aks/providers/"
                                                "Microsoft.ContainerService/managedClusters/aks-small").arg(QLatin1String(kSub));
        }
        injectFault(QStringLiteral("PUT"), spec.name + QLatin1Char('$'), QStringLiteral("malformed"));
        auto runner = newRunner();
        ops::OperationRecord r = finish(*runner, runner->startCreateOrAttach(spec));
        if (r.state != ops::OperationState::Succeeded) {
            QVERIFY(r.putPhase != ops::PutPhase::NotSent); // never "not sent" after a 2xx
            QVERIFY(runner->resume(r.id));
            r = finish(*runner, r.id);
        }
        QVERIFY2(r.state == ops::OperationState::Succeeded, qPrintable(r.error));
        QCOMPARE(m_sandbox.countRequests("PUT", computeRegex(spec.name)), 1);
        QCOMPARE(compute(spec.name)[QStringLiteral("properties")].toObject()[QStringLiteral("provisioningState")].toString(),
                 QStringLiteral("Succeeded"));
    }

    void aConflictOnTheResentPutIsLookedUpNotReported()
    {
        // The journal says the PUT was about to leave; it did land, but the first lookup is
        // answered 404 (a stale read): the PUT goes once more and gets 409 "already exists".
        const rules::ComputeSpec spec = createSpec(QStringLiteral("ops-conflict"));
        ops::OperationRecord record = journalInterruptedPut(spec, QStringLiteral("Sandbox"));
        QVERIFY(!record.id.isEmpty());
        const QString path = azure::armpath::compute(demoWorkspace(), spec.name) + QStringLiteral("?api-version=2022-10-01");
        QCOMPARE(m_sandbox.arm("PUT", path, QByteArray::fromStdString(record.requestBody.dump())).status, 201);
        injectFault(QStringLiteral("GET"), spec.name + QLatin1Char('$'), QStringLiteral("status"), 404);

        auto runner = newRunner();
        QVERIFY(runner->resume(record.id));
        const ops::OperationRecord r = finish(*runner, record.id);
        QVERIFY2(r.state == ops::OperationState::Succeeded, qPrintable(r.error));
        QCOMPARE(m_sandbox.countRequests("PUT", computeRegex(spec.name)), 2); // ours above + the 409
    }

    void aRefusedPutMayBeSentAgainButATimeoutMayNot()
    {
        // A 400 with the service's error is a definite refusal; a 408 is not.
        injectFault(QStringLiteral("PUT"), QStringLiteral("ops-refused$"), QStringLiteral("status"), 400);
        auto runner = newRunner();
        ops::OperationRecord r = finish(*runner, runner->startCreateOrAttach(createSpec(QStringLiteral("ops-refused"))));
        QCOMPARE(r.state, ops::OperationState::Failed);
        QCOMPARE(r.putPhase, ops::PutPhase::NotSent);

        injectFault(QStringLiteral("PUT"), QStringLiteral("ops-timedout$"), QStringLiteral("status"), 408, 10);
        r = finish(*runner, runner->startCreateOrAttach(createSpec(QStringLiteral("ops-timedout"))));
        QCOMPARE(m_sandbox.countRequests("PUT", computeRegex(QStringLiteral("ops-timedout"))), 2); // the probe found none
        QVERIFY(r.state == ops::OperationState::Failed);
        QVERIFY(r.putPhase != ops::PutPhase::NotSent);
    }

    void stopWaitingLeavesTheOperationResumable()
    {
        m_sandbox.control("POST", QStringLiteral("/_sandbox/settings"),
                          QJsonDocument(QJsonObject{{QStringLiteral("speed"), 0.5}}));
        auto runner = newRunner();
        const QString id = runner->startCreateOrAttach(createSpec(QStringLiteral("ops-stop")));
        QTRY_VERIFY_WITH_TIMEOUT(runner->record(id)->currentStep == 2, 20000); // waiting
        QSignalSpy finished(runner.get(), &ops::OperationRunner::operationFinished);
        runner->stopWaiting(id);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(m_journal->load(id)->state, ops::OperationState::Running);
        QVERIFY(!runner->isActive(id));
        m_sandbox.control("POST", QStringLiteral("/_sandbox/settings"),
                          QJsonDocument(QJsonObject{{QStringLiteral("speed"), 0.01}}));
        QVERIFY(runner->resume(id));
        const ops::OperationRecord r = finish(*runner, id);
        QVERIFY2(r.state == ops::OperationState::Succeeded, qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestOperationRunner)
#include "tst_operationrunner.moc"
