// The region rule (issue 16 item 2): only the subscription's physical regions can hold a cluster.
#include "rules/RegionRules.h"

#include <QTest>

using namespace cw::rules;

namespace {
QList<LocationFacts> locations()
{
    return {{QStringLiteral("westeurope"), QStringLiteral("West Europe"), QStringLiteral("(Europe) West Europe"), QStringLiteral("Physical")},
            {QStringLiteral("eastus"), QStringLiteral("East US"), QStringLiteral("(US) East US"), QStringLiteral("Physical")},
            {QStringLiteral("eastus"), QStringLiteral("East US"), QStringLiteral("(US) East US"), QStringLiteral("Physical")},
            {QStringLiteral("europe"), QStringLiteral("Europe"), QStringLiteral("Europe"), QStringLiteral("Logical")},
            {QStringLiteral("northeurope"), QStringLiteral("North Europe"), QStringLiteral("(Europe) North Europe"), QString()}};
}
} // namespace

class TestRegionRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void clusterRegionsArePhysicalSortedAndUnique()
    {
        QStringList names;
        for (const LocationFacts &l : clusterRegions(locations()))
            names.append(l.name);
        QCOMPARE(names, (QStringList{QStringLiteral("northeurope"), QStringLiteral("westeurope"), QStringLiteral("eastus")}));
    }

    void validate_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<bool>("known");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("listed") << QStringLiteral("westeurope") << true << QStringList{};
        QTest::newRow("listed, display spelling") << QStringLiteral("West Europe") << true << QStringList{};
        QTest::newRow("type not said") << QStringLiteral("northeurope") << true << QStringList{};
        QTest::newRow("typo") << QStringLiteral("e2s") << true << QStringList{QStringLiteral("region.unknown")};
        QTest::newRow("logical region") << QStringLiteral("europe") << true << QStringList{QStringLiteral("region.unknown")};
        QTest::newRow("real region, not the subscription's") << QStringLiteral("uksouth") << true
                                                             << QStringList{QStringLiteral("region.unknown")};
        QTest::newRow("empty") << QStringLiteral("  ") << true << QStringList{QStringLiteral("region.empty")};
        QTest::newRow("list not known") << QStringLiteral("e2s") << false << QStringList{};
    }

    void validate()
    {
        QFETCH(QString, region);
        QFETCH(bool, known);
        QFETCH(QStringList, expected);
        const Findings f = validateRegion(region, known ? std::optional(locations()) : std::nullopt);
        QCOMPARE(codes(f), expected);
        QCOMPARE(isClusterRegion(region, locations()), known && expected.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRegionRules)
#include "tst_regionrules.moc"
