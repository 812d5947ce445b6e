// Kubernetes version window against the orchestrator list: supported, preview, unsupported
// (older and newer than the window), patch releases of listed minors, empty list; versions as
// AKS writes them (v prefix, minor only, hotfix builds) and texts that are no version.
#include "rules/KubernetesVersions.h"

#include <QTest>

using namespace cw::rules;

namespace {
// The source document's westus example.
OrchestratorList sampleList()
{
    OrchestratorList l;
    l.versions = {
        {QStringLiteral("1.15.11"), false, false, {QStringLiteral("1.15.12")}},
        {QStringLiteral("1.15.12"), false, false, {}},
        {QStringLiteral("1.16.10"), false, false, {}},
        {QStringLiteral("1.16.13"), true, false, {QStringLiteral("1.17.7")}},
        {QStringLiteral("1.17.7"), false, false, {}},
        {QStringLiteral("1.17.9"), false, false, {}},
        {QStringLiteral("1.18.4"), false, true, {}},
        {QStringLiteral("1.18.6"), false, true, {}},
    };
    return l;
}
} // namespace

class TestKubernetesVersions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void compare_data();
    void compare();
    void classify_data();
    void classify();
    void unsupportedNamesTheWindow();
    void hotfixOfAPreviewPatchIsPreview();
    void garbageSaysItCannotBeRead();
    void defaultVersion();
};

void TestKubernetesVersions::compare_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("sign");
    QTest::newRow("numeric not lexical") << QStringLiteral("1.9.0") << QStringLiteral("1.10.0") << -1;
    QTest::newRow("equal") << QStringLiteral("1.16.13") << QStringLiteral("1.16.13") << 0;
    QTest::newRow("missing patch") << QStringLiteral("1.16") << QStringLiteral("1.16.0") << 0;
    QTest::newRow("v prefix") << QStringLiteral("v1.17.1") << QStringLiteral("1.17.0") << 1;
    QTest::newRow("v prefix, equal") << QStringLiteral("v1.28.0") << QStringLiteral("1.28") << 0;
    QTest::newRow("minor only, below its patch") << QStringLiteral("1.27") << QStringLiteral("1.27.1") << -1;
    // A build suffix belongs to its patch release: 1.27.3-hotfix is 1.27.3, not 1.27.0.
    QTest::newRow("hotfix above the previous patch") << QStringLiteral("1.27.3-hotfix") << QStringLiteral("1.27.2") << 1;
    QTest::newRow("hotfix is its patch") << QStringLiteral("1.27.3-hotfix") << QStringLiteral("1.27.3") << 0;
    QTest::newRow("dotted suffix") << QStringLiteral("1.27.3-hotfix.20240101") << QStringLiteral("1.27.3") << 0;
    QTest::newRow("build metadata") << QStringLiteral("1.28.10+build") << QStringLiteral("1.28.9") << 1;
    QTest::newRow("garbage below every version") << QStringLiteral("latest") << QStringLiteral("0.1") << -1;
}

void TestKubernetesVersions::compare()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, sign);
    const int r = compareVersions(a, b);
    QCOMPARE((r > 0) - (r < 0), sign);
}

void TestKubernetesVersions::classify_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("support");
    const int sup = int(VersionSupport::Supported);
    QTest::newRow("oldest listed") << QStringLiteral("1.15.11") << sup;
    QTest::newRow("default") << QStringLiteral("1.16.13") << sup;
    QTest::newRow("newest GA") << QStringLiteral("1.17.9") << sup;
    QTest::newRow("unlisted patch of listed minor") << QStringLiteral("1.16.7") << sup;
    QTest::newRow("preview exact") << QStringLiteral("1.18.6") << int(VersionSupport::Preview);
    QTest::newRow("preview minor, unlisted patch") << QStringLiteral("1.18.1") << int(VersionSupport::Preview);
    QTest::newRow("just below the window") << QStringLiteral("1.14.8") << int(VersionSupport::Unsupported);
    QTest::newRow("issue example 1.12.4") << QStringLiteral("1.12.4") << int(VersionSupport::Unsupported);
    QTest::newRow("above the window") << QStringLiteral("1.19.0") << int(VersionSupport::Unsupported);
    QTest::newRow("empty version") << QString() << int(VersionSupport::Unknown);
    QTest::newRow("hotfix of a listed patch") << QStringLiteral("1.16.13-hotfix") << sup;
    QTest::newRow("hotfix of a preview patch") << QStringLiteral("1.18.6-hotfix") << int(VersionSupport::Preview);
    QTest::newRow("hotfix above the window") << QStringLiteral("1.19.0-hotfix") << int(VersionSupport::Unsupported);
    QTest::newRow("minor only") << QStringLiteral("1.17") << sup;
    QTest::newRow("minor only, below the window") << QStringLiteral("1.14") << int(VersionSupport::Unsupported);
    QTest::newRow("v prefix") << QStringLiteral("v1.17.9") << sup;
    QTest::newRow("v prefix, preview") << QStringLiteral("V1.18.4") << int(VersionSupport::Preview);
    // Not versions: they cannot be checked (not "unsupported", which tells to upgrade).
    QTest::newRow("garbage") << QStringLiteral("banana") << int(VersionSupport::Unknown);
    QTest::newRow("major only") << QStringLiteral("1") << int(VersionSupport::Unknown);
    QTest::newRow("placeholder patch") << QStringLiteral("1.16.x") << int(VersionSupport::Unknown);
    QTest::newRow("negative minor") << QStringLiteral("1.-16.3") << int(VersionSupport::Unknown);
    QTest::newRow("empty part") << QStringLiteral("1..16") << int(VersionSupport::Unknown);
}

void TestKubernetesVersions::classify()
{
    QFETCH(QString, version);
    QFETCH(int, support);
    const VersionVerdict v = classifyKubernetesVersion(version, sampleList());
    QCOMPARE(int(v.support), support);
    QVERIFY(!v.message.isEmpty());
}

void TestKubernetesVersions::unsupportedNamesTheWindow()
{
    // An entry of the list that is no version is not part of the window (it was its oldest).
    OrchestratorList withNoVersion = sampleList();
    withNoVersion.versions.prepend({QStringLiteral("latest"), false, false, {}});
    for (const OrchestratorList &list : {sampleList(), withNoVersion}) {
        const VersionVerdict v = classifyKubernetesVersion(QStringLiteral("1.12.4"), list);
        QCOMPARE(v.support, VersionSupport::Unsupported);
        QCOMPARE(v.oldestSupported, QStringLiteral("1.15.11"));
        QCOMPARE(v.newestSupported, QStringLiteral("1.17.9"));
        QVERIFY(v.message.contains(QLatin1String("1.15.11")));
        QVERIFY(v.message.contains(QLatin1String("1.17.9")));
    }
    QCOMPARE(classifyKubernetesVersion(QStringLiteral("1.16.13"), OrchestratorList{}).support, VersionSupport::Unknown);
    QVERIFY(classifyKubernetesVersion(QStringLiteral("1.18.6"), sampleList()).message.contains(QLatin1String("SLA")));
}

void TestKubernetesVersions::hotfixOfAPreviewPatchIsPreview()
{
    // 1.27.3 is a preview here while 1.27.1 is GA: a hotfix build of 1.27.3 is that preview
    // (read as 1.27.0 it was "supported, minor 1.27 available").
    OrchestratorList l;
    l.versions = {{QStringLiteral("1.27.1"), true, false, {}}, {QStringLiteral("1.27.3"), false, true, {}}};
    const VersionVerdict v = classifyKubernetesVersion(QStringLiteral("1.27.3-hotfix"), l);
    QCOMPARE(v.support, VersionSupport::Preview);
    QVERIFY(v.message.contains(QLatin1String("1.27.3-hotfix")));
}

void TestKubernetesVersions::garbageSaysItCannotBeRead()
{
    const VersionVerdict v = classifyKubernetesVersion(QStringLiteral("banana"), sampleList());
    QCOMPARE(v.support, VersionSupport::Unknown);
    QVERIFY(v.message.contains(QLatin1String("\"banana\"")));
    QVERIFY(v.message.contains(QLatin1String("cannot be read")));
}

void TestKubernetesVersions::defaultVersion()
{
    QCOMPARE(sampleList().defaultVersion()->version, QStringLiteral("1.16.13"));
    QVERIFY(!OrchestratorList{}.defaultVersion());
}

QTEST_GUILESS_MAIN(TestKubernetesVersions)
#include "tst_kubernetesversions.moc"
