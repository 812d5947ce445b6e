// ARM resource-id parsing and request-path building.
#include "azure/ResourceId.h"

#include <QTest>

using cw::azure::ResourceId;
namespace armpath = cw::azure::armpath;

class TestResourceId : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("sub");
        QTest::addColumn<QString>("rg");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("name");
        QTest::newRow("cluster") << QStringLiteral("/subscriptions/s1/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks1")
                                 << true << "s1" << "rg-aks" << "Microsoft.ContainerService/managedClusters" << "aks1";
        QTest::newRow("lower-case segments") << QStringLiteral("/SUBSCRIPTIONS/s1/resourcegroups/rg/PROVIDERS/Microsoft.Network/virtualNetworks/v/subnets/default")
                                             << true << "s1" << "rg" << "Microsoft.Network/virtualNetworks/subnets" << "default";
        QTest::newRow("subscription") << QStringLiteral("/subscriptions/s1") << true << "s1" << "" << "" << "s1";
        QTest::newRow("resource group") << QStringLiteral("/subscriptions/s1/resourceGroups/rg") << true << "s1" << "rg" << "" << "rg";
        QTest::newRow("encoded") << QStringLiteral("/subscriptions/s1/resourceGroups/my%20rg") << true << "s1" << "my rg" << "" << "my rg";
        QTest::newRow("empty") << QString() << false << "" << "" << "" << "";
        QTest::newRow("no subscription") << QStringLiteral("/resourceGroups/rg") << false << "" << "" << "" << "";
        QTest::newRow("dangling type") << QStringLiteral("/subscriptions/s/resourceGroups/rg/providers/P/things") << false << "" << "" << "" << "";
        QTest::newRow("dangling rg") << QStringLiteral("/subscriptions/s/resourceGroups") << false << "" << "" << "" << "";
        QTest::newRow("garbage after rg") << QStringLiteral("/subscriptions/s/resourceGroups/rg/nope/x") << false << "" << "" << "" << "";
    }

    void parse()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        const auto r = ResourceId::parse(id);
        QCOMPARE(r.has_value(), valid);
        if (!valid)
            return;
        QTEST(r->subscriptionId, "sub");
        QTEST(r->resourceGroup, "rg");
        QTEST(r->resourceType(), "type");
        QTEST(r->name(), "name");
        QCOMPARE(ResourceId::parse(r->toString())->toString(), r->toString());
    }

    void paths()
    {
        QCOMPARE(armpath::compute(QStringLiteral("s"), QStringLiteral("rg-ml"), QStringLiteral("ws-demo"), QStringLiteral("myaks")),
                 QStringLiteral("/subscriptions/s/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/workspaces/ws-demo/computes/myaks"));
        QCOMPARE(armpath::managedClusters(QStringLiteral("s")),
                 QStringLiteral("/subscriptions/s/providers/Microsoft.ContainerService/managedClusters"));
        QCOMPARE(armpath::managedCluster(QStringLiteral("s"), QStringLiteral("rg"), QStringLiteral("a")),
                 QStringLiteral("/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/a"));
        QCOMPARE(armpath::vmSizes(QStringLiteral("s"), QStringLiteral("westeurope")),
                 QStringLiteral("/subscriptions/s/providers/Microsoft.MachineLearningServices/locations/westeurope/vmSizes"));
        QCOMPARE(armpath::orchestrators(QStringLiteral("s"), QStringLiteral("westeurope")),
                 QStringLiteral("/subscriptions/s/providers/Microsoft.ContainerService/locations/westeurope/orchestrators"));
        QCOMPARE(armpath::workspacesInSubscription(QStringLiteral("s")),
                 QStringLiteral("/subscriptions/s/providers/Microsoft.MachineLearningServices/workspaces"));
        // A name with characters that would change the path is encoded.
        QCOMPARE(armpath::compute(QStringLiteral("s"), QStringLiteral("r"), QStringLiteral("w"), QStringLiteral("a/b?c")),
                 QStringLiteral("/subscriptions/s/resourceGroups/r/providers/Microsoft.MachineLearningServices/workspaces/w/computes/a%2Fb%3Fc"));
    }
};

QTEST_GUILESS_MAIN(TestResourceId)
#include "tst_resource_id.moc"
