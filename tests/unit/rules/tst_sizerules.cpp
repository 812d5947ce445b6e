// Purpose x size: 11/12 vCPUs, 2/3 nodes for production, 1/2 vCPUs for dev-test, minimum node
// counts per size, unknown sizes and GPU/FPGA sizes.
#include "rules/SizeRules.h"

#include <QTest>

using namespace cw::rules;

namespace {
// Sizes with round vCPU counts so the boundaries can be hit exactly.
VmSizeCatalogue testCatalogue()
{
    return VmSizeCatalogue{{
        {QStringLiteral("Test_1cpu"), 1, 0, 2, QStringLiteral("test")},
        {QStringLiteral("Test_2cpu"), 2, 0, 4, QStringLiteral("test")},
        {QStringLiteral("Test_4cpu"), 4, 0, 8, QStringLiteral("test")},
        {QStringLiteral("Test_11cpu"), 11, 0, 8, QStringLiteral("test")},
        {QStringLiteral("Standard_NC6"), 6, 1, 56, QStringLiteral("standardNCFamily")},
        {QStringLiteral("Standard_PB6s"), 6, 0, 112, QStringLiteral("standardPBSFamily")},
    }};
}
} // namespace

class TestSizeRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void capacity_data();
    void capacity();
    void purposeAndSize_data();
    void purposeAndSize();
    void minimumNodes_data();
    void minimumNodes();
    void acceleratorsFromTheCatalogue();
    void noCatalogueIsNotChecked();
    void messageNamesMinimumNodes();
};

void TestSizeRules::capacity_data()
{
    QTest::addColumn<bool>("devTest");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("vcpus");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("prod 3 nodes 12 vcpus") << false << 3 << 12 << QStringList{};
    QTest::newRow("prod 3 nodes 11 vcpus") << false << 3 << 11 << QStringList{QStringLiteral("size.productionVcpus")};
    QTest::newRow("prod 2 nodes 12 vcpus") << false << 2 << 12 << QStringList{QStringLiteral("size.productionNodes")};
    QTest::newRow("prod 2 nodes 8 vcpus") << false << 2 << 8
                                          << QStringList{QStringLiteral("size.productionNodes"), QStringLiteral("size.productionVcpus")};
    QTest::newRow("prod 0 nodes") << false << 0 << 0 << QStringList{QStringLiteral("size.noNodes")};
    QTest::newRow("dev 1 node 2 vcpus") << true << 1 << 2 << QStringList{};
    QTest::newRow("dev 1 node 1 vcpu") << true << 1 << 1 << QStringList{QStringLiteral("size.devTestVcpus")};
    QTest::newRow("dev 2 nodes 11 vcpus") << true << 2 << 11 << QStringList{};
}

void TestSizeRules::capacity()
{
    QFETCH(bool, devTest);
    QFETCH(int, nodes);
    QFETCH(int, vcpus);
    QFETCH(QStringList, expected);
    QCOMPARE(codes(validateCapacity(devTest ? ClusterPurpose::DevTest : ClusterPurpose::FastProd, nodes, vcpus)),
             expected);
}

void TestSizeRules::purposeAndSize_data()
{
    QTest::addColumn<bool>("devTest");
    QTest::addColumn<QString>("size");
    QTest::addColumn<int>("nodes");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("11 x 1 = 11 vCPUs") << false << QStringLiteral("Test_1cpu") << 11
                                       << QStringList{QStringLiteral("size.productionVcpus")};
    QTest::newRow("12 x 1 = 12 vCPUs") << false << QStringLiteral("Test_1cpu") << 12 << QStringList{};
    QTest::newRow("3 x 4 = 12") << false << QStringLiteral("Test_4cpu") << 3 << QStringList{};
    QTest::newRow("2 x 4 = 8") << false << QStringLiteral("Test_4cpu") << 2
                               << QStringList{QStringLiteral("size.productionNodes"), QStringLiteral("size.productionVcpus")};
    QTest::newRow("2 x 11 = 22 but 2 nodes") << false << QStringLiteral("Test_11cpu") << 2
                                             << QStringList{QStringLiteral("size.productionNodes")};
    QTest::newRow("case-insensitive size") << false << QStringLiteral("test_4CPU") << 3 << QStringList{};
    QTest::newRow("dev 1 x 1") << true << QStringLiteral("Test_1cpu") << 1 << QStringList{QStringLiteral("size.devTestVcpus")};
    QTest::newRow("dev 2 x 1") << true << QStringLiteral("Test_1cpu") << 2 << QStringList{};
    QTest::newRow("dev 1 x 2") << true << QStringLiteral("Test_2cpu") << 1 << QStringList{};
    QTest::newRow("unknown size") << false << QStringLiteral("Standard_Unknown") << 3
                                  << QStringList{QStringLiteral("size.unknownVmSize")};
    QTest::newRow("unknown size too few nodes") << false << QStringLiteral("Standard_Unknown") << 2
                                                << QStringList{QStringLiteral("size.unknownVmSize"), QStringLiteral("size.productionNodes")};
    QTest::newRow("empty size") << false << QString() << 3 << QStringList{QStringLiteral("size.vmSizeMissing")};
    QTest::newRow("gpu") << false << QStringLiteral("Standard_NC6") << 3
                         << QStringList{QStringLiteral("size.acceleratorChooseNow")};
    QTest::newRow("fpga") << false << QStringLiteral("Standard_PB6s") << 3
                          << QStringList{QStringLiteral("size.acceleratorChooseNow")};
}

void TestSizeRules::purposeAndSize()
{
    QFETCH(bool, devTest);
    QFETCH(QString, size);
    QFETCH(int, nodes);
    QFETCH(QStringList, expected);
    const Findings f = validatePurposeAndSize(devTest ? ClusterPurpose::DevTest : ClusterPurpose::FastProd,
                                              size, nodes, testCatalogue());
    QCOMPARE(codes(f), expected);
}

void TestSizeRules::minimumNodes_data()
{
    QTest::addColumn<bool>("devTest");
    QTest::addColumn<int>("vcpus");
    QTest::addColumn<int>("expected"); // -1 = none
    QTest::newRow("prod 1 vcpu") << false << 1 << 12;
    QTest::newRow("prod 2 vcpus") << false << 2 << 6;
    QTest::newRow("prod 4 vcpus (D3_v2)") << false << 4 << 3;
    QTest::newRow("prod 5 vcpus") << false << 5 << 3;
    QTest::newRow("prod 16 vcpus still 3 nodes") << false << 16 << 3;
    QTest::newRow("prod 0 vcpus") << false << 0 << -1;
    QTest::newRow("dev 1 vcpu") << true << 1 << 2;
    QTest::newRow("dev 2 vcpus") << true << 2 << 1;
    QTest::newRow("dev 8 vcpus") << true << 8 << 1;
}

void TestSizeRules::minimumNodes()
{
    QFETCH(bool, devTest);
    QFETCH(int, vcpus);
    QFETCH(int, expected);
    const std::optional<int> n = minimumNodeCount(devTest ? ClusterPurpose::DevTest : ClusterPurpose::FastProd, vcpus);
    QCOMPARE(n.value_or(-1), expected);
}

void TestSizeRules::acceleratorsFromTheCatalogue()
{
    const VmSizeCatalogue catalogue = testCatalogue();
    QCOMPARE(acceleratorOf(*catalogue.find(QStringLiteral("Test_4cpu"))), Accelerator::None);
    QCOMPARE(acceleratorOf(*catalogue.find(QStringLiteral("Standard_NC6"))), Accelerator::Gpu);
    QCOMPARE(acceleratorOf(*catalogue.find(QStringLiteral("Standard_PB6s"))), Accelerator::Fpga);
}

// No catalogue (the region's sizes could not be read): a warning that the size was not checked,
// with the reason; never a vCPU verdict from a guessed table. The node-count rules still apply.
void TestSizeRules::noCatalogueIsNotChecked()
{
    const QString reason = QStringLiteral("The service is unavailable (503)");
    Findings f = validatePurposeAndSize(ClusterPurpose::FastProd, QStringLiteral("Standard_D3_v2"), 3, std::nullopt, reason);
    QCOMPARE(codes(f), QStringList{QStringLiteral("size.notChecked")});
    QCOMPARE(f.first().severity, Severity::Warning);
    QVERIFY2(f.first().message.contains(reason) && f.first().message.contains(QLatin1String("Standard_D3_v2"))
                 && f.first().message.contains(QLatin1String("not checked")),
             qPrintable(f.first().message));
    // 1 node of a 1-vCPU size would fail dev-test with a catalogue; without one it is not judged.
    QCOMPARE(codes(validatePurposeAndSize(ClusterPurpose::DevTest, QStringLiteral("Test_1cpu"), 1, std::nullopt)),
             QStringList{QStringLiteral("size.notChecked")});
    f = validatePurposeAndSize(ClusterPurpose::FastProd, QStringLiteral("Standard_D3_v2"), 2, std::nullopt);
    QCOMPARE(codes(f), (QStringList{QStringLiteral("size.notChecked"), QStringLiteral("size.productionNodes")}));
    QVERIFY(f.first().message.contains(QLatin1String("not known")));
    QVERIFY(hasErrors(f));
}

void TestSizeRules::messageNamesMinimumNodes()
{
    const Findings f = validatePurposeAndSize(ClusterPurpose::FastProd, QStringLiteral("Test_2cpu"), 4, testCatalogue());
    QCOMPARE(f.size(), 1);
    QVERIFY2(f.first().message.contains(QLatin1String("at least 6 nodes")), qPrintable(f.first().message));
    QVERIFY(f.first().message.contains(QLatin1String("8")));
}

QTEST_GUILESS_MAIN(TestSizeRules)
#include "tst_sizerules.moc"
