// Microsoft.Compute usages as Azure answers them (azure-rest-api-specs ListUsagesResult): the
// "cores" entry is the region's vCPU quota; limits are int64; malformed entries are skipped with
// a warning, a list without `value` is refused.
#include <QTest>

#include "azure/ComputeUsage.h"

using namespace cw::azure;
using Json = nlohmann::json;

class TestComputeUsage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesTheRealShape()
    {
        const Json answer = Json::parse(R"({"value": [
            {"currentValue": 3, "limit": 2500, "name": {"value": "availabilitySets", "localizedValue": "Availability Sets"}, "unit": "Count"},
            {"currentValue": 48, "limit": 100, "name": {"value": "cores", "localizedValue": "Total Regional vCPUs"}, "unit": "Count"},
            {"currentValue": 12, "limit": 4294967296, "name": {"value": "standardDv2Family", "localizedValue": "Standard Dv2 Family vCPUs"}, "unit": "Count"},
            {"currentValue": 1, "limit": 2, "unit": "Count"},
            "not an object"
        ]})");
        const auto parsed = parseComputeUsageList(answer);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value->size(), 3);
        QCOMPARE(parsed.warnings.size(), 2); // the entry without a name, the string
        const auto cores = regionalCores(*parsed.value);
        QVERIFY(cores);
        QCOMPARE(cores->currentValue, qint64(48));
        QCOMPARE(cores->limit, qint64(100));
        QCOMPARE(cores->localizedName, QStringLiteral("Total Regional vCPUs"));
        QCOMPARE(cores->unit, QStringLiteral("Count"));
        QCOMPARE(parsed.value->at(2).limit, qint64(4294967296));
    }

    void withoutCores()
    {
        const auto parsed = parseComputeUsageList(Json::parse(R"({"value": []})"));
        QVERIFY(parsed.ok());
        QVERIFY(!regionalCores(*parsed.value));
        QVERIFY(!parseComputeUsageList(Json::parse(R"({"values": []})")).ok());
        QVERIFY(!parseComputeUsageList(Json::parse(R"([1, 2])")).ok());
    }
};

QTEST_GUILESS_MAIN(TestComputeUsage)
#include "tst_compute_usage.moc"
