// validateSpec: the rules combined for create and attach paths.
#include "rules/SpecValidation.h"

#include <QTest>

using namespace cw::rules;

namespace {
// The region's list with the spec's default size (Standard_D3_v2, 4 vCPUs).
SpecContext withSizes()
{
    SpecContext ctx;
    ctx.vmSizes = VmSizeCatalogue{{{QStringLiteral("Standard_D3_v2"), 4, 0, 14, QStringLiteral("standardDv2Family")}}};
    return ctx;
}
} // namespace

class TestSpecValidation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createDefaultsAreValid();
    void attachSkipsCreateOnlyRules();
    void collectsFromEveryRule();
    void helpers();
};

void TestSpecValidation::createDefaultsAreValid()
{
    ComputeSpec s;
    s.name = QStringLiteral("myaks");
    s.workspace.location = QStringLiteral("westeurope");
    QVERIFY(validateSpec(s, withSizes()).isEmpty());
    // Without the region's sizes the size is reported as not checked, not assumed fine.
    QCOMPARE(codes(validateSpec(s)), QStringList{QStringLiteral("size.notChecked")});
}

void TestSpecValidation::attachSkipsCreateOnlyRules()
{
    ComputeSpec s;
    s.mode = ComputeMode::Attach;
    s.name = QStringLiteral("myaks");
    s.workspace.subscriptionId = QStringLiteral("00000000-0000-4000-8000-000000000001");
    s.nodeCount = 0; // ignored for attach
    s.networking.vnetName = QStringLiteral("ignored");
    s.aksResourceId = QStringLiteral("/subscriptions/00000000-0000-4000-8000-000000000001/resourcegroups/rg/"
                                     "providers/Microsoft.ContainerService/managedClusters/c");
    QCOMPARE(codes(validateSpec(s)), QStringList{});
    s.aksResourceId.clear();
    QCOMPARE(codes(validateSpec(s)), QStringList{QStringLiteral("resourceId.empty")});
}

void TestSpecValidation::collectsFromEveryRule()
{
    ComputeSpec s;
    s.name = QStringLiteral("ab");
    s.nodeCount = 2;
    s.networking.serviceCidr = QStringLiteral("10.0.0.0/16");
    s.loadBalancer = LoadBalancerType::InternalLoadBalancer;
    SpecContext ctx = withSizes();
    ctx.computes = {{QStringLiteral("AB"), QStringLiteral("AKS"), QString(), QString()}};
    const QStringList c = codes(validateSpec(s, ctx));
    QCOMPARE(c, (QStringList{QStringLiteral("name.tooShort"), QStringLiteral("name.taken"),
                             QStringLiteral("size.productionNodes"), QStringLiteral("size.productionVcpus"),
                             QStringLiteral("networking.incomplete"), QStringLiteral("lb.subnetMissing")}));
}

void TestSpecValidation::helpers()
{
    QCOMPARE(normalizeRegion(QStringLiteral(" West Europe ")), QStringLiteral("westeurope"));
    QCOMPARE(clusterPurposeFromWire(QStringLiteral("devtest")), ClusterPurpose::DevTest);
    QCOMPARE(clusterPurposeFromWire(QStringLiteral("FastProd")), ClusterPurpose::FastProd);
    QVERIFY(!clusterPurposeFromWire(QStringLiteral("DenseProd")));
    QCOMPARE(loadBalancerTypeFromWire(QStringLiteral("internalloadbalancer")), LoadBalancerType::InternalLoadBalancer);
    QCOMPARE(wireValue(LoadBalancerType::PublicIp), QStringLiteral("PublicIp"));
    ComputeSpec s;
    s.workspace.location = QStringLiteral("West Europe");
    QCOMPARE(s.effectiveRegion(), QStringLiteral("westeurope"));
    s.region = QStringLiteral("eastus");
    QCOMPARE(s.effectiveRegion(), QStringLiteral("eastus"));
}

QTEST_GUILESS_MAIN(TestSpecValidation)
#include "tst_specvalidation.moc"
