// Move to v2 (issue 15, item 4): the extension settings that carry a v1 compute's choices over
// (TLS and CNAME or HTTP, load balancer, router HA from the purpose), and the findings that must
// hold before anything changes, each row naming the findings expected as "<severity> <code>"
// (sorted), so a missing, extra or mis-graded finding fails. The move resolves the legacy
// components and the v1 attachment itself: those never refuse it.
#include "rules/MigrationRules.h"

#include <QTest>

#include <functional>

using namespace cw::rules;

namespace {

struct Case {
    ComputeSpec v1;
    QString computeType = QStringLiteral("AKS");
    QString state = QStringLiteral("Succeeded");
    QString lbSku = QStringLiteral("standard");
    V2ClusterFacts cluster;
};
using Change = std::function<void(Case &)>;

QStringList summary(const Findings &findings)
{
    QStringList out;
    for (const Finding &f : findings) {
        const QString s = f.severity == Severity::Error ? QStringLiteral("E")
            : f.severity == Severity::Warning           ? QStringLiteral("W")
                                                        : QStringLiteral("I");
        out.append(s + QLatin1Char(' ') + f.code);
    }
    out.sort();
    return out;
}

const QString kSub = QStringLiteral("00000000-0000-0000-0000-000000000001");

// tls-prod as seeded: FastProd, public load balancer, its own certificate for www.contoso.com,
// on a 3-node cluster that still has its v1 components and its v1 attachment.
Case tlsProd()
{
    Case c;
    c.v1.purpose = ClusterPurpose::FastProd;
    c.v1.loadBalancer = LoadBalancerType::PublicIp;
    c.v1.tls.mode = TlsMode::Custom;
    c.v1.tls.cname = QStringLiteral("www.contoso.com");
    V2ClusterFacts &f = c.cluster;
    f.clusterId = QStringLiteral("/subscriptions/%1/resourceGroups/rg-ml/providers/Microsoft.ContainerService/managedClusters/tls-prod-aks").arg(kSub);
    f.clusterName = QStringLiteral("tls-prod-aks");
    f.identity = ClusterIdentityKind::SystemAssigned;
    f.subscription = kSub;
    f.workspaceSubscription = kSub;
    f.nodePools.append({QStringLiteral("nodepool1"), 3, QStringLiteral("Standard_D3_v2"), QStringLiteral("Linux"), 4, 14});
    f.legacyComponents = QList<LegacyComponentFact>{{QStringLiteral("Deployment"), QStringLiteral("default"), QStringLiteral("azureml-fe")},
                                                    {QStringLiteral("Secret"), QStringLiteral("default"), QStringLiteral("azuremlfessl")}};
    f.attachments.append({QStringLiteral("/x/computes/tls-prod"), QStringLiteral("tls-prod"), QStringLiteral("AKS")});
    return c;
}

} // namespace

Q_DECLARE_METATYPE(Change)

class TestMigrationRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void carriedOverSettings_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<QStringList>("settings");
        const QStringList common{QStringLiteral("enableInference=True"), QStringLiteral("enableTraining=False"),
                                 QStringLiteral("inferenceRouterServiceType=loadBalancer")};
        QTest::newRow("TLS, public, production")
            << Change([](Case &) {})
            << common + QStringList{QStringLiteral("inferenceRouterHA=True"), QStringLiteral("sslCname=www.contoso.com")};
        QTest::newRow("HTTP") << Change([](Case &c) { c.v1.tls = {}; })
                              << common + QStringList{QStringLiteral("allowInsecureConnections=True"), QStringLiteral("inferenceRouterHA=True")};
        QTest::newRow("internal load balancer")
            << Change([](Case &c) { c.v1.loadBalancer = LoadBalancerType::InternalLoadBalancer; })
            << common + QStringList{QStringLiteral("inferenceRouterHA=True"), QStringLiteral("internalLoadBalancerProvider=azure"),
                                    QStringLiteral("sslCname=www.contoso.com")};
        QTest::newRow("dev-test") << Change([](Case &c) { c.v1.purpose = ClusterPurpose::DevTest; })
                                  << common + QStringList{QStringLiteral("inferenceRouterHA=False"), QStringLiteral("sslCname=www.contoso.com")};
    }

    void carriedOverSettings()
    {
        QFETCH(Change, change);
        QFETCH(QStringList, settings);
        Case c = tlsProd();
        change(c);
        const ExtensionConfiguration config = migrationExtensionConfiguration(c.v1);
        QStringList got;
        for (auto it = config.settings.begin(); it != config.settings.end(); ++it)
            got << it.key() + QLatin1Char('=') + it.value();
        got.sort();
        settings.sort();
        QCOMPARE(got, settings);
        QVERIFY(config.protectedSettings.isEmpty()); // the caller adds the recovered pair
    }

    void findings_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("tls-prod: legacy components and its own attachment do not refuse") << Change([](Case &) {}) << QStringList{};
        QTest::newRow("HTTP: said insecure, as before") << Change([](Case &c) { c.v1.tls = {}; })
                                                        << QStringList{QStringLiteral("W v2.tls.insecure")};
        QTest::newRow("not an AKS compute") << Change([](Case &c) { c.computeType = QStringLiteral("Kubernetes"); })
                                            << QStringList{QStringLiteral("E migrate.notAks")};
        QTest::newRow("failed v1 compute") << Change([](Case &c) { c.state = QStringLiteral("Failed"); })
                                           << QStringList{QStringLiteral("E migrate.notSucceeded")};
        QTest::newRow("Microsoft leaf certificate")
            << Change([](Case &c) {
                   c.v1.tls.mode = TlsMode::LeafLabel;
                   c.v1.tls.leafLabel = QStringLiteral("myscore");
                   c.v1.tls.cname.clear();
               })
            << QStringList{QStringLiteral("E migrate.leafLabel"), QStringLiteral("W v2.tls.insecure")};
        QTest::newRow("custom certificate without CNAME")
            << Change([](Case &c) { c.v1.tls.cname.clear(); })
            << QStringList{QStringLiteral("E migrate.noCname"), QStringLiteral("E v2.tls.cnameMissing")};
        QTest::newRow("Basic load balancer: E40001") << Change([](Case &c) { c.lbSku = QStringLiteral("basic"); })
                                                     << QStringList{QStringLiteral("E migrate.basicLoadBalancer")};
        QTest::newRow("another compute on the cluster")
            << Change([](Case &c) { c.cluster.attachments.append({QStringLiteral("/x/computes/k8s"), QStringLiteral("k8s"), QStringLiteral("Kubernetes")}); })
            << QStringList{QStringLiteral("E v2.attached.kubernetes")};
        QTest::newRow("another v1 compute on the cluster")
            << Change([](Case &c) { c.cluster.attachments.append({QStringLiteral("/x/computes/other"), QStringLiteral("other"), QStringLiteral("AKS")}); })
            << QStringList{QStringLiteral("E v2.attached.v1")};
        QTest::newRow("service principal") << Change([](Case &c) { c.cluster.identity = ClusterIdentityKind::ServicePrincipal; })
                                           << QStringList{QStringLiteral("E v2.servicePrincipal")};
        QTest::newRow("production on 2 nodes: capacity and router HA")
            << Change([](Case &c) { c.cluster.nodePools.first().count = 2; })
            << QStringList{QStringLiteral("E v2.routerHa.fewNodes")};
        QTest::newRow("dev-test on 1 node: HA off") << Change([](Case &c) {
            c.v1.purpose = ClusterPurpose::DevTest;
            c.cluster.nodePools.first().count = 1;
        }) << QStringList{}; // 4 vCPUs and 14 GB: enough even for production
    }

    void findings()
    {
        QFETCH(Change, change);
        QFETCH(QStringList, expected);
        Case c = tlsProd();
        change(c);
        const ExtensionConfiguration config = migrationExtensionConfiguration(c.v1);
        const Findings got = checkMigration(c.v1, QStringLiteral("tls-prod"), c.computeType, c.state, c.cluster, c.lbSku, config);
        expected.sort();
        QCOMPARE(summary(got), expected);
        for (const Finding &f : got)
            QVERIFY2(!f.message.isEmpty(), qPrintable(f.code));
    }
};

QTEST_GUILESS_MAIN(TestMigrationRules)
#include "tst_migrationrules.moc"
