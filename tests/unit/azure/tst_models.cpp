// Subscriptions, workspaces, managed clusters, VM sizes, orchestrator versions, compute keys
// and cluster credentials read from contract-shaped JSON, including broken input.
#include "azure/ComputeKeys.h"
#include "azure/ManagedCluster.h"
#include "azure/ModelList.h"
#include "azure/OrchestratorVersion.h"
#include "azure/Subscription.h"
#include "azure/VmSize.h"
#include "azure/Workspace.h"

#include <QTest>

using namespace cw::azure;
using Json = nlohmann::json;

class TestModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void subscriptionList()
    {
        const Json page = Json::parse(R"({"value":[
            {"id":"/subscriptions/00000000-0000-4000-8000-000000000001","subscriptionId":"00000000-0000-4000-8000-000000000001",
             "displayName":"Primary","state":"Enabled","tenantId":"t"},
            {"subscriptionId":"00000000-0000-4000-8000-000000000002","state":"Disabled"},
            {"displayName":"no id"},
            42]})");
        QStringList warnings;
        const QList<Subscription> subs = parseModelList<Subscription>(page["value"], &warnings);
        QCOMPARE(subs.size(), 2);
        QCOMPARE(subs[0].displayName, QStringLiteral("Primary"));
        QVERIFY(subs[0].isEnabled());
        QVERIFY(!subs[1].isEnabled());
        QCOMPARE(subs[1].displayName, subs[1].subscriptionId);  // falls back to the id
        QCOMPARE(warnings.size(), 2);
        QVERIFY(warnings[0].startsWith(QLatin1String("value[2]")));
        QVERIFY(warnings[1].startsWith(QLatin1String("value[3]")));
    }

    void workspace()
    {
        const auto r = Workspace::fromJson(Json::parse(R"({
            "id":"/subscriptions/sub1/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/workspaces/ws-demo",
            "name":"ws-demo","location":"westeurope",
            "properties":{"friendlyName":"Demo","provisioningState":"Succeeded","workspaceId":"abc"}})"));
        QVERIFY(r.ok());
        QCOMPARE(r.value->subscriptionId, QStringLiteral("sub1"));
        QCOMPARE(r.value->resourceGroup, QStringLiteral("rg-ml"));
        QCOMPARE(r.value->friendlyName, QStringLiteral("Demo"));
        QVERIFY(!Workspace::fromJson(Json::parse(R"({"location":"x"})")).ok());
        QVERIFY(!Workspace::fromJson(Json("x")).ok());
    }

    void managedCluster()
    {
        const auto r = ManagedCluster::fromJson(Json::parse(R"({
            "id":"/subscriptions/s/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks1",
            "name":"aks1","location":"westeurope",
            "properties":{"provisioningState":"Succeeded","powerState":{"code":"Running"},
              "kubernetesVersion":"1.25","currentKubernetesVersion":"1.25.6","fqdn":"aks1.hcp","privateFQDN":"p.hcp",
              "nodeResourceGroup":"MC_rg","agentPoolProfiles":[{"name":"sys","count":3,"vmSize":"Standard_D3_v2","osType":"Linux","mode":"System"},
                                                              {"name":"user","count":2,"vmSize":"Standard_D4s_v3","osType":"Linux","mode":"User"},
                                                              "junk"],
              "apiServerAccessProfile":{"enablePrivateCluster":true,"authorizedIPRanges":["1.2.3.4/32",5]},
              "networkProfile":{"loadBalancerSku":"standard","networkPlugin":"azure","serviceCidr":"10.0.0.0/16",
                                "dnsServiceIP":"10.0.0.10","dockerBridgeCidr":"172.17.0.1/16"}}})"));
        QVERIFY(r.ok());
        const ManagedCluster &m = *r.value;
        QCOMPARE(m.resourceGroup, QStringLiteral("rg-aks"));
        QCOMPARE(m.powerState, QStringLiteral("Running"));
        QCOMPARE(m.effectiveKubernetesVersion(), QStringLiteral("1.25.6"));
        QCOMPARE(m.agentPoolProfiles.size(), 2);
        QCOMPARE(m.totalNodeCount(), 5);
        QVERIFY(m.enablePrivateCluster);
        QCOMPARE(m.authorizedIpRanges, QStringList{QStringLiteral("1.2.3.4/32")});
        QCOMPARE(m.loadBalancerSku, QStringLiteral("standard"));
        QCOMPARE(m.dnsServiceIp, QStringLiteral("10.0.0.10"));
        QCOMPARE(m.privateFqdn, QStringLiteral("p.hcp"));
        QCOMPARE(r.warnings.size(), 1);  // the "junk" pool
    }

    void vmSizes_data()
    {
        QTest::addColumn<QByteArray>("doc");
        QTest::addColumn<int>("count");
        QTest::newRow("2022-10-01 value") << QByteArray(R"({"value":[{"name":"Standard_D3_v2","family":"standardDv2Family","vCPUs":4,"gpus":0,"memoryGB":14.0,"osVhdSizeMB":1047552,"maxResourceVolumeMB":204800,"lowPriorityCapable":true,"premiumIO":false,"supportedComputeTypes":["AmlCompute"]}]})") << 1;
        QTest::newRow("2021-04-01 amlCompute") << QByteArray(R"({"amlCompute":[{"name":"Standard_D3_v2","vCPUs":4},{"name":"Standard_NC6","vCPUs":6,"gpus":1}]})") << 2;
        QTest::newRow("no list") << QByteArray(R"({"other":[]})") << -1;
        QTest::newRow("not an object") << QByteArray("[]") << -1;
    }

    void vmSizes()
    {
        QFETCH(QByteArray, doc);
        QFETCH(int, count);
        const auto r = parseVmSizeList(Json::parse(doc.toStdString()));
        if (count < 0) {
            QVERIFY(!r.ok());
            return;
        }
        QVERIFY(r.ok());
        QCOMPARE(r.value->size(), count);
        QCOMPARE(r.value->at(0).name, QStringLiteral("Standard_D3_v2"));
        QCOMPARE(r.value->at(0).vCpus, 4);
    }

    void vmSizeFields()
    {
        const auto r = VmSize::fromJson(Json::parse(R"({"name":"Standard_NC6","family":"NC","vCPUs":6,"gpus":1,"memoryGB":56.5,"osVhdSizeMB":1047552,"maxResourceVolumeMB":389120,"lowPriorityCapable":true,"premiumIO":true,"supportedComputeTypes":["AmlCompute","ComputeInstance"]})"));
        QVERIFY(r.ok());
        QCOMPARE(r.value->gpus, 1);
        QCOMPARE(r.value->memoryGb, 56.5);
        QCOMPARE(r.value->maxResourceVolumeMb, qint64(389120));
        QVERIFY(r.value->premiumIo);
        QCOMPARE(r.value->supportedComputeTypes.size(), 2);
    }

    void orchestrators()
    {
        const auto r = parseOrchestratorVersionList(Json::parse(R"({"id":"x","name":"default","type":"Microsoft.ContainerService/locations/orchestrators",
            "properties":{"orchestrators":[
              {"orchestratorType":"Kubernetes","orchestratorVersion":"1.24.9","upgrades":[{"orchestratorType":"Kubernetes","orchestratorVersion":"1.25.5"}]},
              {"orchestratorType":"Kubernetes","orchestratorVersion":"1.25.5","default":true,"upgrades":[{"orchestratorVersion":"1.26.0","isPreview":true}]},
              {"orchestratorType":"Kubernetes","orchestratorVersion":"1.26.0","isPreview":true},
              {"orchestratorType":"DCOS","orchestratorVersion":"1.9"}]}})"));
        QVERIFY(r.ok());
        QCOMPARE(r.value->size(), 3);
        QCOMPARE(r.value->at(1).isDefault, true);
        QCOMPARE(r.value->at(1).upgrades.size(), 1);
        QVERIFY(r.value->at(1).upgrades[0].isPreview);
        QVERIFY(r.value->at(2).isPreview);
        QCOMPARE(defaultKubernetesVersion(*r.value), QStringLiteral("1.25.5"));
        QList<OrchestratorVersion> noDefault = *r.value;
        noDefault[1].isDefault = false;
        QCOMPARE(defaultKubernetesVersion(noDefault), QStringLiteral("1.25.5"));  // highest non-preview
        QVERIFY(!parseOrchestratorVersionList(Json::parse(R"({"properties":{}})")).ok());
    }

    // The highest release when none is flagged default, read as QVersionNumber: a hand-split
    // compare read "1.27.3-hotfix" as 1.27.0 and chose 1.27.2.
    void defaultIsTheHighestRelease_data()
    {
        QTest::addColumn<QStringList>("versions");
        QTest::addColumn<QString>("expected");
        QTest::newRow("numeric not lexical") << QStringList{QStringLiteral("1.9.10"), QStringLiteral("1.10.2")} << QStringLiteral("1.10.2");
        QTest::newRow("suffix ignored") << QStringList{QStringLiteral("1.27.2"), QStringLiteral("1.27.3-hotfix")} << QStringLiteral("1.27.3-hotfix");
        QTest::newRow("suffix first") << QStringList{QStringLiteral("1.27.3-hotfix"), QStringLiteral("1.27.2")} << QStringLiteral("1.27.3-hotfix");
        QTest::newRow("greater minor") << QStringList{QStringLiteral("1.25.99"), QStringLiteral("1.26.0")} << QStringLiteral("1.26.0");
    }

    void defaultIsTheHighestRelease()
    {
        QFETCH(QStringList, versions);
        QFETCH(QString, expected);
        QList<OrchestratorVersion> list;
        for (const QString &v : versions) {
            OrchestratorVersion o;
            o.orchestratorVersion = v;
            list.append(o);
        }
        QCOMPARE(defaultKubernetesVersion(list), expected);
    }

    void computeKeys()
    {
        const auto r = ComputeKeys::fromJson(Json::parse(R"({"computeType":"AKS","userKubeConfig":"apiVersion: v1\n","adminKubeConfig":"kind: Config\n","imagePullSecretName":"pull"})"));
        QVERIFY(r.ok());
        QCOMPARE(r.value->userKubeConfig, QByteArray("apiVersion: v1\n"));
        QCOMPARE(r.value->adminKubeConfig, QByteArray("kind: Config\n"));
        QVERIFY(!ComputeKeys::fromJson(Json::parse(R"({"computeType":"AKS"})")).ok());
    }

    void clusterCredentials()
    {
        const QByteArray yaml = "apiVersion: v1\nkind: Config\n";
        const Json doc = {{"kubeconfigs",
                           {{{"name", "clusterUser"}, {"value", yaml.toBase64().toStdString()}},
                            {{"name", "broken"}, {"value", "***not base64***"}}}}};
        const auto r = parseClusterCredentials(doc);
        QVERIFY(r.ok());
        QCOMPARE(r.value->size(), 1);
        QCOMPARE(r.value->at(0).name, QStringLiteral("clusterUser"));
        QCOMPARE(r.value->at(0).kubeconfig, yaml);
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY(!parseClusterCredentials(Json::parse(R"({"kubeconfigs":[]})")).ok());
        QVERIFY(!parseClusterCredentials(Json::parse(R"({"value":1})")).ok());
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
