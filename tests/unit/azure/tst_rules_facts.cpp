// The models mapped into src/rules' preflight inputs.
#include "azure/RulesFacts.h"

#include <QTest>

using namespace cw::azure;
using Json = nlohmann::json;

class TestRulesFacts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clusterFacts()
    {
        const Json doc = {{"id", "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/a"},
                          {"name", "a"},
                          {"location", "westeurope"},
                          {"properties",
                           {{"kubernetesVersion", "1.25"},
                            {"currentKubernetesVersion", "1.25.6"},
                            {"agentPoolProfiles", {{{"name", "sys"}, {"count", 3}, {"vmSize", "Standard_D3_v2"}, {"mode", "System"}}}},
                            {"apiServerAccessProfile", {{"enablePrivateCluster", true}}},
                            {"networkProfile", {{"loadBalancerSku", "standard"}, {"dnsServiceIP", "10.0.0.10"}}}}}};
        const auto cluster = ManagedCluster::fromJson(doc);
        QVERIFY(cluster.ok());
        const cw::rules::ClusterFacts f = toClusterFacts(*cluster.value);
        QCOMPARE(f.effectiveVersion(), QStringLiteral("1.25.6"));
        QCOMPARE(f.agentPools.size(), 1);
        QCOMPARE(f.agentPools[0].count, 3);
        QCOMPARE(f.agentPools[0].mode, QStringLiteral("System"));
        QVERIFY(f.enablePrivateCluster);
        QCOMPARE(f.loadBalancerSku, QStringLiteral("standard"));
        QCOMPARE(f.dnsServiceIp, QStringLiteral("10.0.0.10"));
    }

    void workspaceFacts()
    {
        const auto ws = Workspace::fromJson(Json{{"id", "/subscriptions/sub1/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/workspaces/w"},
                                                 {"location", "westeurope"}});
        QVERIFY(ws.ok());
        const auto c = ComputeResource::fromJson(Json{{"name", "prod"},
                                                      {"properties", {{"computeType", "AKS"}, {"resourceId", "/x"}, {"provisioningState", "Succeeded"}}}});
        QVERIFY(c.ok());
        const cw::rules::WorkspaceFacts f = toWorkspaceFacts(*ws.value, {*c.value});
        QCOMPARE(f.subscription, QStringLiteral("sub1"));
        QCOMPARE(f.location, QStringLiteral("westeurope"));
        QCOMPARE(f.computes.size(), 1);
        QCOMPARE(f.computes[0].name, QStringLiteral("prod"));
        QCOMPARE(f.computes[0].computeType, QStringLiteral("AKS"));
        QCOMPARE(f.computes[0].resourceId, QStringLiteral("/x"));
        QCOMPARE(f.computes[0].provisioningState, QStringLiteral("Succeeded"));
    }

    // identity.type, servicePrincipalProfile.clientId and disableLocalAccounts as AKS reports them.
    void clusterIdentityFromTheWire_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("localAccountsDisabled");
        using K = cw::rules::ClusterIdentityKind;
        QTest::newRow("system-assigned, msi") << QByteArray(R"({"name":"a","identity":{"type":"SystemAssigned","principalId":"p"},
            "properties":{"servicePrincipalProfile":{"clientId":"msi"},"disableLocalAccounts":false}})") << int(K::SystemAssigned) << false;
        QTest::newRow("user-assigned") << QByteArray(R"({"name":"a","identity":{"type":"UserAssigned","userAssignedIdentities":{}},
            "properties":{"servicePrincipalProfile":{"clientId":"msi"}}})") << int(K::UserAssigned) << false;
        QTest::newRow("service principal") << QByteArray(R"({"name":"a",
            "properties":{"servicePrincipalProfile":{"clientId":"5f0c6a1e-3b7d-4e2a-9c8f-1d2e3f4a5b6c"},"disableLocalAccounts":true}})")
                                           << int(K::ServicePrincipal) << true;
        QTest::newRow("identity None with a service principal") << QByteArray(R"({"name":"a","identity":{"type":"None"},
            "properties":{"servicePrincipalProfile":{"clientId":"5f0c6a1e-3b7d-4e2a-9c8f-1d2e3f4a5b6c"}}})") << int(K::ServicePrincipal) << false;
        QTest::newRow("nothing reported") << QByteArray(R"({"name":"a","properties":{}})") << int(K::Unknown) << false;
        QTest::newRow("msi without identity") << QByteArray(R"({"name":"a","properties":{"servicePrincipalProfile":{"clientId":"msi"}}})")
                                              << int(K::Unknown) << false;
    }
    void clusterIdentityFromTheWire()
    {
        QFETCH(QByteArray, document);
        QFETCH(int, kind);
        QFETCH(bool, localAccountsDisabled);
        const auto cluster = ManagedCluster::fromJson(Json::parse(document.toStdString()));
        QVERIFY(cluster.ok());
        QCOMPARE(int(toClusterIdentityKind(*cluster.value)), kind);
        QCOMPARE(cluster.value->disableLocalAccounts, localAccountsDisabled);
        QCOMPARE(toV2ClusterFacts(*cluster.value, std::nullopt, {}, {}).disableLocalAccounts, localAccountsDisabled);
    }

    void v2ClusterFacts()
    {
        const QString id = QStringLiteral("/subscriptions/sub1/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/a");
        const Json doc = {{"id", id.toStdString()},
                          {"identity", {{"type", "SystemAssigned"}}},
                          {"properties",
                           {{"agentPoolProfiles", {{{"name", "sys"}, {"count", 2}, {"vmSize", "Standard_D3_v2"}, {"osType", "Linux"}},
                                                   {{"name", "odd"}, {"count", 1}, {"vmSize", "Custom_X"}, {"osType", "Linux"}}}},
                            {"apiServerAccessProfile", {{"authorizedIPRanges", {"203.0.113.0/24"}}}}}}};
        const auto cluster = ManagedCluster::fromJson(doc);
        QVERIFY(cluster.ok());
        const auto ws = Workspace::fromJson(Json{{"id", "/subscriptions/sub2/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/workspaces/w"}});
        QVERIFY(ws.ok());
        // Computes on this cluster (the id in another case too) are attachments; others are not.
        const auto v1 = ComputeResource::fromJson(Json{{"id", "/ws/computes/prod"}, {"name", "prod"},
                                                       {"properties", {{"computeType", "AKS"}, {"resourceId", id.toLower().toStdString()}}}});
        const auto other = ComputeResource::fromJson(Json{{"name", "elsewhere"}, {"properties", {{"computeType", "AKS"}, {"resourceId", "/x"}}}});
        const auto noTarget = ComputeResource::fromJson(Json{{"name", "cpu"}, {"properties", {{"computeType", "AmlCompute"}}}});
        QVERIFY(v1.ok() && other.ok() && noTarget.ok());
        const cw::rules::VmSizeCatalogue sizes{{{QStringLiteral("Standard_D3_v2"), 4, 0, 14, QStringLiteral("standardDv2Family")}}};

        const cw::rules::V2ClusterFacts f = toV2ClusterFacts(*cluster.value, sizes, *ws.value, {*v1.value, *other.value, *noTarget.value});
        QCOMPARE(f.clusterId, id);
        QVERIFY(f.isAks);
        QCOMPARE(f.identity, cw::rules::ClusterIdentityKind::SystemAssigned);
        QCOMPARE(f.subscription, QStringLiteral("sub1"));
        QCOMPARE(f.workspaceSubscription, QStringLiteral("sub2"));
        QCOMPARE(f.authorizedIpRanges, QStringList{QStringLiteral("203.0.113.0/24")});
        QCOMPARE(f.nodePools.size(), 2);
        QCOMPARE(f.nodePools[0].vCpus, std::optional<int>(4));
        QCOMPARE(f.nodePools[0].memoryGb, std::optional<double>(14));
        QVERIFY(!f.nodePools[1].vCpus); // not in the catalogue: unknown, never guessed
        QCOMPARE(f.attachments.size(), 1);
        QCOMPARE(f.attachments[0].computeName, QStringLiteral("prod"));
        QCOMPARE(f.attachments[0].computeType, QStringLiteral("AKS"));
        QVERIFY(!f.legacyComponents); // the Kubernetes API's to say
        QVERIFY(f.extensions.isEmpty());

        // Without the region's sizes, the reason is kept for the finding.
        const cw::rules::V2ClusterFacts unknown = toV2ClusterFacts(*cluster.value, std::nullopt, *ws.value, {}, QStringLiteral("HTTP 503"));
        QCOMPARE(unknown.vmSizesError, QStringLiteral("HTTP 503"));
        QVERIFY(!unknown.nodePools[0].vCpus);
    }
};

QTEST_GUILESS_MAIN(TestRulesFacts)
#include "tst_rules_facts.moc"
