// Compute name rules: every boundary of length, characters, first/last character, reserved
// names and case-insensitive uniqueness.
#include "rules/NameRules.h"

#include <QTest>

using namespace cw::rules;

class TestNameRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validate_data();
    void validate();
    void messagesSayWhatToChange();
    void reportsEveryProblem();
};

void TestNameRules::validate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("existing");
    QTest::addColumn<QStringList>("expectedCodes");

    const QStringList none;
    QTest::newRow("empty") << QString() << none << QStringList{QStringLiteral("name.empty")};
    QTest::newRow("2 chars") << QStringLiteral("ab") << none << QStringList{QStringLiteral("name.tooShort")};
    QTest::newRow("3 chars") << QStringLiteral("abc") << none << QStringList{};
    QTest::newRow("24 chars") << QStringLiteral("a").repeated(24) << none << QStringList{};
    QTest::newRow("25 chars") << QStringLiteral("a").repeated(25) << none << QStringList{QStringLiteral("name.tooLong")};
    QTest::newRow("digits and hyphens") << QStringLiteral("my-aks-01") << none << QStringList{};
    QTest::newRow("upper case ok") << QStringLiteral("MyAks") << none << QStringList{};
    QTest::newRow("starts with digit") << QStringLiteral("1aks") << none
                                       << QStringList{QStringLiteral("name.mustStartWithLetter")};
    QTest::newRow("starts with hyphen") << QStringLiteral("-aks") << none
                                        << QStringList{QStringLiteral("name.mustStartWithLetter")};
    QTest::newRow("ends with hyphen") << QStringLiteral("aks-") << none
                                      << QStringList{QStringLiteral("name.mustEndWithLetterOrDigit")};
    QTest::newRow("ends with digit") << QStringLiteral("aks9") << none << QStringList{};
    QTest::newRow("underscore") << QStringLiteral("my_aks") << none
                                << QStringList{QStringLiteral("name.invalidCharacters")};
    QTest::newRow("space") << QStringLiteral("my aks") << none
                           << QStringList{QStringLiteral("name.invalidCharacters")};
    QTest::newRow("non-ascii letter") << QStringLiteral("caffè1") << none
                                      << QStringList{QStringLiteral("name.invalidCharacters")};
    QTest::newRow("dot") << QStringLiteral("my.aks") << none << QStringList{QStringLiteral("name.invalidCharacters")};
    QTest::newRow("reserved amlcompute") << QStringLiteral("amlcompute") << none
                                         << QStringList{QStringLiteral("name.reserved")};
    QTest::newRow("reserved local any case") << QStringLiteral("LOCAL") << none
                                             << QStringList{QStringLiteral("name.reserved")};
    QTest::newRow("reserved containerinstance") << QStringLiteral("containerinstance") << none
                                                << QStringList{QStringLiteral("name.reserved")};
    QTest::newRow("taken") << QStringLiteral("myaks") << QStringList{QStringLiteral("other"), QStringLiteral("myaks")}
                           << QStringList{QStringLiteral("name.taken")};
    QTest::newRow("taken other case") << QStringLiteral("MyAKS") << QStringList{QStringLiteral("myaks")}
                                      << QStringList{QStringLiteral("name.taken")};
    QTest::newRow("free") << QStringLiteral("myaks2") << QStringList{QStringLiteral("myaks")} << QStringList{};
}

void TestNameRules::validate()
{
    QFETCH(QString, name);
    QFETCH(QStringList, existing);
    QFETCH(QStringList, expectedCodes);
    const Findings findings = validateComputeName(name, existing);
    QCOMPARE(codes(findings), expectedCodes);
    QCOMPARE(hasErrors(findings), !expectedCodes.isEmpty());
    for (const Finding &f : findings) {
        QCOMPARE(f.field, QStringLiteral("name"));
        QVERIFY(!f.message.isEmpty());
    }
}

void TestNameRules::messagesSayWhatToChange()
{
    const Findings tooLong = validateComputeName(QStringLiteral("a").repeated(30));
    QVERIFY(tooLong.first().message.contains(QLatin1String("30")));
    QVERIFY(tooLong.first().message.contains(QLatin1String("24")));
    const Findings bad = validateComputeName(QStringLiteral("ab_c$d"));
    QVERIFY2(bad.first().message.contains(QLatin1String("_$")), qPrintable(bad.first().message));
    const Findings taken = validateComputeName(QStringLiteral("AKS1"), {QStringLiteral("aks1")});
    QVERIFY(taken.first().message.contains(QLatin1String("\"aks1\"")));
}

void TestNameRules::reportsEveryProblem()
{
    const Findings findings = validateComputeName(QStringLiteral("_a"));
    QVERIFY(hasCode(findings, u"name.tooShort"));
    QVERIFY(hasCode(findings, u"name.invalidCharacters"));
    QVERIFY(hasCode(findings, u"name.mustStartWithLetter"));
    QCOMPARE(findings.size(), 3);
}

QTEST_GUILESS_MAIN(TestNameRules)
#include "tst_namerules.moc"
