// Move to v2 against the sandbox (issue 15, item 4): the seeded TLS cluster `tls-prod` becomes a
// Kubernetes compute with the Azure ML extension carrying its certificate (protected settings),
// CNAME and load balancer; kubectl finds none of the eight v1 objects afterwards; the certificate
// stays in a 0600 backup file and never reaches the journal. A cluster the extension would refuse
// is refused by the preflight with nothing changed; an install that fails says the state the
// cluster is in and the way back, and the way back attaches the v1 compute again with the same
// certificate.
#include <QTest>
#include <QJsonObject>

#include <QProcess>
#include <QStandardPaths>

#include <memory>

#include "arm/ArmConnection.h"
#include "ops/Journal.h"
#include "ops/OperationPlan.h"
#include "ops/OperationRunner.h"
#include "ops/TlsRecovery.h"
#include "OpsTestHelpers.h"
#include "support/OutsideJudge.h"
#include "support/SandboxProcess.h"
#include "support/SandboxSession.h"

using namespace cw;
using cw::test::demoWorkspace;

class TestMigrate : public QObject
{
    Q_OBJECT

    test::SandboxProcess m_sandbox;
    std::unique_ptr<arm::ArmConnection> m_connection;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ops::Journal> m_journal;
    int m_files = 0;

    // A fresh seed for every test: a move consumes the TLS cluster.
    bool restartFresh()
    {
        m_connection.reset();
        m_sandbox.stop();
        if (!m_sandbox.start({QStringLiteral("--fresh")}))
            return false;
        m_connection = test::sandboxConnection(m_sandbox);
        return true;
    }

    std::unique_ptr<ops::OperationRunner> newRunner()
    {
        auto runner = std::make_unique<ops::OperationRunner>(m_connection.get(), m_journal.get());
        runner->setDefaultPollIntervalMs(50);
        return runner;
    }

    tls::TlsMaterial clusterTls(const QString &compute)
    {
        ops::TlsRecovery recovery(m_connection.get(), demoWorkspace(), compute);
        std::optional<tls::TlsMaterial> got;
        connect(&recovery, &ops::TlsRecovery::finished, this, [&](const tls::TlsMaterial &m) { got = m; });
        recovery.start();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000); }();
        return got.value_or(tls::TlsMaterial{});
    }

    QJsonObject compute(const QString &name)
    {
        const test::HttpResult r = m_sandbox.arm("GET", azure::armpath::compute(demoWorkspace(), name)
                                                            + QStringLiteral("?api-version=2022-10-01"));
        return r.status == 200 ? r.json().object() : QJsonObject{{QStringLiteral("status"), r.status}};
    }

    QString clusterId() const
    {
        return QStringLiteral("/subscriptions/%1/resourceGroups/rg-ml/providers/Microsoft.ContainerService/managedClusters/tls-prod-aks")
            .arg(m_sandbox.endpoint().subscriptionId);
    }

    QJsonObject extension()
    {
        return m_sandbox.arm("GET", clusterId() + QStringLiteral("/providers/Microsoft.KubernetesConfiguration/extensions/azureml"
                                                                 "?api-version=2022-11-01"))
            .json().object();
    }

    // The extension's protected settings as the sandbox keeps them (never answered by GET): its
    // state file, written when it stops.
    QJsonObject storedProtectedSettings()
    {
        m_connection.reset();
        m_sandbox.stop();
        QFile file(m_sandbox.stateDir() + QStringLiteral("/state.json"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QString key = (clusterId() + QStringLiteral("/providers/Microsoft.KubernetesConfiguration/extensions/azureml")).toLower();
        const QJsonObject secrets = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("extensionSecrets")).toObject();
        const bool restarted = m_sandbox.start();
        m_connection = test::sandboxConnection(m_sandbox);
        return restarted ? secrets.value(key).toObject() : QJsonObject{};
    }

    QByteArray kubectl(const QStringList &args, int *exitCode)
    {
        const test::HttpResult r = m_sandbox.arm("POST", clusterId() + QStringLiteral("/listClusterAdminCredential?api-version=2022-11-01"));
        const QByteArray config = QByteArray::fromBase64(r.json().object().value(QStringLiteral("kubeconfigs")).toArray().first()
                                                             .toObject().value(QStringLiteral("value")).toString().toLatin1());
        const QString path = m_dir->filePath(QStringLiteral("kubeconfig-%1").arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(config) != config.size())
            return {};
        file.close();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KUBECACHEDIR"), m_dir->filePath(QStringLiteral("kube-cache")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("kubectl"), QStringList{QStringLiteral("--kubeconfig"), path, QStringLiteral("--request-timeout=20s")} + args);
        if (!p.waitForFinished(60000))
            p.kill();
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return p.readAllStandardOutput();
    }

    bool journalHoldsKeyMaterial() const
    {
        QDir dir(m_dir->filePath(QStringLiteral("journal")));
        for (const QString &file : dir.entryList(QDir::Files)) {
            QFile f(dir.filePath(file));
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains("PRIVATE KEY"))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
    }

    void init()
    {
        QVERIFY(restartFresh());
        m_dir = std::make_unique<QTemporaryDir>();
        m_journal = std::make_unique<ops::Journal>(m_dir->filePath(QStringLiteral("journal")));
    }

    void movesTheTlsClusterToV2()
    {
        CW_REQUIRE_OUTSIDE_JUDGE(!QStandardPaths::findExecutable(QStringLiteral("kubectl")).isEmpty(),
                                 QStringLiteral("kubectl (kubernetes-client)"));
        const tls::TlsMaterial before = clusterTls(QStringLiteral("tls-prod"));
        QVERIFY2(before.ok(), qPrintable(before.message));
        const QString cname = compute(QStringLiteral("tls-prod"))[QStringLiteral("properties")].toObject()[QStringLiteral("properties")]
                                  .toObject()[QStringLiteral("sslConfiguration")].toObject()[QStringLiteral("cname")].toString();
        QCOMPARE(cname, QStringLiteral("www.contoso.com"));
        m_sandbox.control("DELETE", QStringLiteral("/_sandbox/requests"));

        auto runner = newRunner();
        const QString backup = m_dir->filePath(QStringLiteral("backups/tls-prod.json"));
        const QString id = runner->startMigrate(demoWorkspace(), QStringLiteral("tls-prod"), {.tlsBackupFile = backup});
        ops::OperationRecord done = test::waitForFinish(runner.get(), id, 120000);
        QVERIFY2(done.state == ops::OperationState::Succeeded, qPrintable(done.error));
        QCOMPARE(done.kind, ops::OperationKind::Migrate);
        QCOMPARE(done.steps.size(), 11);
        for (const ops::OperationStep &st : done.steps)
            QVERIFY2(st.state == ops::StepState::Done, qPrintable(st.id + QStringLiteral(": ") + st.message));
        // Each legacy component named in the step's detail.
        const QString legacy = done.step(QLatin1String(ops::step::kDeleteLegacy))->message;
        for (const char *c : {"Deployment default/azureml-fe", "Service default/azureml-fe", "Service default/azureml-fe-int-http",
                              "ConfigMap default/azuremlfeconfig", "Secret default/azuremlfessl", "ClusterRoleBinding azureml-fe-binding",
                              "ClusterRole azureml-fe-role", "ServiceAccount default/azureml-fe"})
            QVERIFY2(legacy.contains(QLatin1String(c) + QStringLiteral(": deleted")), qPrintable(legacy));

        // The compute is the same name, now Kubernetes on the same cluster.
        const QJsonObject props = compute(QStringLiteral("tls-prod"))[QStringLiteral("properties")].toObject();
        QCOMPARE(props[QStringLiteral("computeType")].toString(), QStringLiteral("Kubernetes"));
        QCOMPARE(props[QStringLiteral("provisioningState")].toString(), QStringLiteral("Succeeded"));
        QCOMPARE(props[QStringLiteral("resourceId")].toString().toLower(), clusterId().toLower());
        QCOMPARE(props[QStringLiteral("properties")].toObject()[QStringLiteral("namespace")].toString(), QStringLiteral("default"));
        // The extension: Succeeded, TLS for the old CNAME, public load balancer router, HA (FastProd).
        const QJsonObject ext = extension()[QStringLiteral("properties")].toObject();
        QCOMPARE(ext[QStringLiteral("provisioningState")].toString(), QStringLiteral("Succeeded"));
        const QJsonObject settings = ext[QStringLiteral("configurationSettings")].toObject();
        QCOMPARE(settings[QStringLiteral("sslCname")].toString(), cname);
        QCOMPARE(settings[QStringLiteral("inferenceRouterServiceType")].toString(), QStringLiteral("loadBalancer"));
        QCOMPARE(settings[QStringLiteral("enableInference")].toString(), QStringLiteral("True"));
        QCOMPARE(settings[QStringLiteral("inferenceRouterHA")].toString(), QStringLiteral("True"));
        QVERIFY(!settings.contains(QStringLiteral("allowInsecureConnections")));
        QVERIFY(!settings.contains(QStringLiteral("internalLoadBalancerProvider")));
        QVERIFY(!ext.contains(QStringLiteral("configurationProtectedSettings")));
        // One PUT per resource, one detach.
        QCOMPARE(m_sandbox.countRequests("PUT", QStringLiteral("/extensions/azureml$")), 1);
        QCOMPARE(m_sandbox.countRequests("PUT", test::computeRegex(QStringLiteral("tls-prod"))), 1);
        QCOMPARE(m_sandbox.countRequests("DELETE", test::computeRegex(QStringLiteral("tls-prod"))), 1);

        // kubectl: none of the eight v1 objects; the extension's router in namespace azureml.
        int code = -1;
        const QByteArray names = kubectl({QStringLiteral("get"), QStringLiteral("deploy,svc,sa,secret,cm"), QStringLiteral("-n"),
                                          QStringLiteral("default"), QStringLiteral("-o"), QStringLiteral("name")}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(!names.contains("azureml-fe") && !names.contains("azuremlfe"), names.constData());
        const QByteArray rbac = kubectl({QStringLiteral("get"), QStringLiteral("clusterroles,clusterrolebindings"), QStringLiteral("-o"),
                                         QStringLiteral("name")}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(!rbac.contains("azureml-fe-role") && !rbac.contains("azureml-fe-binding"), rbac.constData());
        const QByteArray v2 = kubectl({QStringLiteral("get"), QStringLiteral("deploy"), QStringLiteral("-n"), QStringLiteral("azureml"),
                                       QStringLiteral("-o"), QStringLiteral("name")}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(v2.contains("deployment.apps/azureml-fe-v2"), v2.constData());

        // The certificate: in the backup file (0600, it stays), never in the journal, and what
        // the extension was given.
        QCOMPARE(done.tlsKept, QStringLiteral("backup-file"));
        QCOMPARE(done.tlsBackupFile, backup);
        QVERIFY(QFileInfo::exists(backup));
        QCOMPARE(QFile::permissions(backup) & ~(QFile::ReadUser | QFile::WriteUser), QFile::ReadOwner | QFile::WriteOwner);
        QFile file(backup);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject pair = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(pair[QStringLiteral("cert")].toString().toUtf8(), before.certPem);
        QCOMPARE(pair[QStringLiteral("key")].toString().toUtf8(), before.keyPem);
        QVERIFY(!journalHoldsKeyMaterial());
        const QJsonObject stored = storedProtectedSettings();
        QCOMPARE(stored[QStringLiteral("sslCertPemFile")].toString().toUtf8(), before.certPem);
        QCOMPARE(stored[QStringLiteral("sslKeyPemFile")].toString().toUtf8(), before.keyPem);
    }

    void reusesASucceededExtension()
    {
        // A v1 compute attached (HTTP, FastProd) to aks-v2-ready, whose Azure ML extension is
        // installed and Succeeded: the move reuses it (no extension PUT) and deletes the v1
        // components the attach put there.
        const QString cluster = QStringLiteral("/subscriptions/%1/resourceGroups/rg-aks/providers/Microsoft.ContainerService/"
                                               "managedClusters/aks-v2-ready").arg(m_sandbox.endpoint().subscriptionId);
        const QByteArray body = QJsonDocument(QJsonObject{
            {QStringLiteral("location"), QStringLiteral("westeurope")},
            {QStringLiteral("properties"), QJsonObject{{QStringLiteral("computeType"), QStringLiteral("AKS")},
                                                       {QStringLiteral("resourceId"), cluster},
                                                       {QStringLiteral("properties"), QJsonObject{{QStringLiteral("clusterPurpose"), QStringLiteral("FastProd")}}}}}}).toJson();
        const test::HttpResult attached = m_sandbox.arm("PUT", azure::armpath::compute(demoWorkspace(), QStringLiteral("v1-on-ready"))
                                                                   + QStringLiteral("?api-version=2022-10-01"), body);
        QVERIFY2(attached.status == 201 || attached.status == 200, attached.body.constData());
        QTRY_COMPARE_WITH_TIMEOUT(compute(QStringLiteral("v1-on-ready"))[QStringLiteral("properties")].toObject()
                                      [QStringLiteral("provisioningState")].toString(), QStringLiteral("Succeeded"), 20000);
        m_sandbox.control("DELETE", QStringLiteral("/_sandbox/requests"));

        auto runner = newRunner();
        const QString id = runner->startMigrate(demoWorkspace(), QStringLiteral("v1-on-ready"),
                                                {.newName = QStringLiteral("v2-on-ready"), .kubernetesNamespace = QStringLiteral("ml"),
                                                 .tlsBackupFile = m_dir->filePath(QStringLiteral("unused.json"))});
        ops::OperationRecord done = test::waitForFinish(runner.get(), id, 120000);
        QVERIFY2(done.state == ops::OperationState::Succeeded, qPrintable(done.error));
        QCOMPARE(done.step(QLatin1String(ops::step::kRecoverTls))->state, ops::StepState::Skipped);
        QCOMPARE(done.step(QLatin1String(ops::step::kInstallExtension))->state, ops::StepState::Skipped);
        QCOMPARE(done.step(QLatin1String(ops::step::kWaitExtension))->state, ops::StepState::Skipped);
        QVERIFY2(done.step(QLatin1String(ops::step::kDeleteLegacy))->message.contains(QStringLiteral("Deployment default/azureml-fe: deleted")),
                 qPrintable(done.step(QLatin1String(ops::step::kDeleteLegacy))->message));
        QCOMPARE(m_sandbox.countRequests("PUT", QStringLiteral("/extensions/")), 0);
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("unused.json")))); // no certificate to keep
        // The new name, in its namespace; the v1 name is gone.
        const QJsonObject props = compute(QStringLiteral("v2-on-ready"))[QStringLiteral("properties")].toObject();
        QCOMPARE(props[QStringLiteral("computeType")].toString(), QStringLiteral("Kubernetes"));
        QCOMPARE(props[QStringLiteral("properties")].toObject()[QStringLiteral("namespace")].toString(), QStringLiteral("ml"));
        QCOMPARE(compute(QStringLiteral("v1-on-ready")).value(QStringLiteral("status")).toInt(), 404);
    }

    void carriesAnInternalLoadBalancerAndDevTestOver()
    {
        // A dev/test v1 compute (HTTP) behind an internal load balancer on aks-standard-lb.
        const QString cluster = QStringLiteral("/subscriptions/%1/resourceGroups/rg-aks/providers/Microsoft.ContainerService/"
                                               "managedClusters/aks-standard-lb").arg(m_sandbox.endpoint().subscriptionId);
        const QByteArray body = QJsonDocument(QJsonObject{
            {QStringLiteral("location"), QStringLiteral("westeurope")},
            {QStringLiteral("properties"), QJsonObject{{QStringLiteral("computeType"), QStringLiteral("AKS")},
                                                       {QStringLiteral("resourceId"), cluster},
                                                       {QStringLiteral("properties"), QJsonObject{
                                                            {QStringLiteral("clusterPurpose"), QStringLiteral("DevTest")},
                                                            {QStringLiteral("loadBalancerType"), QStringLiteral("InternalLoadBalancer")},
                                                            {QStringLiteral("loadBalancerSubnet"), QStringLiteral("aks-subnet")}}}}}}).toJson();
        const test::HttpResult attached = m_sandbox.arm("PUT", azure::armpath::compute(demoWorkspace(), QStringLiteral("v1-ilb"))
                                                                   + QStringLiteral("?api-version=2022-10-01"), body);
        QVERIFY2(attached.status == 201 || attached.status == 200, attached.body.constData());
        QTRY_COMPARE_WITH_TIMEOUT(compute(QStringLiteral("v1-ilb"))[QStringLiteral("properties")].toObject()
                                      [QStringLiteral("provisioningState")].toString(), QStringLiteral("Succeeded"), 20000);

        auto runner = newRunner();
        const QString id = runner->startMigrate(demoWorkspace(), QStringLiteral("v1-ilb"),
                                                {.tlsBackupFile = m_dir->filePath(QStringLiteral("unused.json"))});
        const ops::OperationRecord done = test::waitForFinish(runner.get(), id, 120000);
        QVERIFY2(done.state == ops::OperationState::Succeeded, qPrintable(done.error));
        const QJsonObject settings = m_sandbox.arm("GET", cluster + QStringLiteral("/providers/Microsoft.KubernetesConfiguration/"
                                                                                  "extensions/azureml?api-version=2022-11-01"))
                                         .json().object()[QStringLiteral("properties")].toObject()[QStringLiteral("configurationSettings")].toObject();
        QCOMPARE(settings[QStringLiteral("inferenceRouterServiceType")].toString(), QStringLiteral("loadBalancer"));
        QCOMPARE(settings[QStringLiteral("internalLoadBalancerProvider")].toString(), QStringLiteral("azure"));
        QCOMPARE(settings[QStringLiteral("inferenceRouterHA")].toString(), QStringLiteral("False"));
        QCOMPARE(settings[QStringLiteral("allowInsecureConnections")].toString(), QStringLiteral("True"));
        QVERIFY(!settings.contains(QStringLiteral("sslCname")));
        QCOMPARE(compute(QStringLiteral("v1-ilb"))[QStringLiteral("properties")].toObject()[QStringLiteral("computeType")].toString(),
                 QStringLiteral("Kubernetes"));
    }

    void aClusterTheExtensionWouldRefuseChangesNothing()
    {
        // inference-prod: a public load balancer on a Basic SKU cluster (E40001) and no TLS.
        m_sandbox.control("DELETE", QStringLiteral("/_sandbox/requests"));
        auto runner = newRunner();
        const QString id = runner->startMigrate(demoWorkspace(), QStringLiteral("inference-prod"),
                                                {.tlsBackupFile = m_dir->filePath(QStringLiteral("unused.json"))});
        const ops::OperationRecord done = test::waitForFinish(runner.get(), id, 60000);
        QCOMPARE(done.state, ops::OperationState::Failed);
        QCOMPARE(done.currentStep, 0);
        QVERIFY2(done.error.startsWith(QStringLiteral("Nothing was changed: 'inference-prod' is still attached as v1.")),
                 qPrintable(done.error));
        QVERIFY2(done.error.contains(QStringLiteral("E40001")), qPrintable(done.error));
        QVERIFY(!done.resumable);
        QCOMPARE(m_sandbox.countRequests("DELETE", QStringLiteral(".")), 0);
        QCOMPARE(m_sandbox.countRequests("PUT", QStringLiteral(".")), 0);
        QCOMPARE(compute(QStringLiteral("inference-prod"))[QStringLiteral("properties")].toObject()[QStringLiteral("computeType")]
                     .toString(), QStringLiteral("AKS"));
    }

    void aFailedInstallSaysTheStateAndTheWayBack()
    {
        const tls::TlsMaterial before = clusterTls(QStringLiteral("tls-prod"));
        QVERIFY2(before.ok(), qPrintable(before.message));
        // The extension's install fails in the service (its health check, as Azure reports it).
        m_sandbox.control("POST", QStringLiteral("/_sandbox/operations/fail-next"),
                          QJsonDocument(QJsonObject{
                              {QStringLiteral("path"), QStringLiteral("extensions/azureml$")},
                              {QStringLiteral("errors"), QJsonArray{QJsonObject{
                                   {QStringLiteral("code"), QStringLiteral("ExtensionOperationFailed")},
                                   {QStringLiteral("message"), QStringLiteral("The Azure ML extension's health check failed. E40007: "
                                                                              "the certificate chain could not be verified.")}}}}}));
        auto runner = newRunner();
        const QString backup = m_dir->filePath(QStringLiteral("tls-prod-backup.json"));
        const QString id = runner->startMigrate(demoWorkspace(), QStringLiteral("tls-prod"), {.tlsBackupFile = backup});
        const ops::OperationRecord failed = test::waitForFinish(runner.get(), id, 120000);
        QCOMPARE(failed.state, ops::OperationState::Failed);
        QCOMPARE(failed.steps.at(failed.currentStep).id, QString::fromLatin1(ops::step::kWaitExtension));
        // The state the cluster is in, then the way back, in one message.
        QVERIFY2(failed.error.startsWith(QStringLiteral("v1 compute 'tls-prod' detached, legacy components deleted, extension failed: ")),
                 qPrintable(failed.error));
        QVERIFY2(failed.error.contains(QStringLiteral("E40007")), qPrintable(failed.error));
        QVERIFY2(!failed.error.contains(QStringLiteral("..")), qPrintable(failed.error)); // one sentence ends once
        const QString wayBack = QStringLiteral("clusterwright-cli migrate --back %1").arg(id);
        QVERIFY2(failed.error.contains(wayBack) && failed.error.contains(backup), qPrintable(failed.error));
        QCOMPARE(QString::fromStdString(failed.migration.value("wayBack", std::string())), wayBack);
        QVERIFY(QFileInfo::exists(backup)); // kept: the certificate is nowhere else now
        QCOMPARE(compute(QStringLiteral("tls-prod")).value(QStringLiteral("status")).toInt(), 404);

        // The way back: the v1 compute again, with the same certificate and CNAME.
        QString error;
        const QString back = runner->startAttachBack(id, &error);
        QVERIFY2(!back.isEmpty(), qPrintable(error));
        const ops::OperationRecord attached = test::waitForFinish(runner.get(), back, 120000);
        QVERIFY2(attached.state == ops::OperationState::Succeeded, qPrintable(attached.error));
        const QJsonObject props = compute(QStringLiteral("tls-prod"))[QStringLiteral("properties")].toObject();
        QCOMPARE(props[QStringLiteral("computeType")].toString(), QStringLiteral("AKS"));
        const QJsonObject ssl = props[QStringLiteral("properties")].toObject()[QStringLiteral("sslConfiguration")].toObject();
        QCOMPARE(ssl[QStringLiteral("status")].toString(), QStringLiteral("Enabled"));
        QCOMPARE(ssl[QStringLiteral("cname")].toString(), QStringLiteral("www.contoso.com"));
        const tls::TlsMaterial after = clusterTls(QStringLiteral("tls-prod"));
        QCOMPARE(after.certPem, before.certPem);
        QCOMPARE(after.keyPem, before.keyPem);
        QVERIFY(!journalHoldsKeyMaterial());
    }
};

QTEST_GUILESS_MAIN(TestMigrate)
#include "tst_migrate.moc"
