// The regional vCPU quota rule (issue 16, item 16): current use + this cluster against the
// limit, and the preflight check that stops a create over it (absent when the quota is unread).
#include <QTest>

#include "rules/Preflight.h"
#include "rules/QuotaRules.h"

using namespace cw::rules;

class TestQuotaRules : public QObject
{
    Q_OBJECT

    static PreflightInput createInput(std::optional<CoreQuota> quota)
    {
        PreflightInput in;
        in.spec.workspace = {.subscriptionId = QStringLiteral("sub"),
                             .resourceGroup = QStringLiteral("rg-ml"), .workspace = QStringLiteral("ws-demo"),
                             .location = QStringLiteral("westeurope")};
        in.spec.name = QStringLiteral("myaks");
        in.spec.vmSize = QStringLiteral("Standard_D3_v2"); // 4 vCPUs
        in.spec.nodeCount = 3;
        in.workspace = {QStringLiteral("sub"), QStringLiteral("westeurope"), {}};
        in.now = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
        in.regionalCores = quota;
        in.vmSizes = VmSizeCatalogue{{{QStringLiteral("Standard_D3_v2"), 4, 0, 14, QStringLiteral("standardDv2Family")}}};
        return in;
    }

private Q_SLOTS:
    void verdict_data()
    {
        QTest::addColumn<qint64>("used");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<int>("requested");
        QTest::addColumn<bool>("fits");
        QTest::addColumn<qint64>("available");
        QTest::newRow("room left") << qint64(8) << qint64(100) << 12 << true << qint64(92);
        QTest::newRow("exactly the limit") << qint64(88) << qint64(100) << 12 << true << qint64(12);
        QTest::newRow("one over") << qint64(89) << qint64(100) << 12 << false << qint64(11);
        QTest::newRow("already over") << qint64(120) << qint64(100) << 2 << false << qint64(0);
    }

    void verdict()
    {
        QFETCH(qint64, used);
        QFETCH(qint64, limit);
        QFETCH(int, requested);
        QFETCH(bool, fits);
        QFETCH(qint64, available);
        const CoreQuotaVerdict v = checkRegionalCoreQuota(CoreQuota{used, limit}, requested);
        QVERIFY(v.known);
        QCOMPARE(v.fits, fits);
        QCOMPARE(v.available, available);
        QCOMPARE(v.afterCreate, used + requested);
        QCOMPARE(v.text, QStringLiteral("%1 in use + %2 for this cluster = %3 of %4 regional vCPUs")
                             .arg(used).arg(requested).arg(used + requested).arg(limit));
    }

    void unknownQuotaIsNotAVerdict()
    {
        const CoreQuotaVerdict v = checkRegionalCoreQuota(std::nullopt, 12);
        QVERIFY(!v.known);
        QVERIFY(v.fits);
        QVERIFY(!runPreflight(createInput(std::nullopt)).find(QStringLiteral("create.quota")));
    }

    void preflightStopsACreateOverTheQuota()
    {
        const PreflightReport over = runPreflight(createInput(CoreQuota{10, 20}));
        const PreflightCheck *check = over.find(QStringLiteral("create.quota"));
        QVERIFY(check);
        QCOMPARE(check->status, CheckStatus::Fail);
        QVERIFY2(check->reason.contains(QStringLiteral("10 in use + 12 for this cluster = 22 of 20")), qPrintable(check->reason));
        QVERIFY(check->reason.contains(QStringLiteral("10 left in westeurope")));
        QVERIFY(!check->fix.isEmpty());
        QVERIFY(!over.canProceed());

        const PreflightReport fits = runPreflight(createInput(CoreQuota{8, 20}));
        QCOMPARE(fits.find(QStringLiteral("create.quota"))->status, CheckStatus::Pass);
    }

    void attachIgnoresTheQuota()
    {
        PreflightInput in = createInput(CoreQuota{100, 20});
        in.spec.mode = ComputeMode::Attach;
        QVERIFY(!runPreflight(in).find(QStringLiteral("create.quota")));
    }
};

QTEST_GUILESS_MAIN(TestQuotaRules)
#include "tst_quotarules.moc"
