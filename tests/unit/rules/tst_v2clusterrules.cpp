// The limits of a cluster for Azure ML v2 (v2-contract.md section 2): identity, local accounts,
// authorized IP ranges, subscription, capacity per purpose, the legacy v1 components, existing
// attachments and an extension already on the cluster. Each row names the findings expected as
// "<severity> <code>" (sorted), so a missing, extra or mis-graded finding fails.
#include "rules/V2ClusterRules.h"

#include <QTest>

#include <functional>

using namespace cw::rules;

namespace {

using Change = std::function<void(V2ClusterFacts &)>;

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

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

const QString kSub = QStringLiteral("00000000-0000-0000-0000-000000000001");

// A cluster that meets every limit: managed identity, 3 x 4 vCPU / 16 GB, nothing left over.
V2ClusterFacts goodCluster()
{
    V2ClusterFacts c;
    c.clusterId = QStringLiteral("/subscriptions/%1/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks1").arg(kSub);
    c.clusterName = QStringLiteral("aks1");
    c.identity = ClusterIdentityKind::SystemAssigned;
    c.subscription = kSub;
    c.workspaceSubscription = kSub;
    c.nodePools.append({QStringLiteral("nodepool1"), 3, QStringLiteral("Standard_D4s_v3"), QStringLiteral("Linux"), 4, 16});
    c.legacyComponents = QList<LegacyComponentFact>{};
    return c;
}

V2NodePool pool(int count, int vcpus, double memory, const QString &os = QStringLiteral("Linux"))
{
    return {QStringLiteral("p"), count, QStringLiteral("Test_%1cpu").arg(vcpus), os, vcpus, memory};
}

ExtensionFact azureMlExtension(const QString &state)
{
    ExtensionFact e;
    e.name = QStringLiteral("azureml");
    e.extensionType = QStringLiteral("Microsoft.AzureML.Kubernetes");
    e.provisioningState = state;
    e.version = QStringLiteral("1.1.53");
    return e;
}

} // namespace

Q_DECLARE_METATYPE(Change)

class TestV2ClusterRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void limits_data();
    void limits();
    void legacyComponentsAreListed();
    void failedExtensionShowsItsStatuses();
    void authorizedRangesSayTheAppCannotKnow();
    void capacityMessageNamesTheTotals();
};

void TestV2ClusterRules::limits_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<bool>("devTest");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *name, Change change, QStringList expected, bool devTest = false) {
        QTest::newRow(name) << change << devTest << expected;
    };

    row("meets every limit", [](V2ClusterFacts &) {}, {});
    // Identity
    row("user-assigned identity", [](V2ClusterFacts &c) { c.identity = ClusterIdentityKind::UserAssigned; }, {});
    row("service principal", [](V2ClusterFacts &c) { c.identity = ClusterIdentityKind::ServicePrincipal; },
        {QStringLiteral("E v2.servicePrincipal")});
    row("identity not reported", [](V2ClusterFacts &c) { c.identity = ClusterIdentityKind::Unknown; },
        {QStringLiteral("W v2.identityUnknown")});
    row("local accounts disabled", [](V2ClusterFacts &c) { c.disableLocalAccounts = true; },
        {QStringLiteral("E v2.localAccountsDisabled")});
    row("authorized IP ranges", [](V2ClusterFacts &c) { c.authorizedIpRanges = {QStringLiteral("203.0.113.0/24")}; },
        {QStringLiteral("W v2.authorizedIpRanges")});
    // Subscription
    row("other subscription", [](V2ClusterFacts &c) { c.workspaceSubscription = QStringLiteral("00000000-0000-0000-0000-000000000002"); },
        {QStringLiteral("E v2.subscription")});
    row("subscription in another case", [](V2ClusterFacts &c) { c.workspaceSubscription = kSub.toUpper(); }, {});
    row("workspace subscription unknown", [](V2ClusterFacts &c) { c.workspaceSubscription.clear(); }, {});
    // Capacity
    row("1 x 2 vCPU 7 GB production", [](V2ClusterFacts &c) { c.nodePools = {pool(1, 2, 7)}; },
        {QStringLiteral("E v2.capacity.production")});
    row("1 x 2 vCPU 7 GB dev/test", [](V2ClusterFacts &c) { c.nodePools = {pool(1, 2, 7)}; },
        {QStringLiteral("W v2.capacity.small")}, true);
    row("exactly 4 vCPUs and 14 GB", [](V2ClusterFacts &c) { c.nodePools = {pool(2, 2, 7)}; }, {});
    row("4 vCPUs but 13.9 GB", [](V2ClusterFacts &c) { c.nodePools = {pool(1, 4, 13.9)}; },
        {QStringLiteral("E v2.capacity.production")});
    row("3 vCPUs and 64 GB", [](V2ClusterFacts &c) { c.nodePools = {pool(1, 3, 64)}; },
        {QStringLiteral("E v2.capacity.production")});
    row("two pools add up", [](V2ClusterFacts &c) { c.nodePools = {pool(1, 2, 8), pool(1, 2, 8)}; }, {});
    row("Windows pool does not count", [](V2ClusterFacts &c) { c.nodePools = {pool(1, 2, 8), pool(3, 8, 32, QStringLiteral("Windows"))}; },
        {QStringLiteral("E v2.capacity.production")});
    row("size not known", [](V2ClusterFacts &c) { c.nodePools = {{QStringLiteral("p"), 3, QStringLiteral("Custom_X"), QStringLiteral("Linux"), std::nullopt, std::nullopt}}; },
        {QStringLiteral("I v2.capacity.notChecked")});
    // Legacy components
    row("legacy not looked for", [](V2ClusterFacts &c) { c.legacyComponents.reset(); }, {QStringLiteral("W v2.legacy.notChecked")});
    row("legacy deployment present",
        [](V2ClusterFacts &c) { c.legacyComponents = QList<LegacyComponentFact>{{QStringLiteral("Deployment"), QStringLiteral("default"), QStringLiteral("azureml-fe")}}; },
        {QStringLiteral("E v2.legacyComponents")});
    // Attachments
    row("attached as v1", [](V2ClusterFacts &c) { c.attachments = {{QStringLiteral("/x/computes/aks1"), QStringLiteral("aks1"), QStringLiteral("AKS")}}; },
        {QStringLiteral("E v2.attached.v1")});
    row("attached as Kubernetes", [](V2ClusterFacts &c) { c.attachments = {{QStringLiteral("/x/computes/k8s"), QStringLiteral("k8s"), QStringLiteral("Kubernetes")}}; },
        {QStringLiteral("E v2.attached.kubernetes")});
    // Extension
    row("extension Succeeded", [](V2ClusterFacts &c) { c.extensions = {azureMlExtension(QStringLiteral("Succeeded"))}; },
        {QStringLiteral("I v2.extension.reuse")});
    row("extension Failed", [](V2ClusterFacts &c) { c.extensions = {azureMlExtension(QStringLiteral("Failed"))}; },
        {QStringLiteral("E v2.extension.failed")});
    row("extension Creating", [](V2ClusterFacts &c) { c.extensions = {azureMlExtension(QStringLiteral("Creating"))}; },
        {QStringLiteral("W v2.extension.busy")});
    row("other extension under our name", [](V2ClusterFacts &c) {
        c.extensions = {{QStringLiteral("azureml"), QStringLiteral("Microsoft.Flux"), QStringLiteral("Succeeded"), {}, {}}};
    }, {QStringLiteral("E v2.extension.conflict")});
    row("other extension under another name", [](V2ClusterFacts &c) {
        c.extensions = {{QStringLiteral("flux"), QStringLiteral("Microsoft.Flux"), QStringLiteral("Succeeded"), {}, {}}};
    }, {});
    // Several at once are all reported.
    row("service principal, no local accounts, v1 attached", [](V2ClusterFacts &c) {
        c.identity = ClusterIdentityKind::ServicePrincipal;
        c.disableLocalAccounts = true;
        c.attachments = {{QString(), QStringLiteral("aks1"), QStringLiteral("AKS")}};
    }, {QStringLiteral("E v2.servicePrincipal"), QStringLiteral("E v2.localAccountsDisabled"), QStringLiteral("E v2.attached.v1")});
}

void TestV2ClusterRules::limits()
{
    QFETCH(Change, change);
    QFETCH(bool, devTest);
    QFETCH(QStringList, expected);
    V2ClusterFacts facts = goodCluster();
    change(facts);
    const Findings findings = checkClusterForV2(facts, devTest ? ClusterPurpose::DevTest : ClusterPurpose::FastProd);
    QCOMPARE(summary(findings), sorted(expected));
    for (const Finding &f : findings)
        QVERIFY2(!f.field.isEmpty() && !f.message.isEmpty(), qPrintable(f.code));
}

void TestV2ClusterRules::legacyComponentsAreListed()
{
    V2ClusterFacts facts = goodCluster();
    facts.legacyComponents = QList<LegacyComponentFact>{
        {QStringLiteral("ClusterRole"), QString(), QStringLiteral("azureml-fe-role")},
        {QStringLiteral("Service"), QStringLiteral("default"), QStringLiteral("azureml-fe-int-http")},
    };
    Findings findings = checkClusterForV2(facts);
    QCOMPARE(findings.size(), 1);
    QString message = findings.first().message;
    QVERIFY2(message.contains(QLatin1String("ClusterRole azureml-fe-role")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Service default/azureml-fe-int-http")), qPrintable(message));
    QVERIFY(message.contains(QLatin1String("E45004")));
    QVERIFY(!message.contains(QLatin1String("azuremlfessl")));

    // With the TLS secret among them, the certificate must be recovered first.
    facts.legacyComponents->append({QStringLiteral("Secret"), QStringLiteral("default"), QStringLiteral("azuremlfessl")});
    findings = checkClusterForV2(facts);
    message = findings.first().message;
    QVERIFY2(message.contains(QLatin1String("recover")), qPrintable(message));
    QVERIFY(message.contains(QLatin1String("(3 of 8)")));
}

void TestV2ClusterRules::failedExtensionShowsItsStatuses()
{
    V2ClusterFacts facts = goodCluster();
    ExtensionFact e = azureMlExtension(QStringLiteral("Failed"));
    e.statuses = {{QStringLiteral("E40002"), QStringLiteral("Failed"), QStringLiteral("Error"),
                   QStringLiteral("inferenceRouterHA needs 3 nodes")}};
    facts.extensions = {e};
    const Findings findings = checkClusterForV2(facts);
    QCOMPARE(findings.size(), 1);
    QVERIFY2(findings.first().message.contains(QLatin1String("E40002 (Failed): inferenceRouterHA needs 3 nodes")),
             qPrintable(findings.first().message));
}

void TestV2ClusterRules::authorizedRangesSayTheAppCannotKnow()
{
    V2ClusterFacts facts = goodCluster();
    facts.authorizedIpRanges = {QStringLiteral("203.0.113.0/24"), QStringLiteral("198.51.100.7")};
    const Findings findings = checkClusterForV2(facts);
    QCOMPARE(findings.size(), 1);
    QVERIFY(findings.first().message.contains(QLatin1String("203.0.113.0/24, 198.51.100.7")));
    QVERIFY(findings.first().message.contains(QLatin1String("cannot know")));
}

void TestV2ClusterRules::capacityMessageNamesTheTotals()
{
    V2ClusterFacts facts = goodCluster();
    facts.nodePools = {pool(1, 2, 7.5)};
    const Findings findings = checkClusterForV2(facts);
    QCOMPARE(findings.size(), 1);
    QVERIFY2(findings.first().message.contains(QLatin1String("2 vCPUs and 7.5 GB")), qPrintable(findings.first().message));
    QVERIFY(findings.first().message.contains(QLatin1String("4 vCPUs and 14 GB")));
}

QTEST_GUILESS_MAIN(TestV2ClusterRules)
#include "tst_v2clusterrules.moc"
