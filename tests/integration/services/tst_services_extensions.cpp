// azure::ExtensionService against the sandbox: list, get (a failed extension's statuses), the
// long-running install / update / remove with progress, a failed health check, --no-wait, and the
// protected settings never written to the HTTP trace.
#include "ServicesFixture.h"

#include "azure/ExtensionService.h"
#include "secrets/HttpTraceWriter.h"

#include <QFile>
#include <QJsonObject>

using namespace cw;
using namespace cw::test;

namespace {

const QString kProtectedValue = QStringLiteral("Zx9-protected-setting-value");

QString clusterId(const QString &name)
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/%2").arg(kSub, name);
}

rules::ExtensionConfiguration httpInference(const QString &router = QStringLiteral("loadBalancer"))
{
    rules::ExtensionConfiguration c;
    c.settings = {{QStringLiteral("enableInference"), QStringLiteral("True")},
                  {QStringLiteral("inferenceRouterServiceType"), router},
                  {QStringLiteral("allowInsecureConnections"), QStringLiteral("True")}};
    return c;
}

} // namespace

class TestServicesExtensions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listAndGet();
    void installUpdateRemove();
    void failedHealthCheckCarriesTheStatuses();
    void noWaitReturnsOnceAccepted();
    void protectedSettingsStayOutOfTheTrace();
    void requestBodies();

private:
    azure::ServiceResult<azure::ExtensionWriteOutcome> write(azure::ExtensionWriteJob *job, int *progressCount = nullptr)
    {
        int count = 0;
        QObject::connect(job, &azure::ExtensionWriteJob::progress, job, [&count] { ++count; });
        auto r = awaitResult(job, 60000);
        if (progressCount)
            *progressCount = count;
        return r;
    }

    SandboxProcess m_sbx;
    std::unique_ptr<arm::ArmConnection> m_conn;
    QString m_tracePath;
};

void TestServicesExtensions::initTestCase()
{
    QVERIFY(m_sbx.start({QStringLiteral("--fresh"), QStringLiteral("--speed"), QStringLiteral("0.05")}));
    m_conn = servicesConnection(m_sbx);
    m_tracePath = qEnvironmentVariable("CW_TEST_TMPDIR") + QStringLiteral("/extensions-trace.log");
    m_conn->setTracer(secrets::HttpTraceWriter::open(m_tracePath));
    QVERIFY(m_conn->tracer());
}

void TestServicesExtensions::listAndGet()
{
    azure::ExtensionService svc(m_conn.get());
    const auto list = awaitResult(svc.list(clusterId(QStringLiteral("aks-v2-ready"))));
    QVERIFY2(list.ok(), qPrintable(describe(list)));
    QCOMPARE(list.value->size(), 1);
    const azure::ExtensionResource &ready = list.value->first();
    QCOMPARE(ready.name, QStringLiteral("azureml"));
    QCOMPARE(ready.extensionType, QStringLiteral("Microsoft.AzureML.Kubernetes"));
    QVERIFY(ready.succeeded());
    QCOMPARE(ready.installedVersion, QStringLiteral("1.1.62"));
    QCOMPARE(ready.releaseNamespace, QStringLiteral("azureml"));
    QCOMPARE(ready.releaseTrain, QStringLiteral("Stable"));
    QCOMPARE(ready.autoUpgradeMinorVersion, std::optional<bool>(true));
    QCOMPARE(ready.settings.value(QStringLiteral("inferenceRouterServiceType")), QStringLiteral("loadBalancer"));

    const auto failed = awaitResult(svc.get(clusterId(QStringLiteral("aks-v2-failed")), QStringLiteral("azureml")));
    QVERIFY2(failed.ok(), qPrintable(describe(failed)));
    QVERIFY(failed.value->failed());
    QCOMPARE(failed.value->statuses.size(), 1);
    QCOMPARE(failed.value->statuses.first().code, QStringLiteral("E40002"));
    QCOMPARE(failed.value->statuses.first().displayStatus, QStringLiteral("INSUFFICIENT_NODE"));
    QVERIFY(failed.value->errorLines().first().startsWith(QLatin1String("E40002: ")));

    const auto absent = awaitResult(svc.get(clusterId(QStringLiteral("aks-plain")), QStringLiteral("azureml")));
    QVERIFY(!absent.ok());
    QCOMPARE(absent.error->httpStatus, 404);
}

void TestServicesExtensions::installUpdateRemove()
{
    azure::ExtensionService svc(m_conn.get());
    svc.setPollIntervalMs(50);
    const QString cluster = clusterId(QStringLiteral("aks-standard-lb"));
    int progress = 0;
    const auto installed = write(svc.createOrUpdate(cluster, QStringLiteral("azureml"), httpInference()), &progress);
    QVERIFY2(installed.ok() && !installed.error, qPrintable(describe(installed)));
    QCOMPARE(installed.value->outcome, arm::LroResult::Outcome::Succeeded);
    QVERIFY(installed.value->extension && installed.value->extension->succeeded());
    QCOMPARE(installed.value->extension->installedVersion, QStringLiteral("1.1.62"));
    QVERIFY(progress >= 1);

    rules::ExtensionConfiguration change;
    change.settings = {{QStringLiteral("inferenceRouterServiceType"), QStringLiteral("nodePort")}};
    const auto updated = write(svc.update(cluster, QStringLiteral("azureml"), change));
    QVERIFY2(updated.ok() && !updated.error, qPrintable(describe(updated)));
    QCOMPARE(updated.value->extension->settings.value(QStringLiteral("inferenceRouterServiceType")), QStringLiteral("nodePort"));
    QCOMPARE(updated.value->extension->settings.value(QStringLiteral("enableInference")), QStringLiteral("True"));

    const auto removed = write(svc.remove(cluster, QStringLiteral("azureml")));
    QVERIFY2(removed.ok() && !removed.error, qPrintable(describe(removed)));
    QCOMPARE(removed.value->outcome, arm::LroResult::Outcome::Succeeded);
    QVERIFY(!removed.value->extension);
    QCOMPARE(awaitResult(svc.get(cluster, QStringLiteral("azureml"))).error->httpStatus, 404);
}

void TestServicesExtensions::failedHealthCheckCarriesTheStatuses()
{
    azure::ExtensionService svc(m_conn.get());
    svc.setPollIntervalMs(50);
    const QString cluster = clusterId(QStringLiteral("aks-small"));
    const auto r = write(svc.createOrUpdate(cluster, QStringLiteral("azureml"), httpInference(QStringLiteral("nodePort"))));
    QVERIFY(r.error);
    QVERIFY(r.error->humanMessage().contains(QLatin1String("E40002")) || r.error->rawDetail().contains(QLatin1String("E40002")));
    QVERIFY(r.value);
    QCOMPARE(r.value->outcome, arm::LroResult::Outcome::Failed);
    QVERIFY(r.value->extension && r.value->extension->failed());
    QCOMPARE(r.value->extension->statuses.first().code, QStringLiteral("E40002"));
    write(svc.remove(cluster, QStringLiteral("azureml")));
}

void TestServicesExtensions::noWaitReturnsOnceAccepted()
{
    azure::ExtensionService svc(m_conn.get());
    const QString cluster = clusterId(QStringLiteral("aks-eastus")).replace(QLatin1String("rg-aks/"), QLatin1String("rg-aks-eus/"));
    m_sbx.control("POST", QStringLiteral("/settings"), QJsonDocument(QJsonObject{{QStringLiteral("speed"), 1.0}}));
    const auto r = write(svc.createOrUpdate(cluster, QStringLiteral("azureml"), httpInference(QStringLiteral("clusterIP")), {}, false));
    m_sbx.control("POST", QStringLiteral("/settings"), QJsonDocument(QJsonObject{{QStringLiteral("speed"), 0.05}}));
    QVERIFY2(r.ok() && !r.error, qPrintable(describe(r)));
    QCOMPARE(r.value->outcome, arm::LroResult::Outcome::Abandoned);
    QCOMPARE(r.value->extension->provisioningState, QStringLiteral("Creating"));
    QVERIFY(r.value->state.operationUrl.contains(QLatin1String("/extensions/azureml/operations/")));
}

void TestServicesExtensions::protectedSettingsStayOutOfTheTrace()
{
    azure::ExtensionService svc(m_conn.get());
    svc.setPollIntervalMs(50);
    rules::ExtensionConfiguration config = httpInference();
    config.protectedSettings = {{QStringLiteral("sslKeyPemFile"), kProtectedValue}, {QStringLiteral("someOther"), kProtectedValue + QStringLiteral("2")}};
    const QString cluster = clusterId(QStringLiteral("aks-standard-lb"));
    const auto r = write(svc.createOrUpdate(cluster, QStringLiteral("trace-check"), config));
    QVERIFY2(r.ok() && !r.error, qPrintable(describe(r)));
    rules::ExtensionConfiguration change;
    change.protectedSettings = config.protectedSettings;
    QVERIFY(!write(svc.update(cluster, QStringLiteral("trace-check"), change)).error);
    write(svc.remove(cluster, QStringLiteral("trace-check")));
    QFile trace(m_tracePath);
    QVERIFY(trace.open(QIODevice::ReadOnly));
    const QByteArray text = trace.readAll();
    // The requests were traced (with their bodies), but the protected values were not.
    QVERIFY(text.contains("/extensions/trace-check"));
    QVERIFY(text.contains("configurationProtectedSettings"));
    QVERIFY(text.contains("inferenceRouterServiceType"));
    QVERIFY2(!text.contains(kProtectedValue.toUtf8()), "a protected setting's value reached the HTTP trace");
}

void TestServicesExtensions::requestBodies()
{
    rules::ExtensionConfiguration config = httpInference();
    const auto body = azure::extensionrequest::installBody(config);
    QCOMPARE(QString::fromStdString(body["properties"]["extensionType"].get<std::string>()), QStringLiteral("Microsoft.AzureML.Kubernetes"));
    QCOMPARE(QString::fromStdString(body["properties"]["scope"]["cluster"]["releaseNamespace"].get<std::string>()), QStringLiteral("azureml"));
    QVERIFY(!body["properties"].contains("configurationProtectedSettings")); // none given, none sent
    config.protectedSettings = {{QStringLiteral("sslCertPemFile"), QStringLiteral("pem")}};
    QCOMPARE(azure::extensionrequest::installBody(config)["properties"]["configurationProtectedSettings"]["sslCertPemFile"].get<std::string>(),
             std::string("pem"));
    const auto req = azure::extensionrequest::update(clusterId(QStringLiteral("aks-plain")), QStringLiteral("azure ml"), config);
    QCOMPARE(req.method, QByteArray("PATCH"));
    QVERIFY(req.pathOrUrl.endsWith(QLatin1String("/providers/Microsoft.KubernetesConfiguration/extensions/azure%20ml")));
    QCOMPARE(req.apiVersion, QStringLiteral("2022-11-01"));
}

QTEST_GUILESS_MAIN(TestServicesExtensions)
#include "tst_services_extensions.moc"
