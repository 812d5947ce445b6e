// Checked double -> integer conversions (common/NumberCast.h): out-of-range, NaN and infinite
// values never reach the cast (which would be undefined behaviour), in-range values convert.
#include "common/NumberCast.h"

#include <QTest>

#include <cstdint>
#include <limits>

using cw::clampedIntegerFromDouble;
using cw::exactIntegerFromDouble;

class TestNumberCast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactInt_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<int>("expected");
        constexpr double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("zero") << 0.0 << true << 0;
        QTest::newRow("negative zero") << -0.0 << true << 0;
        QTest::newRow("integral") << 3.0 << true << 3;
        QTest::newRow("fraction") << 3.5 << false << 0;
        QTest::newRow("int max") << 2147483647.0 << true << 2147483647;
        QTest::newRow("int max + 1") << 2147483648.0 << false << 0;
        QTest::newRow("int min") << -2147483648.0 << true << int(std::numeric_limits<int>::min());
        QTest::newRow("int min - 1") << -2147483649.0 << false << 0;
        QTest::newRow("issue 18 reproducer") << 4.4e91 << false << 0;
        QTest::newRow("huge negative") << -4.4e91 << false << 0;
        QTest::newRow("infinity") << inf << false << 0;
        QTest::newRow("-infinity") << -inf << false << 0;
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << false << 0;
    }

    void exactInt()
    {
        QFETCH(double, value);
        QFETCH(bool, accepted);
        QFETCH(int, expected);
        const std::optional<int> result = exactIntegerFromDouble<int>(value);
        QCOMPARE(result.has_value(), accepted);
        if (accepted)
            QCOMPARE(*result, expected);
    }

    void exactInt64Bounds()
    {
        // 2^63 is the first double beyond qint64; max() itself rounds up to it as a double.
        QVERIFY(!exactIntegerFromDouble<qint64>(9223372036854775808.0));
        QCOMPARE(exactIntegerFromDouble<qint64>(-9223372036854775808.0), std::optional<qint64>(std::numeric_limits<qint64>::min()));
        QCOMPARE(exactIntegerFromDouble<qint64>(9007199254740992.0), std::optional<qint64>(9007199254740992LL));
        QVERIFY(!exactIntegerFromDouble<quint64>(-1.0));
        QVERIFY(!exactIntegerFromDouble<quint64>(18446744073709551616.0));
        QCOMPARE(exactIntegerFromDouble<quint8>(255.0), std::optional<quint8>(255));
        QVERIFY(!exactIntegerFromDouble<quint8>(256.0));
    }

    void clamped()
    {
        constexpr double inf = std::numeric_limits<double>::infinity();
        QCOMPARE(clampedIntegerFromDouble<qint64>(1e300), std::numeric_limits<qint64>::max());
        QCOMPARE(clampedIntegerFromDouble<qint64>(-4.4e91), std::numeric_limits<qint64>::min());
        QCOMPARE(clampedIntegerFromDouble<qint64>(inf), std::numeric_limits<qint64>::max());
        QCOMPARE(clampedIntegerFromDouble<int>(-inf), std::numeric_limits<int>::min());
        QCOMPARE(clampedIntegerFromDouble<int>(std::numeric_limits<double>::quiet_NaN(), 7), 7);
        QCOMPARE(clampedIntegerFromDouble<int>(-2.9), -2); // truncates towards zero like a cast
        QCOMPARE(clampedIntegerFromDouble<int>(2147483647.9), 2147483647);
        QCOMPARE(clampedIntegerFromDouble<unsigned>(-0.5), 0u);
    }
};

QTEST_APPLESS_MAIN(TestNumberCast)
#include "tst_numbercast.moc"
