// The compute PUT body (the single builder) and the ARM request export: field sets of create vs
// attach, camelCase names, subnetId, canonical resource ID, redaction of key material.
#include "WizardPaths.h"
#include "export/ArmBody.h"
#include "export/ArmRequestExport.h"

#include <QTest>

using namespace cw;
using nlohmann::json;

namespace {
rules::ComputeSpec path(const QString &name)
{
    for (const auto &[n, s] : testdata::wizardPaths()) {
        if (n == name)
            return s;
    }
    qFatal("no wizard path %s", qPrintable(name));
}

// json converts to too many types for QCOMPARE; compare the compact dumps (keys are sorted).
QString dumped(const json &value) { return QString::fromStdString(value.dump()); }

QStringList keys(const json &object)
{
    QStringList out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.append(QString::fromStdString(it.key()));
    return out;
}
} // namespace

class TestArmBody : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createProdGolden();
    void attachGolden();
    void fieldSets_data();
    void fieldSets();
    void networkingUsesSubnetId();
    void tlsShapes();
    void attachUsesWorkspaceLocationAndCanonicalId();
    void requestRedactsKeyUnlessRevealed();
    void requestUrlEncodesNamesAndHonoursEndpoint();
};

void TestArmBody::createProdGolden()
{
    const QString expected = QStringLiteral(R"({
  "location": "westeurope",
  "properties": {
    "computeLocation": "westeurope",
    "computeType": "AKS",
    "description": "Production inference",
    "properties": {
      "agentCount": 3,
      "agentVmSize": "Standard_D3_v2",
      "clusterPurpose": "FastProd",
      "loadBalancerType": "PublicIp"
    }
  }
})");
    QCOMPARE(QString::fromStdString(exporting::computeResourceBody(path(QStringLiteral("create-prod"))).dump(2)), expected);
}

void TestArmBody::attachGolden()
{
    const QString expected = QStringLiteral(R"({"location":"westeurope","properties":{"computeType":"AKS","properties":{"clusterPurpose":"FastProd","loadBalancerType":"PublicIp"},"resourceId":"/subscriptions/00000000-0000-4000-8000-000000000001/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks-plain"}})");
    QCOMPARE(QString::fromStdString(exporting::computeResourceBody(path(QStringLiteral("attach"))).dump()), expected);
}

void TestArmBody::fieldSets_data()
{
    QTest::addColumn<QString>("pathName");
    QTest::addColumn<QStringList>("outer");
    QTest::addColumn<QStringList>("inner");
    const QStringList createOuter = {QStringLiteral("computeLocation"), QStringLiteral("computeType"), QStringLiteral("properties")};
    const QStringList attachOuter = {QStringLiteral("computeType"), QStringLiteral("properties"), QStringLiteral("resourceId")};
    const QStringList basicInner = {QStringLiteral("agentCount"), QStringLiteral("agentVmSize"), QStringLiteral("clusterPurpose"), QStringLiteral("loadBalancerType")};
    QTest::newRow("create-devtest") << QStringLiteral("create-devtest") << createOuter << basicInner;
    QTest::newRow("create-networking") << QStringLiteral("create-networking") << createOuter
                                       << QStringList{QStringLiteral("agentCount"), QStringLiteral("agentVmSize"), QStringLiteral("aksNetworkingConfiguration"),
                                                      QStringLiteral("clusterPurpose"), QStringLiteral("loadBalancerType")};
    QTest::newRow("create-leaf") << QStringLiteral("create-leaf") << createOuter
                                 << QStringList{QStringLiteral("agentCount"), QStringLiteral("agentVmSize"), QStringLiteral("clusterPurpose"),
                                                QStringLiteral("loadBalancerType"), QStringLiteral("sslConfiguration")};
    QTest::newRow("create-ilb") << QStringLiteral("create-ilb") << createOuter
                                << QStringList{QStringLiteral("agentCount"), QStringLiteral("agentVmSize"), QStringLiteral("aksNetworkingConfiguration"),
                                               QStringLiteral("clusterPurpose"), QStringLiteral("loadBalancerSubnet"), QStringLiteral("loadBalancerType")};
    QTest::newRow("attach") << QStringLiteral("attach") << attachOuter
                            << QStringList{QStringLiteral("clusterPurpose"), QStringLiteral("loadBalancerType")};
    QTest::newRow("attach-tls") << QStringLiteral("attach-tls") << attachOuter
                                << QStringList{QStringLiteral("clusterPurpose"), QStringLiteral("loadBalancerType"), QStringLiteral("sslConfiguration")};
}

void TestArmBody::fieldSets()
{
    QFETCH(QString, pathName);
    QFETCH(QStringList, outer);
    QFETCH(QStringList, inner);
    const json body = exporting::computeResourceBody(path(pathName));
    QCOMPARE(keys(body), (QStringList{QStringLiteral("location"), QStringLiteral("properties")}));
    QCOMPARE(keys(body["properties"]), outer);
    QCOMPARE(keys(body["properties"]["properties"]), inner);
    QCOMPARE(dumped(body["properties"]["computeType"]), dumped(json("AKS")));
}

void TestArmBody::networkingUsesSubnetId()
{
    const json net = exporting::computeResourceBody(path(QStringLiteral("create-networking")))["properties"]["properties"]["aksNetworkingConfiguration"];
    QCOMPARE(dumped(net), dumped(json::parse(R"({"subnetId":"/subscriptions/00000000-0000-4000-8000-000000000001/resourceGroups/mygroup/providers/Microsoft.Network/virtualNetworks/mynetwork/subnets/default",
        "serviceCidr":"10.0.0.0/16","dnsServiceIP":"10.0.0.10","dockerBridgeCidr":"172.17.0.1/16"})")));
}

void TestArmBody::tlsShapes()
{
    const json leaf = exporting::computeResourceBody(path(QStringLiteral("create-leaf")))["properties"]["properties"]["sslConfiguration"];
    QCOMPARE(dumped(leaf), dumped(json::parse(R"({"status":"Auto","leafDomainLabel":"contoso","overwriteExistingDomain":true})")));
    const json custom = exporting::computeResourceBody(path(QStringLiteral("create-custom-cert")))["properties"]["properties"]["sslConfiguration"];
    QCOMPARE(dumped(custom["status"]), QStringLiteral("\"Enabled\""));
    QCOMPARE(QString::fromStdString(custom["cert"].get<std::string>()), testdata::kCertPem);
    QCOMPARE(QString::fromStdString(custom["key"].get<std::string>()), testdata::kKeyPem);
    QCOMPARE(dumped(custom["cname"]), QStringLiteral("\"www.contoso.com\""));
}

void TestArmBody::attachUsesWorkspaceLocationAndCanonicalId()
{
    rules::ComputeSpec s = path(QStringLiteral("attach"));
    s.region = QStringLiteral("eastus"); // the cluster's region does not move the compute
    s.workspace.location = QStringLiteral("West Europe");
    s.aksResourceId = QLatin1Char('"') + s.aksResourceId.toUpper().replace(QLatin1String("RG-AKS"), QLatin1String("rg-aks"))
                          .replace(QLatin1String("AKS-PLAIN"), QLatin1String("aks-plain")) + QStringLiteral("\"\n");
    const json body = exporting::computeResourceBody(s);
    QCOMPARE(dumped(body["location"]), QStringLiteral("\"westeurope\""));
    QCOMPARE(QString::fromStdString(body["properties"]["resourceId"].get<std::string>()),
             QStringLiteral("/subscriptions/00000000-0000-4000-8000-000000000001/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks-plain"));
}

void TestArmBody::requestRedactsKeyUnlessRevealed()
{
    const rules::ComputeSpec s = path(QStringLiteral("create-custom-cert"));
    const exporting::ArmRequestExport hidden = exporting::armRequest(s, false);
    QVERIFY(!hidden.body.contains(QLatin1String("PRIVATE KEY")));
    QVERIFY(!hidden.body.contains(QLatin1String("BEGIN CERTIFICATE")));
    QVERIFY(hidden.body.contains(QLatin1String("\"key\": \"***\"")));
    QVERIFY(hidden.text().contains(QLatin1String("\"cname\": \"www.contoso.com\"")));
    const exporting::ArmRequestExport shown = exporting::armRequest(s, true);
    QVERIFY(shown.body.contains(QLatin1String("-----BEGIN PRIVATE KEY-----\\n")));
    QVERIFY(!shown.body.contains(QLatin1String("***")));
    // Without TLS nothing is touched.
    const rules::ComputeSpec plain = path(QStringLiteral("create-prod"));
    QCOMPARE(exporting::armRequest(plain, false).body, exporting::armRequest(plain, true).body);
}

void TestArmBody::requestUrlEncodesNamesAndHonoursEndpoint()
{
    rules::ComputeSpec s = path(QStringLiteral("create-prod"));
    const exporting::ArmRequestExport r = exporting::armRequest(s, false);
    QCOMPARE(r.method, QStringLiteral("PUT"));
    QCOMPARE(r.url, QStringLiteral("https://management.azure.com/subscriptions/00000000-0000-4000-8000-000000000001/resourceGroups/rg-ml/"
                                   "providers/Microsoft.MachineLearningServices/workspaces/ws-demo/computes/myaks?api-version=2022-10-01"));
    QVERIFY(r.text().startsWith(QLatin1String("PUT https://management.azure.com/subscriptions/")));
    s.workspace.resourceGroup = QStringLiteral("rg (ml)");
    QCOMPARE(exporting::armRequest(s, false, QStringLiteral("https://127.0.0.1:8443/")).url,
             QStringLiteral("https://127.0.0.1:8443/subscriptions/00000000-0000-4000-8000-000000000001/resourceGroups/rg%20%28ml%29/"
                            "providers/Microsoft.MachineLearningServices/workspaces/ws-demo/computes/myaks?api-version=2022-10-01"));
}

QTEST_GUILESS_MAIN(TestArmBody)
#include "tst_armbody.moc"
