// Kubernetes version window against the orchestrator list: supported, preview, unsupported
// (older and newer than the window), patch releases of listed minors, empty list.
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
    const VersionVerdict v = classifyKubernetesVersion(QStringLiteral("1.12.4"), sampleList());
    QCOMPARE(v.oldestSupported, QStringLiteral("1.15.11"));
    QCOMPARE(v.newestSupported, QStringLiteral("1.17.9"));
    QVERIFY(v.message.contains(QLatin1String("1.15.11")));
    QVERIFY(v.message.contains(QLatin1String("1.17.9")));
    QCOMPARE(classifyKubernetesVersion(QStringLiteral("1.16.13"), OrchestratorList{}).support, VersionSupport::Unknown);
    QVERIFY(classifyKubernetesVersion(QStringLiteral("1.18.6"), sampleList()).message.contains(QLatin1String("SLA")));
}

void TestKubernetesVersions::defaultVersion()
{
    QCOMPARE(sampleList().defaultVersion()->version, QStringLiteral("1.16.13"));
    QVERIFY(!OrchestratorList{}.defaultVersion());
}

QTEST_GUILESS_MAIN(TestKubernetesVersions)
#include "tst_kubernetesversions.moc"
