// kubectl (Debian's kubernetes-client, unmodified) sees what the Azure ML extension does to a
// cluster: after a Succeeded install `kubectl get all -n azureml` lists its components (their
// pods too), the health check's config map azureml/arcml-healthcheck says passed or failed, and
// the DELETE of the extension removes the components.
#include "SandboxTestUtil.h"
#include "support/OutsideJudge.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace cw::test;

class TestSandboxExtensionKubectl : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void installAddsTheComponentsDeleteRemovesThem();
    void failedHealthCheckIsInTheConfigMap();
    void legacyComponentsDeletedWithKubectlLetTheInstallSucceed();

private:
    QString extPath(const QString &cluster)
    {
        return clusterIdOf(m_sbx, QStringLiteral("rg-aks"), cluster)
               + QStringLiteral("/providers/Microsoft.KubernetesConfiguration/extensions/azureml?api-version=2022-11-01");
    }
    QString runOperation(const HttpResult &r)
    {
        const QString op = QString::fromLatin1(r.header("Azure-AsyncOperation"));
        QString status;
        for (int i = 0; i < 300 && !op.isEmpty(); ++i) {
            status = m_sbx.arm("GET", op).json().object().value(QStringLiteral("status")).toString();
            if (status != QLatin1String("InProgress"))
                break;
            QTest::qWait(20);
        }
        return status;
    }
    QByteArray credential(const QString &cluster)
    {
        const HttpResult r = m_sbx.arm("POST", clusterIdOf(m_sbx, QStringLiteral("rg-aks"), cluster)
                                                   + QStringLiteral("/listClusterUserCredential?api-version=2022-11-01"));
        return QByteArray::fromBase64(r.json().object().value(QStringLiteral("kubeconfigs")).toArray().first().toObject()
                                          .value(QStringLiteral("value")).toString().toLatin1());
    }
    QByteArray kubectl(const QByteArray &kubeconfig, const QStringList &args, int *exitCode)
    {
        const QString path = qEnvironmentVariable("CW_TEST_TMPDIR") + QStringLiteral("/ext-kubeconfig-%1").arg(++m_files);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(kubeconfig) != kubeconfig.size())
            return {};
        file.close();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KUBECACHEDIR"), qEnvironmentVariable("CW_TEST_TMPDIR") + QStringLiteral("/ext-kube-cache"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("kubectl"), QStringList{QStringLiteral("--kubeconfig"), path, QStringLiteral("--request-timeout=20s")} + args);
        if (!p.waitForFinished(60000))
            p.kill();
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        if (*exitCode != 0)
            qWarning().noquote() << "kubectl" << args.join(QLatin1Char(' ')) << "->" << *exitCode << p.readAllStandardError();
        return p.readAllStandardOutput();
    }
    QStringList namesIn(const QByteArray &json, const QString &kind)
    {
        QStringList out;
        for (const QJsonValue &v : QJsonDocument::fromJson(json).object().value(QStringLiteral("items")).toArray())
            if (v.toObject().value(QStringLiteral("kind")).toString() == kind)
                out << v.toObject().value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
        return out;
    }

    SandboxProcess m_sbx;
    int m_files = 0;
};

void TestSandboxExtensionKubectl::initTestCase()
{
    CW_REQUIRE_OUTSIDE_JUDGE(!QStandardPaths::findExecutable(QStringLiteral("kubectl")).isEmpty(),
                             QStringLiteral("kubectl (kubernetes-client)"));
    QVERIFY(m_sbx.start({QStringLiteral("--fresh")}));
}

void TestSandboxExtensionKubectl::installAddsTheComponentsDeleteRemovesThem()
{
    const QByteArray config = credential(QStringLiteral("aks-standard-lb"));
    int code = -1;
    // Read before the install, so a cached answer that outlived the change would show.
    QCOMPARE(namesIn(kubectl(config, {QStringLiteral("get"), QStringLiteral("all"), QStringLiteral("-n"), QStringLiteral("azureml"),
                                      QStringLiteral("-o"), QStringLiteral("json")}, &code), QStringLiteral("Deployment")),
             QStringList());
    QCOMPARE(code, 0);
    const QByteArray body = R"({"properties":{"extensionType":"Microsoft.AzureML.Kubernetes","releaseTrain":"stable",
        "scope":{"cluster":{"releaseNamespace":"azureml"}},
        "configurationSettings":{"enableTraining":"True","enableInference":"True","inferenceRouterServiceType":"loadBalancer",
                                 "allowInsecureConnections":"True"}}})";
    QCOMPARE(runOperation(m_sbx.arm("PUT", extPath(QStringLiteral("aks-standard-lb")), body)), QStringLiteral("Succeeded"));
    const QByteArray all = kubectl(config, {QStringLiteral("get"), QStringLiteral("all"), QStringLiteral("-n"), QStringLiteral("azureml"),
                                            QStringLiteral("-o"), QStringLiteral("json")}, &code);
    QCOMPARE(code, 0);
    const QStringList deployments = namesIn(all, QStringLiteral("Deployment"));
    for (const char *name : {"azureml-fe-v2", "inference-operator-controller-manager", "amlarc-identity-controller", "gateway",
                             "aml-operator", "volcano-scheduler", "prometheus-operator"})
        QVERIFY2(deployments.contains(QLatin1String(name)), name);
    QVERIFY(!deployments.contains(QStringLiteral("relayserver"))); // Arc clusters only
    QVERIFY(namesIn(all, QStringLiteral("Service")).contains(QStringLiteral("azureml-fe")));
    QVERIFY(namesIn(all, QStringLiteral("Pod")).filter(QStringLiteral("azureml-fe-v2-")).size() == 3); // router HA
    // The table kubectl prints for people.
    const QByteArray table = kubectl(config, {QStringLiteral("get"), QStringLiteral("all"), QStringLiteral("-n"), QStringLiteral("azureml")}, &code);
    QCOMPARE(code, 0);
    QVERIFY(table.contains("deployment.apps/azureml-fe-v2"));
    QVERIFY(table.contains("service/azureml-fe"));
    QVERIFY(table.contains("LoadBalancer"));
    const QByteArray health = kubectl(config, {QStringLiteral("get"), QStringLiteral("configmap"), QStringLiteral("arcml-healthcheck"),
                                               QStringLiteral("-n"), QStringLiteral("azureml"), QStringLiteral("-o"), QStringLiteral("json")}, &code);
    QCOMPARE(code, 0);
    QCOMPARE(QJsonDocument::fromJson(health).object().value(QStringLiteral("data")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("passed"));

    QCOMPARE(runOperation(m_sbx.arm("DELETE", extPath(QStringLiteral("aks-standard-lb")))), QStringLiteral("Succeeded"));
    const QByteArray after = kubectl(config, {QStringLiteral("get"), QStringLiteral("all"), QStringLiteral("-n"), QStringLiteral("azureml"),
                                              QStringLiteral("-o"), QStringLiteral("json")}, &code);
    QCOMPARE(code, 0);
    QCOMPARE(namesIn(after, QStringLiteral("Deployment")), QStringList());
    QCOMPARE(namesIn(after, QStringLiteral("Service")), QStringList());
}

void TestSandboxExtensionKubectl::failedHealthCheckIsInTheConfigMap()
{
    const QByteArray config = credential(QStringLiteral("aks-v2-failed"));
    int code = -1;
    const QByteArray health = kubectl(config, {QStringLiteral("get"), QStringLiteral("configmap"), QStringLiteral("arcml-healthcheck"),
                                               QStringLiteral("-n"), QStringLiteral("azureml"), QStringLiteral("-o"), QStringLiteral("json")}, &code);
    QCOMPARE(code, 0);
    const QJsonObject data = QJsonDocument::fromJson(health).object().value(QStringLiteral("data")).toObject();
    QCOMPARE(data.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(data.value(QStringLiteral("errorCodes")).toString(), QStringLiteral("E40002"));
    const QByteArray deployments = kubectl(config, {QStringLiteral("get"), QStringLiteral("deployments"), QStringLiteral("-n"),
                                                    QStringLiteral("azureml"), QStringLiteral("-o"), QStringLiteral("json")}, &code);
    QCOMPARE(code, 0);
    QCOMPARE(namesIn(deployments, QStringLiteral("Deployment")), QStringList());
}

void TestSandboxExtensionKubectl::legacyComponentsDeletedWithKubectlLetTheInstallSucceed()
{
    // aks-attached carries what its v1 attach installed: the install fails E45004 and E45005.
    const QByteArray body = R"({"properties":{"extensionType":"Microsoft.AzureML.Kubernetes",
        "configurationSettings":{"enableInference":"True","inferenceRouterServiceType":"nodePort","allowInsecureConnections":"True"}}})";
    QCOMPARE(runOperation(m_sbx.arm("PUT", extPath(QStringLiteral("aks-attached")), body)), QStringLiteral("Failed"));
    const QJsonArray statuses = m_sbx.arm("GET", extPath(QStringLiteral("aks-attached"))).json().object()
                                    .value(QStringLiteral("properties")).toObject().value(QStringLiteral("statuses")).toArray();
    QCOMPARE(statuses.size(), 2);
    // The cleanup commands of the contract (namespace default), as a user types them.
    const QByteArray config = credential(QStringLiteral("aks-attached"));
    int code = -1;
    for (const QStringList &what : {QStringList{QStringLiteral("sa"), QStringLiteral("azureml-fe")},
                                    {QStringLiteral("clusterrole"), QStringLiteral("azureml-fe-role")},
                                    {QStringLiteral("clusterrolebinding"), QStringLiteral("azureml-fe-binding")},
                                    {QStringLiteral("svc"), QStringLiteral("azureml-fe")},
                                    {QStringLiteral("svc"), QStringLiteral("azureml-fe-int-http")},
                                    {QStringLiteral("deploy"), QStringLiteral("azureml-fe")},
                                    {QStringLiteral("secret"), QStringLiteral("azuremlfessl")},
                                    {QStringLiteral("cm"), QStringLiteral("azuremlfeconfig")}}) {
        kubectl(config, QStringList{QStringLiteral("delete"), QStringLiteral("--ignore-not-found")} + what, &code);
        QCOMPARE(code, 0);
    }
    // The failed extension is installed again by a PUT over it, which now passes the check.
    QCOMPARE(runOperation(m_sbx.arm("PUT", extPath(QStringLiteral("aks-attached")), body)), QStringLiteral("Succeeded"));
    const QByteArray deployments = kubectl(config, {QStringLiteral("get"), QStringLiteral("deployments"), QStringLiteral("-A"),
                                                    QStringLiteral("-o"), QStringLiteral("json")}, &code);
    QCOMPARE(code, 0);
    const QStringList names = namesIn(deployments, QStringLiteral("Deployment"));
    QVERIFY(names.contains(QStringLiteral("azureml-fe-v2")));
    QVERIFY(!names.contains(QStringLiteral("azureml-fe")));
}

QTEST_GUILESS_MAIN(TestSandboxExtensionKubectl)
#include "tst_SandboxExtensionKubectl.moc"
