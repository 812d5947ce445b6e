// The v2 Kubernetes compute's namespace and instance type rules (rules/KubernetesComputeRules).
#include "rules/KubernetesComputeRules.h"

#include <QTest>

using namespace cw::rules;

namespace {
QStringList codesOf(const Findings &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out.append(f.code);
    return out;
}
InstanceTypeInput small()
{
    return {QStringLiteral("small"), QStringLiteral("500m"), QStringLiteral("1"), QStringLiteral("1Gi"),
            QStringLiteral("2Gi"), QString(), QString()};
}
} // namespace

class TestKubernetesComputeRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quantities_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value"); // -1: not a quantity
        QTest::newRow("millicores") << "500m" << 0.5;
        QTest::newRow("whole") << "2" << 2.0;
        QTest::newRow("decimal") << "1.5" << 1.5;
        QTest::newRow("Gi") << "2Gi" << 2147483648.0;
        QTest::newRow("Mi") << "512Mi" << 536870912.0;
        QTest::newRow("G") << "1G" << 1e9;
        QTest::newRow("exponent") << "1e3" << 1000.0;
        QTest::newRow("spaces") << " 4Gi " << 4294967296.0;
        QTest::newRow("empty") << "" << -1.0;
        QTest::newRow("unit only") << "Gi" << -1.0;
        QTest::newRow("negative") << "-1" << -1.0;
        QTest::newRow("bad suffix") << "2GB" << -1.0;
        QTest::newRow("lower gi") << "2gi" << -1.0;
        QTest::newRow("words") << "two" << -1.0;
    }
    void quantities()
    {
        QFETCH(QString, text);
        QFETCH(double, value);
        const auto parsed = parseQuantity(text);
        if (value < 0) {
            QVERIFY2(!parsed, qPrintable(text));
        } else {
            QVERIFY2(parsed, qPrintable(text));
            QCOMPARE(double(*parsed), value);
        }
    }

    void namespaces()
    {
        QVERIFY(validateKubernetesNamespace(QStringLiteral("default")).isEmpty());
        QVERIFY(validateKubernetesNamespace(QStringLiteral("team-a1")).isEmpty());
        QCOMPARE(codesOf(validateKubernetesNamespace(QString())), QStringList{QStringLiteral("namespace.empty")});
        for (const char *bad : {"Default", "-a", "a-", "a_b", "a.b"})
            QCOMPARE(codesOf(validateKubernetesNamespace(QLatin1String(bad))), QStringList{QStringLiteral("namespace.invalid")});
        QVERIFY(validateKubernetesNamespace(QString(63, QLatin1Char('a'))).isEmpty());
        QCOMPARE(codesOf(validateKubernetesNamespace(QString(64, QLatin1Char('a')))), QStringList{QStringLiteral("namespace.invalid")});
    }

    void aValidListHasNoFinding()
    {
        InstanceTypeInput gpu{QStringLiteral("gpu"), QStringLiteral("4"), QString(), QStringLiteral("16Gi"), QString(),
                              QStringLiteral("1"), QStringLiteral("accelerator=nvidia, agentpool=gpu")};
        QVERIFY(validateInstanceTypes({small(), gpu}, QStringLiteral("small")).isEmpty());
    }

    void emptyListUsesTheExtensionsDefault()
    {
        const Findings f = validateInstanceTypes({}, QString());
        QCOMPARE(codesOf(f), QStringList{QStringLiteral("instanceTypes.none")});
        QVERIFY(!hasErrors(f));
    }

    void requestAboveLimit()
    {
        InstanceTypeInput t = small();
        t.cpuRequest = QStringLiteral("2");
        t.cpuLimit = QStringLiteral("1500m");
        t.memoryRequest = QStringLiteral("3Gi");
        t.memoryLimit = QStringLiteral("2048Mi");
        const Findings f = validateInstanceTypes({t}, QStringLiteral("small"));
        QCOMPARE(codesOf(f), (QStringList{QStringLiteral("instanceType.requestAboveLimit"), QStringLiteral("instanceType.requestAboveLimit")}));
        QCOMPARE(f.first().field, QStringLiteral("instanceTypes[0].cpuLimit"));
        // Equal is fine (1000m == 1).
        t.cpuRequest = QStringLiteral("1000m");
        t.cpuLimit = QStringLiteral("1");
        t.memoryRequest = QStringLiteral("2Gi");
        QVERIFY(validateInstanceTypes({t}, QStringLiteral("small")).isEmpty());
    }

    void badValues()
    {
        InstanceTypeInput t = small();
        t.name = QStringLiteral("Small_1");
        t.cpuRequest = QStringLiteral("half");
        t.memoryRequest = QString();
        t.gpu = QStringLiteral("0.5");
        t.nodeSelector = QStringLiteral("agentpool");
        const QStringList c = codesOf(validateInstanceTypes({t}, QStringLiteral("Small_1")));
        QVERIFY2(c.contains(QStringLiteral("instanceType.name.invalid")), qPrintable(c.join(QLatin1Char(','))));
        QVERIFY(c.contains(QStringLiteral("instanceType.quantity")));
        QVERIFY(c.contains(QStringLiteral("instanceType.request.missing")));
        QVERIFY(c.contains(QStringLiteral("instanceType.gpu")));
        QVERIFY(c.contains(QStringLiteral("instanceType.nodeSelector")));
    }

    void exactlyOneKnownDefault()
    {
        InstanceTypeInput other = small();
        other.name = QStringLiteral("other");
        QCOMPARE(codesOf(validateInstanceTypes({small(), other}, QString())), QStringList{QStringLiteral("instanceType.default.missing")});
        QCOMPARE(codesOf(validateInstanceTypes({small(), other}, QStringLiteral("big"))), QStringList{QStringLiteral("instanceType.default.unknown")});
        other.name = QStringLiteral("small");
        QCOMPARE(codesOf(validateInstanceTypes({small(), other}, QStringLiteral("small"))), QStringList{QStringLiteral("instanceType.name.duplicate")});
    }

    void nodeSelectors()
    {
        QString error;
        const auto pairs = parseNodeSelector(QStringLiteral("agentpool=gpu, kubernetes.io/os=linux"), &error);
        QVERIFY(pairs);
        QCOMPARE(pairs->size(), 2);
        QCOMPARE(pairs->at(1).first, QStringLiteral("kubernetes.io/os"));
        QVERIFY(parseNodeSelector(QString(), &error)->isEmpty());
        QVERIFY(!parseNodeSelector(QStringLiteral("=x"), &error));
        QVERIFY(!parseNodeSelector(QStringLiteral("a=-x-"), &error));
    }
};

QTEST_GUILESS_MAIN(TestKubernetesComputeRules)
#include "tst_kubernetescomputerules.moc"
