// Preflight over plain facts: every check of issue 5's list, for create and attach, with the
// status each situation must give.
#include "rules/Preflight.h"

#include <QTest>

using namespace cw::rules;

namespace {
const QString kSub = QStringLiteral("00000000-0000-4000-8000-000000000001");
const QString kClusterId = QStringLiteral("/subscriptions/00000000-0000-4000-8000-000000000001/resourceGroups/rg-aks/"
                                          "providers/Microsoft.ContainerService/managedClusters/aks-plain");

OrchestratorList versions()
{
    OrchestratorList l;
    l.versions = {{QStringLiteral("1.23.12"), false, false, {}},
                  {QStringLiteral("1.24.6"), true, false, {}},
                  {QStringLiteral("1.25.2"), false, false, {}},
                  {QStringLiteral("1.26.0"), false, true, {}}};
    return l;
}

// The region's VM sizes as the service would list them (the sizes these tests use).
VmSizeCatalogue regionSizes()
{
    return VmSizeCatalogue{{
        {QStringLiteral("Standard_D2_v2"), 2, 0, 7, QStringLiteral("standardDv2Family")},
        {QStringLiteral("Standard_D3_v2"), 4, 0, 14, QStringLiteral("standardDv2Family")},
        {QStringLiteral("Standard_NC6"), 6, 1, 56, QStringLiteral("standardNCFamily")},
    }};
}

PreflightInput createInput()
{
    PreflightInput in;
    in.spec.workspace = {.subscriptionId = kSub, .resourceGroup = QStringLiteral("rg-ml"),
                         .workspace = QStringLiteral("ws-demo"), .location = QStringLiteral("westeurope")};
    in.spec.name = QStringLiteral("myaks");
    in.workspace = {kSub, QStringLiteral("westeurope"),
                    {{QStringLiteral("existing"), QStringLiteral("AKS"), QString(), QStringLiteral("Succeeded")}}};
    in.orchestrators = versions();
    in.vmSizes = regionSizes();
    in.locations = QList<LocationFacts>{
        {QStringLiteral("westeurope"), QStringLiteral("West Europe"), QStringLiteral("(Europe) West Europe"), QStringLiteral("Physical")},
        {QStringLiteral("eastus"), QStringLiteral("East US"), QStringLiteral("(US) East US"), QStringLiteral("Physical")},
        {QStringLiteral("europe"), QStringLiteral("Europe"), QStringLiteral("Europe"), QStringLiteral("Logical")}};
    in.now = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    return in;
}

PreflightInput attachInput()
{
    PreflightInput in = createInput();
    in.spec.mode = ComputeMode::Attach;
    in.spec.aksResourceId = kClusterId;
    ClusterFacts c;
    c.id = kClusterId;
    c.name = QStringLiteral("aks-plain");
    c.location = QStringLiteral("westeurope");
    c.provisioningState = QStringLiteral("Succeeded");
    c.powerState = QStringLiteral("Running");
    c.kubernetesVersion = QStringLiteral("1.24.6");
    c.agentPools = {{QStringLiteral("nodepool1"), 3, QStringLiteral("Standard_D3_v2"), QStringLiteral("Linux"), QStringLiteral("System")}};
    c.loadBalancerSku = QStringLiteral("standard");
    in.cluster = c;
    return in;
}

CertificateFacts goodCertificate()
{
    CertificateFacts f;
    f.parsed = true;
    f.keyMatches = true;
    f.notBefore = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    f.notAfter = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    f.coversCname = true;
    return f;
}

using Mutator = std::function<void(PreflightInput &)>;
} // namespace

Q_DECLARE_METATYPE(Mutator)

class TestPreflight : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void checks_data();
    void checks();
    void cleanCreatePasses();
    void cleanAttachPasses();
    void everyCheckExplainsItself();
    void attachWithoutClusterFactsWarns();
    void unreadSizesAreNotCheckedAndSaySo();
};

void TestPreflight::checks_data()
{
    QTest::addColumn<bool>("attach");
    QTest::addColumn<Mutator>("mutate");
    QTest::addColumn<QString>("checkId");
    QTest::addColumn<int>("status");
    const int P = int(CheckStatus::Pass), W = int(CheckStatus::Warn), F = int(CheckStatus::Fail);

    // Create
    QTest::newRow("create: name taken") << false << Mutator([](PreflightInput &in) { in.spec.name = QStringLiteral("EXISTING"); }) << QStringLiteral("name") << F;
    QTest::newRow("create: name too short") << false << Mutator([](PreflightInput &in) { in.spec.name = QStringLiteral("ab"); }) << QStringLiteral("name") << F;
    QTest::newRow("create: 2 nodes") << false << Mutator([](PreflightInput &in) { in.spec.nodeCount = 2; }) << QStringLiteral("size") << F;
    QTest::newRow("create: 3 x D3_v2") << false << Mutator([](PreflightInput &) {}) << QStringLiteral("size") << P;
    QTest::newRow("create: unknown size") << false << Mutator([](PreflightInput &in) { in.spec.vmSize = QStringLiteral("Standard_X"); }) << QStringLiteral("size") << W;
    QTest::newRow("create: sizes not read") << false << Mutator([](PreflightInput &in) { in.vmSizes.reset(); }) << QStringLiteral("size") << W;
    QTest::newRow("create: sizes not read, 2 production nodes") << false << Mutator([](PreflightInput &in) {
        in.vmSizes.reset();
        in.spec.nodeCount = 2;
    }) << QStringLiteral("size") << F;
    QTest::newRow("create: gpu size") << false << Mutator([](PreflightInput &in) { in.spec.vmSize = QStringLiteral("Standard_NC6"); }) << QStringLiteral("size.accelerator") << W;
    QTest::newRow("create: dev-test") << false << Mutator([](PreflightInput &in) { in.spec.purpose = ClusterPurpose::DevTest; in.spec.nodeCount = 1; }) << QStringLiteral("purpose.devTest") << W;
    QTest::newRow("create: dev-test 1 node ok") << false << Mutator([](PreflightInput &in) { in.spec.purpose = ClusterPurpose::DevTest; in.spec.nodeCount = 1; }) << QStringLiteral("size") << P;
    QTest::newRow("create: creation disabled") << false << Mutator([](PreflightInput &in) { in.service.aksCreationDisabled = true; }) << QStringLiteral("create.available") << F;
    QTest::newRow("create: policy denies public ip") << false << Mutator([](PreflightInput &in) { in.service.policyDeniesPublicIp = true; }) << QStringLiteral("service.publicIpPolicy") << F;
    QTest::newRow("create: partial networking") << false << Mutator([](PreflightInput &in) { in.spec.networking.vnetName = QStringLiteral("net"); }) << QStringLiteral("networking") << F;
    QTest::newRow("create: tls with ilb") << false << Mutator([](PreflightInput &in) {
        in.spec.loadBalancer = LoadBalancerType::InternalLoadBalancer;
        in.spec.loadBalancerSubnet = QStringLiteral("default");
        in.spec.tls.mode = TlsMode::LeafLabel;
        in.spec.tls.leafLabel = QStringLiteral("contoso");
    }) << QStringLiteral("tls") << F;
    QTest::newRow("create: ilb without subnet") << false << Mutator([](PreflightInput &in) { in.spec.loadBalancer = LoadBalancerType::InternalLoadBalancer; }) << QStringLiteral("tls") << F;
    QTest::newRow("create: service cidr overlaps the subnet") << false << Mutator([](PreflightInput &in) {
        in.spec.networking = {QStringLiteral("net"), QStringLiteral("rg-net"), QStringLiteral("default"),
                              QStringLiteral("10.0.0.0/16"), QStringLiteral("10.0.0.10"), QStringLiteral("172.17.0.1/16")};
        in.subnetRange = parseCidr(QStringLiteral("10.0.8.0/21"));
    }) << QStringLiteral("networking") << F;
    QTest::newRow("create: networking clear of the subnet") << false << Mutator([](PreflightInput &in) {
        in.spec.networking = {QStringLiteral("net"), QStringLiteral("rg-net"), QStringLiteral("default"),
                              QStringLiteral("10.0.0.0/16"), QStringLiteral("10.0.0.10"), QStringLiteral("172.17.0.1/16")};
        in.subnetRange = parseCidr(QStringLiteral("10.240.0.0/16"));
    }) << QStringLiteral("networking") << P;
    // Issue 16 item 2: only the subscription's (physical) regions pass.
    QTest::newRow("create: region not in the subscription") << false << Mutator([](PreflightInput &in) { in.spec.region = QStringLiteral("e2s"); }) << QStringLiteral("create.region") << F;
    QTest::newRow("create: logical region") << false << Mutator([](PreflightInput &in) { in.spec.region = QStringLiteral("europe"); }) << QStringLiteral("create.region") << F;
    QTest::newRow("create: another listed region") << false << Mutator([](PreflightInput &in) { in.spec.region = QStringLiteral("East US"); }) << QStringLiteral("create.region") << P;
    QTest::newRow("create: regions not read") << false << Mutator([](PreflightInput &in) { in.locations.reset(); }) << QStringLiteral("create.region") << W;
    QTest::newRow("create: no region") << false << Mutator([](PreflightInput &in) { in.spec.workspace.location.clear(); }) << QStringLiteral("create.region") << F;

    // Attach
    QTest::newRow("attach: other subscription") << true << Mutator([](PreflightInput &in) {
        in.spec.aksResourceId.replace(QLatin1String("000000000001"), QLatin1String("000000000002"));
    }) << QStringLiteral("attach.subscription") << F;
    QTest::newRow("attach: bad id") << true << Mutator([](PreflightInput &in) { in.spec.aksResourceId = QStringLiteral("aks-plain"); }) << QStringLiteral("attach.resourceId") << F;
    QTest::newRow("attach: already attached") << true << Mutator([](PreflightInput &in) {
        in.workspace.computes.append({QStringLiteral("first"), QStringLiteral("AKS"), kClusterId.toLower(), QStringLiteral("Succeeded")});
    }) << QStringLiteral("attach.existing") << F;
    QTest::newRow("attach: unsupported version") << true << Mutator([](PreflightInput &in) { in.cluster->kubernetesVersion = QStringLiteral("1.21.2"); }) << QStringLiteral("attach.version") << F;
    QTest::newRow("attach: current version wins") << true << Mutator([](PreflightInput &in) {
        in.cluster->kubernetesVersion = QStringLiteral("1.24");
        in.cluster->currentKubernetesVersion = QStringLiteral("1.21.2");
    }) << QStringLiteral("attach.version") << F;
    QTest::newRow("attach: preview version") << true << Mutator([](PreflightInput &in) { in.cluster->kubernetesVersion = QStringLiteral("1.26.0"); }) << QStringLiteral("attach.version") << W;
    QTest::newRow("attach: no version list") << true << Mutator([](PreflightInput &in) { in.orchestrators = {}; }) << QStringLiteral("attach.version") << W;
    QTest::newRow("attach: 11 vcpus for prod") << true << Mutator([](PreflightInput &in) {
        in.vmSizes->sizes.append({QStringLiteral("Test_11"), 11, 0, 8, QString()});
        in.cluster->agentPools = {{QStringLiteral("p"), 3, QStringLiteral("Test_1"), QStringLiteral("Linux"), QString()},
                                  {QStringLiteral("q"), 8, QStringLiteral("Test_1"), QStringLiteral("Linux"), QString()}};
        in.vmSizes->sizes.append({QStringLiteral("Test_1"), 1, 0, 2, QString()});
    }) << QStringLiteral("attach.capacity") << F;
    QTest::newRow("attach: 12 vcpus over two pools") << true << Mutator([](PreflightInput &in) {
        in.cluster->agentPools = {{QStringLiteral("p"), 3, QStringLiteral("Test_1"), QStringLiteral("Linux"), QString()},
                                  {QStringLiteral("q"), 9, QStringLiteral("Test_1"), QString(), QString()}};
        in.vmSizes->sizes.append({QStringLiteral("Test_1"), 1, 0, 2, QString()});
    }) << QStringLiteral("attach.capacity") << P;
    QTest::newRow("attach: windows pool does not count") << true << Mutator([](PreflightInput &in) {
        in.cluster->agentPools = {{QStringLiteral("lin"), 2, QStringLiteral("Standard_D3_v2"), QStringLiteral("Linux"), QString()},
                                  {QStringLiteral("win"), 5, QStringLiteral("Standard_D3_v2"), QStringLiteral("Windows"), QString()}};
    }) << QStringLiteral("attach.capacity") << F;
    QTest::newRow("attach: dev-test on 2 vcpus") << true << Mutator([](PreflightInput &in) {
        in.spec.purpose = ClusterPurpose::DevTest;
        in.cluster->agentPools = {{QStringLiteral("p"), 1, QStringLiteral("Standard_D2_v2"), QStringLiteral("Linux"), QString()}};
    }) << QStringLiteral("attach.capacity") << P;
    QTest::newRow("attach: sizes not read") << true << Mutator([](PreflightInput &in) { in.vmSizes.reset(); }) << QStringLiteral("attach.capacity") << W;
    QTest::newRow("attach: unknown pool size") << true << Mutator([](PreflightInput &in) { in.cluster->agentPools[0].vmSize = QStringLiteral("Standard_Z9"); }) << QStringLiteral("attach.capacity") << W;
    QTest::newRow("attach: private cluster") << true << Mutator([](PreflightInput &in) { in.cluster->enablePrivateCluster = true; }) << QStringLiteral("attach.privateCluster") << W;
    QTest::newRow("attach: public api server") << true << Mutator([](PreflightInput &) {}) << QStringLiteral("attach.privateCluster") << P;
    QTest::newRow("attach: authorized ranges unverifiable") << true << Mutator([](PreflightInput &in) { in.cluster->authorizedIpRanges = {QStringLiteral("203.0.113.0/24")}; })
                                                            << QStringLiteral("attach.authorizedIpRanges") << W;
    QTest::newRow("attach: authorized ranges lack azure ml") << true << Mutator([](PreflightInput &in) {
        in.cluster->authorizedIpRanges = {QStringLiteral("203.0.113.0/24")};
        in.azureMachineLearningRanges = {QStringLiteral("20.38.80.0/24"), QStringLiteral("13.69.64.0/26")};
    }) << QStringLiteral("attach.authorizedIpRanges") << F;
    QTest::newRow("attach: authorized ranges include azure ml") << true << Mutator([](PreflightInput &in) {
        in.cluster->authorizedIpRanges = {QStringLiteral("203.0.113.0/24"), QStringLiteral("20.38.0.0/16"), QStringLiteral("13.69.64.5")};
        in.azureMachineLearningRanges = {QStringLiteral("20.38.80.0/24"), QStringLiteral("13.69.64.5/32")};
    }) << QStringLiteral("attach.authorizedIpRanges") << P;
    QTest::newRow("attach: authorized ranges partly") << true << Mutator([](PreflightInput &in) {
        in.cluster->authorizedIpRanges = {QStringLiteral("20.38.80.0/25")};
        in.azureMachineLearningRanges = {QStringLiteral("20.38.80.0/24")};
    }) << QStringLiteral("attach.authorizedIpRanges") << F;
    QTest::newRow("attach: no authorized ranges") << true << Mutator([](PreflightInput &) {}) << QStringLiteral("attach.authorizedIpRanges") << P;
    QTest::newRow("attach: standard lb can be attached") << true << Mutator([](PreflightInput &) {}) << QStringLiteral("attach.loadBalancerSku") << P;
    QTest::newRow("attach: basic lb with ranges") << true << Mutator([](PreflightInput &in) {
        in.cluster->loadBalancerSku = QStringLiteral("basic");
        in.cluster->authorizedIpRanges = {QStringLiteral("203.0.113.0/24")};
    }) << QStringLiteral("attach.loadBalancerSku") << W;
    QTest::newRow("attach: stopped") << true << Mutator([](PreflightInput &in) { in.cluster->powerState = QStringLiteral("Stopped"); }) << QStringLiteral("attach.clusterState") << F;
    QTest::newRow("attach: failed cluster") << true << Mutator([](PreflightInput &in) { in.cluster->provisioningState = QStringLiteral("Failed"); }) << QStringLiteral("attach.clusterState") << F;
    QTest::newRow("attach: updating cluster") << true << Mutator([](PreflightInput &in) { in.cluster->provisioningState = QStringLiteral("Updating"); }) << QStringLiteral("attach.clusterState") << W;
    QTest::newRow("attach: other region ok") << true << Mutator([](PreflightInput &in) { in.cluster->location = QStringLiteral("eastus"); }) << QStringLiteral("attach.region") << P;
    QTest::newRow("attach: policy with public lb") << true << Mutator([](PreflightInput &in) { in.service.policyDeniesPublicIp = true; }) << QStringLiteral("service.publicIpPolicy") << W;
    QTest::newRow("attach: dev-test warning") << true << Mutator([](PreflightInput &in) { in.spec.purpose = ClusterPurpose::DevTest; }) << QStringLiteral("purpose.devTest") << W;

    // Certificates (custom TLS)
    auto customTls = [](PreflightInput &in) {
        in.spec.tls.mode = TlsMode::Custom;
        in.spec.tls.certPem = QStringLiteral("-----BEGIN CERTIFICATE-----\nx\n-----END CERTIFICATE-----\n");
        in.spec.tls.keyPem = QStringLiteral("-----BEGIN PRIVATE KEY-----\nx\n-----END PRIVATE KEY-----\n");
        in.spec.tls.cname = QStringLiteral("www.contoso.com");
        in.certificate = goodCertificate();
    };
    QTest::newRow("cert: good") << true << Mutator(customTls) << QStringLiteral("certificate.validity") << P;
    QTest::newRow("cert: not analysed") << true << Mutator([customTls](PreflightInput &in) { customTls(in); in.certificate.reset(); }) << QStringLiteral("certificate") << W;
    QTest::newRow("cert: unparsable") << true << Mutator([customTls](PreflightInput &in) { customTls(in); in.certificate->parsed = false; in.certificate->error = QStringLiteral("DER input"); }) << QStringLiteral("certificate.parse") << F;
    QTest::newRow("cert: key mismatch") << true << Mutator([customTls](PreflightInput &in) { customTls(in); in.certificate->keyMatches = false; }) << QStringLiteral("certificate.keyMatch") << F;
    QTest::newRow("cert: expired") << true << Mutator([customTls](PreflightInput &in) { customTls(in); in.certificate->notAfter = in.now.addSecs(-1); }) << QStringLiteral("certificate.validity") << F;
    QTest::newRow("cert: not yet valid") << true << Mutator([customTls](PreflightInput &in) { customTls(in); in.certificate->notBefore = in.now.addSecs(1); }) << QStringLiteral("certificate.validity") << F;
    QTest::newRow("cert: expires in 29 days") << true << Mutator([customTls](PreflightInput &in) { customTls(in); in.certificate->notAfter = in.now.addDays(29); }) << QStringLiteral("certificate.validity") << W;
    QTest::newRow("cert: expires in 30 days") << true << Mutator([customTls](PreflightInput &in) { customTls(in); in.certificate->notAfter = in.now.addDays(30); }) << QStringLiteral("certificate.validity") << P;
    QTest::newRow("cert: weak key (the report's own Fail)") << true << Mutator([customTls](PreflightInput &in) { customTls(in); in.certificate->otherFailures = {{QStringLiteral("key-strength"), QStringLiteral("The RSA key has 1024 bits")}}; }) << QStringLiteral("certificate.key-strength") << F;
    QTest::newRow("cert: cname not covered") << true << Mutator([customTls](PreflightInput &in) { customTls(in); in.certificate->coversCname = false; }) << QStringLiteral("certificate.cname") << F;
    QTest::newRow("cert: self-signed") << true << Mutator([customTls](PreflightInput &in) { customTls(in); in.certificate->selfSigned = true; }) << QStringLiteral("certificate.selfSigned") << W;
}

void TestPreflight::checks()
{
    QFETCH(bool, attach);
    QFETCH(Mutator, mutate);
    QFETCH(QString, checkId);
    QFETCH(int, status);
    PreflightInput in = attach ? attachInput() : createInput();
    mutate(in);
    const PreflightReport report = runPreflight(in);
    const PreflightCheck *check = report.find(checkId);
    QVERIFY2(check, qPrintable(QStringLiteral("no check ") + checkId));
    QVERIFY2(int(check->status) == status, qPrintable(check->reason + QStringLiteral(" | ") + check->fix));
    if (status == int(CheckStatus::Fail))
        QVERIFY(!report.canProceed());
    if (status != int(CheckStatus::Pass))
        QVERIFY2(!check->fix.isEmpty(), qPrintable(checkId));
}

void TestPreflight::cleanCreatePasses()
{
    const PreflightReport r = runPreflight(createInput());
    QVERIFY(r.canProceed());
    QCOMPARE(r.count(CheckStatus::Warn), 0);
    QVERIFY(r.find(QStringLiteral("create.version"))->reason.contains(QLatin1String("1.24.6")));
    QVERIFY(!r.find(QStringLiteral("attach.version")));
}

void TestPreflight::cleanAttachPasses()
{
    const PreflightReport r = runPreflight(attachInput());
    QVERIFY(r.canProceed());
    QCOMPARE(r.count(CheckStatus::Warn), 0);
    QCOMPARE(r.count(CheckStatus::Fail), 0);
    QVERIFY(!r.find(QStringLiteral("create.available")));
    QVERIFY(r.find(QStringLiteral("attach.capacity"))->reason.contains(QLatin1String("12")));
}

void TestPreflight::everyCheckExplainsItself()
{
    PreflightInput in = attachInput();
    in.cluster->enablePrivateCluster = true;
    in.cluster->authorizedIpRanges = {QStringLiteral("1.2.3.4")};
    const PreflightReport r = runPreflight(in);
    QStringList ids;
    for (const PreflightCheck &c : r.checks) {
        QVERIFY2(!c.title.isEmpty() && !c.reason.isEmpty(), qPrintable(c.id));
        QVERIFY2(!ids.contains(c.id), qPrintable(QStringLiteral("duplicate ") + c.id));
        ids.append(c.id);
    }
}

void TestPreflight::attachWithoutClusterFactsWarns()
{
    PreflightInput in = attachInput();
    in.cluster.reset();
    const PreflightReport r = runPreflight(in);
    QCOMPARE(r.find(QStringLiteral("attach.cluster"))->status, CheckStatus::Warn);
    QVERIFY(!r.find(QStringLiteral("attach.version")));
    QVERIFY(r.canProceed());
}

// Without the region's VM sizes (the service failed) the size checks warn that they could not
// check, with the service's reason: no vCPU total from a guessed table.
void TestPreflight::unreadSizesAreNotCheckedAndSaySo()
{
    PreflightInput in = createInput();
    in.vmSizes.reset();
    in.vmSizesError = QStringLiteral("The service is unavailable (503)");
    PreflightReport r = runPreflight(in);
    const PreflightCheck *size = r.find(QStringLiteral("size"));
    QCOMPARE(size->status, CheckStatus::Warn);
    QVERIFY2(size->reason.contains(QLatin1String("not checked")) && size->reason.contains(in.vmSizesError)
                 && size->reason.contains(in.spec.vmSize),
             qPrintable(size->reason));
    QVERIFY2(!size->reason.contains(QLatin1String("vCPUs.")), qPrintable(size->reason)); // no "= 12 vCPUs."
    QVERIFY(size->fix.contains(QLatin1String("run the checks again")));
    QVERIFY(r.canProceed()); // a warning: the service still decides
    // The quota check needs the cluster's vCPUs: not shown rather than passed on a guess.
    in.regionalCores = CoreQuota{0, 100};
    QVERIFY(!runPreflight(in).find(QStringLiteral("create.quota")));

    PreflightInput a = attachInput();
    a.vmSizes.reset();
    a.vmSizesError = QStringLiteral("The service is unavailable (503)");
    r = runPreflight(a);
    const PreflightCheck *capacity = r.find(QStringLiteral("attach.capacity"));
    QCOMPARE(capacity->status, CheckStatus::Warn);
    QVERIFY2(capacity->reason.contains(a.vmSizesError) && capacity->reason.contains(QLatin1String("Standard_D3_v2"))
                 && capacity->reason.contains(QLatin1String("not checked")),
             qPrintable(capacity->reason));
}

QTEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"
