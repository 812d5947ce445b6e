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
};

QTEST_GUILESS_MAIN(TestRulesFacts)
#include "tst_rules_facts.moc"
