// Azure ML v2 Kubernetes computes in the sandbox: attach (201 + Azure-AsyncOperation, Creating →
// Succeeded) in the shape of the official 2022-10-01 examples, get, list mixed with AKS computes
// over several pages, detach (cluster and extension stay), and every refusal of the attach with
// its status, code and message. The Azure ML extension is installed with the sandbox's own
// Microsoft.KubernetesConfiguration PUT.
#include "SandboxTestUtil.h"

#include <QJsonArray>

using namespace cw::test;

namespace {

QJsonObject instanceType(const QJsonObject &requests, const QJsonObject &limits, const QJsonValue &nodeSelector = QJsonValue())
{
    return {{QStringLiteral("nodeSelector"), nodeSelector},
            {QStringLiteral("resources"), QJsonObject{{QStringLiteral("requests"), requests}, {QStringLiteral("limits"), limits}}}};
}

QJsonObject kubernetesBody(const QString &clusterId, QJsonObject inner = {}, const QJsonObject &identity = {})
{
    QJsonObject body{{QStringLiteral("location"), QStringLiteral("westeurope")},
                     {QStringLiteral("properties"),
                      QJsonObject{{QStringLiteral("computeType"), QStringLiteral("Kubernetes")},
                                  {QStringLiteral("description"), QStringLiteral("v2 scoring")},
                                  {QStringLiteral("resourceId"), clusterId},
                                  {QStringLiteral("properties"), inner}}}};
    if (!identity.isEmpty())
        body.insert(QStringLiteral("identity"), identity);
    return body;
}

QJsonObject cpuTypes()
{
    return {{QStringLiteral("namespace"), QStringLiteral("ml")},
            {QStringLiteral("defaultInstanceType"), QStringLiteral("small")},
            {QStringLiteral("instanceTypes"),
             QJsonObject{{QStringLiteral("small"), instanceType({{QStringLiteral("cpu"), QStringLiteral("500m")}, {QStringLiteral("memory"), QStringLiteral("1Gi")}},
                                                                {{QStringLiteral("cpu"), QStringLiteral("1")}, {QStringLiteral("memory"), QStringLiteral("2Gi")}})},
                         {QStringLiteral("gpu"), instanceType({{QStringLiteral("cpu"), QStringLiteral("4")}, {QStringLiteral("memory"), QStringLiteral("16Gi")}, {QStringLiteral("nvidia.com/gpu"), QStringLiteral("1")}},
                                                              {{QStringLiteral("cpu"), QStringLiteral("6")}, {QStringLiteral("memory"), QStringLiteral("24Gi")}, {QStringLiteral("nvidia.com/gpu"), QStringLiteral("1")}},
                                                              QJsonObject{{QStringLiteral("accelerator"), QStringLiteral("nvidia")}})}}}};
}

QString errorOf(const HttpResult &r) { return armErrorCode(r) + QLatin1Char(' ') + armErrorMessage(r); }

} // namespace

class TestSandboxKubernetesCompute : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sbx.start({QStringLiteral("--fresh")}));
        m_sbx.control("POST", QStringLiteral("/settings"), QJsonDocument(QJsonObject{{QStringLiteral("speed"), 0.01}}));
        QCOMPARE(installExtension(QStringLiteral("aks-plain"), false), QStringLiteral("Succeeded"));
        QCOMPARE(installExtension(QStringLiteral("aks-eastus"), false), QStringLiteral("Succeeded"));
        // Inference router HA on 2 nodes: the extension's health check fails it (E40002).
        QCOMPARE(installExtension(QStringLiteral("aks-small"), true), QStringLiteral("Failed"));
    }
    void init() { m_sbx.control("POST", QStringLiteral("/settings"), QJsonDocument(QJsonObject{{QStringLiteral("errorShape"), QStringLiteral("flat")}})); }
    void attachGetListDetach();
    void officialExampleBodyIsAccepted();
    void refusals_data();
    void refusals();
    void refusalsHaveAzureMlShape();
    void sameClusterTwiceAsKubernetes();
    void v1AttachRefusesKubernetesCluster();
    void failNextFailsTheAttach();

private:
    QString cluster(const QString &name, const QString &rg = QStringLiteral("rg-aks")) { return clusterIdOf(m_sbx, rg, name); }
    QString extensionPath(const QString &clusterName)
    {
        const QString rg = clusterName == QLatin1String("aks-eastus") ? QStringLiteral("rg-aks-eus") : QStringLiteral("rg-aks");
        return cluster(clusterName, rg) + QStringLiteral("/providers/Microsoft.KubernetesConfiguration/extensions/azureml?api-version=2022-11-01");
    }
    // Installs the Azure ML extension through the sandbox's own extension PUT; its final state.
    QString installExtension(const QString &clusterName, bool routerHa)
    {
        const QJsonObject body{{QStringLiteral("properties"),
                                QJsonObject{{QStringLiteral("extensionType"), QStringLiteral("Microsoft.AzureML.Kubernetes")},
                                            {QStringLiteral("releaseTrain"), QStringLiteral("stable")},
                                            {QStringLiteral("autoUpgradeMinorVersion"), true},
                                            {QStringLiteral("scope"), QJsonObject{{QStringLiteral("cluster"), QJsonObject{{QStringLiteral("releaseNamespace"), QStringLiteral("azureml")}}}}},
                                            {QStringLiteral("configurationSettings"),
                                             QJsonObject{{QStringLiteral("enableInference"), QStringLiteral("True")},
                                                         {QStringLiteral("inferenceRouterServiceType"), QStringLiteral("nodePort")},
                                                         {QStringLiteral("allowInsecureConnections"), QStringLiteral("True")},
                                                         {QStringLiteral("inferenceRouterHA"), routerHa ? QStringLiteral("True") : QStringLiteral("False")}}}}}};
        const HttpResult put = m_sbx.arm("PUT", extensionPath(clusterName), jsonBytes(body));
        if (put.status != 201 && put.status != 200) {
            qWarning() << "extension PUT" << put.status << put.body;
            return {};
        }
        QString state;
        for (int i = 0; i < 500; ++i) {
            state = m_sbx.arm("GET", extensionPath(clusterName)).json().object().value(QStringLiteral("properties"))
                        .toObject().value(QStringLiteral("provisioningState")).toString();
            if (state == QLatin1String("Succeeded") || state == QLatin1String("Failed"))
                break;
            QTest::qWait(20);
        }
        return state;
    }
    QString waitTerminal(const QString &name)
    {
        QString state;
        for (int i = 0; i < 500; ++i) {
            state = provisioningState(m_sbx, name);
            if (state == QLatin1String("Succeeded") || state == QLatin1String("Failed"))
                break;
            QTest::qWait(20);
        }
        return state;
    }
    bool detach(const QString &name)
    {
        if (m_sbx.arm("DELETE", computePath(m_sbx, name, QStringLiteral("&underlyingResourceAction=Detach"))).status != 202)
            return false;
        for (int i = 0; i < 500; ++i) {
            if (m_sbx.arm("GET", computePath(m_sbx, name)).status == 404)
                return true;
            QTest::qWait(20);
        }
        return false;
    }
    SandboxProcess m_sbx;
};

void TestSandboxKubernetesCompute::attachGetListDetach()
{
    const QJsonObject identity{{QStringLiteral("type"), QStringLiteral("SystemAssigned")}};
    const HttpResult put = m_sbx.arm("PUT", computePath(m_sbx, QStringLiteral("k8s-plain")),
                                     jsonBytes(kubernetesBody(cluster(QStringLiteral("aks-plain")), cpuTypes(), identity)));
    QCOMPARE(put.status, 201);
    QVERIFY(put.header("Azure-AsyncOperation").contains("/computeOperationsStatus/"));
    const QJsonObject created = put.json().object();
    QCOMPARE(created.value(QStringLiteral("type")).toString(), QStringLiteral("Microsoft.MachineLearningServices/workspaces/computes"));
    QJsonObject props = created.value(QStringLiteral("properties")).toObject();
    QCOMPARE(props.value(QStringLiteral("computeType")).toString(), QStringLiteral("Kubernetes"));
    QCOMPARE(props.value(QStringLiteral("provisioningState")).toString(), QStringLiteral("Creating"));
    QCOMPARE(props.value(QStringLiteral("resourceId")).toString().toLower(), cluster(QStringLiteral("aks-plain")).toLower());

    const QString opUrl = QString::fromLatin1(put.header("Azure-AsyncOperation"));
    QTRY_COMPARE_WITH_TIMEOUT(m_sbx.arm("GET", opUrl).json().object().value(QStringLiteral("status")).toString(), QStringLiteral("Succeeded"), 10000);

    const QJsonObject got = m_sbx.arm("GET", computePath(m_sbx, QStringLiteral("k8s-plain"))).json().object();
    props = got.value(QStringLiteral("properties")).toObject();
    QCOMPARE(props.value(QStringLiteral("provisioningState")).toString(), QStringLiteral("Succeeded"));
    QCOMPARE(props.value(QStringLiteral("isAttachedCompute")).toBool(), true);
    QCOMPARE(props.value(QStringLiteral("description")).toString(), QStringLiteral("v2 scoring"));
    QCOMPARE(props.value(QStringLiteral("computeLocation")).toString(), QStringLiteral("westeurope"));
    QVERIFY(!props.value(QStringLiteral("createdOn")).toString().isEmpty());
    const QJsonObject inner = props.value(QStringLiteral("properties")).toObject();
    QCOMPARE(inner.value(QStringLiteral("namespace")).toString(), QStringLiteral("ml"));
    QCOMPARE(inner.value(QStringLiteral("defaultInstanceType")).toString(), QStringLiteral("small"));
    QCOMPARE(inner.value(QStringLiteral("extensionInstanceReleaseTrain")).toString(), QStringLiteral("stable"));
    // The extension's principal (its aksAssignedIdentity).
    const QJsonObject extension = m_sbx.arm("GET", extensionPath(QStringLiteral("aks-plain"))).json().object();
    QCOMPARE(inner.value(QStringLiteral("extensionPrincipalId")).toString(),
             extension.value(QStringLiteral("properties")).toObject().value(QStringLiteral("aksAssignedIdentity")).toObject()
                 .value(QStringLiteral("principalId")).toString());
    QVERIFY(!inner.value(QStringLiteral("extensionPrincipalId")).toString().isEmpty());
    for (const char *nullOnAks : {"relayConnectionString", "serviceBusConnectionString", "vcName"}) {
        QVERIFY2(inner.contains(QLatin1String(nullOnAks)), nullOnAks);
        QVERIFY2(inner.value(QLatin1String(nullOnAks)).isNull(), nullOnAks);
    }
    const QJsonObject gpu = inner.value(QStringLiteral("instanceTypes")).toObject().value(QStringLiteral("gpu")).toObject();
    QCOMPARE(gpu.value(QStringLiteral("nodeSelector")).toObject().value(QStringLiteral("accelerator")).toString(), QStringLiteral("nvidia"));
    const QJsonObject resources = gpu.value(QStringLiteral("resources")).toObject();
    QCOMPARE(resources.value(QStringLiteral("requests")).toObject().value(QStringLiteral("nvidia.com/gpu")).toString(), QStringLiteral("1"));
    QCOMPARE(resources.value(QStringLiteral("limits")).toObject().value(QStringLiteral("memory")).toString(), QStringLiteral("24Gi"));
    // The small type names no GPU: the key is there, null, as in the official example.
    const QJsonObject smallRequests = inner.value(QStringLiteral("instanceTypes")).toObject().value(QStringLiteral("small")).toObject()
                                          .value(QStringLiteral("resources")).toObject().value(QStringLiteral("requests")).toObject();
    QVERIFY(smallRequests.contains(QStringLiteral("nvidia.com/gpu")) && smallRequests.value(QStringLiteral("nvidia.com/gpu")).isNull());
    const QJsonObject identityAnswer = got.value(QStringLiteral("identity")).toObject();
    QCOMPARE(identityAnswer.value(QStringLiteral("type")).toString(), QStringLiteral("SystemAssigned"));
    QVERIFY(!identityAnswer.value(QStringLiteral("principalId")).toString().isEmpty());
    QVERIFY(!identityAnswer.value(QStringLiteral("tenantId")).toString().isEmpty());

    // Listed with the AKS computes, over pages of 2.
    m_sbx.control("POST", QStringLiteral("/settings"), QJsonDocument(QJsonObject{{QStringLiteral("pageSize"), 2}}));
    QMap<QString, QString> types;
    QString next = wsPath(m_sbx) + QStringLiteral("/computes?api-version=2022-10-01");
    int pages = 0;
    while (!next.isEmpty() && pages < 50) {
        const QJsonObject page = m_sbx.arm("GET", next).json().object();
        for (const QJsonValue &c : page.value(QStringLiteral("value")).toArray())
            types.insert(c.toObject().value(QStringLiteral("name")).toString(),
                         c.toObject().value(QStringLiteral("properties")).toObject().value(QStringLiteral("computeType")).toString());
        next = page.value(QStringLiteral("nextLink")).toString();
        ++pages;
    }
    m_sbx.control("POST", QStringLiteral("/settings"), QJsonDocument(QJsonObject{{QStringLiteral("pageSize"), 100}}));
    QVERIFY(pages > 2);
    QCOMPARE(types.value(QStringLiteral("k8s-plain")), QStringLiteral("Kubernetes"));
    QCOMPARE(types.value(QStringLiteral("inference-prod")), QStringLiteral("AKS"));
    QCOMPARE(types.value(QStringLiteral("cpu-cluster")), QStringLiteral("AmlCompute"));

    // Detach: the compute goes; the cluster and its extension stay.
    const HttpResult del = m_sbx.arm("DELETE", computePath(m_sbx, QStringLiteral("k8s-plain"), QStringLiteral("&underlyingResourceAction=Detach")));
    QCOMPARE(del.status, 202);
    QVERIFY(!del.header("Azure-AsyncOperation").isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_sbx.arm("GET", computePath(m_sbx, QStringLiteral("k8s-plain"))).status, 404, 10000);
    QCOMPARE(m_sbx.arm("GET", cluster(QStringLiteral("aks-plain")) + QStringLiteral("?api-version=2022-11-01")).status, 200);
    QCOMPARE(m_sbx.arm("GET", extensionPath(QStringLiteral("aks-plain"))).status, 200);
    // No v1 leftovers were installed by the v2 attach.
    const QJsonObject got2 = m_sbx.arm("GET", cluster(QStringLiteral("aks-plain")) + QStringLiteral("?api-version=2022-11-01")).json().object();
    QVERIFY(!got2.isEmpty());
}

void TestSandboxKubernetesCompute::officialExampleBodyIsAccepted()
{
    // Compute/createOrUpdate/KubernetesCompute.json (2022-10-01): its instance type is named
    // "defaultInstanceType" and sends "nvidia.com/gpu": null.
    const QJsonObject quantities{{QStringLiteral("cpu"), QStringLiteral("1")}, {QStringLiteral("memory"), QStringLiteral("4Gi")},
                                 {QStringLiteral("nvidia.com/gpu"), QJsonValue()}};
    const QJsonObject inner{{QStringLiteral("namespace"), QStringLiteral("default")},
                            {QStringLiteral("defaultInstanceType"), QStringLiteral("defaultInstanceType")},
                            {QStringLiteral("instanceTypes"), QJsonObject{{QStringLiteral("defaultInstanceType"), instanceType(quantities, quantities)}}}};
    const HttpResult put = m_sbx.arm("PUT", computePath(m_sbx, QStringLiteral("compute123")),
                                     jsonBytes(kubernetesBody(cluster(QStringLiteral("aks-eastus"), QStringLiteral("rg-aks-eus")), inner)));
    QCOMPARE(put.status, 201);
    QCOMPARE(waitTerminal(QStringLiteral("compute123")), QStringLiteral("Succeeded"));
    // The compute runs where the cluster is.
    QCOMPARE(computeProps(m_sbx, QStringLiteral("compute123")).value(QStringLiteral("computeLocation")).toString(), QStringLiteral("eastus"));
    QVERIFY(detach(QStringLiteral("compute123")));
}

void TestSandboxKubernetesCompute::refusals_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("clusterId");
    QTest::addColumn<QJsonObject>("inner");
    QTest::addColumn<QJsonObject>("identity");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected"); // code and a part of the message

    const QString plain = clusterIdOf(m_sbx, QStringLiteral("rg-aks"), QStringLiteral("aks-plain"));
    auto types = [](const QJsonObject &requests, const QJsonObject &limits, const QString &defaultType = QStringLiteral("t")) {
        QJsonObject inner{{QStringLiteral("instanceTypes"), QJsonObject{{QStringLiteral("t"), instanceType(requests, limits)}}}};
        if (!defaultType.isEmpty())
            inner.insert(QStringLiteral("defaultInstanceType"), defaultType);
        return inner;
    };
    const QJsonObject cpu1{{QStringLiteral("cpu"), QStringLiteral("1")}};
    QTest::newRow("no extension") << "k8s-a" << clusterIdOf(m_sbx, QStringLiteral("rg-aks"), QStringLiteral("aks-standard-lb"))
                                  << QJsonObject() << QJsonObject() << 400
                                  << "BadArgument The Azure Machine Learning extension (Microsoft.AzureML.Kubernetes) is not installed on the cluster";
    QTest::newRow("extension failed") << "k8s-a" << clusterIdOf(m_sbx, QStringLiteral("rg-aks"), QStringLiteral("aks-small"))
                                      << QJsonObject() << QJsonObject() << 400 << "BadArgument The Azure Machine Learning extension 'azureml' on the cluster";
    QTest::newRow("attached as v1 AKS") << "k8s-a" << clusterIdOf(m_sbx, QStringLiteral("rg-aks"), QStringLiteral("aks-attached"))
                                        << QJsonObject() << QJsonObject() << 409 << "Conflict The cluster";
    QTest::newRow("v1 AKS failed attach still counts") << "k8s-a" << clusterIdOf(m_sbx, QStringLiteral("rg-aks"), QStringLiteral("aks-legacy"))
                                                       << QJsonObject() << QJsonObject() << 409 << "attached as the AKS (v1) compute";
    QTest::newRow("other subscription") << "k8s-a" << clusterIdOf(m_sbx, QStringLiteral("rg-other"), QStringLiteral("aks-other-sub"), QStringLiteral("00000000-0000-4000-8000-000000000002"))
                                        << QJsonObject() << QJsonObject() << 400 << "BadArgument The Kubernetes cluster must be in the workspace's subscription";
    QTest::newRow("not a managed cluster") << "k8s-a" << wsPath(m_sbx) << QJsonObject() << QJsonObject() << 400
                                           << "is not the resource id of a Kubernetes cluster";
    QTest::newRow("missing cluster") << "k8s-a" << clusterIdOf(m_sbx, QStringLiteral("rg-aks"), QStringLiteral("nope"))
                                     << QJsonObject() << QJsonObject() << 400 << "BadArgument Could not find the Kubernetes cluster";
    QTest::newRow("name used by an AKS compute") << "inference-prod" << plain << QJsonObject() << QJsonObject() << 409
                                                 << "Conflict Compute with this name already exists.";
    QTest::newRow("bad compute name") << "9k8s" << plain << QJsonObject() << QJsonObject() << 400 << "BadArgument Compute name '9k8s' is invalid.";
    QTest::newRow("requests above limits") << "k8s-a" << plain
                                           << types({{QStringLiteral("cpu"), QStringLiteral("2")}, {QStringLiteral("memory"), QStringLiteral("1Gi")}},
                                                    {{QStringLiteral("cpu"), QStringLiteral("1500m")}, {QStringLiteral("memory"), QStringLiteral("1Gi")}})
                                           << QJsonObject() << 400 << "BadArgument Instance type 't': the cpu request (2) is more than its limit (1500m).";
    QTest::newRow("memory above limits") << "k8s-a" << plain
                                         << types({{QStringLiteral("memory"), QStringLiteral("2G")}}, {{QStringLiteral("memory"), QStringLiteral("1Gi")}})
                                         << QJsonObject() << 400 << "the memory request (2G) is more than its limit (1Gi)";
    QTest::newRow("gpu overcommitted") << "k8s-a" << plain
                                       << types({{QStringLiteral("nvidia.com/gpu"), QStringLiteral("1")}}, {{QStringLiteral("nvidia.com/gpu"), QStringLiteral("2")}})
                                       << QJsonObject() << 400 << "must equal its limit";
    QTest::newRow("bad quantity") << "k8s-a" << plain << types({{QStringLiteral("cpu"), QStringLiteral("one")}}, cpu1)
                                  << QJsonObject() << 400 << "'one' is not a valid quantity for requests cpu";
    QTest::newRow("quantity not a string") << "k8s-a" << plain << types({{QStringLiteral("cpu"), 1}}, cpu1)
                                           << QJsonObject() << 400 << "must be a quantity string";
    QTest::newRow("default missing") << "k8s-a" << plain << types(cpu1, cpu1, QString()) << QJsonObject() << 400
                                     << "BadArgument defaultInstanceType is required when instanceTypes are given";
    QTest::newRow("default not a type") << "k8s-a" << plain << types(cpu1, cpu1, QStringLiteral("big")) << QJsonObject() << 400
                                        << "BadArgument The default instance type 'big' is not one of the instance types (t).";
    QTest::newRow("bad namespace") << "k8s-a" << plain << QJsonObject{{QStringLiteral("namespace"), QStringLiteral("ML_Team")}}
                                   << QJsonObject() << 400 << "BadArgument Namespace 'ML_Team' is not a valid Kubernetes namespace name";
    QTest::newRow("bad identity") << "k8s-a" << plain << QJsonObject() << QJsonObject{{QStringLiteral("type"), QStringLiteral("Magic")}}
                                  << 400 << "BadArgument Identity type 'Magic' is invalid.";
    QTest::newRow("user-assigned without identities") << "k8s-a" << plain << QJsonObject()
                                                      << QJsonObject{{QStringLiteral("type"), QStringLiteral("UserAssigned")}}
                                                      << 400 << "needs at least one entry in userAssignedIdentities";
}

void TestSandboxKubernetesCompute::refusals()
{
    QFETCH(QString, name);
    QFETCH(QString, clusterId);
    QFETCH(QJsonObject, inner);
    QFETCH(QJsonObject, identity);
    QFETCH(int, status);
    QFETCH(QString, expected);
    const HttpResult r = m_sbx.arm("PUT", computePath(m_sbx, name), jsonBytes(kubernetesBody(clusterId, inner, identity)));
    QCOMPARE(r.status, status);
    QVERIFY2(errorOf(r).contains(expected), qPrintable(errorOf(r)));
    QCOMPARE(m_sbx.arm("GET", computePath(m_sbx, QStringLiteral("k8s-a"))).status, 404); // nothing was stored
}

void TestSandboxKubernetesCompute::refusalsHaveAzureMlShape()
{
    m_sbx.control("POST", QStringLiteral("/settings"), QJsonDocument(QJsonObject{{QStringLiteral("errorShape"), QStringLiteral("wrapped")}}));
    const HttpResult r = m_sbx.arm("PUT", computePath(m_sbx, QStringLiteral("k8s-b")),
                                   jsonBytes(kubernetesBody(cluster(QStringLiteral("aks-standard-lb")))));
    QCOMPARE(r.status, 400);
    const QJsonObject error = r.json().object().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("UserError"));
    QCOMPARE(error.value(QStringLiteral("details")).toArray().first().toObject().value(QStringLiteral("code")).toString(), QStringLiteral("BadArgument"));
    QVERIFY(error.value(QStringLiteral("message")).toString().contains(QLatin1String("is not installed")));
}

void TestSandboxKubernetesCompute::sameClusterTwiceAsKubernetes()
{
    // Azure ML lets one cluster carry several Kubernetes computes (one per team or namespace).
    QCOMPARE(m_sbx.arm("PUT", computePath(m_sbx, QStringLiteral("k8s-team-a")),
                       jsonBytes(kubernetesBody(cluster(QStringLiteral("aks-plain")), {{QStringLiteral("namespace"), QStringLiteral("team-a")}}))).status, 201);
    QCOMPARE(m_sbx.arm("PUT", computePath(m_sbx, QStringLiteral("k8s-team-b")),
                       jsonBytes(kubernetesBody(cluster(QStringLiteral("aks-plain")), {{QStringLiteral("namespace"), QStringLiteral("team-b")}}))).status, 201);
    QCOMPARE(waitTerminal(QStringLiteral("k8s-team-a")), QStringLiteral("Succeeded"));
    QCOMPARE(waitTerminal(QStringLiteral("k8s-team-b")), QStringLiteral("Succeeded"));
    // The name is taken now, even for the same cluster: a Kubernetes compute is not updated by PUT.
    const HttpResult again = m_sbx.arm("PUT", computePath(m_sbx, QStringLiteral("k8s-team-a")),
                                       jsonBytes(kubernetesBody(cluster(QStringLiteral("aks-plain")))));
    QCOMPARE(again.status, 409);
    QVERIFY(detach(QStringLiteral("k8s-team-a")));
    QVERIFY(detach(QStringLiteral("k8s-team-b")));
}

void TestSandboxKubernetesCompute::v1AttachRefusesKubernetesCluster()
{
    QCOMPARE(m_sbx.arm("PUT", computePath(m_sbx, QStringLiteral("k8s-v2")), jsonBytes(kubernetesBody(cluster(QStringLiteral("aks-plain"))))).status, 201);
    QCOMPARE(waitTerminal(QStringLiteral("k8s-v2")), QStringLiteral("Succeeded"));
    const HttpResult v1 = m_sbx.arm("PUT", computePath(m_sbx, QStringLiteral("aks-v1")), jsonBytes(attachBody(cluster(QStringLiteral("aks-plain")))));
    QCOMPARE(v1.status, 409);
    QVERIFY2(errorOf(v1).contains(QLatin1String("is attached as the Kubernetes compute")), qPrintable(errorOf(v1)));
    QCOMPARE(m_sbx.arm("GET", computePath(m_sbx, QStringLiteral("aks-v1"))).status, 404);
    // An AKS PUT on the Kubernetes compute's name does not turn it into an update.
    QCOMPARE(m_sbx.arm("PUT", computePath(m_sbx, QStringLiteral("k8s-v2")), jsonBytes(attachBody(cluster(QStringLiteral("aks-plain"))))).status, 409);
    QCOMPARE(computeProps(m_sbx, QStringLiteral("k8s-v2")).value(QStringLiteral("computeType")).toString(), QStringLiteral("Kubernetes"));
    // Once detached, the cluster can be attached as v1 again.
    QVERIFY(detach(QStringLiteral("k8s-v2")));
    QCOMPARE(m_sbx.arm("PUT", computePath(m_sbx, QStringLiteral("aks-v1")), jsonBytes(attachBody(cluster(QStringLiteral("aks-plain"))))).status, 201);
    QCOMPARE(waitTerminal(QStringLiteral("aks-v1")), QStringLiteral("Succeeded"));
    QVERIFY(detach(QStringLiteral("aks-v1")));
}

void TestSandboxKubernetesCompute::failNextFailsTheAttach()
{
    m_sbx.control("POST", QStringLiteral("/operations/fail-next"),
                  QJsonDocument(QJsonObject{{QStringLiteral("path"), QStringLiteral("computes/k8s-doomed$")}}));
    QCOMPARE(m_sbx.arm("PUT", computePath(m_sbx, QStringLiteral("k8s-doomed")), jsonBytes(kubernetesBody(cluster(QStringLiteral("aks-plain"))))).status, 201);
    QCOMPARE(waitTerminal(QStringLiteral("k8s-doomed")), QStringLiteral("Failed"));
    QVERIFY(!firstProvisioningError(m_sbx, QStringLiteral("k8s-doomed")).isEmpty());
    QVERIFY(detach(QStringLiteral("k8s-doomed")));
}

QTEST_GUILESS_MAIN(TestSandboxKubernetesCompute)
#include "tst_SandboxKubernetesCompute.moc"
