// The AKS compute model: typed reading, both LoadBalancer spellings, unknown fields preserved
// on read-modify-write, ill-typed fields reported (never thrown), malformed JSON refused.
#include "azure/ComputeRequests.h"
#include "azure/ComputeResource.h"
#include "common/JsonFields.h"

#include <QTest>

using cw::azure::ComputeResource;
using Json = nlohmann::json;

// QCOMPARE cannot take nlohmann::json directly (its implicit conversions confuse QTest's
// overloads); compare the canonical serialisations instead.
#define JCOMPARE(actual, expected) \
    QCOMPARE(QString::fromStdString(Json(actual).dump()), QString::fromStdString(Json(expected).dump()))

namespace {

const char *kAksCompute = R"({
  "id": "/subscriptions/s/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/workspaces/ws-demo/computes/myaks",
  "name": "myaks",
  "type": "Microsoft.MachineLearningServices/workspaces/computes",
  "location": "westeurope",
  "tags": {"team": "ml"},
  "systemData": {"createdBy": "someone"},
  "properties": {
    "computeType": "AKS",
    "resourceId": "/subscriptions/s/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks1",
    "description": "prod inference",
    "provisioningState": "Failed",
    "provisioningErrors": [{"error": {"code": "BadArgument", "message": "Specified kubernetes version 1.12.4 is not supported."}}],
    "createdOn": "2024-01-01T00:00:00Z",
    "modifiedOn": "2024-01-02T00:00:00Z",
    "isAttachedCompute": true,
    "disableLocalAuth": false,
    "properties": {
      "agentCount": 3,
      "agentVmSize": "Standard_D3_v2",
      "clusterPurpose": "FastProd",
      "clusterFqdn": "aks1-dns.hcp.westeurope.azmk8s.io",
      "systemServices": [{"systemServiceType": "ScoringFront", "publicIpAddress": "20.1.2.3", "version": "1.0"}],
      "sslConfiguration": {"status": "Enabled", "cname": "www.contoso.com", "futureFlag": 7},
      "aksNetworkingConfiguration": {"subnetId": "/subscriptions/s/resourceGroups/net/providers/Microsoft.Network/virtualNetworks/v/subnets/default",
                                     "serviceCidr": "10.0.0.0/16", "dnsServiceIP": "10.0.0.10", "dockerBridgeCidr": "172.17.0.1/16"},
      "LoadBalancerType": "InternalLoadBalancer",
      "LoadBalancerSubnet": "ilb-subnet",
      "unknownInner": {"keep": [1, 2, 3]}
    }
  }
})";

ComputeResource parseOk(const char *text)
{
    auto r = ComputeResource::fromBytes(QByteArray(text));
    if (!r.ok())
        qFatal("parse failed: %s", qPrintable(r.error));
    return *r.value;
}

} // namespace

class TestComputeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsEveryContractField()
    {
        const auto r = ComputeResource::fromBytes(QByteArray(kAksCompute));
        QVERIFY(r.ok());
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(QLatin1Char('\n'))));
        const ComputeResource &c = *r.value;
        QCOMPARE(c.name, QStringLiteral("myaks"));
        QCOMPARE(c.location.value_or(QString()), QStringLiteral("westeurope"));
        QVERIFY(c.isAks());
        QCOMPARE(c.state(), cw::azure::ProvisioningState::Failed);
        QCOMPARE(c.description.value_or(QString()), QStringLiteral("prod inference"));
        QCOMPARE(c.isAttachedCompute, std::optional<bool>(true));
        QCOMPARE(c.provisioningErrors.size(), 1);
        QCOMPARE(c.provisioningErrors[0].code, QStringLiteral("BadArgument"));
        QVERIFY(c.provisioningErrors[0].message.contains(QLatin1String("1.12.4")));
        QVERIFY(c.aks.has_value());
        const auto &a = *c.aks;
        QCOMPARE(a.agentCount, std::optional<int>(3));
        QCOMPARE(a.agentVmSize.value_or(QString()), QStringLiteral("Standard_D3_v2"));
        QCOMPARE(a.clusterPurpose.value_or(QString()), QStringLiteral("FastProd"));
        QCOMPARE(a.systemServices.size(), 1);
        QCOMPARE(a.systemServices[0].publicIpAddress, QStringLiteral("20.1.2.3"));
        QVERIFY(a.sslConfiguration && a.sslConfiguration->isEnabled());
        QCOMPARE(a.sslConfiguration->cname.value_or(QString()), QStringLiteral("www.contoso.com"));
        QVERIFY(!a.sslConfiguration->cert.has_value());
        QVERIFY(a.aksNetworkingConfiguration);
        QCOMPARE(a.aksNetworkingConfiguration->dnsServiceIP.value_or(QString()), QStringLiteral("10.0.0.10"));
        // The capitalised 2021-04-01 spelling is read.
        QVERIFY(a.isInternalLoadBalancer());
        QCOMPARE(a.loadBalancerSubnet.value_or(QString()), QStringLiteral("ilb-subnet"));
    }

    void unchangedRoundTripEmitsCamelCaseOnly()
    {
        const ComputeResource c = parseOk(kAksCompute);
        Json expected = Json::parse(kAksCompute);
        Json &inner = expected["properties"]["properties"];
        inner["loadBalancerType"] = inner["LoadBalancerType"];
        inner["loadBalancerSubnet"] = inner["LoadBalancerSubnet"];
        inner.erase("LoadBalancerType");
        inner.erase("LoadBalancerSubnet");
        JCOMPARE(QByteArray::fromStdString(c.toJson().dump()), QByteArray::fromStdString(expected.dump()));
    }

    void editPreservesUnknownFields()
    {
        ComputeResource c = parseOk(kAksCompute);
        c.aks->loadBalancerType = QStringLiteral("PublicIp");
        c.aks->loadBalancerSubnet.reset();
        c.aks->sslConfiguration->status = QStringLiteral("Disabled");
        c.aks->sslConfiguration->cname.reset();
        c.description = QStringLiteral("edited");
        const Json out = c.toJson();
        JCOMPARE(out["tags"]["team"], Json("ml"));
        JCOMPARE(out["systemData"]["createdBy"], Json("someone"));
        JCOMPARE(out["properties"]["disableLocalAuth"], Json(false));
        JCOMPARE(out["properties"]["description"], Json("edited"));
        const Json &inner = out["properties"]["properties"];
        JCOMPARE(inner["unknownInner"]["keep"], Json({1, 2, 3}));
        JCOMPARE(inner["loadBalancerType"], Json("PublicIp"));
        QVERIFY(!inner.contains("LoadBalancerType"));
        QVERIFY(!inner.contains("loadBalancerSubnet"));
        QVERIFY(!inner.contains("LoadBalancerSubnet"));
        JCOMPARE(inner["sslConfiguration"]["status"], Json("Disabled"));
        QVERIFY(!inner["sslConfiguration"].contains("cname"));
        JCOMPARE(inner["sslConfiguration"]["futureFlag"], Json(7));
    }

    void droppingTheDocumentsKeepsTheTypedFieldsOnly()
    {
        ComputeResource c = parseOk(kAksCompute);
        const ComputeResource original = c;
        c.dropRawDocuments();
        QCOMPARE(c.name, original.name);
        QCOMPARE(c.provisioningState, original.provisioningState);
        QCOMPARE(c.aks->loadBalancerType, original.aks->loadBalancerType);
        QCOMPARE(c.aks->sslConfiguration->cname, original.aks->sslConfiguration->cname);
        QVERIFY(c.raw.empty() && c.aks->raw.empty() && c.aks->sslConfiguration->raw.empty());
        const Json out = c.toJson();
        QVERIFY(!out.contains("tags")); // unknown to the model: gone with the document
        QVERIFY(!out["properties"]["properties"].contains("unknownInner"));
        JCOMPARE(out["properties"]["properties"]["sslConfiguration"]["cname"],
                 original.toJson()["properties"]["properties"]["sslConfiguration"]["cname"]);
    }

    void updateBodyDropsReadOnlyFields()
    {
        const ComputeResource c = parseOk(kAksCompute);
        const Json body = cw::azure::computerequest::updateBody(c.toJson());
        const Json &p = body["properties"];
        for (const char *key : {"provisioningState", "provisioningErrors", "createdOn", "modifiedOn", "isAttachedCompute",
                                "disableLocalAuth"})
            QVERIFY2(!p.contains(key), key);
        QVERIFY(!p["properties"].contains("systemServices"));
        JCOMPARE(p["resourceId"], Json::parse(kAksCompute)["properties"]["resourceId"]);
        JCOMPARE(p["properties"]["clusterPurpose"], Json("FastProd"));
        JCOMPARE(body["tags"]["team"], Json("ml"));
    }

    void bothSpellings_data()
    {
        QTest::addColumn<QByteArray>("inner");
        QTest::addColumn<QString>("expectedType");
        QTest::addColumn<QString>("expectedSubnet");
        QTest::newRow("camelCase") << QByteArray(R"({"loadBalancerType":"InternalLoadBalancer","loadBalancerSubnet":"a"})")
                                   << QStringLiteral("InternalLoadBalancer") << QStringLiteral("a");
        QTest::newRow("PascalCase") << QByteArray(R"({"LoadBalancerType":"PublicIp","LoadBalancerSubnet":"b"})")
                                    << QStringLiteral("PublicIp") << QStringLiteral("b");
        QTest::newRow("camel wins over Pascal") << QByteArray(R"({"LoadBalancerType":"PublicIp","loadBalancerType":"InternalLoadBalancer"})")
                                                << QStringLiteral("InternalLoadBalancer") << QString();
        QTest::newRow("absent") << QByteArray("{}") << QString() << QString();
    }

    void bothSpellings()
    {
        QFETCH(QByteArray, inner);
        QFETCH(QString, expectedType);
        QFETCH(QString, expectedSubnet);
        const QByteArray doc = R"({"name":"x","properties":{"computeType":"AKS","properties":)" + inner + "}}";
        const ComputeResource c = parseOk(doc.constData());
        QCOMPARE(c.aks->loadBalancerType.value_or(QString()), expectedType);
        QCOMPARE(c.aks->loadBalancerSubnet.value_or(QString()), expectedSubnet);
        const Json out = c.toJson()["properties"]["properties"];
        QVERIFY(!out.contains("LoadBalancerType"));
        QVERIFY(!out.contains("LoadBalancerSubnet"));
        QCOMPARE(out.contains("loadBalancerType"), !expectedType.isEmpty());
    }

    void illTypedFieldsAreReportedAndPreserved()
    {
        const auto r = ComputeResource::fromBytes(QByteArray(
            R"({"name":"x","location":5,"properties":{"computeType":"AKS","isAttachedCompute":"yes",
                "provisioningErrors":"oops","properties":{"agentCount":"three","sslConfiguration":[1],
                "systemServices":[7,{"systemServiceType":3}]}}})"));
        QVERIFY(r.ok());
        const QString all = r.warnings.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("location: expected a string")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("properties.isAttachedCompute: expected true or false")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("properties.properties.agentCount: expected an integer")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("properties.properties.sslConfiguration: expected an object")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("properties.provisioningErrors: expected an array")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("properties.properties.systemServices[0]: expected an object")), qPrintable(all));
        const ComputeResource &c = *r.value;
        QVERIFY(!c.aks->agentCount);
        QVERIFY(!c.location);
        // Ill-typed originals are sent back untouched rather than silently dropped.
        const Json out = c.toJson();
        JCOMPARE(out["location"], Json(5));
        JCOMPARE(out["properties"]["properties"]["agentCount"], Json("three"));
        JCOMPARE(out["properties"]["properties"]["sslConfiguration"], Json({1}));
    }

    void integerBoundaries_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("expected");  // -1 = rejected
        QTest::newRow("zero") << QByteArray("0") << 0;
        QTest::newRow("float integral") << QByteArray("3.0") << 3;
        QTest::newRow("float fractional") << QByteArray("3.5") << -1;
        QTest::newRow("int max") << QByteArray("2147483647") << 2147483647;
        QTest::newRow("int max + 1") << QByteArray("2147483648") << -1;
        QTest::newRow("huge unsigned") << QByteArray("18446744073709551615") << -1;
        // Issue 18: converting these to an integer before the range check was undefined.
        QTest::newRow("huge float") << QByteArray("4.4e91") << -1;
        QTest::newRow("huge negative float") << QByteArray("-4.4e91") << -1;
        QTest::newRow("float beyond int64") << QByteArray("1e19") << -1;
        QTest::newRow("string") << QByteArray("\"3\"") << -1;
        QTest::newRow("null") << QByteArray("null") << -1;
    }

    void integerBoundaries()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, expected);
        const QByteArray doc = R"({"properties":{"properties":{"agentCount":)" + value + "}}}";
        const ComputeResource c = parseOk(doc.constData());
        if (expected < 0)
            QVERIFY(!c.aks->agentCount.has_value());
        else
            QCOMPARE(c.aks->agentCount, std::optional<int>(expected));
    }

    void malformedDocumentsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << QByteArray(R"({"name":"x","properties":{)");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("string") << QByteArray("\"AKS\"");
        QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("too deep") << QByteArray(200, '[') + QByteArray(200, ']');
    }

    void malformedDocumentsAreRefused()
    {
        QFETCH(QByteArray, bytes);
        const auto r = ComputeResource::fromBytes(bytes);
        QVERIFY(!r.ok());
        QVERIFY(!r.error.isEmpty());
    }

    void provisioningStates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("terminal");
        using S = cw::azure::ProvisioningState;
        QTest::newRow("succeeded lower") << QStringLiteral("succeeded") << int(S::Succeeded) << true;
        QTest::newRow("Failed") << QStringLiteral("Failed") << int(S::Failed) << true;
        QTest::newRow("CANCELED") << QStringLiteral("CANCELED") << int(S::Canceled) << true;
        QTest::newRow("Creating") << QStringLiteral("Creating") << int(S::Creating) << false;
        QTest::newRow("Updating") << QStringLiteral("Updating") << int(S::Updating) << false;
        QTest::newRow("garbage") << QStringLiteral("Frobnicating") << int(S::Unknown) << false;
        QTest::newRow("empty") << QString() << int(S::Unknown) << false;
    }

    void provisioningStates()
    {
        QFETCH(QString, text);
        QFETCH(int, state);
        QFETCH(bool, terminal);
        const auto s = cw::azure::provisioningStateFromString(text);
        QCOMPARE(int(s), state);
        QCOMPARE(cw::azure::isTerminal(s), terminal);
    }

    void buildsFromScratch()
    {
        ComputeResource c;
        c.location = QStringLiteral("westeurope");
        c.computeType = QStringLiteral("AKS");
        c.resourceId = QStringLiteral("/subscriptions/s/resourceGroups/r/providers/Microsoft.ContainerService/managedClusters/a");
        cw::azure::AksProperties a;
        a.clusterPurpose = QStringLiteral("DevTest");
        a.loadBalancerType = QStringLiteral("PublicIp");
        c.aks = a;
        const Json out = c.toJson();
        JCOMPARE(out["location"], Json("westeurope"));
        JCOMPARE(out["properties"]["computeType"], Json("AKS"));
        JCOMPARE(out["properties"]["properties"]["clusterPurpose"], Json("DevTest"));
        QVERIFY(!out.contains("id"));
        QVERIFY(!out["properties"].contains("provisioningState"));
    }
};

QTEST_GUILESS_MAIN(TestComputeModel)
#include "tst_compute_model.moc"
