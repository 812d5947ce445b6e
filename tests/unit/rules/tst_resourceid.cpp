// AKS resource ID parsing (case-insensitive keywords as ARM, tolerated decorations, every error)
// and the attach rules over it (same subscription, existing attachment).
#include "rules/AttachRules.h"

#include <QTest>

using namespace cw::rules;

namespace {
const QString kSub = QStringLiteral("00000000-0000-4000-8000-000000000001");
const QString kOtherSub = QStringLiteral("00000000-0000-4000-8000-000000000002");
QString idOf(const QString &sub, const QString &rg, const QString &name)
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.ContainerService/managedClusters/%3")
        .arg(sub, rg, name);
}
} // namespace

class TestResourceId : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void sameResourceIdIgnoresCase();
    void attach_data();
    void attach();
    void attachMessagesNameTheOtherCompute();
};

void TestResourceId::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code"); // empty = success
    QTest::addColumn<QString>("canonical");
    const QString canonical = idOf(kSub, QStringLiteral("rg-ml"), QStringLiteral("aks-1"));
    QTest::newRow("canonical") << canonical << QString() << canonical;
    QTest::newRow("az aks show form (lower-case resourcegroups)")
        << QStringLiteral("/subscriptions/%1/resourcegroups/rg-ml/providers/Microsoft.ContainerService/managedClusters/aks-1").arg(kSub)
        << QString() << canonical;
    QTest::newRow("all upper keywords")
        << QStringLiteral("/SUBSCRIPTIONS/%1/RESOURCEGROUPS/rg-ml/PROVIDERS/MICROSOFT.CONTAINERSERVICE/MANAGEDCLUSTERS/aks-1").arg(kSub)
        << QString() << canonical;
    QTest::newRow("json quotes from --query id") << (QLatin1Char('"') + canonical + QLatin1Char('"')) << QString() << canonical;
    QTest::newRow("whitespace and newline") << (QStringLiteral("  ") + canonical + QStringLiteral("\n")) << QString() << canonical;
    QTest::newRow("trailing slash") << (canonical + QLatin1Char('/')) << QString() << canonical;
    QTest::newRow("rg with parens and dots")
        << idOf(kSub, QStringLiteral("my.group(1)"), QStringLiteral("aks")) << QString()
        << idOf(kSub, QStringLiteral("my.group(1)"), QStringLiteral("aks"));
    QTest::newRow("upper-case guid kept") << idOf(kSub.toUpper(), QStringLiteral("rg"), QStringLiteral("a")) << QString()
                                          << idOf(kSub.toUpper(), QStringLiteral("rg"), QStringLiteral("a"));
    QTest::newRow("empty") << QString() << QStringLiteral("resourceId.empty") << QString();
    QTest::newRow("only quotes") << QStringLiteral("\"\"") << QStringLiteral("resourceId.empty") << QString();
    QTest::newRow("no leading slash") << canonical.mid(1) << QStringLiteral("resourceId.missingLeadingSlash") << QString();
    QTest::newRow("full url") << (QStringLiteral("https://management.azure.com") + canonical) << QStringLiteral("resourceId.notAnId") << QString();
    QTest::newRow("query") << (canonical + QStringLiteral("?api-version=2022-11-01")) << QStringLiteral("resourceId.notAnId") << QString();
    QTest::newRow("double slash") << QStringLiteral("/subscriptions/%1//resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/a").arg(kSub)
                                  << QStringLiteral("resourceId.emptySegment") << QString();
    QTest::newRow("too short") << QStringLiteral("/subscriptions/%1/resourceGroups/rg").arg(kSub) << QStringLiteral("resourceId.structure") << QString();
    QTest::newRow("misspelt keyword") << QStringLiteral("/subscription/%1/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/a").arg(kSub)
                                      << QStringLiteral("resourceId.structure") << QString();
    QTest::newRow("a VM") << QStringLiteral("/subscriptions/%1/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1").arg(kSub)
                          << QStringLiteral("resourceId.wrongProvider") << QString();
    QTest::newRow("a workspace compute")
        << QStringLiteral("/subscriptions/%1/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ws").arg(kSub)
        << QStringLiteral("resourceId.wrongProvider") << QString();
    QTest::newRow("agent pool child") << (canonical + QStringLiteral("/agentPools/nodepool1")) << QStringLiteral("resourceId.extraSegments") << QString();
    QTest::newRow("subscription not guid") << idOf(QStringLiteral("my-sub"), QStringLiteral("rg"), QStringLiteral("a"))
                                           << QStringLiteral("resourceId.subscription") << QString();
    QTest::newRow("rg ends with dot") << idOf(kSub, QStringLiteral("rg."), QStringLiteral("a")) << QStringLiteral("resourceId.resourceGroup") << QString();
    QTest::newRow("cluster name ends with hyphen") << idOf(kSub, QStringLiteral("rg"), QStringLiteral("aks-"))
                                                   << QStringLiteral("resourceId.clusterName") << QString();
    QTest::newRow("cluster name 64 chars") << idOf(kSub, QStringLiteral("rg"), QStringLiteral("a").repeated(64))
                                           << QStringLiteral("resourceId.clusterName") << QString();
    QTest::newRow("cluster name 63 chars") << idOf(kSub, QStringLiteral("rg"), QStringLiteral("a").repeated(63)) << QString()
                                           << idOf(kSub, QStringLiteral("rg"), QStringLiteral("a").repeated(63));
    QTest::newRow("space inside segment") << idOf(kSub, QStringLiteral(" rg"), QStringLiteral("a")) << QStringLiteral("resourceId.whitespace") << QString();
}

void TestResourceId::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(QString, canonical);
    const AksResourceIdParse p = parseAksResourceId(text);
    QCOMPARE(p.code, code);
    QCOMPARE(p.ok(), code.isEmpty());
    if (p.ok())
        QCOMPARE(p.id->toString(), canonical);
    else
        QVERIFY(!p.message.isEmpty());
}

void TestResourceId::sameResourceIdIgnoresCase()
{
    QVERIFY(sameResourceId(idOf(kSub, QStringLiteral("RG-ML"), QStringLiteral("AKS-1")),
                           QStringLiteral("/subscriptions/%1/resourcegroups/rg-ml/providers/microsoft.containerservice/managedclusters/aks-1/").arg(kSub)));
    QVERIFY(!sameResourceId(idOf(kSub, QStringLiteral("rg"), QStringLiteral("aks-1")), idOf(kSub, QStringLiteral("rg"), QStringLiteral("aks-2"))));
    QVERIFY(!sameResourceId(QString(), QString()));
}

void TestResourceId::attach_data()
{
    QTest::addColumn<QString>("resourceId");
    QTest::addColumn<QString>("computeName");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("fresh cluster") << idOf(kSub, QStringLiteral("rg"), QStringLiteral("fresh")) << QStringLiteral("new1") << QStringList{};
    QTest::newRow("other subscription") << idOf(kOtherSub, QStringLiteral("rg"), QStringLiteral("fresh")) << QStringLiteral("new1")
                                        << QStringList{QStringLiteral("attach.otherSubscription")};
    QTest::newRow("attached under another name") << idOf(kSub, QStringLiteral("RG"), QStringLiteral("Attached")) << QStringLiteral("new1")
                                                 << QStringList{QStringLiteral("attach.alreadyAttached")};
    QTest::newRow("attached under the same name") << idOf(kSub, QStringLiteral("rg"), QStringLiteral("attached")) << QStringLiteral("OLD")
                                                  << QStringList{QStringLiteral("attach.alreadyAttachedSameName")};
    QTest::newRow("unparsable") << QStringLiteral("aks-1") << QStringLiteral("new1") << QStringList{QStringLiteral("resourceId.missingLeadingSlash")};
}

void TestResourceId::attach()
{
    QFETCH(QString, resourceId);
    QFETCH(QString, computeName);
    QFETCH(QStringList, expected);
    const QList<ExistingCompute> computes = {
        {QStringLiteral("old"), QStringLiteral("AKS"), idOf(kSub, QStringLiteral("rg"), QStringLiteral("attached")), QStringLiteral("Succeeded")},
        {QStringLiteral("cpu"), QStringLiteral("AmlCompute"), QString(), QStringLiteral("Succeeded")},
    };
    QCOMPARE(codes(validateAttachTarget(resourceId, kSub, computeName, computes)), expected);
}

void TestResourceId::attachMessagesNameTheOtherCompute()
{
    const QList<ExistingCompute> computes = {
        {QStringLiteral("prod-aks"), QStringLiteral("AKS"), idOf(kSub, QStringLiteral("rg"), QStringLiteral("c")), QString()}};
    const Findings f = validateAttachTarget(idOf(kSub, QStringLiteral("rg"), QStringLiteral("c")), kSub, QStringLiteral("new"), computes);
    QCOMPARE(f.size(), 1);
    QVERIFY(f.first().message.contains(QLatin1String("\"prod-aks\"")));
    const Findings g = validateAttachTarget(idOf(kOtherSub, QStringLiteral("rg"), QStringLiteral("c")), kSub, QStringLiteral("new"), {});
    QVERIFY(g.first().message.contains(kOtherSub));
    QVERIFY(g.first().message.contains(kSub));
}

QTEST_GUILESS_MAIN(TestResourceId)
#include "tst_resourceid.moc"
