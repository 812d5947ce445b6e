// Re-attach spec from a GET of an attached compute: same cluster, purpose, load balancer and TLS
// mode; the body rebuilt from it matches what was attached (minus the key material the service
// never returns).
#include "WizardPaths.h"
#include "export/ArmBody.h"
#include "export/SpecFromCompute.h"

#include <QTest>

using namespace cw;
using nlohmann::json;

class TestSpecFromCompute : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fromServiceDocument();
    void roundTripOfWizardAttachPaths_data();
    void roundTripOfWizardAttachPaths();
    void refusals_data();
    void refusals();
};

void TestSpecFromCompute::fromServiceDocument()
{
    // A GET as the 2021-04-01 API may spell it (capital L), read-only fields included.
    const json get = json::parse(R"({
      "id": "/subscriptions/00000000-0000-4000-8000-000000000001/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/workspaces/ws-demo/computes/old-aks",
      "name": "old-aks", "location": "westeurope",
      "properties": {"computeType": "AKS", "provisioningState": "Succeeded", "isAttachedCompute": true,
        "description": "scoring",
        "resourceId": "/subscriptions/00000000-0000-4000-8000-000000000001/resourcegroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks-tls",
        "properties": {"clusterPurpose": "DevTest", "LoadBalancerType": "InternalLoadBalancer", "LoadBalancerSubnet": "aks-subnet",
                       "clusterFqdn": "x.westeurope.cloudapp.azure.com",
                       "sslConfiguration": {"status": "Enabled", "cname": "www.contoso.com"}}}})");
    const exporting::SpecFromComputeResult r = exporting::attachSpecFromCompute(get, testdata::baseSpec().workspace);
    QVERIFY2(r.spec, qPrintable(r.error));
    const rules::ComputeSpec &s = *r.spec;
    QCOMPARE(s.mode, rules::ComputeMode::Attach);
    QCOMPARE(s.name, QStringLiteral("old-aks"));
    QCOMPARE(s.aksResourceId, QStringLiteral("/subscriptions/00000000-0000-4000-8000-000000000001/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks-tls"));
    QCOMPARE(s.purpose, rules::ClusterPurpose::DevTest);
    QCOMPARE(s.loadBalancer, rules::LoadBalancerType::InternalLoadBalancer);
    QCOMPARE(s.loadBalancerSubnet, QStringLiteral("aks-subnet"));
    QCOMPARE(s.tls.mode, rules::TlsMode::Custom);
    QCOMPARE(s.tls.cname, QStringLiteral("www.contoso.com"));
    QVERIFY(s.tls.certPem.isEmpty());
    QCOMPARE(s.description, QStringLiteral("scoring"));
}

void TestSpecFromCompute::roundTripOfWizardAttachPaths_data()
{
    QTest::addColumn<rules::ComputeSpec>("spec");
    for (const auto &[name, spec] : testdata::wizardPaths()) {
        if (spec.isAttach())
            QTest::newRow(qPrintable(name)) << spec;
    }
}

void TestSpecFromCompute::roundTripOfWizardAttachPaths()
{
    QFETCH(rules::ComputeSpec, spec);
    json get = exporting::computeResourceBody(spec);
    get["name"] = spec.name.toStdString();
    // The service never returns key material.
    json &inner = get["properties"]["properties"];
    if (inner.contains("sslConfiguration")) {
        inner["sslConfiguration"].erase("cert");
        inner["sslConfiguration"].erase("key");
    }
    const exporting::SpecFromComputeResult r = exporting::attachSpecFromCompute(get, spec.workspace);
    QVERIFY2(r.spec, qPrintable(r.error));
    rules::ComputeSpec back = *r.spec;
    back.tls.certPem = spec.tls.certPem; // what the caller recovers from azuremlfessl
    back.tls.keyPem = spec.tls.keyPem;
    if (spec.tls.mode == rules::TlsMode::LeafLabel)
        back.tls.overwriteExistingDomain = spec.tls.overwriteExistingDomain;
    QCOMPARE(QString::fromStdString(exporting::computeResourceBody(back).dump()),
             QString::fromStdString(exporting::computeResourceBody(spec).dump()));
}

void TestSpecFromCompute::refusals_data()
{
    QTest::addColumn<QString>("document");
    QTest::newRow("no properties") << QStringLiteral(R"({"name":"a"})");
    QTest::newRow("aml compute") << QStringLiteral(R"({"name":"a","properties":{"computeType":"AmlCompute"}})");
    QTest::newRow("aks without resource id") << QStringLiteral(R"({"name":"a","properties":{"computeType":"AKS"}})");
    QTest::newRow("not an object") << QStringLiteral(R"([1,2])");
}

void TestSpecFromCompute::refusals()
{
    QFETCH(QString, document);
    const exporting::SpecFromComputeResult r =
        exporting::attachSpecFromCompute(json::parse(document.toStdString()), testdata::baseSpec().workspace);
    QVERIFY(!r.spec);
    QVERIFY(!r.error.isEmpty());
}

QTEST_GUILESS_MAIN(TestSpecFromCompute)
#include "tst_specfromcompute.moc"
