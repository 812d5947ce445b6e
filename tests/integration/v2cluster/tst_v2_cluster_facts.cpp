// The sandbox's seed clusters for the Azure ML v2 limits (v2-contract.md section 2), read the way
// the app reads them: the ManagedCluster document (identity, servicePrincipalProfile,
// disableLocalAccounts, authorized ranges, node pools) through azure::ManagedCluster, the region's
// VM sizes through parseVmSizeList, the workspace's computes, and the legacy v1 components through
// the Kubernetes API (LegacyComponentsJob); mapped by azure::toV2ClusterFacts and checked by
// rules::checkClusterForV2. Each seed must give exactly its finding.
#include "SandboxTestUtil.h"
#include "azure/ComputeResource.h"
#include "azure/ManagedCluster.h"
#include "azure/RulesFacts.h"
#include "azure/VmSize.h"
#include "azure/Workspace.h"
#include "kube/KubeClient.h"
#include "rules/V2ClusterRules.h"
#include "sandbox/SeedData.h"

#include <QJsonArray>
#include <QSignalSpy>

using namespace cw;
using namespace cw::test;
using Json = nlohmann::json;

class TestV2ClusterFacts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void seeds_data();
    void seeds();

private:
    Json get(const QString &path)
    {
        const HttpResult r = m_sbx.arm("GET", path);
        return r.status == 200 ? Json::parse(r.body.toStdString(), nullptr, false) : Json();
    }
    // The legacy components as the Kubernetes API lists them (admin credential of the cluster).
    std::optional<QList<rules::LegacyComponentFact>> legacy(const QString &clusterId)
    {
        const HttpResult r = m_sbx.arm("POST", clusterId + QStringLiteral("/listClusterAdminCredential?api-version=2022-11-01"));
        const QByteArray kubeconfig = QByteArray::fromBase64(r.json().object().value(QStringLiteral("kubeconfigs")).toArray()
                                                                 .first().toObject().value(QStringLiteral("value")).toString().toLatin1());
        const auto parsed = kube::Kubeconfig::parse(kubeconfig);
        if (!parsed.ok())
            return std::nullopt;
        const auto target = parsed.value->resolve();
        if (!target)
            return std::nullopt;
        kube::KubeClient client(*target);
        kube::LegacyComponentsJob *job = client.findLegacyComponents();
        QSignalSpy finished(job, &kube::LegacyComponentsJob::finished);
        if (!finished.wait(60000))
            return std::nullopt;
        const auto report = finished.first().first().value<kube::LegacyComponentsReport>();
        if (!report.ok())
            return std::nullopt;
        QList<rules::LegacyComponentFact> out;
        for (const kube::LegacyComponentResult &c : report.present())
            out.append({c.kind, c.ns, c.name});
        return out;
    }

    SandboxProcess m_sbx;
    std::optional<rules::VmSizeCatalogue> m_sizes;
    std::optional<azure::Workspace> m_workspace;
    QList<azure::ComputeResource> m_computes;
};

void TestV2ClusterFacts::initTestCase()
{
    QVERIFY(m_sbx.start({QStringLiteral("--fresh")}));
    const auto sizes = azure::parseVmSizeList(
        get(subPath(m_sbx) + QStringLiteral("/providers/Microsoft.MachineLearningServices/locations/westeurope/vmSizes?api-version=2022-10-01")));
    QVERIFY2(sizes.ok(), qPrintable(sizes.error));
    m_sizes = azure::toVmSizeCatalogue(*sizes.value);
    const auto ws = azure::Workspace::fromJson(get(wsPath(m_sbx) + QStringLiteral("?api-version=2022-10-01")));
    QVERIFY2(ws.ok(), qPrintable(ws.error));
    m_workspace = *ws.value;
    const Json computes = get(wsPath(m_sbx) + QStringLiteral("/computes?api-version=2022-10-01"));
    for (const Json &c : computes.value("value", Json::array())) {
        const auto parsed = azure::ComputeResource::fromJson(c);
        QVERIFY(parsed.ok());
        m_computes.append(*parsed.value);
    }
    QVERIFY(!m_computes.isEmpty());
}

void TestV2ClusterFacts::seeds_data()
{
    QTest::addColumn<QString>("subscription"); // empty: the sandbox's first
    QTest::addColumn<QString>("rg");
    QTest::addColumn<QString>("cluster");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("meets every limit") << QString() << QStringLiteral("rg-aks") << QStringLiteral("aks-plain") << QStringList{};
    QTest::newRow("service principal") << QString() << QStringLiteral("rg-aks") << QStringLiteral("aks-service-principal")
                                       << QStringList{QStringLiteral("v2.servicePrincipal")};
    QTest::newRow("local accounts disabled") << QString() << QStringLiteral("rg-aks") << QStringLiteral("aks-no-local-accounts")
                                             << QStringList{QStringLiteral("v2.localAccountsDisabled")};
    QTest::newRow("authorized IP ranges") << QString() << QStringLiteral("rg-aks") << QStringLiteral("aks-authorized-ips")
                                          << QStringList{QStringLiteral("v2.authorizedIpRanges")};
    QTest::newRow("too small for production") << QString() << QStringLiteral("rg-aks") << QStringLiteral("aks-tiny")
                                              << QStringList{QStringLiteral("v2.capacity.production")};
    QTest::newRow("v1 leftovers, no compute") << QString() << QStringLiteral("rg-aks") << QStringLiteral("aks-v1-leftovers")
                                              << QStringList{QStringLiteral("v2.legacyComponents")};
    QTest::newRow("attached as v1") << QString() << QStringLiteral("rg-aks") << QStringLiteral("aks-attached")
                                    << QStringList{QStringLiteral("v2.legacyComponents"), QStringLiteral("v2.attached.v1")};
    QTest::newRow("other subscription") << QStringLiteral("second") << QStringLiteral("rg-other") << QStringLiteral("aks-other-sub")
                                        << QStringList{QStringLiteral("v2.subscription")};
}

void TestV2ClusterFacts::seeds()
{
    QFETCH(QString, subscription);
    QFETCH(QString, rg);
    QFETCH(QString, cluster);
    QFETCH(QStringList, expected);
    const QString sub = subscription.isEmpty() ? QString() : QString::fromLatin1(sandbox::kSecondSubscriptionId);
    const QString id = clusterIdOf(m_sbx, rg, cluster, sub);
    const auto parsed = azure::ManagedCluster::fromJson(get(id + QStringLiteral("?api-version=2022-11-01")));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    rules::V2ClusterFacts facts = azure::toV2ClusterFacts(*parsed.value, m_sizes, *m_workspace, m_computes);
    if (sub.isEmpty()) { // the other subscription's row checks the subscription alone
        facts.legacyComponents = legacy(id);
        QVERIFY(facts.legacyComponents);
    } else {
        facts.legacyComponents = QList<rules::LegacyComponentFact>{};
    }
    QCOMPARE(rules::codes(rules::checkClusterForV2(facts)), expected);
}

QTEST_GUILESS_MAIN(TestV2ClusterFacts)
#include "tst_v2_cluster_facts.moc"
