// ARM read endpoints: subscriptions, workspaces, VM sizes, orchestrators, managed clusters and
// their credentials, compute list paging, get, listKeys, api-version checks.
#include "SandboxTestUtil.h"

#include <QRegularExpression>
#include <QSet>

using namespace cw::test;

class TestSandboxArm : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sbx.start({QStringLiteral("--fresh")})); }
    void subscriptions();
    void apiVersionChecks_data();
    void apiVersionChecks();
    void workspaces();
    void vmSizes();
    void orchestrators();
    void managedClusters();
    void clusterCredentials();
    void computeListPaging();
    void managedClusterListPaging();
    void computeGetAndListKeys();
    void unknownOperationAndMethod();

private:
    SandboxProcess m_sbx;
    // Follows a list's nextLinks from `first` (each the sandbox's own address with the list's
    // api-version and `pageParam`), at most `maxPages` pages: their value arrays, in order.
    void walkPages(const QString &first, QLatin1String apiVersion, QLatin1String pageParam, int maxPages,
                   QList<QJsonArray> *pages);
};

void TestSandboxArm::subscriptions()
{
    const QJsonArray subs = m_sbx.arm("GET", QStringLiteral("/subscriptions?api-version=2020-01-01")).json().object()
                                .value(QStringLiteral("value")).toArray();
    QCOMPARE(subs.size(), 2);
    const HttpResult one = m_sbx.arm("GET", subPath(m_sbx) + QStringLiteral("?api-version=2020-01-01"));
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json().object().value(QStringLiteral("tenantId")).toString(), m_sbx.endpoint().tenantId);
    const HttpResult missing = m_sbx.arm("GET", QStringLiteral("/subscriptions/00000000-0000-4000-8000-00000000dead?api-version=2020-01-01"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(armErrorCode(missing), QStringLiteral("SubscriptionNotFound"));
}

void TestSandboxArm::apiVersionChecks_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("missing") << QString() << 400 << QStringLiteral("MissingApiVersionParameter");
    QTest::newRow("unsupported") << QStringLiteral("?api-version=2020-06-01") << 400 << QStringLiteral("InvalidApiVersionParameter");
    QTest::newRow("garbage") << QStringLiteral("?api-version=latest") << 400 << QStringLiteral("InvalidApiVersionParameter");
    QTest::newRow("2022-10-01") << QStringLiteral("?api-version=2022-10-01") << 200 << QString();
    QTest::newRow("2021-04-01") << QStringLiteral("?api-version=2021-04-01") << 200 << QString();
}

void TestSandboxArm::apiVersionChecks()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, code);
    const HttpResult r = m_sbx.arm("GET", wsPath(m_sbx) + QStringLiteral("/computes/tls-prod") + query);
    QCOMPARE(r.status, status);
    QCOMPARE(armErrorCode(r), code);
}

void TestSandboxArm::workspaces()
{
    const QString inSub = subPath(m_sbx) + QStringLiteral("/providers/Microsoft.MachineLearningServices/workspaces?api-version=2022-10-01");
    QCOMPARE(m_sbx.arm("GET", inSub).json().object().value(QStringLiteral("value")).toArray().size(), 1);
    const QString inRg = subPath(m_sbx) + QStringLiteral("/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/workspaces?api-version=2022-10-01");
    const QJsonObject ws = m_sbx.arm("GET", inRg).json().object().value(QStringLiteral("value")).toArray().first().toObject();
    QCOMPARE(ws.value(QStringLiteral("name")).toString(), QStringLiteral("ws-demo"));
    QCOMPARE(ws.value(QStringLiteral("location")).toString(), QStringLiteral("westeurope"));
    const HttpResult get = m_sbx.arm("GET", wsPath(m_sbx) + QStringLiteral("?api-version=2022-10-01"));
    QCOMPARE(get.status, 200);
    QCOMPARE(get.json().object().value(QStringLiteral("id")).toString(), wsPath(m_sbx));
    QCOMPARE(m_sbx.arm("GET", subPath(m_sbx) + QStringLiteral("/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/workspaces/nope?api-version=2022-10-01")).status, 404);
    const HttpResult noRg = m_sbx.arm("GET", subPath(m_sbx) + QStringLiteral("/resourceGroups/rg-none/providers/Microsoft.MachineLearningServices/workspaces?api-version=2022-10-01"));
    QCOMPARE(noRg.status, 404);
    QCOMPARE(armErrorCode(noRg), QStringLiteral("ResourceGroupNotFound"));
}

void TestSandboxArm::vmSizes()
{
    const QString path = subPath(m_sbx) + QStringLiteral("/providers/Microsoft.MachineLearningServices/locations/westeurope/vmSizes");
    const QJsonArray sizes = m_sbx.arm("GET", path + QStringLiteral("?api-version=2022-10-01")).json().object()
                                 .value(QStringLiteral("value")).toArray();
    QSet<QString> prefixes;
    QJsonObject nc6v3;
    for (const auto &v : sizes) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QStringLiteral("name")).toString();
        prefixes.insert(name.mid(9, 2).remove(QRegularExpression(QStringLiteral("[0-9]"))));
        if (name == QLatin1String("Standard_NC6s_v3"))
            nc6v3 = o;
        for (const char *field : {"family", "vCPUs", "gpus", "memoryGB", "osVhdSizeMB", "maxResourceVolumeMB",
                                  "lowPriorityCapable", "premiumIO", "estimatedVMPrices", "supportedComputeTypes"})
            QVERIFY2(o.contains(QLatin1String(field)), field);
    }
    for (const char *family : {"D", "DS", "E", "F", "NC", "ND"})
        QVERIFY2(prefixes.contains(QLatin1String(family)), family);
    QCOMPARE(nc6v3.value(QStringLiteral("vCPUs")).toInt(), 6);
    QCOMPARE(nc6v3.value(QStringLiteral("gpus")).toInt(), 1);
    // 2021-04-01 names the list amlCompute.
    QVERIFY(m_sbx.arm("GET", path + QStringLiteral("?api-version=2021-04-01")).json().object().contains(QStringLiteral("amlCompute")));
    QCOMPARE(m_sbx.arm("GET", subPath(m_sbx) + QStringLiteral("/providers/Microsoft.MachineLearningServices/locations/atlantis/vmSizes?api-version=2022-10-01")).status, 400);
}

void TestSandboxArm::orchestrators()
{
    const HttpResult r = m_sbx.arm("GET", subPath(m_sbx) + QStringLiteral("/providers/Microsoft.ContainerService/locations/westeurope/orchestrators?api-version=2019-08-01&resource-type=managedClusters"));
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("default"));
    QString defaultVersion;
    bool preview = false;
    bool upgrades = false;
    for (const auto &v : o.value(QStringLiteral("properties")).toObject().value(QStringLiteral("orchestrators")).toArray()) {
        const QJsonObject item = v.toObject();
        QCOMPARE(item.value(QStringLiteral("orchestratorType")).toString(), QStringLiteral("Kubernetes"));
        if (item.value(QStringLiteral("default")).toBool())
            defaultVersion = item.value(QStringLiteral("orchestratorVersion")).toString();
        preview |= item.value(QStringLiteral("isPreview")).toBool();
        upgrades |= !item.value(QStringLiteral("upgrades")).toArray().isEmpty();
    }
    QCOMPARE(defaultVersion, QStringLiteral("1.24.9"));
    QVERIFY(preview);
    QVERIFY(upgrades);
    QCOMPARE(m_sbx.arm("GET", subPath(m_sbx) + QStringLiteral("/providers/Microsoft.ContainerService/locations/westeurope/orchestrators")).status, 400);
}

void TestSandboxArm::managedClusters()
{
    const QString rgList = subPath(m_sbx) + QStringLiteral("/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters?api-version=2022-11-01");
    const QJsonArray inRg = m_sbx.arm("GET", rgList).json().object().value(QStringLiteral("value")).toArray();
    QVERIFY(inRg.size() >= 9);
    for (const auto &c : inRg)
        QVERIFY(c.toObject().value(QStringLiteral("id")).toString().contains(QLatin1String("/resourceGroups/rg-aks/")));
    const HttpResult get = m_sbx.arm("GET", clusterIdOf(m_sbx, QStringLiteral("rg-aks"), QStringLiteral("aks-gpu")) + QStringLiteral("?api-version=2022-11-01"));
    QCOMPARE(get.status, 200);
    const QJsonObject props = get.json().object().value(QStringLiteral("properties")).toObject();
    for (const char *field : {"provisioningState", "powerState", "kubernetesVersion", "currentKubernetesVersion", "fqdn",
                              "nodeResourceGroup", "agentPoolProfiles", "apiServerAccessProfile", "networkProfile"})
        QVERIFY2(props.contains(QLatin1String(field)), field);
    QCOMPARE(m_sbx.arm("GET", clusterIdOf(m_sbx, QStringLiteral("rg-aks"), QStringLiteral("nope")) + QStringLiteral("?api-version=2022-11-01")).status, 404);
}

void TestSandboxArm::clusterCredentials()
{
    auto kubeconfig = [this](const QString &cluster, const char *which) {
        const HttpResult r = m_sbx.arm("POST", clusterIdOf(m_sbx, QStringLiteral("rg-aks"), cluster) + QLatin1Char('/')
                                                   + QLatin1String(which) + QStringLiteral("?api-version=2022-11-01"));
        return QByteArray::fromBase64(r.json().object().value(QStringLiteral("kubeconfigs")).toArray().first().toObject()
                                          .value(QStringLiteral("value")).toString().toLatin1());
    };
    const QByteArray user = kubeconfig(QStringLiteral("aks-plain"), "listClusterUserCredential");
    const QByteArray admin = kubeconfig(QStringLiteral("aks-plain"), "listClusterAdminCredential");
    const QByteArray other = kubeconfig(QStringLiteral("aks-gpu"), "listClusterUserCredential");
    for (const QByteArray &config : {user, admin, other}) {
        QVERIFY(config.contains("certificate-authority-data: "));
        QVERIFY(config.contains("client-certificate-data: "));
        QVERIFY(config.contains("client-key-data: "));
        QVERIFY(config.contains("server: https://127.0.0.1:"));
    }
    auto clientCert = [](const QByteArray &config) {
        const int at = config.indexOf("client-certificate-data: ");
        return config.mid(at, config.indexOf('\n', at) - at);
    };
    QVERIFY(clientCert(user) != clientCert(admin));
    QVERIFY(clientCert(user) != clientCert(other));
    // Asking again gives the same identity (kept in the state).
    QCOMPARE(clientCert(kubeconfig(QStringLiteral("aks-plain"), "listClusterUserCredential")), clientCert(user));
}

void TestSandboxArm::walkPages(const QString &first, QLatin1String apiVersion, QLatin1String pageParam, int maxPages,
                               QList<QJsonArray> *pages)
{
    QString next = first;
    while (!next.isEmpty()) {
        const QJsonObject page = m_sbx.arm("GET", next).json().object();
        pages->append(page.value(QStringLiteral("value")).toArray());
        next = page.value(QStringLiteral("nextLink")).toString();
        if (!next.isEmpty()) {
            QVERIFY(next.startsWith(m_sbx.endpoint().baseUrl.toString()));
            QVERIFY(next.contains(apiVersion));
            QVERIFY(next.contains(pageParam));
        }
        QVERIFY(pages->size() < maxPages);
    }
}

void TestSandboxArm::computeListPaging()
{
    m_sbx.control("POST", QStringLiteral("/computes/bulk"), QJsonDocument(QJsonObject{{QStringLiteral("count"), 37}}));
    m_sbx.control("POST", QStringLiteral("/settings"), QJsonDocument(QJsonObject{{QStringLiteral("pageSize"), 10}}));
    QList<QJsonArray> pages;
    walkPages(wsPath(m_sbx) + QStringLiteral("/computes?api-version=2022-10-01"), QLatin1String("api-version=2022-10-01"),
              QLatin1String("$skip="), 20, &pages);
    if (QTest::currentTestFailed())
        return;
    QSet<QString> names;
    for (const QJsonArray &values : std::as_const(pages)) {
        QVERIFY(values.size() <= 10);
        for (const auto &v : values)
            names.insert(v.toObject().value(QStringLiteral("name")).toString());
    }
    QCOMPARE(names.size(), 37 + 5);
    QCOMPARE(pages.size(), 5);
    m_sbx.control("POST", QStringLiteral("/settings"), QJsonDocument(QJsonObject{{QStringLiteral("pageSize"), 100}}));
}

void TestSandboxArm::managedClusterListPaging()
{
    // Pageable like ARM's: pageSize clusters a page, a nextLink to the next, every cluster once.
    const QString first = subPath(m_sbx) + QStringLiteral("/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters?api-version=2022-11-01");
    const QJsonObject whole = m_sbx.arm("GET", first).json().object();
    QVERIFY(!whole.contains(QStringLiteral("nextLink"))); // fewer than a page of 100
    QSet<QString> all;
    for (const auto &v : whole.value(QStringLiteral("value")).toArray())
        all.insert(v.toObject().value(QStringLiteral("id")).toString());
    QVERIFY(all.size() >= 9);

    m_sbx.control("POST", QStringLiteral("/settings"), QJsonDocument(QJsonObject{{QStringLiteral("pageSize"), 4}}));
    QList<QJsonArray> pages;
    walkPages(first, QLatin1String("api-version=2022-11-01"), QLatin1String("$skipToken="), 50, &pages);
    m_sbx.control("POST", QStringLiteral("/settings"), QJsonDocument(QJsonObject{{QStringLiteral("pageSize"), 100}}));
    if (QTest::currentTestFailed())
        return;
    QSet<QString> paged;
    for (const QJsonArray &values : std::as_const(pages)) {
        QVERIFY(values.size() <= 4);
        for (const auto &v : values)
            QVERIFY2(!paged.contains(v.toObject().value(QStringLiteral("id")).toString()), "a cluster on two pages");
        for (const auto &v : values)
            paged.insert(v.toObject().value(QStringLiteral("id")).toString());
    }
    QCOMPARE(paged, all);
    QCOMPARE(pages.size(), int((all.size() + 3) / 4));
}

void TestSandboxArm::computeGetAndListKeys()
{
    const HttpResult get = m_sbx.arm("GET", computePath(m_sbx, QStringLiteral("tls-prod")));
    QCOMPARE(get.status, 200);
    QVERIFY(!get.body.contains("\"cert\""));
    QVERIFY(!get.body.contains("\"key\""));
    QVERIFY(!get.body.contains("PRIVATE KEY"));
    const HttpResult missing = m_sbx.arm("GET", computePath(m_sbx, QStringLiteral("nope")));
    QCOMPARE(missing.status, 404);

    const HttpResult keys = m_sbx.arm("POST", wsPath(m_sbx) + QStringLiteral("/computes/tls-prod/listKeys?api-version=2022-10-01"));
    QCOMPARE(keys.status, 200);
    const QJsonObject k = keys.json().object();
    QCOMPARE(k.value(QStringLiteral("computeType")).toString(), QStringLiteral("AKS"));
    QVERIFY(k.value(QStringLiteral("userKubeConfig")).toString().startsWith(QLatin1String("apiVersion: v1")));
    QVERIFY(k.value(QStringLiteral("adminKubeConfig")).toString().contains(QLatin1String("clusterAdmin_")));
    QVERIFY(k.contains(QStringLiteral("imagePullSecretName")));
    QCOMPARE(m_sbx.arm("POST", wsPath(m_sbx) + QStringLiteral("/computes/cpu-cluster/listKeys?api-version=2022-10-01")).status, 400);
}

void TestSandboxArm::unknownOperationAndMethod()
{
    const HttpResult op = m_sbx.arm("GET", subPath(m_sbx) + QStringLiteral("/providers/Microsoft.MachineLearningServices/locations/westeurope/computeOperationsStatus/nope?api-version=2022-10-01"));
    QCOMPARE(op.status, 404);
    QCOMPARE(m_sbx.arm("PATCH", computePath(m_sbx, QStringLiteral("tls-prod")), "{}").status, 405);
}

QTEST_GUILESS_MAIN(TestSandboxArm)
#include "tst_SandboxArm.moc"
