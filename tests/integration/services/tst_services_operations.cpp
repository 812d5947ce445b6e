// Create / attach / update / detach / delete with the requests of azure/ComputeRequests.h (the
// ones the operations send) and the pipeline's LRO poller, and listKeys -> kubeconfig ->
// KubeClient reading the azuremlfessl secret over mutual TLS, against the sandbox.
#include "ServicesFixture.h"

#include "arm/ArmJob.h"
#include "azure/ComputeRequests.h"
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

namespace request = azure::computerequest;

WorkspaceRef demoWorkspace()
{
    return {.subscriptionId = kSub, .resourceGroup = QStringLiteral("rg-ml"), .workspace = QStringLiteral("ws-demo")};
}

// The accepted first answer of a request that starts a long-running operation, and how that
// operation ended, followed with the pipeline's poller as the operations follow it.
struct Followed {
    arm::ArmResponse initial;
    arm::LroResult result;
    QString describe() const
    {
        const std::optional<arm::ArmError> &error = initial.ok() ? result.error : initial.error;
        return error ? error->humanMessage() + QLatin1Char('\n') + error->rawDetail() : result.status;
    }
};

Followed startAndFollow(arm::ArmConnection *connection, arm::ArmRequest request, int timeoutMs = 60000)
{
    Followed out;
    QSignalSpy answered(connection->send(request), &arm::ArmJob::finished);
    if (!answered.wait(30000) && answered.isEmpty()) {
        out.initial.error = arm::ArmError::make(arm::ArmError::Kind::Timeout, QStringLiteral("TestTimeout"),
                                                QStringLiteral("no answer in time"));
        return out;
    }
    out.initial = answered.at(0).at(0).value<arm::ArmResponse>();
    if (!out.initial.ok())
        return out;
    request.clientRequestId = out.initial.clientRequestId; // the polls carry it on
    out.result = awaitPoller(arm::LroPoller::fromResponse(connection, request, out.initial, connection), timeoutMs);
    return out;
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

        const Followed attached = startAndFollow(
            m_connection.get(), request::put(demoWorkspace(), name, attachBody(QStringLiteral("aks-standard-lb")), true));
        QVERIFY2(attached.result.succeeded(), qPrintable(attached.describe()));
        QCOMPARE(m_sandbox.countRequests("PUT", QStringLiteral("/computes/svc-attach$")), 1);

        auto got = awaitResult(service.get(name));
        QVERIFY2(got.ok(), qPrintable(describe(got)));
        QCOMPARE(got.value->state(), azure::ProvisioningState::Succeeded);
        QCOMPARE(got.value->isAttachedCompute, std::optional<bool>(true));

        // Read-modify-write: edit one field, everything else goes back as it came.
        azure::ComputeResource edited = *got.value;
        edited.description = QStringLiteral("updated by the services test");
        const Followed updated
            = startAndFollow(m_connection.get(), request::put(demoWorkspace(), name, request::updateBody(edited.toJson()), false));
        QVERIFY2(updated.result.succeeded(), qPrintable(updated.describe()));
        got = awaitResult(service.get(name));
        QVERIFY2(got.ok(), qPrintable(describe(got)));
        QCOMPARE(got.value->description.value_or(QString()), QStringLiteral("updated by the services test"));
        QCOMPARE(got.value->aks->clusterPurpose.value_or(QString()), QStringLiteral("FastProd"));

        const Followed detached = startAndFollow(
            m_connection.get(), request::remove(demoWorkspace(), name, request::Underlying::Detach));
        QVERIFY2(detached.result.succeeded(), qPrintable(detached.describe()));
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
        const Followed created = startAndFollow(m_connection.get(), request::put(demoWorkspace(), name, body, true), 120000);
        QVERIFY2(created.result.succeeded(), qPrintable(created.describe()));
        QVERIFY(created.initial.httpStatus == 200 || created.initial.httpStatus == 201);
        const auto got = awaitResult(service.get(name));
        QVERIFY2(got.ok(), qPrintable(describe(got)));
        QCOMPARE(got.value->isAttachedCompute, std::optional<bool>(false));
        QCOMPARE(got.value->aks->agentCount, std::optional<int>(3));

        const Followed removed = startAndFollow(
            m_connection.get(), request::remove(demoWorkspace(), name, request::Underlying::Delete), 120000);
        QVERIFY2(removed.result.succeeded(), qPrintable(removed.describe()));
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
        const Followed followed = startAndFollow(
            m_connection.get(),
            request::put(demoWorkspace(), QStringLiteral("svc-fails"), attachBody(QStringLiteral("aks-plain")), true));
        QVERIFY2(followed.initial.ok(), qPrintable(followed.describe()));
        QCOMPARE(int(followed.result.outcome), int(arm::LroResult::Outcome::Failed));
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
