// Create / attach / update / detach / delete through ComputeService and the pipeline's LRO
// poller, and listKeys -> kubeconfig -> KubeClient reading the azuremlfessl secret over mutual
// TLS, against the sandbox.
#include "ServicesFixture.h"

#include "azure/ComputeService.h"
#include "azure/ManagedClusterService.h"
#include "azure/ResourceId.h"
#include "kube/KubeClient.h"
#include "kube/Kubeconfig.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace cw;
using namespace cw::test;
using Json = nlohmann::json;

namespace {

azure::WorkspaceRef demoWorkspace()
{
    return {kSub, QStringLiteral("rg-ml"), QStringLiteral("ws-demo")};
}

Json attachBody(const QString &clusterName)
{
    return {{"location", "westeurope"},
            {"properties",
             {{"computeType", "AKS"},
              {"resourceId", azure::armpath::managedCluster(kSub, QStringLiteral("rg-aks"), clusterName).toStdString()},
              {"properties", {{"clusterPurpose", "FastProd"}, {"loadBalancerType", "PublicIp"}}}}}};
}

kube::KubeSecretResult awaitSecret(kube::KubeSecretJob *job)
{
    QSignalSpy spy(job, &kube::KubeSecretJob::finished);
    if (!spy.wait(20000))
        return {};
    return spy.at(0).at(0).value<kube::KubeSecretResult>();
}

} // namespace

class TestServicesOperations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        m_connection = servicesConnection(m_sandbox);
    }
    void cleanupTestCase() { m_sandbox.stop(); }

    void attachUpdateDetach()
    {
        azure::ComputeService service(m_connection.get(), demoWorkspace());
        const QString name = QStringLiteral("svc-attach");

        const auto started = awaitResult(service.createOrUpdate(name, attachBody(QStringLiteral("aks-standard-lb")), true));
        QVERIFY2(started.ok(), qPrintable(describe(started)));
        const arm::LroResult attached = awaitPoller(started.value->poller);
        QVERIFY2(attached.succeeded(), qPrintable(attached.error ? attached.error->humanMessage() : attached.status));
        QCOMPARE(m_sandbox.countRequests("PUT", QStringLiteral("/computes/svc-attach$")), 1);

        auto got = awaitResult(service.get(name));
        QVERIFY2(got.ok(), qPrintable(describe(got)));
        QCOMPARE(got.value->state(), azure::ProvisioningState::Succeeded);
        QCOMPARE(got.value->isAttachedCompute, std::optional<bool>(true));

        // Read-modify-write: edit one field, everything else goes back as it came.
        azure::ComputeResource edited = *got.value;
        edited.description = QStringLiteral("updated by the services test");
        const auto updateStarted = awaitResult(service.update(edited));
        QVERIFY2(updateStarted.ok(), qPrintable(describe(updateStarted)));
        const arm::LroResult updated = awaitPoller(updateStarted.value->poller);
        QVERIFY2(updated.succeeded(), qPrintable(updated.error ? updated.error->humanMessage() : updated.status));
        got = awaitResult(service.get(name));
        QVERIFY2(got.ok(), qPrintable(describe(got)));
        QCOMPARE(got.value->description.value_or(QString()), QStringLiteral("updated by the services test"));
        QCOMPARE(got.value->aks->clusterPurpose.value_or(QString()), QStringLiteral("FastProd"));

        const auto detachStarted = awaitResult(service.detach(name));
        QVERIFY2(detachStarted.ok(), qPrintable(describe(detachStarted)));
        const arm::LroResult detached = awaitPoller(detachStarted.value->poller);
        QVERIFY2(detached.succeeded(), qPrintable(detached.error ? detached.error->humanMessage() : detached.status));
        const auto gone = awaitResult(service.get(name));
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error->httpStatus, 404);
        QVERIFY(m_sandbox.countRequests("DELETE", QStringLiteral("/computes/svc-attach$")) >= 1);

        // Detach leaves the AKS cluster in place.
        azure::ManagedClusterService clusters(m_connection.get());
        const auto cluster = awaitResult(clusters.get(kSub, QStringLiteral("rg-aks"), QStringLiteral("aks-standard-lb")));
        QVERIFY2(cluster.ok(), qPrintable(describe(cluster)));
    }

    void createThenDelete()
    {
        azure::ComputeService service(m_connection.get(), demoWorkspace());
        const QString name = QStringLiteral("svc-create");
        const Json body = {{"location", "westeurope"},
                           {"properties",
                            {{"computeType", "AKS"},
                             {"computeLocation", "westeurope"},
                             {"properties", {{"agentCount", 3}, {"agentVmSize", "Standard_D3_v2"}, {"clusterPurpose", "FastProd"}}}}}};
        const auto started = awaitResult(service.createOrUpdate(name, body, true));
        QVERIFY2(started.ok(), qPrintable(describe(started)));
        QVERIFY(started.value->initial.httpStatus == 200 || started.value->initial.httpStatus == 201);
        const arm::LroResult created = awaitPoller(started.value->poller, 120000);
        QVERIFY2(created.succeeded(), qPrintable(created.error ? created.error->humanMessage() : created.status));
        const auto got = awaitResult(service.get(name));
        QVERIFY2(got.ok(), qPrintable(describe(got)));
        QCOMPARE(got.value->isAttachedCompute, std::optional<bool>(false));
        QCOMPARE(got.value->aks->agentCount, std::optional<int>(3));

        const auto removeStarted = awaitResult(service.remove(name));
        QVERIFY2(removeStarted.ok(), qPrintable(describe(removeStarted)));
        const arm::LroResult removed = awaitPoller(removeStarted.value->poller, 120000);
        QVERIFY2(removed.succeeded(), qPrintable(removed.error ? removed.error->humanMessage() : removed.status));
        QCOMPARE(awaitResult(service.get(name)).error->httpStatus, 404);
    }

    void failedOperationReportsProvisioningErrors()
    {
        m_sandbox.control("POST", QStringLiteral("/_sandbox/operations/fail-next"),
                          QJsonDocument(QJsonObject{
                              {QStringLiteral("path"), QStringLiteral("computes/svc-fails")},
                              {QStringLiteral("errors"),
                               QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("BadArgument")},
                                                      {QStringLiteral("message"), QStringLiteral("Specified kubernetes version 1.12.4 is not supported.")}}}}}));
        azure::ComputeService service(m_connection.get(), demoWorkspace());
        const auto started = awaitResult(service.createOrUpdate(QStringLiteral("svc-fails"), attachBody(QStringLiteral("aks-plain")), true));
        QVERIFY2(started.ok(), qPrintable(describe(started)));
        const arm::LroResult result = awaitPoller(started.value->poller);
        QCOMPARE(int(result.outcome), int(arm::LroResult::Outcome::Failed));
        const auto got = awaitResult(service.get(QStringLiteral("svc-fails")));
        QVERIFY2(got.ok(), qPrintable(describe(got)));
        QCOMPARE(got.value->state(), azure::ProvisioningState::Failed);
        QVERIFY(!got.value->provisioningErrors.isEmpty());
        QCOMPARE(got.value->provisioningErrors[0].code, QStringLiteral("BadArgument"));
    }

    void listKeysThenReadTlsSecretOverMutualTls()
    {
        azure::ComputeService service(m_connection.get(), demoWorkspace());
        const auto keys = awaitResult(service.listKeys(QStringLiteral("tls-prod")));
        QVERIFY2(keys.ok(), qPrintable(describe(keys)));
        QVERIFY(!keys.value->adminKubeConfig.isEmpty());
        const auto config = kube::Kubeconfig::parse(keys.value->adminKubeConfig);
        QVERIFY2(config.ok(), qPrintable(config.error));
        QString error;
        const auto target = config.value->resolve({}, &error);
        QVERIFY2(target, qPrintable(error));
        QVERIFY(!target->user.clientCertificateData.isEmpty());  // mutual TLS, not a token

        kube::KubeClient client(*target);
        QVERIFY2(client.configurationError().isEmpty(), qPrintable(client.configurationError()));
        const kube::KubeSecretResult secret = awaitSecret(client.readTlsSecret());
        QVERIFY2(secret.ok(), qPrintable(secret.error.sentence + QLatin1Char('\n') + secret.error.detail));
        QVERIFY(secret.certPem().startsWith("-----BEGIN CERTIFICATE-----"));
        QVERIFY(secret.keyPem().contains("PRIVATE KEY-----"));
        QCOMPARE(secret.secret->ns, QStringLiteral("default"));

        const kube::KubeSecretResult missing = awaitSecret(client.readSecret(QStringLiteral("default"), QStringLiteral("no-such-secret")));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error.isNotFound());
        QVERIFY2(missing.error.sentence.contains(QLatin1String("no-such-secret")), qPrintable(missing.error.sentence));
    }

    void wrongClusterCaIsRefused()
    {
        azure::ComputeService service(m_connection.get(), demoWorkspace());
        const auto keys = awaitResult(service.listKeys(QStringLiteral("tls-prod")));
        QVERIFY2(keys.ok(), qPrintable(describe(keys)));
        auto target = kube::Kubeconfig::parse(keys.value->adminKubeConfig).value->resolve();
        QVERIFY(target);
        // Trust some other certificate (the client's own) instead of the cluster CA.
        target->cluster.certificateAuthorityData = target->user.clientCertificateData;
        kube::KubeClient client(*target);
        QVERIFY(client.configurationError().isEmpty());
        const kube::KubeSecretResult r = awaitSecret(client.readTlsSecret());
        QVERIFY(!r.ok());
        QCOMPARE(r.error.httpStatus, 0);
        QVERIFY2(r.error.sentence.contains(QLatin1String("not trusted")), qPrintable(r.error.sentence));
        QVERIFY(r.certPem().isEmpty());
    }

    void userKubeconfigWithoutClientCertificateIsRejectedByTheCluster()
    {
        azure::ManagedClusterService clusters(m_connection.get());
        const auto creds = awaitResult(clusters.userCredentials(kSub, QStringLiteral("rg-ml"), QStringLiteral("tls-prod-aks")));
        QVERIFY2(creds.ok(), qPrintable(describe(creds)));
        auto target = kube::Kubeconfig::parse(creds.value->at(0).kubeconfig).value->resolve();
        QVERIFY(target);
        // A made-up bearer token instead of the client certificate: the API server says 401/403.
        target->user.clientCertificateData.clear();
        target->user.clientKeyData.clear();
        target->user.token = QStringLiteral("not-a-valid-token");
        kube::KubeClient client(*target);
        const kube::KubeSecretResult r = awaitSecret(client.readTlsSecret());
        QVERIFY(!r.ok());
        QVERIFY2(r.error.httpStatus == 401 || r.error.httpStatus == 403, qPrintable(r.error.detail));
        QVERIFY(!r.error.sentence.isEmpty());
    }

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<arm::ArmConnection> m_connection;
};

QTEST_GUILESS_MAIN(TestServicesOperations)
#include "tst_services_operations.moc"
