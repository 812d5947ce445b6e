// CIDR parsing edges and the networking rules: all-or-none, DNS IP placement, overlaps, the
// subnet ID.
#include "rules/NetworkRules.h"

#include <QTest>

using namespace cw::rules;

namespace {
NetworkingSpec validNetworking()
{
    return NetworkingSpec{QStringLiteral("mynetwork"), QStringLiteral("mygroup"), QStringLiteral("default"),
                          QStringLiteral("10.0.0.0/16"), QStringLiteral("10.0.0.10"),
                          QStringLiteral("172.17.0.1/16")};
}
} // namespace

class TestNetworkRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parseCidr_data();
    void parseCidr();
    void cidrRanges_data();
    void cidrRanges();
    void networking_data();
    void networking();
    void allOrNoneNamesMissingFields();
    void chosenNetworkingNeedsTheFields();
    void subnetOverlap_data();
    void subnetOverlap();
    void subnetIdConstruction();
};

void TestNetworkRules::parseCidr_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("network");
    QTest::newRow("typical") << QStringLiteral("10.0.0.0/16") << true << QStringLiteral("10.0.0.0/16");
    QTest::newRow("host bits kept") << QStringLiteral("172.17.0.1/16") << true << QStringLiteral("172.17.0.0/16");
    QTest::newRow("prefix 0") << QStringLiteral("0.0.0.0/0") << true << QStringLiteral("0.0.0.0/0");
    QTest::newRow("prefix 32") << QStringLiteral("10.1.2.3/32") << true << QStringLiteral("10.1.2.3/32");
    QTest::newRow("prefix 33") << QStringLiteral("10.0.0.0/33") << false << QString();
    QTest::newRow("negative prefix") << QStringLiteral("10.0.0.0/-1") << false << QString();
    QTest::newRow("no prefix") << QStringLiteral("10.0.0.0") << false << QString();
    QTest::newRow("empty prefix") << QStringLiteral("10.0.0.0/") << false << QString();
    QTest::newRow("octet 255") << QStringLiteral("255.255.255.255/32") << true << QStringLiteral("255.255.255.255/32");
    QTest::newRow("octet 256") << QStringLiteral("10.0.0.256/24") << false << QString();
    QTest::newRow("three octets") << QStringLiteral("10.0.0/24") << false << QString();
    QTest::newRow("five octets") << QStringLiteral("10.0.0.0.0/24") << false << QString();
    QTest::newRow("leading zero") << QStringLiteral("010.0.0.0/8") << false << QString();
    QTest::newRow("leading zero prefix") << QStringLiteral("10.0.0.0/08") << false << QString();
    QTest::newRow("trailing dot") << QStringLiteral("10.0.0./24") << false << QString();
    QTest::newRow("ipv6") << QStringLiteral("fd00::/8") << false << QString();
    QTest::newRow("letters") << QStringLiteral("ten.0.0.0/8") << false << QString();
    QTest::newRow("two slashes") << QStringLiteral("10.0.0.0/8/8") << false << QString();
    QTest::newRow("surrounding spaces") << QStringLiteral(" 10.0.0.0/8 ") << true << QStringLiteral("10.0.0.0/8");
    QTest::newRow("plus sign") << QStringLiteral("+10.0.0.0/8") << false << QString();
}

void TestNetworkRules::parseCidr()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, network);
    const std::optional<Ipv4Cidr> c = cw::rules::parseCidr(text);
    QCOMPARE(c.has_value(), valid);
    if (c)
        QCOMPARE(c->networkString(), network);
}

void TestNetworkRules::cidrRanges_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("overlap");
    QTest::newRow("disjoint") << QStringLiteral("10.0.0.0/16") << QStringLiteral("172.17.0.1/16") << false;
    QTest::newRow("adjacent") << QStringLiteral("10.0.0.0/16") << QStringLiteral("10.1.0.0/16") << false;
    QTest::newRow("contained") << QStringLiteral("10.0.0.0/8") << QStringLiteral("10.2.0.0/16") << true;
    QTest::newRow("same") << QStringLiteral("10.0.0.0/16") << QStringLiteral("10.0.0.0/16") << true;
    QTest::newRow("last address shared") << QStringLiteral("10.0.0.0/24") << QStringLiteral("10.0.0.255/32") << true;
    QTest::newRow("one past") << QStringLiteral("10.0.0.0/24") << QStringLiteral("10.0.1.0/32") << false;
    QTest::newRow("everything") << QStringLiteral("0.0.0.0/0") << QStringLiteral("192.168.0.0/16") << true;
}

void TestNetworkRules::cidrRanges()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, overlap);
    const Ipv4Cidr ca = *cw::rules::parseCidr(a);
    const Ipv4Cidr cb = *cw::rules::parseCidr(b);
    QCOMPARE(ca.overlaps(cb), overlap);
    QCOMPARE(cb.overlaps(ca), overlap);
}

void TestNetworkRules::networking_data()
{
    QTest::addColumn<NetworkingSpec>("spec");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("none") << NetworkingSpec{} << QStringList{};
    QTest::newRow("source document example") << validNetworking() << QStringList{};

    auto with = [](auto mutate) {
        NetworkingSpec n = validNetworking();
        mutate(n);
        return n;
    };
    QTest::newRow("one missing") << with([](NetworkingSpec &n) { n.dockerBridgeCidr.clear(); })
                                 << QStringList{QStringLiteral("networking.incomplete")};
    QTest::newRow("only vnet") << NetworkingSpec{QStringLiteral("vnet")} << QStringList{QStringLiteral("networking.incomplete")};
    QTest::newRow("blank counts as missing") << with([](NetworkingSpec &n) { n.subnetName = QStringLiteral("  "); })
                                             << QStringList{QStringLiteral("networking.incomplete")};
    QTest::newRow("bad service cidr") << with([](NetworkingSpec &n) { n.serviceCidr = QStringLiteral("10.0.0.0/33"); })
                                      << QStringList{QStringLiteral("networking.serviceCidr.syntax")};
    QTest::newRow("service host bits") << with([](NetworkingSpec &n) { n.serviceCidr = QStringLiteral("10.0.0.5/16"); })
                                       << QStringList{QStringLiteral("networking.serviceCidr.hostBits")};
    QTest::newRow("service /30 ok") << with([](NetworkingSpec &n) {
        n.serviceCidr = QStringLiteral("10.0.0.0/30");
        n.dnsServiceIp = QStringLiteral("10.0.0.2");
    }) << QStringList{};
    QTest::newRow("service /31 too small") << with([](NetworkingSpec &n) {
        n.serviceCidr = QStringLiteral("10.0.0.0/31");
        n.dnsServiceIp = QStringLiteral("10.0.0.1");
    }) << QStringList{QStringLiteral("networking.serviceCidr.tooSmall"), QStringLiteral("networking.dnsServiceIp.reservedAddress")};
    QTest::newRow("service reserved 172.30") << with([](NetworkingSpec &n) {
        n.serviceCidr = QStringLiteral("172.30.0.0/16");
        n.dnsServiceIp = QStringLiteral("172.30.0.10");
    }) << QStringList{QStringLiteral("networking.serviceCidr.reserved")};
    QTest::newRow("bad docker") << with([](NetworkingSpec &n) { n.dockerBridgeCidr = QStringLiteral("172.17.0.1"); })
                                << QStringList{QStringLiteral("networking.dockerBridgeCidr.syntax")};
    QTest::newRow("bad dns") << with([](NetworkingSpec &n) { n.dnsServiceIp = QStringLiteral("10.0.0"); })
                             << QStringList{QStringLiteral("networking.dnsServiceIp.syntax")};
    QTest::newRow("dns outside") << with([](NetworkingSpec &n) { n.dnsServiceIp = QStringLiteral("10.1.0.10"); })
                                 << QStringList{QStringLiteral("networking.dnsServiceIp.outsideServiceCidr")};
    QTest::newRow("dns network address") << with([](NetworkingSpec &n) { n.dnsServiceIp = QStringLiteral("10.0.0.0"); })
                                         << QStringList{QStringLiteral("networking.dnsServiceIp.reservedAddress")};
    QTest::newRow("dns first address") << with([](NetworkingSpec &n) { n.dnsServiceIp = QStringLiteral("10.0.0.1"); })
                                       << QStringList{QStringLiteral("networking.dnsServiceIp.firstAddress")};
    QTest::newRow("dns second address ok") << with([](NetworkingSpec &n) { n.dnsServiceIp = QStringLiteral("10.0.0.2"); })
                                           << QStringList{};
    QTest::newRow("dns last host ok") << with([](NetworkingSpec &n) { n.dnsServiceIp = QStringLiteral("10.0.255.254"); })
                                      << QStringList{};
    QTest::newRow("dns broadcast") << with([](NetworkingSpec &n) { n.dnsServiceIp = QStringLiteral("10.0.255.255"); })
                                   << QStringList{QStringLiteral("networking.dnsServiceIp.reservedAddress")};
    QTest::newRow("docker overlaps service") << with([](NetworkingSpec &n) { n.dockerBridgeCidr = QStringLiteral("10.0.128.1/17"); })
                                             << QStringList{QStringLiteral("networking.overlap.serviceDocker")};
    QTest::newRow("docker adjacent to service") << with([](NetworkingSpec &n) { n.dockerBridgeCidr = QStringLiteral("10.1.0.1/16"); })
                                                << QStringList{};
    QTest::newRow("bad vnet name") << with([](NetworkingSpec &n) { n.vnetName = QStringLiteral("my/net"); })
                                   << QStringList{QStringLiteral("networking.vnetName.syntax")};
    QTest::newRow("bad subnet name") << with([](NetworkingSpec &n) { n.subnetName = QStringLiteral("sub-"); })
                                     << QStringList{QStringLiteral("networking.subnetName.end")};
    QTest::newRow("bad vnet rg") << with([](NetworkingSpec &n) { n.vnetResourceGroup = QStringLiteral("group."); })
                                 << QStringList{QStringLiteral("networking.vnetResourceGroup.syntax")};
}

void TestNetworkRules::networking()
{
    QFETCH(NetworkingSpec, spec);
    QFETCH(QStringList, expected);
    const Findings f = validateNetworking(spec);
    QCOMPARE(codes(f), expected);
    for (const Finding &finding : f)
        QVERIFY(finding.field.startsWith(QLatin1String("networking")));
}

void TestNetworkRules::allOrNoneNamesMissingFields()
{
    NetworkingSpec n = validNetworking();
    n.serviceCidr.clear();
    n.dnsServiceIp.clear();
    const Findings f = validateNetworking(n);
    QCOMPARE(f.size(), 1);
    QVERIFY(f.first().message.contains(QLatin1String("service CIDR")));
    QVERIFY(f.first().message.contains(QLatin1String("DNS service IP")));
    QVERIFY(!f.first().message.contains(QLatin1String("subnet name")));
}

void TestNetworkRules::chosenNetworkingNeedsTheFields()
{
    // "None" is fine for validateNetworking but not once the person asked for an existing network.
    QVERIFY(validateNetworking(NetworkingSpec{}).isEmpty());
    const Findings none = validateChosenNetworking(NetworkingSpec{});
    QCOMPARE(codes(none), QStringList{QStringLiteral("networking.incomplete")});
    QVERIFY(none.first().message.contains(QLatin1String("virtual network name")));
    QVERIFY(none.first().message.contains(QLatin1String("docker bridge CIDR")));
    QVERIFY(validateChosenNetworking(validNetworking()).isEmpty());
    NetworkingSpec badDns = validNetworking();
    badDns.dnsServiceIp = QStringLiteral("192.168.7.7");
    QCOMPARE(codes(validateChosenNetworking(badDns)), codes(validateNetworking(badDns)));
}

void TestNetworkRules::subnetOverlap_data()
{
    QTest::addColumn<QString>("subnet");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("separate") << QStringLiteral("192.168.0.0/24") << QStringList{};
    QTest::newRow("inside service") << QStringLiteral("10.0.1.0/24") << QStringList{QStringLiteral("networking.overlap.serviceSubnet")};
    QTest::newRow("inside docker") << QStringLiteral("172.17.5.0/24") << QStringList{QStringLiteral("networking.overlap.dockerSubnet")};
    QTest::newRow("covers both") << QStringLiteral("0.0.0.0/0")
                                 << QStringList{QStringLiteral("networking.overlap.serviceSubnet"), QStringLiteral("networking.overlap.dockerSubnet")};
}

void TestNetworkRules::subnetOverlap()
{
    QFETCH(QString, subnet);
    QFETCH(QStringList, expected);
    QCOMPARE(codes(validateNetworking(validNetworking(), cw::rules::parseCidr(subnet))), expected);
}

void TestNetworkRules::subnetIdConstruction()
{
    QCOMPARE(subnetId(QStringLiteral("00000000-0000-4000-8000-000000000001"), validNetworking()),
             QStringLiteral("/subscriptions/00000000-0000-4000-8000-000000000001/resourceGroups/mygroup/"
                            "providers/Microsoft.Network/virtualNetworks/mynetwork/subnets/default"));
}

QTEST_GUILESS_MAIN(TestNetworkRules)
#include "tst_networkrules.moc"
