// The facts a list of computes shows, read straight from a compute's JSON text (the CLI's
// streaming `list`), equal those of the model read from the parsed document (ComputeResource,
// what `show` and the table read before): any case of a member's name, repeated members, members
// of the wrong type, integral floats, absent or ill-typed nested objects.
#include "azure/ComputeRowFacts.h"

#include <QTest>

using namespace cw::azure;

namespace {

void compareFacts(const ComputeRowFacts &a, const ComputeRowFacts &b)
{
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.computeType, b.computeType);
    QCOMPARE(a.provisioningState, b.provisioningState);
    QCOMPARE(a.computeLocation, b.computeLocation);
    QCOMPARE(a.location, b.location);
    QCOMPARE(a.isAttachedCompute, b.isAttachedCompute);
    QCOMPARE(a.hasAks, b.hasAks);
    QCOMPARE(a.clusterPurpose, b.clusterPurpose);
    QCOMPARE(a.agentCount, b.agentCount);
    QCOMPARE(a.agentVmSize, b.agentVmSize);
    QCOMPARE(a.loadBalancerType, b.loadBalancerType);
    QCOMPARE(a.hasSsl, b.hasSsl);
    QCOMPARE(a.sslStatus, b.sslStatus);
    QCOMPARE(a.tlsText(), b.tlsText());
    QCOMPARE(a.hasKubernetes, b.hasKubernetes);
    QCOMPARE(a.kubernetesNamespace, b.kubernetesNamespace);
    QCOMPARE(a.defaultInstanceType, b.defaultInstanceType);
    QCOMPARE(a.instanceTypes, b.instanceTypes);
    QCOMPARE(a.namespaceText(), b.namespaceText());
    QCOMPARE(a.instanceTypesText(), b.instanceTypesText());
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.resourceId, b.resourceId);
    QCOMPARE(a.createdOn, b.createdOn);
    QCOMPARE(a.modifiedOn, b.modifiedOn);
    QCOMPARE(a.provisioningErrors.size(), b.provisioningErrors.size());
    QCOMPARE(a.clusterFqdn, b.clusterFqdn);
    QCOMPARE(a.loadBalancerSubnet, b.loadBalancerSubnet);
    QCOMPARE(a.scoringFrontAddress, b.scoringFrontAddress);
    QCOMPARE(a.sslCname, b.sslCname);
    QCOMPARE(a.sslLeafDomainLabel, b.sslLeafDomainLabel);
    QVERIFY(a == b);
}

} // namespace

class TestComputeRowFacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsModel_data();
    void sameAsModel();
    void notAnObject();
    void kubernetesColumns();
};

void TestComputeRowFacts::sameAsModel_data()
{
    QTest::addColumn<QByteArray>("text");
    auto row = [](const char *name, const char *text) { QTest::newRow(name) << QByteArray(text); };
    row("aks", R"({"id":"/x","name":"aks-1","location":"westeurope","properties":{"computeType":"AKS",
        "computeLocation":"northeurope","provisioningState":"Succeeded","isAttachedCompute":true,
        "properties":{"agentCount":3,"agentVmSize":"Standard_D3_v2","clusterPurpose":"FastProd",
        "loadBalancerType":"PublicIp","sslConfiguration":{"status":"Enabled","cname":"a.b"}}}})");
    row("tls auto, any case", R"({"name":"t","properties":{"properties":{"sslConfiguration":{"status":"aUtO"}}}})");
    row("tls disabled", R"({"name":"t","properties":{"properties":{"sslConfiguration":{"status":"Disabled"}}}})");
    row("tls not an object", R"({"name":"t","properties":{"properties":{"sslConfiguration":"Enabled"}}})");
    row("tls status absent", R"({"name":"t","properties":{"properties":{"sslConfiguration":{}}}})");
    row("capitalised members", R"({"Name":"cap","Location":"l","Properties":{"ComputeType":"AKS",
        "properties":{"LoadBalancerType":"InternalLoadBalancer","AgentCount":2}}})");
    row("exact beats variant", R"({"NAME":"variant","name":"exact","properties":{"PROVISIONINGSTATE":"Failed",
        "provisioningState":"Creating"}})");
    row("variants: the first spelling in order", R"({"nAme":"second","NaMe":"first","naME":"third"})");
    row("repeated: the last", R"({"name":"one","name":"two","properties":{"properties":{"agentCount":1,
        "agentCount":4}}})");
    row("escaped names and values", R"({"n\u0061me":"caf\u00e9 \"q\"","properties":{"computeType":"A\/KS"}})");
    row("wrong types ignored", R"({"name":5,"location":["x"],"properties":{"computeType":1,"isAttachedCompute":"yes",
        "provisioningState":null,"properties":{"agentCount":"3","agentVmSize":false,"clusterPurpose":{}}}})");
    row("integral float count", R"({"name":"f","properties":{"properties":{"agentCount":3.0}}})");
    row("fractional count", R"({"name":"f","properties":{"properties":{"agentCount":3.5}}})");
    row("huge count", R"({"name":"f","properties":{"properties":{"agentCount":2147483648}}})");
    row("negative count", R"({"name":"f","properties":{"properties":{"agentCount":-2}}})");
    row("exponent count", R"({"name":"f","properties":{"properties":{"agentCount":3e0}}})");
    row("null count", R"({"name":"f","properties":{"properties":{"agentCount":null}}})");
    // The short integers read without a parser, and the edges of that path.
    for (const char *count : {"0", "-0", "7", "-2", "999999999", "-999999999", "1000000000", "2147483647",
                              "-2147483648", "-2147483649", "4294967296"})
        QTest::newRow(qPrintable(QStringLiteral("count %1").arg(QLatin1String(count))))
            << QByteArray(R"({"name":"f","properties":{"properties":{"agentCount":)") + count + "}}}";
    row("location only", R"({"name":"l","location":"eastus","properties":{"computeType":"Kubernetes"}})");
    row("properties not an object", R"({"name":"p","properties":[1,2]})");
    row("inner properties not an object", R"({"name":"p","properties":{"properties":"AKS"}})");
    row("empty", R"({})");
    row("kubernetes (official example)", R"({"name":"compute123","location":"eastus","properties":{"computeType":"Kubernetes",
        "provisioningState":"Succeeded","isAttachedCompute":true,"properties":{"relayConnectionString":null,
        "extensionInstanceReleaseTrain":"stable","vcName":null,"namespace":"default","defaultInstanceType":"defaultInstanceType",
        "instanceTypes":{"defaultInstanceType":{"nodeSelector":null,"resources":{"requests":{"cpu":"1","memory":"4Gi",
        "nvidia.com/gpu":null},"limits":{"cpu":"1","memory":"4Gi","nvidia.com/gpu":null}}}}}}})");
    row("kubernetes, types out of order, any case", R"({"name":"k","properties":{"computeType":"kubernetes",
        "properties":{"Namespace":"ml","defaultInstanceType":"small","instanceTypes":{"zeta":{},"small":{},"gpu":{}}}}})");
    row("kubernetes, repeated and ill-typed types", R"({"name":"k","properties":{"computeType":"Kubernetes",
        "properties":{"instanceTypes":{"a":{},"b":5,"a":7,"c":{},"c\u0031":{}}}}})");
    row("kubernetes without inner properties", R"({"name":"k","properties":{"computeType":"Kubernetes"}})");
    row("kubernetes, no namespace", R"({"name":"k","properties":{"computeType":"Kubernetes","properties":{"namespace":null}}})");
    row("kubernetes types not an object", R"({"name":"k","properties":{"computeType":"Kubernetes",
        "properties":{"defaultInstanceType":"x","instanceTypes":["x"]}}})");
 // What the desktop's table row reads too (Detail::Row).
    row("row facts", R"({"id":"/s/1","name":"r","properties":{"resourceId":"/aks/1","createdOn":"2026-01-01T00:00:00Z",
        "modifiedOn":"2026-01-02T00:00:00Z","provisioningErrors":[{"error":{"code":"C1","message":"m1"}},
        {"code":"C2","message":"m2"},{"error":"flat","code":"C3"},7,{"ERROR":{"Code":"C4"}}],
        "properties":{"clusterFqdn":"f.example","loadBalancerSubnet":"sn","systemServices":[
        {"systemServiceType":"ScoringFront","publicIpAddress":"1.1.1.1"},{"systemServiceType":"Other",
        "publicIpAddress":"2.2.2.2"},"x",{"systemServiceType":"scoringfront","publicIpAddress":"3.3.3.3"}],
        "sslConfiguration":{"status":"Enabled","cname":"c.example","leafDomainLabel":"leaf"}}}})");
    row("row facts of wrong types", R"({"id":3,"properties":{"resourceId":[],"provisioningErrors":{"code":"x"},
        "properties":{"clusterFqdn":1,"systemServices":{"systemServiceType":"ScoringFront"},
        "sslConfiguration":{"cname":false}}}})");
    row("scoring front without address", R"({"properties":{"properties":{"systemServices":[
        {"systemServiceType":"ScoringFront"}]}}})");
    row("spaced", " { \"name\" : \"s\" ,\n \"properties\" : { \"properties\" : { \"agentCount\" : 7 } } } ");
}

void TestComputeRowFacts::sameAsModel()
{
    QFETCH(QByteArray, text);
    const nlohmann::json doc = nlohmann::json::parse(text.toStdString());
    const ParseResult<ComputeResource> model = ComputeResource::fromJson(doc);
    QVERIFY(model.ok());
    const ComputeRowFacts expected = ComputeRowFacts::fromModel(*model.value);
    const std::string source = text.toStdString();
    // The desktop's detail: the same rule, more members.
    const ComputeRowFacts expectedRow = ComputeRowFacts::fromModel(*model.value, ComputeRowFacts::Detail::Row);
    const std::optional<ComputeRowFacts> readRow = ComputeRowFacts::fromText(source, ComputeRowFacts::Detail::Row);
    QVERIFY(readRow);
    compareFacts(*readRow, expectedRow);
    const std::optional<ComputeRowFacts> rereadRow = ComputeRowFacts::fromText(doc.dump(), ComputeRowFacts::Detail::Row);
    QVERIFY(rereadRow);
    compareFacts(*rereadRow, expectedRow);
    const std::optional<ComputeRowFacts> read = ComputeRowFacts::fromText(source);
    QVERIFY(read);
    compareFacts(*read, expected);
    // The same document as nlohmann writes it (sorted members, its escapes).
    const std::string dumped = doc.dump();
    const std::optional<ComputeRowFacts> reread = ComputeRowFacts::fromText(dumped);
    QVERIFY(reread);
    compareFacts(*reread, expected);
}

void TestComputeRowFacts::notAnObject()
{
    for (const char *text : {"[]", "\"name\"", "3", "null", ""})
        QVERIFY2(!ComputeRowFacts::fromText(text), text);
}

void TestComputeRowFacts::kubernetesColumns()
{
    const std::optional<ComputeRowFacts> k = ComputeRowFacts::fromText(
        R"({"name":"k","properties":{"computeType":"Kubernetes","properties":{"defaultInstanceType":"small",
        "instanceTypes":{"small":{},"gpu":{}},"agentCount":3}}})");
    QVERIFY(k);
    QVERIFY(k->hasKubernetes && !k->hasAks);
    QCOMPARE(k->namespaceText(), QStringLiteral("default"));
    QCOMPARE(k->instanceTypesText(), QStringLiteral("gpu, small (default)"));
    QVERIFY(!k->agentCount); // AKS members are not read from a Kubernetes compute
    const std::optional<ComputeRowFacts> aks = ComputeRowFacts::fromText(R"({"name":"a","properties":{"computeType":"AKS","properties":{"agentCount":3}}})");
    QVERIFY(aks && aks->hasAks && !aks->hasKubernetes);
    QCOMPARE(aks->namespaceText(), QString());
    QCOMPARE(aks->instanceTypesText(), QString());
}

QTEST_GUILESS_MAIN(TestComputeRowFacts)
#include "tst_compute_row_facts.moc"
