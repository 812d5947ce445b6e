// Compute create / attach / update / detach / delete through the long-running-operation
// protocol, and every service rule with the texts of azure-contract.md.
#include "SandboxTestUtil.h"

#include <QRegularExpression>

using namespace cw::test;

class TestSandboxComputes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sbx.start({QStringLiteral("--fresh")})); }
    void init()
    {
        m_sbx.control("POST", QStringLiteral("/settings"),
                      QJsonDocument(QJsonObject{{QStringLiteral("aksCreationDisabled"), false}, {QStringLiteral("policyDenyPublicIp"), false},
                                                {QStringLiteral("regionalCoreQuota"), 100000}, {QStringLiteral("speed"), 0.01}}));
    }
    void createRunsAnOperationAndCreatesACluster();
    void createIsNotIdempotent();
    void computeNameRule_data();
    void computeNameRule();
    void putTimeRefusals_data();
    void putTimeRefusals();
    void outcomeFailures_data();
    void outcomeFailures();
    void attachRules_data();
    void attachRules();
    void attachTwiceBreaksEarlierAttachment();
    void tlsAutoYieldsLeafDomain();
    void updateScalesAndRefusesVmSizeChange();
    void detachKeepsClusterDeleteRemovesCreated();
    void deleteEdgeCases();
    void failNextOperation();

private:
    QString put(const QString &name, const QJsonObject &body, int expected = 201)
    {
        const HttpResult r = m_sbx.arm("PUT", computePath(m_sbx, name), jsonBytes(body));
        if (r.status != expected)
            qWarning() << "PUT" << name << r.status << r.body;
        return r.status == expected ? QString::fromLatin1(r.header("Azure-AsyncOperation")) : QString();
    }
    QString waitTerminal(const QString &name)
    {
        QString state;
        for (int i = 0; i < 200; ++i) {
            state = provisioningState(m_sbx, name);
            if (state == QLatin1String("Succeeded") || state == QLatin1String("Failed"))
                break;
            QTest::qWait(20);
        }
        return state;
    }
    QString clusterId(const QString &name) { return clusterIdOf(m_sbx, QStringLiteral("rg-aks"), name); }
    SandboxProcess m_sbx;
};

void TestSandboxComputes::createRunsAnOperationAndCreatesACluster()
{
    m_sbx.control("POST", QStringLiteral("/settings"), QJsonDocument(QJsonObject{{QStringLiteral("speed"), 0.1}}));
    const HttpResult r = m_sbx.arm("PUT", computePath(m_sbx, QStringLiteral("fresh-aks")), jsonBytes(createBody()));
    QCOMPARE(r.status, 201);
    QVERIFY(!r.header("Retry-After").isEmpty());
    const QString opUrl = QString::fromLatin1(r.header("Azure-AsyncOperation"));
    QVERIFY(opUrl.startsWith(m_sbx.endpoint().baseUrl.toString()));
    QVERIFY(opUrl.contains(QLatin1String("api-version=2022-10-01")));
    QCOMPARE(r.json().object().value(QStringLiteral("properties")).toObject().value(QStringLiteral("provisioningState")).toString(), QStringLiteral("Creating"));
    const QJsonObject running = m_sbx.arm("GET", opUrl).json().object();
    QCOMPARE(running.value(QStringLiteral("status")).toString(), QStringLiteral("InProgress"));
    QVERIFY(running.contains(QStringLiteral("startTime")));
    QTRY_COMPARE_WITH_TIMEOUT(m_sbx.arm("GET", opUrl).json().object().value(QStringLiteral("status")).toString(), QStringLiteral("Succeeded"), 10000);
    const QJsonObject done = m_sbx.arm("GET", opUrl).json().object();
    QCOMPARE(done.value(QStringLiteral("percentComplete")).toInt(), 100);
    QVERIFY(done.contains(QStringLiteral("endTime")));
    const QJsonObject props = computeProps(m_sbx, QStringLiteral("fresh-aks"));
    QCOMPARE(props.value(QStringLiteral("provisioningState")).toString(), QStringLiteral("Succeeded"));
    QCOMPARE(props.value(QStringLiteral("isAttachedCompute")).toBool(), false);
    const QString clusterId = props.value(QStringLiteral("resourceId")).toString();
    QVERIFY(clusterId.contains(QLatin1String("/managedClusters/fresh-aks")));
    const HttpResult cluster = m_sbx.arm("GET", clusterId + QStringLiteral("?api-version=2022-11-01"));
    QCOMPARE(cluster.status, 200);
    QCOMPARE(cluster.json().object().value(QStringLiteral("properties")).toObject().value(QStringLiteral("kubernetesVersion")).toString(), QStringLiteral("1.24.9"));
}

void TestSandboxComputes::createIsNotIdempotent()
{
    QVERIFY(!put(QStringLiteral("twice"), createBody()).isEmpty());
    const HttpResult again = m_sbx.arm("PUT", computePath(m_sbx, QStringLiteral("twice")), jsonBytes(createBody()));
    QCOMPARE(again.status, 409);
    QCOMPARE(armErrorMessage(again), QStringLiteral("Compute with this name already exists. Compute name needs to be unique across all existing computes within an Azure region."));
    QCOMPARE(waitTerminal(QStringLiteral("twice")), QStringLiteral("Succeeded"));
    QCOMPARE(m_sbx.arm("PUT", computePath(m_sbx, QStringLiteral("TWICE")), jsonBytes(createBody())).status, 409);
}

void TestSandboxComputes::computeNameRule_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("status");
    QTest::newRow("2 chars") << QStringLiteral("ab") << 400;
    QTest::newRow("3 chars") << QStringLiteral("abc") << 201;
    QTest::newRow("24 chars") << QStringLiteral("a23456789012345678901234") << 201;
    QTest::newRow("25 chars") << QStringLiteral("a234567890123456789012345") << 400;
    QTest::newRow("starts with digit") << QStringLiteral("1abc") << 400;
    QTest::newRow("ends with hyphen") << QStringLiteral("abc-") << 400;
    QTest::newRow("underscore") << QStringLiteral("ab_c") << 400;
    QTest::newRow("hyphen inside") << QStringLiteral("a-b-9") << 201;
}

void TestSandboxComputes::computeNameRule()
{
    QFETCH(QString, name);
    QFETCH(int, status);
    const HttpResult r = m_sbx.arm("PUT", computePath(m_sbx, name), jsonBytes(createBody()));
    QCOMPARE(r.status, status);
    if (status == 400)
        QCOMPARE(armErrorCode(r), QStringLiteral("BadArgument"));
}

void TestSandboxComputes::putTimeRefusals_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QJsonObject>("settings");
    const QJsonObject none;
    QTest::newRow("FastProd with 2 nodes") << createBody(2) << QStringLiteral("At least 3 machine(s) are required for cluster with purpose 'FastProd'. Available machine(s) : 2") << none;
    QTest::newRow("TLS Enabled without cname")
        << createBody(3, QStringLiteral("Standard_D3_v2"), QStringLiteral("FastProd"),
                      {{QStringLiteral("sslConfiguration"), QJsonObject{{QStringLiteral("status"), QStringLiteral("Enabled")},
                                                                         {QStringLiteral("cert"), QStringLiteral("-----BEGIN CERTIFICATE-----")},
                                                                         {QStringLiteral("key"), QStringLiteral("-----BEGIN PRIVATE KEY-----")}}}})
        << QStringLiteral("Certificate, key and CNAME are required when SSL status is 'Enabled'.") << none;
    QTest::newRow("TLS Auto without label")
        << createBody(3, QStringLiteral("Standard_D3_v2"), QStringLiteral("FastProd"),
                      {{QStringLiteral("sslConfiguration"), QJsonObject{{QStringLiteral("status"), QStringLiteral("Auto")}}}})
        << QStringLiteral("A leaf domain label is required when SSL status is 'Auto'.") << none;
    QTest::newRow("TLS with internal load balancer")
        << createBody(3, QStringLiteral("Standard_D3_v2"), QStringLiteral("FastProd"),
                      {{QStringLiteral("sslConfiguration"), QJsonObject{{QStringLiteral("status"), QStringLiteral("Auto")}, {QStringLiteral("leafDomainLabel"), QStringLiteral("x")}}},
                       {QStringLiteral("loadBalancerType"), QStringLiteral("InternalLoadBalancer")}, {QStringLiteral("loadBalancerSubnet"), QStringLiteral("default")}})
        << QStringLiteral("SSL termination is not supported with an internal load balancer.") << none;
    QTest::newRow("ILB without subnet (capital L spelling)")
        << createBody(3, QStringLiteral("Standard_D3_v2"), QStringLiteral("FastProd"), {{QStringLiteral("LoadBalancerType"), QStringLiteral("InternalLoadBalancer")}})
        << QStringLiteral("A load balancer subnet is required when the load balancer type is 'InternalLoadBalancer'.") << none;
    QTest::newRow("unknown VM size") << createBody(3, QStringLiteral("Standard_Z9_v9"))
                                     << QStringLiteral("The VM size 'Standard_Z9_v9' is not available in location 'westeurope'.") << none;
    QTest::newRow("AKS creation disabled") << createBody()
        << QStringLiteral("Creating new AKS computes is no longer supported. Create the cluster in Azure Kubernetes Service and attach it, or use a Kubernetes compute.")
        << QJsonObject{{QStringLiteral("aksCreationDisabled"), true}};
}

void TestSandboxComputes::putTimeRefusals()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, message);
    QFETCH(QJsonObject, settings);
    if (!settings.isEmpty())
        m_sbx.control("POST", QStringLiteral("/settings"), QJsonDocument(settings));
    const HttpResult r = m_sbx.arm("PUT", computePath(m_sbx, QStringLiteral("refused")), jsonBytes(body));
    QCOMPARE(r.status, 400);
    QCOMPARE(armErrorMessage(r), message);
    QCOMPARE(m_sbx.arm("GET", computePath(m_sbx, QStringLiteral("refused"))).status, 404);
}

void TestSandboxComputes::outcomeFailures_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QJsonObject>("settings");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePattern");
    const QJsonObject none;
    QTest::newRow("FastProd with 6 cores") << createBody(3, QStringLiteral("Standard_D2_v2")) << none << QStringLiteral("BadArgument")
                                            << QStringLiteral("^Cluster should have at least 12 cores to operate\\.$");
    QTest::newRow("DevTest with 1 core") << createBody(1, QStringLiteral("Standard_D1_v2"), QStringLiteral("DevTest")) << none
                                          << QStringLiteral("BadArgument") << QStringLiteral("^Cluster should have at least 2 cores to operate\\.$");
    QTest::newRow("policy forbids public IPs") << createBody() << QJsonObject{{QStringLiteral("policyDenyPublicIp"), true}}
                                                << QStringLiteral("RequestDisallowedByPolicy") << QStringLiteral("Load Balancers should not have public IPs");
    QTest::newRow("regional quota") << createBody() << QJsonObject{{QStringLiteral("regionalCoreQuota"), 10}} << QStringLiteral("QuotaExceeded")
                                     << QStringLiteral("exceeding approved Total Regional Cores quota.*Current Limit: 10.*Additional Required: 12");
}

void TestSandboxComputes::outcomeFailures()
{
    QFETCH(QJsonObject, body);
    QFETCH(QJsonObject, settings);
    QFETCH(QString, code);
    QFETCH(QString, messagePattern);
    if (!settings.isEmpty())
        m_sbx.control("POST", QStringLiteral("/settings"), QJsonDocument(settings));
    const QString name = QStringLiteral("fail-") + QString::fromLatin1(QTest::currentDataTag()).left(4).remove(QLatin1Char(' '));
    const QString opUrl = put(name, body);
    QVERIFY(!opUrl.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_sbx.arm("GET", opUrl).json().object().value(QStringLiteral("status")).toString(), QStringLiteral("Failed"), 10000);
    const QJsonObject opError = m_sbx.arm("GET", opUrl).json().object().value(QStringLiteral("error")).toObject();
    QCOMPARE(opError.value(QStringLiteral("code")).toString(), code);
    QCOMPARE(provisioningState(m_sbx, name), QStringLiteral("Failed"));
    QVERIFY2(QRegularExpression(messagePattern).match(firstProvisioningError(m_sbx, name)).hasMatch(),
             qPrintable(firstProvisioningError(m_sbx, name)));
    QCOMPARE(m_sbx.arm("DELETE", computePath(m_sbx, name, QStringLiteral("&underlyingResourceAction=Delete"))).status, 202);
}

void TestSandboxComputes::attachRules_data()
{
    QTest::addColumn<QString>("cluster");
    QTest::addColumn<QString>("purpose");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("message");
    QTest::newRow("plain") << QStringLiteral("aks-plain") << QStringLiteral("FastProd") << QStringLiteral("Succeeded") << QString();
    QTest::newRow("preview version") << QStringLiteral("aks-preview") << QStringLiteral("FastProd") << QStringLiteral("Succeeded") << QString();
    QTest::newRow("unsupported version") << QStringLiteral("aks-old-version") << QStringLiteral("FastProd") << QStringLiteral("Failed")
                                         << QStringLiteral("Specified kubernetes version 1.21.2 is not supported. Supported versions are between 1.23 - 1.26");
    QTest::newRow("too small for production") << QStringLiteral("aks-small") << QStringLiteral("FastProd") << QStringLiteral("Failed")
                                              << QStringLiteral("At least 3 machine(s) are required for cluster with purpose 'FastProd'. Available machine(s) : 2");
    QTest::newRow("small is fine for dev-test") << QStringLiteral("aks-small") << QStringLiteral("DevTest") << QStringLiteral("Succeeded") << QString();
    QTest::newRow("other region") << QStringLiteral("aks-eastus") << QStringLiteral("FastProd") << QStringLiteral("Succeeded") << QString();
}

void TestSandboxComputes::attachRules()
{
    QFETCH(QString, cluster);
    QFETCH(QString, purpose);
    QFETCH(QString, state);
    QFETCH(QString, message);
    const QString rg = cluster == QLatin1String("aks-eastus") ? QStringLiteral("rg-aks-eus") : QStringLiteral("rg-aks");
    const QString name = QStringLiteral("att-") + QString::number(qHash(QString::fromLatin1(QTest::currentDataTag())) % 100000);
    QVERIFY(!put(name, attachBody(clusterIdOf(m_sbx, rg, cluster), purpose)).isEmpty());
    QCOMPARE(waitTerminal(name), state);
    const QJsonObject props = computeProps(m_sbx, name);
    QCOMPARE(props.value(QStringLiteral("isAttachedCompute")).toBool(), true);
    if (!message.isEmpty())
        QCOMPARE(firstProvisioningError(m_sbx, name), message);
    QCOMPARE(m_sbx.arm("DELETE", computePath(m_sbx, name, QStringLiteral("&underlyingResourceAction=Detach"))).status, 202);
    QTRY_COMPARE_WITH_TIMEOUT(m_sbx.arm("GET", computePath(m_sbx, name)).status, 404, 10000);
}

void TestSandboxComputes::attachTwiceBreaksEarlierAttachment()
{
    // Another subscription: refused at PUT time.
    const HttpResult cross = m_sbx.arm("PUT", computePath(m_sbx, QStringLiteral("cross-sub")),
                                       jsonBytes(attachBody(clusterIdOf(m_sbx, QStringLiteral("rg-other"), QStringLiteral("aks-other-sub"),
                                                                        QStringLiteral("00000000-0000-4000-8000-000000000002")))));
    QCOMPARE(cross.status, 400);
    QVERIFY(armErrorMessage(cross).contains(QLatin1String("same subscription")));
    QCOMPARE(m_sbx.arm("PUT", computePath(m_sbx, QStringLiteral("ghost")), jsonBytes(attachBody(clusterId(QStringLiteral("nope"))))).status, 400);

    QCOMPARE(provisioningState(m_sbx, QStringLiteral("inference-prod")), QStringLiteral("Succeeded"));
    QVERIFY(!put(QStringLiteral("second-name"), attachBody(clusterId(QStringLiteral("aks-attached")))).isEmpty());
    QCOMPARE(waitTerminal(QStringLiteral("second-name")), QStringLiteral("Succeeded"));
    QCOMPARE(provisioningState(m_sbx, QStringLiteral("inference-prod")), QStringLiteral("Failed"));
}

void TestSandboxComputes::tlsAutoYieldsLeafDomain()
{
    const QJsonObject ssl{{QStringLiteral("status"), QStringLiteral("Auto")}, {QStringLiteral("leafDomainLabel"), QStringLiteral("contoso")},
                          {QStringLiteral("overwriteExistingDomain"), true}};
    QVERIFY(!put(QStringLiteral("tls-auto"), attachBody(clusterId(QStringLiteral("aks-gpu")), QStringLiteral("FastProd"),
                                                        {{QStringLiteral("sslConfiguration"), ssl}})).isEmpty());
    QCOMPARE(waitTerminal(QStringLiteral("tls-auto")), QStringLiteral("Succeeded"));
    const QJsonObject shown = computeProps(m_sbx, QStringLiteral("tls-auto")).value(QStringLiteral("properties")).toObject()
                                  .value(QStringLiteral("sslConfiguration")).toObject();
    QCOMPARE(shown.value(QStringLiteral("status")).toString(), QStringLiteral("Auto"));
    QVERIFY2(QRegularExpression(QStringLiteral("^contoso[0-9a-z]{6}\\.westeurope\\.cloudapp\\.azure\\.com$"))
                 .match(shown.value(QStringLiteral("cname")).toString()).hasMatch(),
             qPrintable(shown.value(QStringLiteral("cname")).toString()));
    QVERIFY(!shown.contains(QStringLiteral("cert")));
}

void TestSandboxComputes::updateScalesAndRefusesVmSizeChange()
{
    QVERIFY(!put(QStringLiteral("scale-me"), createBody()).isEmpty());
    QCOMPARE(waitTerminal(QStringLiteral("scale-me")), QStringLiteral("Succeeded"));
    QJsonObject doc = m_sbx.arm("GET", computePath(m_sbx, QStringLiteral("scale-me"))).json().object();
    QJsonObject props = doc.value(QStringLiteral("properties")).toObject();
    QJsonObject inner = props.value(QStringLiteral("properties")).toObject();
    inner.insert(QStringLiteral("agentCount"), 5);
    inner.insert(QStringLiteral("loadBalancerType"), QStringLiteral("InternalLoadBalancer"));
    inner.insert(QStringLiteral("loadBalancerSubnet"), QStringLiteral("aks-subnet"));
    props.insert(QStringLiteral("properties"), inner);
    doc.insert(QStringLiteral("properties"), props);
    m_sbx.control("POST", QStringLiteral("/settings"), QJsonDocument(QJsonObject{{QStringLiteral("speed"), 0.2}}));
    const HttpResult update = m_sbx.arm("PUT", computePath(m_sbx, QStringLiteral("scale-me")), jsonBytes(doc));
    QCOMPARE(update.status, 201);
    QCOMPARE(provisioningState(m_sbx, QStringLiteral("scale-me")), QStringLiteral("Updating"));
    QCOMPARE(m_sbx.arm("PUT", computePath(m_sbx, QStringLiteral("scale-me")), jsonBytes(doc)).status, 409); // still running
    QCOMPARE(waitTerminal(QStringLiteral("scale-me")), QStringLiteral("Succeeded"));
    const QJsonObject after = computeProps(m_sbx, QStringLiteral("scale-me"));
    QCOMPARE(after.value(QStringLiteral("properties")).toObject().value(QStringLiteral("agentCount")).toInt(), 5);
    QCOMPARE(after.value(QStringLiteral("properties")).toObject().value(QStringLiteral("loadBalancerType")).toString(), QStringLiteral("InternalLoadBalancer"));
    const QJsonObject cluster = m_sbx.arm("GET", after.value(QStringLiteral("resourceId")).toString() + QStringLiteral("?api-version=2022-11-01")).json().object();
    QCOMPARE(cluster.value(QStringLiteral("properties")).toObject().value(QStringLiteral("agentPoolProfiles")).toArray().first().toObject()
                 .value(QStringLiteral("count")).toInt(), 5);

    inner.insert(QStringLiteral("agentVmSize"), QStringLiteral("Standard_D4_v2"));
    props.insert(QStringLiteral("properties"), inner);
    doc.insert(QStringLiteral("properties"), props);
    const HttpResult resize = m_sbx.arm("PUT", computePath(m_sbx, QStringLiteral("scale-me")), jsonBytes(doc));
    QCOMPARE(resize.status, 400);
    QCOMPARE(armErrorMessage(resize), QStringLiteral("The VM size of an AKS compute cannot be changed after creation."));
}

void TestSandboxComputes::detachKeepsClusterDeleteRemovesCreated()
{
    QVERIFY(!put(QStringLiteral("to-detach"), attachBody(clusterId(QStringLiteral("aks-standard-lb")))).isEmpty());
    QCOMPARE(waitTerminal(QStringLiteral("to-detach")), QStringLiteral("Succeeded"));
    m_sbx.control("POST", QStringLiteral("/settings"), QJsonDocument(QJsonObject{{QStringLiteral("speed"), 0.2}}));
    const HttpResult detach = m_sbx.arm("DELETE", computePath(m_sbx, QStringLiteral("to-detach"), QStringLiteral("&underlyingResourceAction=Detach")));
    QCOMPARE(detach.status, 202);
    QVERIFY(!detach.header("Azure-AsyncOperation").isEmpty());
    const QString location = QString::fromLatin1(detach.header("Location"));
    QVERIFY(!location.isEmpty());
    QCOMPARE(m_sbx.arm("GET", location).status, 202);
    QCOMPARE(provisioningState(m_sbx, QStringLiteral("to-detach")), QStringLiteral("Deleting"));
    QTRY_COMPARE_WITH_TIMEOUT(m_sbx.arm("GET", location).status, 204, 10000);
    QCOMPARE(m_sbx.arm("GET", computePath(m_sbx, QStringLiteral("to-detach"))).status, 404);
    QCOMPARE(m_sbx.arm("GET", clusterId(QStringLiteral("aks-standard-lb")) + QStringLiteral("?api-version=2022-11-01")).status, 200);

    m_sbx.control("POST", QStringLiteral("/settings"), QJsonDocument(QJsonObject{{QStringLiteral("speed"), 0.01}}));
    QVERIFY(!put(QStringLiteral("to-delete"), createBody()).isEmpty());
    QCOMPARE(waitTerminal(QStringLiteral("to-delete")), QStringLiteral("Succeeded"));
    const QString created = computeProps(m_sbx, QStringLiteral("to-delete")).value(QStringLiteral("resourceId")).toString();
    QCOMPARE(m_sbx.arm("GET", created + QStringLiteral("?api-version=2022-11-01")).status, 200);
    QCOMPARE(m_sbx.arm("DELETE", computePath(m_sbx, QStringLiteral("to-delete"), QStringLiteral("&underlyingResourceAction=Delete"))).status, 202);
    QTRY_COMPARE_WITH_TIMEOUT(m_sbx.arm("GET", computePath(m_sbx, QStringLiteral("to-delete"))).status, 404, 10000);
    QCOMPARE(m_sbx.arm("GET", created + QStringLiteral("?api-version=2022-11-01")).status, 404);
}

void TestSandboxComputes::deleteEdgeCases()
{
    QCOMPARE(m_sbx.arm("DELETE", computePath(m_sbx, QStringLiteral("never-was"), QStringLiteral("&underlyingResourceAction=Detach"))).status, 204);
    const HttpResult noAction = m_sbx.arm("DELETE", computePath(m_sbx, QStringLiteral("devtest")));
    QCOMPARE(noAction.status, 400);
    QCOMPARE(armErrorCode(noAction), QStringLiteral("BadArgument"));
}

void TestSandboxComputes::failNextOperation()
{
    m_sbx.control("POST", QStringLiteral("/operations/fail-next"),
                  QJsonDocument(QJsonObject{{QStringLiteral("path"), QStringLiteral("computes/unlucky$")},
                                            {QStringLiteral("errors"), QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("InternalServerError")},
                                                                                              {QStringLiteral("message"), QStringLiteral("An internal server error occurred. Please try again. If the problem persists, contact support")}}}}}));
    QVERIFY(!put(QStringLiteral("lucky"), createBody()).isEmpty());
    QCOMPARE(waitTerminal(QStringLiteral("lucky")), QStringLiteral("Succeeded"));
    QVERIFY(!put(QStringLiteral("unlucky"), createBody()).isEmpty());
    QCOMPARE(waitTerminal(QStringLiteral("unlucky")), QStringLiteral("Failed"));
    QCOMPARE(firstProvisioningError(m_sbx, QStringLiteral("unlucky")),
             QStringLiteral("An internal server error occurred. Please try again. If the problem persists, contact support"));
}

QTEST_GUILESS_MAIN(TestSandboxComputes)
#include "tst_SandboxComputes.moc"
