// Azure's subnet name rule (issue 16 item 3): 1-80 characters of letters, digits, underscores,
// periods and hyphens, starting and ending with a letter, digit or underscore.
#include "rules/SubnetNameRules.h"

#include <QTest>

using namespace cw::rules;

class TestSubnetNameRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("expected");
        const auto c = [](const char *suffix) -> QString { return QStringLiteral("lb.subnet.") + QLatin1String(suffix); };
        QTest::newRow("default") << QStringLiteral("default") << QStringList{};
        QTest::newRow("one letter") << QStringLiteral("a") << QStringList{};
        QTest::newRow("one digit") << QStringLiteral("7") << QStringList{};
        QTest::newRow("one underscore") << QStringLiteral("_") << QStringList{};
        QTest::newRow("leading underscore") << QStringLiteral("_snet") << QStringList{};
        QTest::newRow("trailing underscore") << QStringLiteral("snet_") << QStringList{};
        QTest::newRow("periods and hyphens inside") << QStringLiteral("snet.ilb-1_a") << QStringList{};
        QTest::newRow("80 characters") << QStringLiteral("s").repeated(80) << QStringList{};
        QTest::newRow("empty: not this rule's business") << QString() << QStringList{};
        QTest::newRow("81 characters") << QStringLiteral("s").repeated(81) << QStringList{c("tooLong")};
        QTest::newRow("90 characters") << QStringLiteral("s").repeated(90) << QStringList{c("tooLong")};
        QTest::newRow("space and bang") << QStringLiteral("bad subnet!") << QStringList{c("characters")};
        QTest::newRow("leading hyphen") << QStringLiteral("-x") << QStringList{c("start")};
        QTest::newRow("leading period") << QStringLiteral(".x") << QStringList{c("start")};
        QTest::newRow("trailing period") << QStringLiteral("sub.") << QStringList{c("end")};
        QTest::newRow("trailing hyphen") << QStringLiteral("sub-") << QStringList{c("end")};
        QTest::newRow("only a hyphen") << QStringLiteral("-") << QStringList{c("start"), c("end")};
        QTest::newRow("non-ASCII letter") << QStringLiteral("snèt") << QStringList{c("characters")};
        QTest::newRow("slash") << QStringLiteral("a/b") << QStringList{c("characters")};
        QTest::newRow("everything") << QStringLiteral("-") + QStringLiteral("a b").repeated(30) + QStringLiteral(".")
                                    << QStringList{c("tooLong"), c("characters"), c("start"), c("end")};
    }

    void names()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, expected);
        const Findings findings = validateSubnetName(name, QStringLiteral("loadBalancerSubnet"), QStringLiteral("lb.subnet"));
        QCOMPARE(codes(findings), expected);
        for (const Finding &f : findings) {
            QCOMPARE(f.field, QStringLiteral("loadBalancerSubnet"));
            QCOMPARE(f.severity, Severity::Error);
            QVERIFY(!f.message.isEmpty());
        }
    }

    // The characters finding names each offending character once, and a space in words.
    void charactersAreNamed()
    {
        const Findings f = validateSubnetName(QStringLiteral("a b!!c"), QStringLiteral("x"), QStringLiteral("x"));
        QCOMPARE(f.size(), 1);
        QVERIFY2(f.first().message.contains(QStringLiteral("space")) && f.first().message.contains(QStringLiteral("\"!\"")),
                 qPrintable(f.first().message));
        QCOMPARE(f.first().message.count(QStringLiteral("\"!\"")), 1);
    }
};

QTEST_GUILESS_MAIN(TestSubnetNameRules)
#include "tst_subnetnamerules.moc"
