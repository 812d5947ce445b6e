// The one JSON member reader (common/JsonFields.h): exact and any-case member names, members
// of the wrong type reading as absent, integers range-checked before any conversion (issue 18),
// quoted numbers, and the warnings of FieldReader.
#include "common/JsonFields.h"

#include <QTest>

#include <cstdint>
#include <limits>

using namespace cw::jsonfields;

class TestJsonFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void memberNames()
    {
        const Json doc = Json::parse(R"({"LoadBalancerType":"InternalLoadBalancer","name":"a"})");
        QVERIFY(!find(doc, "loadBalancerType"));
        QVERIFY(!find(doc, "loadBalancerType", Keys::Exact));
        QCOMPARE(string(doc, "loadBalancerType", Keys::AnyCase), QStringLiteral("InternalLoadBalancer"));
        // The exact spelling wins over a case variant.
        const Json both = Json::parse(R"({"NAME":"upper","name":"exact"})");
        QCOMPARE(string(both, "name", Keys::AnyCase), QStringLiteral("exact"));
        // Not an object: nothing to find, nothing thrown.
        for (const char *text : {"[1,2]", "\"name\"", "null", "3"})
            QVERIFY(!find(Json::parse(text), "name", Keys::AnyCase));
    }

    void illTypedMembersReadAsAbsent()
    {
        const Json doc = Json::parse(R"({"s":5,"b":"true","o":[],"a":{},"n":null,"ok":true})");
        QCOMPARE(string(doc, "s"), QString());
        QCOMPARE(string(doc, "s", Keys::Exact, QStringLiteral("fallback")), QStringLiteral("fallback"));
        QCOMPARE(string(doc, "n", Keys::Exact, QStringLiteral("fallback")), QStringLiteral("fallback"));
        QVERIFY(!boolean(doc, "b"));
        QCOMPARE(boolean(doc, "ok"), std::optional<bool>(true));
        QVERIFY(!object(doc, "o"));
        QVERIFY(object(doc, "a"));
        QVERIFY(!array(doc, "a"));
        QVERIFY(array(doc, "o"));
    }

    void integers_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("isInt");
        QTest::addColumn<int>("asInt");
        QTest::addColumn<bool>("isInt64");
        QTest::newRow("small") << QByteArray("42") << true << 42 << true;
        QTest::newRow("negative") << QByteArray("-7") << true << -7 << true;
        QTest::newRow("integral float") << QByteArray("3.0") << true << 3 << true;
        QTest::newRow("fraction") << QByteArray("3.5") << false << 0 << false;
        QTest::newRow("int max + 1") << QByteArray("2147483648") << false << 0 << true;
        QTest::newRow("int min - 1") << QByteArray("-2147483649") << false << 0 << true;
        QTest::newRow("beyond int64") << QByteArray("9223372036854775808") << false << 0 << false;
        QTest::newRow("huge unsigned") << QByteArray("18446744073709551615") << false << 0 << false;
        // Issue 18: converting these before the range check was undefined behaviour.
        QTest::newRow("huge float") << QByteArray("4.4e91") << false << 0 << false;
        QTest::newRow("huge negative float") << QByteArray("-4.4e91") << false << 0 << false;
        QTest::newRow("float beyond int64") << QByteArray("1e19") << false << 0 << false;
        QTest::newRow("string") << QByteArray("\"3\"") << false << 0 << false;
        QTest::newRow("bool") << QByteArray("true") << false << 0 << false;
    }

    void integers()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, isInt);
        QFETCH(int, asInt);
        QFETCH(bool, isInt64);
        const Json doc = Json::parse(QByteArray("{\"v\":" + value + "}").toStdString());
        QCOMPARE(integer<int>(doc, "v").has_value(), isInt);
        if (isInt)
            QCOMPARE(*integer<int>(doc, "v"), asInt);
        QCOMPARE(integer<std::int64_t>(doc, "v").has_value(), isInt64);
        QCOMPARE(integerValue<int>(doc["v"]).has_value(), isInt);
    }

    void quotedNumbers()
    {
        const Json doc = Json::parse(R"({"n":42,"f":-1.5,"s":"42.7","bad":"4x","b":true})");
        QCOMPARE(numberOrNumericString(doc, "n"), std::optional<double>(42));
        QCOMPARE(numberOrNumericString(doc, "f"), std::optional<double>(-1.5));
        QCOMPARE(numberOrNumericString(doc, "s"), std::optional<double>(42.7));
        QVERIFY(!numberOrNumericString(doc, "bad"));
        QVERIFY(!numberOrNumericString(doc, "b"));
        QVERIFY(!numberOrNumericString(doc, "absent"));
    }

    void fieldReaderWarnsAboutIllTypedMembers()
    {
        const Json doc = Json::parse(R"({"Name":7,"agentCount":4.4e91,"ok":true,"gone":null,"n":"x"})");
        QStringList warnings;
        const FieldReader f(doc, QStringLiteral("properties"), &warnings);
        QVERIFY(!f.string("name"));
        QVERIFY(!f.integer("agentCount"));
        QCOMPARE(f.boolean("OK"), std::optional<bool>(true));
        QVERIFY(!f.string("gone")); // null is absent, not ill-typed
        QVERIFY(!f.number("n"));
        QCOMPARE(warnings, QStringList({QStringLiteral("properties.name: expected a string"),
                                        QStringLiteral("properties.agentCount: expected an integer"),
                                        QStringLiteral("properties.n: expected a number")}));
    }
};

QTEST_GUILESS_MAIN(TestJsonFields)
#include "tst_jsonfields.moc"
