// kubectl (Debian's kubernetes-client, unmodified) judges the sandbox's Kubernetes API with the
// kubeconfigs Azure hands out: the compute's listKeys and the cluster's
// listClusterUserCredential / listClusterAdminCredential. Each cluster has its own server URL
// without a path, nodes follow the node pools, a v1 attach leaves azureml-fe behind.
#include "SandboxTestUtil.h"
#include "support/OutsideJudge.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

using namespace cw::test;

namespace {

struct Kubectl {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

QJsonArray items(const Kubectl &k)
{
    return k.json().value(QStringLiteral("items")).toArray();
}

QStringList names(const QJsonArray &list, const QString &kind = {})
{
    QStringList out;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        if (kind.isEmpty() || o.value(QStringLiteral("kind")).toString() == kind)
            out << o.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("namespace")).toString() + QLatin1Char('/')
                       + o.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
    }
    return out;
}

QString str(const QJsonObject &o, const char *path)
{
    QJsonValue v = o;
    for (const QString &part : QString::fromLatin1(path).split(QLatin1Char('|')))
        v = v.toObject().value(part);
    return v.toString();
}

} // namespace

class TestSandboxKubectl : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void serverUrlIsPerClusterWithoutPath();
    void versionAndDiscovery();
    void namespaces();
    void nodesFollowTheNodePools();
    void taintedGpuPool();
    void deploymentsAndServicesOfAV1Attach();
    void secrets();
    void authCanI();
    void attachInstallsAzuremlFeAndDetachLeavesIt();
    void createdComputeNodesFollowItsScale();
    void kubeconfigsSurviveARestart();

private:
    QByteArray credential(const QString &rg, const QString &cluster, bool admin)
    {
        const HttpResult r = m_sbx.arm("POST", clusterIdOf(m_sbx, rg, cluster)
                                                   + (admin ? QStringLiteral("/listClusterAdminCredential") : QStringLiteral("/listClusterUserCredential"))
                                                   + QStringLiteral("?api-version=2022-11-01"));
        return QByteArray::fromBase64(r.json().object().value(QStringLiteral("kubeconfigs")).toArray().first().toObject()
                                          .value(QStringLiteral("value")).toString().toLatin1());
    }
    QByteArray listKeys(const QString &compute)
    {
        const HttpResult keys = m_sbx.arm("POST", wsPath(m_sbx) + QStringLiteral("/computes/") + compute
                                                      + QStringLiteral("/listKeys?api-version=2022-10-01"));
        return keys.json().object().value(QStringLiteral("userKubeConfig")).toString().toUtf8();
    }
    Kubectl kubectl(const QByteArray &kubeconfig, const QStringList &args)
    {
        Kubectl result;
        const QString path = qEnvironmentVariable("CW_TEST_TMPDIR") + QStringLiteral("/kubeconfig-%1").arg(++m_files);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(kubeconfig) != kubeconfig.size())
            return result;
        file.close();
        QProcess p;
        // A private discovery cache per test run (kubectl keys it by host:port).
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KUBECACHEDIR"), qEnvironmentVariable("CW_TEST_TMPDIR") + QStringLiteral("/kube-cache"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("kubectl"), QStringList{QStringLiteral("--kubeconfig"), path, QStringLiteral("--request-timeout=20s")} + args);
        if (!p.waitForFinished(60000))
            p.kill();
        result.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        result.out = p.readAllStandardOutput();
        result.err = p.readAllStandardError();
        if (result.exitCode != 0)
            qWarning().noquote() << "kubectl" << args.join(QLatin1Char(' ')) << "->" << result.exitCode << result.err;
        return result;
    }

    SandboxProcess m_sbx;
    int m_files = 0;
};

void TestSandboxKubectl::initTestCase()
{
    CW_REQUIRE_OUTSIDE_JUDGE(!QStandardPaths::findExecutable(QStringLiteral("kubectl")).isEmpty(),
                             QStringLiteral("kubectl (kubernetes-client)"));
    QVERIFY(m_sbx.start({QStringLiteral("--fresh")}));
}

void TestSandboxKubectl::serverUrlIsPerClusterWithoutPath()
{
    // kubectl drops the server URL's path for --raw and keys its caches by host:port, so each
    // cluster needs its own origin, like *.azmk8s.io names on Azure.
    auto server = [](const QByteArray &yaml) {
        const int at = yaml.indexOf("server: ") + 8;
        return QUrl(QString::fromUtf8(yaml.mid(at, yaml.indexOf('\n', at) - at)));
    };
    const QUrl tls = server(listKeys(QStringLiteral("tls-prod")));
    const QUrl plain = server(credential(QStringLiteral("rg-aks"), QStringLiteral("aks-plain"), false));
    QCOMPARE(tls.scheme(), QStringLiteral("https"));
    QVERIFY(tls.path().isEmpty());
    QVERIFY(plain.path().isEmpty());
    QVERIFY(tls.port() > 0 && plain.port() > 0);
    QVERIFY(tls.port() != plain.port());
    QCOMPARE(server(credential(QStringLiteral("rg-ml"), QStringLiteral("tls-prod-aks"), true)), tls);
}

void TestSandboxKubectl::versionAndDiscovery()
{
    const QByteArray config = credential(QStringLiteral("rg-aks-eus"), QStringLiteral("aks-eastus"), false);
    const Kubectl raw = kubectl(config, {QStringLiteral("get"), QStringLiteral("--raw"), QStringLiteral("/version")});
    QCOMPARE(raw.exitCode, 0);
    QCOMPARE(raw.json().value(QStringLiteral("gitVersion")).toString(), QStringLiteral("v1.25.5"));
    QCOMPARE(raw.json().value(QStringLiteral("minor")).toString(), QStringLiteral("25"));

    const Kubectl version = kubectl(config, {QStringLiteral("version"), QStringLiteral("-o"), QStringLiteral("json")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(str(version.json(), "serverVersion|gitVersion"), QStringLiteral("v1.25.5"));

    const Kubectl api = kubectl(config, {QStringLiteral("get"), QStringLiteral("--raw"), QStringLiteral("/api")});
    QCOMPARE(api.json().value(QStringLiteral("kind")).toString(), QStringLiteral("APIVersions"));

    const Kubectl resources = kubectl(config, {QStringLiteral("api-resources"), QStringLiteral("-o"), QStringLiteral("name")});
    QCOMPARE(resources.exitCode, 0);
    const QStringList listed = QString::fromUtf8(resources.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const char *expected : {"namespaces", "nodes", "pods", "secrets", "services", "serviceaccounts", "configmaps",
                                 "deployments.apps", "clusterroles.rbac.authorization.k8s.io",
                                 "clusterrolebindings.rbac.authorization.k8s.io",
                                 "selfsubjectaccessreviews.authorization.k8s.io"})
        QVERIFY2(listed.contains(QLatin1String(expected)), expected);
}

void TestSandboxKubectl::namespaces()
{
    const QByteArray config = listKeys(QStringLiteral("tls-prod"));
    const Kubectl json = kubectl(config, {QStringLiteral("get"), QStringLiteral("namespaces"), QStringLiteral("-o"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    const QStringList ns = names(items(json));
    for (const char *expected : {"/default", "/kube-system", "/kube-public", "/kube-node-lease"})
        QVERIFY2(ns.contains(QLatin1String(expected)), expected);
    QCOMPARE(str(items(json).first().toObject(), "status|phase"), QStringLiteral("Active"));
    // The default output is the server's Table.
    const Kubectl table = kubectl(config, {QStringLiteral("get"), QStringLiteral("ns")});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.startsWith("NAME"));
    QVERIFY(table.out.contains("kube-system") && table.out.contains("Active"));
}

void TestSandboxKubectl::nodesFollowTheNodePools()
{
    // aks-small: one pool of 2 x Standard_D2_v2 (2 vCPUs, 7 GiB).
    const QByteArray config = credential(QStringLiteral("rg-aks"), QStringLiteral("aks-small"), false);
    const Kubectl nodes = kubectl(config, {QStringLiteral("get"), QStringLiteral("nodes"), QStringLiteral("-o"), QStringLiteral("json")});
    QCOMPARE(nodes.exitCode, 0);
    QCOMPARE(items(nodes).size(), 2);
    for (const QJsonValue &v : items(nodes)) {
        const QJsonObject node = v.toObject();
        const QJsonObject labels = node.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("labels")).toObject();
        QCOMPARE(labels.value(QStringLiteral("kubernetes.io/os")).toString(), QStringLiteral("linux"));
        QCOMPARE(labels.value(QStringLiteral("node.kubernetes.io/instance-type")).toString(), QStringLiteral("Standard_D2_v2"));
        QCOMPARE(labels.value(QStringLiteral("agentpool")).toString(), QStringLiteral("agentpool"));
        QCOMPARE(labels.value(QStringLiteral("topology.kubernetes.io/region")).toString(), QStringLiteral("westeurope"));
        QCOMPARE(str(node, "status|capacity|cpu"), QStringLiteral("2"));
        QCOMPARE(str(node, "status|capacity|memory"), QStringLiteral("7340032Ki")); // 7 GiB
        // AKS reserves 100m of 2 cores, 25% of the first 4 GiB + 20% of the next 3 GiB and 750Mi
        // for eviction: 7340032 - 1677722 - 768000.
        QCOMPARE(str(node, "status|allocatable|cpu"), QStringLiteral("1900m"));
        QCOMPARE(str(node, "status|allocatable|memory"), QStringLiteral("4894310Ki"));
        QVERIFY(!node.value(QStringLiteral("spec")).toObject().contains(QStringLiteral("taints")));
        bool ready = false;
        for (const QJsonValue &c : node.value(QStringLiteral("status")).toObject().value(QStringLiteral("conditions")).toArray())
            ready = ready || (c.toObject().value(QStringLiteral("type")).toString() == QLatin1String("Ready")
                              && c.toObject().value(QStringLiteral("status")).toString() == QLatin1String("True"));
        QVERIFY(ready);
    }
    // The region label follows the cluster's location.
    const Kubectl east = kubectl(credential(QStringLiteral("rg-aks-eus"), QStringLiteral("aks-eastus"), false),
                                 {QStringLiteral("get"), QStringLiteral("nodes"), QStringLiteral("-o"), QStringLiteral("json")});
    QCOMPARE(items(east).size(), 3);
    QCOMPARE(items(east).first().toObject().value(QStringLiteral("metadata")).toObject().value(QStringLiteral("labels")).toObject()
                 .value(QStringLiteral("topology.kubernetes.io/region")).toString(), QStringLiteral("eastus"));
    const Kubectl table = kubectl(config, {QStringLiteral("get"), QStringLiteral("nodes")});
    QCOMPARE(table.exitCode, 0);
    QCOMPARE(table.out.count(" Ready "), 2);
    QVERIFY(table.out.contains("v1.24.9"));
}

void TestSandboxKubectl::taintedGpuPool()
{
    const QByteArray config = credential(QStringLiteral("rg-aks"), QStringLiteral("aks-gpu"), true);
    const Kubectl nodes = kubectl(config, {QStringLiteral("get"), QStringLiteral("nodes"), QStringLiteral("-o"), QStringLiteral("json")});
    QCOMPARE(nodes.exitCode, 0);
    QCOMPARE(items(nodes).size(), 3);
    const QJsonObject node = items(nodes).first().toObject();
    const QJsonObject taint = node.value(QStringLiteral("spec")).toObject().value(QStringLiteral("taints")).toArray().first().toObject();
    QCOMPARE(taint.value(QStringLiteral("key")).toString(), QStringLiteral("sku"));
    QCOMPARE(taint.value(QStringLiteral("value")).toString(), QStringLiteral("gpu"));
    QCOMPARE(taint.value(QStringLiteral("effect")).toString(), QStringLiteral("NoSchedule"));
    QCOMPARE(str(node, "status|capacity|cpu"), QStringLiteral("6"));
    QCOMPARE(str(node, "status|capacity|nvidia.com/gpu"), QStringLiteral("1"));
    const Kubectl describe = kubectl(config, {QStringLiteral("describe"), QStringLiteral("nodes")});
    QVERIFY(describe.out.contains("sku=gpu:NoSchedule"));
}

void TestSandboxKubectl::deploymentsAndServicesOfAV1Attach()
{
    // tls-prod's cluster carries what the v1 create installed; aks-plain was never attached.
    const QByteArray config = listKeys(QStringLiteral("tls-prod"));
    const Kubectl all = kubectl(config, {QStringLiteral("get"), QStringLiteral("deployments,services"), QStringLiteral("-A"),
                                         QStringLiteral("-o"), QStringLiteral("json")});
    QCOMPARE(all.exitCode, 0);
    const QStringList deployments = names(items(all), QStringLiteral("Deployment"));
    const QStringList services = names(items(all), QStringLiteral("Service"));
    QVERIFY(deployments.contains(QStringLiteral("default/azureml-fe")));
    QVERIFY(deployments.contains(QStringLiteral("kube-system/coredns")));
    QVERIFY(services.contains(QStringLiteral("default/azureml-fe")));
    QVERIFY(services.contains(QStringLiteral("default/azureml-fe-int-http")));
    QVERIFY(services.contains(QStringLiteral("default/kubernetes")));
    QVERIFY(services.contains(QStringLiteral("kube-system/kube-dns")));
    for (const QJsonValue &v : items(all)) {
        const QJsonObject o = v.toObject();
        if (str(o, "metadata|name") == QLatin1String("azureml-fe") && str(o, "kind") == QLatin1String("Service"))
            QCOMPARE(str(o, "spec|type"), QStringLiteral("LoadBalancer"));
        if (str(o, "metadata|name") == QLatin1String("azureml-fe") && str(o, "kind") == QLatin1String("Deployment"))
            QCOMPARE(o.value(QStringLiteral("status")).toObject().value(QStringLiteral("readyReplicas")).toInt(), 3);
    }
    for (const QStringList &object : {QStringList{QStringLiteral("serviceaccount"), QStringLiteral("azureml-fe")},
                                      QStringList{QStringLiteral("configmap"), QStringLiteral("azuremlfeconfig")},
                                      QStringList{QStringLiteral("clusterrole"), QStringLiteral("azureml-fe-role")},
                                      QStringList{QStringLiteral("clusterrolebinding"), QStringLiteral("azureml-fe-binding")}})
        QCOMPARE(kubectl(config, QStringList{QStringLiteral("get")} + object + QStringList{QStringLiteral("-o"), QStringLiteral("name")}).exitCode, 0);
    // The deployment's pods run on the cluster's nodes (label selector honoured).
    const Kubectl pods = kubectl(config, {QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("default"),
                                          QStringLiteral("-l"), QStringLiteral("azuremlappname=azureml-fe"), QStringLiteral("-o"), QStringLiteral("json")});
    QCOMPARE(pods.exitCode, 0);
    QCOMPARE(items(pods).size(), 3);
    for (const QJsonValue &v : items(pods)) {
        QCOMPARE(str(v.toObject(), "status|phase"), QStringLiteral("Running"));
        QVERIFY(str(v.toObject(), "spec|nodeName").startsWith(QLatin1String("aks-agentpool-")));
        QVERIFY(str(v.toObject(), "metadata|name").startsWith(QLatin1String("azureml-fe-")));
    }
    const Kubectl table = kubectl(config, {QStringLiteral("get"), QStringLiteral("deployments,services"), QStringLiteral("-A")});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains("deployment.apps/azureml-fe"));
    QVERIFY(table.out.contains("3/3"));
    QVERIFY(table.out.contains("LoadBalancer"));

    const Kubectl plain = kubectl(credential(QStringLiteral("rg-aks"), QStringLiteral("aks-plain"), false),
                                  {QStringLiteral("get"), QStringLiteral("deployments,services"), QStringLiteral("-A"),
                                   QStringLiteral("-o"), QStringLiteral("json")});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(!names(items(plain)).contains(QStringLiteral("default/azureml-fe")));
    QVERIFY(names(items(plain), QStringLiteral("Deployment")).contains(QStringLiteral("kube-system/coredns")));
}

void TestSandboxKubectl::secrets()
{
    const Kubectl tls = kubectl(listKeys(QStringLiteral("tls-prod")),
                                {QStringLiteral("get"), QStringLiteral("secrets"), QStringLiteral("-A"), QStringLiteral("-o"), QStringLiteral("json")});
    QCOMPARE(tls.exitCode, 0);
    QCOMPARE(names(items(tls)), QStringList{QStringLiteral("default/azuremlfessl")});
    const QByteArray cert = QByteArray::fromBase64(str(items(tls).first().toObject(), "data|cert.pem").toLatin1());
    QVERIFY(cert.startsWith("-----BEGIN CERTIFICATE-----"));
    const Kubectl plain = kubectl(credential(QStringLiteral("rg-aks"), QStringLiteral("aks-plain"), false),
                                  {QStringLiteral("get"), QStringLiteral("secrets"), QStringLiteral("-A"), QStringLiteral("-o"), QStringLiteral("json")});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(items(plain).isEmpty());
}

void TestSandboxKubectl::authCanI()
{
    // kubectl sends the SelfSubjectAccessReview as protobuf.
    for (const bool admin : {false, true}) {
        const QByteArray config = credential(QStringLiteral("rg-aks"), QStringLiteral("aks-plain"), admin);
        const Kubectl pods = kubectl(config, {QStringLiteral("auth"), QStringLiteral("can-i"), QStringLiteral("get"), QStringLiteral("pods")});
        QCOMPARE(pods.exitCode, 0);
        QCOMPARE(pods.out.trimmed(), QByteArray("yes"));
        const Kubectl create = kubectl(config, {QStringLiteral("auth"), QStringLiteral("can-i"), QStringLiteral("create"),
                                                QStringLiteral("deployments"), QStringLiteral("-n"), QStringLiteral("azureml")});
        QCOMPARE(create.out.trimmed(), QByteArray("yes"));
    }
}

void TestSandboxKubectl::attachInstallsAzuremlFeAndDetachLeavesIt()
{
    const QString cluster = clusterIdOf(m_sbx, QStringLiteral("rg-aks"), QStringLiteral("aks-standard-lb"));
    const QByteArray config = credential(QStringLiteral("rg-aks"), QStringLiteral("aks-standard-lb"), false);
    const QStringList getFe = {QStringLiteral("get"), QStringLiteral("deployment"), QStringLiteral("azureml-fe"), QStringLiteral("-o"), QStringLiteral("json")};
    QCOMPARE(kubectl(config, getFe).exitCode, 1); // NotFound before the attach
    QCOMPARE(m_sbx.arm("PUT", computePath(m_sbx, QStringLiteral("kubectl-attach")), jsonBytes(attachBody(cluster))).status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(provisioningState(m_sbx, QStringLiteral("kubectl-attach")), QStringLiteral("Succeeded"), 15000);
    const Kubectl fe = kubectl(config, getFe);
    QCOMPARE(fe.exitCode, 0);
    QCOMPARE(fe.json().value(QStringLiteral("spec")).toObject().value(QStringLiteral("replicas")).toInt(), 3);

    // A v1 detach leaves the components behind (the v2 extension then refuses to install until
    // they are deleted), and kubectl can delete them.
    QCOMPARE(m_sbx.arm("DELETE", computePath(m_sbx, QStringLiteral("kubectl-attach"), QStringLiteral("&underlyingResourceAction=Detach"))).status, 202);
    QTRY_COMPARE_WITH_TIMEOUT(m_sbx.arm("GET", computePath(m_sbx, QStringLiteral("kubectl-attach"))).status, 404, 15000);
    QCOMPARE(kubectl(config, getFe).exitCode, 0);
    QCOMPARE(kubectl(config, {QStringLiteral("delete"), QStringLiteral("deployment"), QStringLiteral("azureml-fe")}).exitCode, 0);
    QCOMPARE(kubectl(config, {QStringLiteral("delete"), QStringLiteral("clusterrolebinding"), QStringLiteral("azureml-fe-binding")}).exitCode, 0);
    const Kubectl gone = kubectl(config, getFe);
    QCOMPARE(gone.exitCode, 1);
    QVERIFY(gone.err.contains("NotFound") || gone.err.contains("not found"));
}

void TestSandboxKubectl::createdComputeNodesFollowItsScale()
{
    const QString name = QStringLiteral("kubectl-made");
    QCOMPARE(m_sbx.arm("PUT", computePath(m_sbx, name), jsonBytes(createBody(3, QStringLiteral("Standard_D4_v2")))).status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(provisioningState(m_sbx, name), QStringLiteral("Succeeded"), 15000);
    const QByteArray config = listKeys(name);
    const QStringList getNodes = {QStringLiteral("get"), QStringLiteral("nodes"), QStringLiteral("-o"), QStringLiteral("json")};
    const Kubectl nodes = kubectl(config, getNodes);
    QCOMPARE(items(nodes).size(), 3);
    QCOMPARE(str(items(nodes).first().toObject(), "status|capacity|cpu"), QStringLiteral("8"));
    QCOMPARE(kubectl(config, {QStringLiteral("get"), QStringLiteral("deployment"), QStringLiteral("azureml-fe")}).exitCode, 0);

    QJsonObject doc = m_sbx.arm("GET", computePath(m_sbx, name)).json().object();
    QJsonObject props = doc.value(QStringLiteral("properties")).toObject();
    QJsonObject inner = props.value(QStringLiteral("properties")).toObject();
    inner.insert(QStringLiteral("agentCount"), 4);
    props.insert(QStringLiteral("properties"), inner);
    doc.insert(QStringLiteral("properties"), props);
    QCOMPARE(m_sbx.arm("PUT", computePath(m_sbx, name), jsonBytes(doc)).status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(provisioningState(m_sbx, name), QStringLiteral("Succeeded"), 15000);
    QCOMPARE(items(kubectl(config, getNodes)).size(), 4);
}

void TestSandboxKubectl::kubeconfigsSurviveARestart()
{
    // The per-cluster port is kept in the state: a kubeconfig handed out before a restart works after it.
    const QByteArray config = listKeys(QStringLiteral("tls-prod"));
    const QStringList getSecret = {QStringLiteral("get"), QStringLiteral("secret"), QStringLiteral("azuremlfessl"), QStringLiteral("-o"), QStringLiteral("name")};
    QCOMPARE(kubectl(config, getSecret).exitCode, 0);
    m_sbx.stop();
    QVERIFY(m_sbx.start());
    const Kubectl after = kubectl(config, getSecret);
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(after.out.trimmed(), QByteArray("secret/azuremlfessl"));
    QCOMPARE(listKeys(QStringLiteral("tls-prod")), config);
}

QTEST_GUILESS_MAIN(TestSandboxKubectl)
#include "tst_SandboxKubectl.moc"
