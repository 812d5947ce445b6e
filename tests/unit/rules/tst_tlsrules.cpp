// TLS and load balancer combinations, leaf label syntax, FQDN preview, CNAME syntax.
#include "rules/TlsRules.h"

#include <QTest>

using namespace cw::rules;

namespace {
const QString kCert = QStringLiteral("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
const QString kKey = QStringLiteral("-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n");

ComputeSpec specWith(TlsMode mode, LoadBalancerType lb, const QString &lbSubnet = {})
{
    ComputeSpec s;
    s.name = QStringLiteral("myaks");
    s.region = QStringLiteral("westeurope");
    s.loadBalancer = lb;
    s.loadBalancerSubnet = lbSubnet;
    s.tls.mode = mode;
    s.tls.leafLabel = QStringLiteral("contoso");
    s.tls.certPem = kCert;
    s.tls.keyPem = kKey;
    s.tls.cname = QStringLiteral("www.contoso.com");
    return s;
}
} // namespace

class TestTlsRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void combinations_data();
    void combinations();
    void leafLabel_data();
    void leafLabel();
    void cname_data();
    void cname();
    void fqdnPreview();
    void customCertificateNeedsPem();
};

void TestTlsRules::combinations_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("lb");
    QTest::addColumn<QString>("subnet");
    QTest::addColumn<QStringList>("expected");
    const int pub = int(LoadBalancerType::PublicIp);
    const int ilb = int(LoadBalancerType::InternalLoadBalancer);
    QTest::newRow("none public") << int(TlsMode::None) << pub << QString() << QStringList{};
    QTest::newRow("leaf public") << int(TlsMode::LeafLabel) << pub << QString() << QStringList{};
    QTest::newRow("custom public") << int(TlsMode::Custom) << pub << QString() << QStringList{};
    QTest::newRow("none ilb with subnet") << int(TlsMode::None) << ilb << QStringLiteral("default") << QStringList{};
    QTest::newRow("none ilb without subnet") << int(TlsMode::None) << ilb << QString()
                                             << QStringList{QStringLiteral("lb.subnetMissing")};
    QTest::newRow("leaf ilb") << int(TlsMode::LeafLabel) << ilb << QStringLiteral("default")
                              << QStringList{QStringLiteral("tls.withInternalLoadBalancer")};
    QTest::newRow("custom ilb no subnet") << int(TlsMode::Custom) << ilb << QString()
                                          << QStringList{QStringLiteral("tls.withInternalLoadBalancer"), QStringLiteral("lb.subnetMissing")};
    // Issue 16 item 3: the internal load balancer's subnet follows Azure's subnet name rule.
    QTest::newRow("ilb subnet with space and bang") << int(TlsMode::None) << ilb << QStringLiteral("bad subnet!")
                                                   << QStringList{QStringLiteral("lb.subnet.characters")};
    QTest::newRow("ilb subnet starting with a hyphen") << int(TlsMode::None) << ilb << QStringLiteral("-x")
                                                      << QStringList{QStringLiteral("lb.subnet.start")};
    QTest::newRow("ilb subnet of 90 characters") << int(TlsMode::None) << ilb << QStringLiteral("s").repeated(90)
                                                << QStringList{QStringLiteral("lb.subnet.tooLong")};
    QTest::newRow("ilb subnet ending with a period") << int(TlsMode::None) << ilb << QStringLiteral("sub.")
                                                    << QStringList{QStringLiteral("lb.subnet.end")};
    QTest::newRow("ilb subnet with a leading underscore") << int(TlsMode::None) << ilb << QStringLiteral("_snet")
                                                         << QStringList{};
    QTest::newRow("public with subnet") << int(TlsMode::None) << pub << QStringLiteral("default")
                                        << QStringList{QStringLiteral("lb.subnetIgnored")};
}

void TestTlsRules::combinations()
{
    QFETCH(int, mode);
    QFETCH(int, lb);
    QFETCH(QString, subnet);
    QFETCH(QStringList, expected);
    const Findings f = validateTlsAndLoadBalancer(specWith(TlsMode(mode), LoadBalancerType(lb), subnet));
    QCOMPARE(codes(f), expected);
}

void TestTlsRules::leafLabel_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("contoso") << QStringLiteral("contoso") << QStringList{};
    QTest::newRow("one letter") << QStringLiteral("a") << QStringList{};
    QTest::newRow("with digits and hyphen") << QStringLiteral("my-app-2") << QStringList{};
    QTest::newRow("57 chars") << QStringLiteral("a").repeated(57) << QStringList{};
    QTest::newRow("58 chars") << QStringLiteral("a").repeated(58) << QStringList{QStringLiteral("tls.leafLabel.tooLong")};
    QTest::newRow("empty") << QString() << QStringList{QStringLiteral("tls.leafLabel.empty")};
    QTest::newRow("upper case") << QStringLiteral("Contoso") << QStringList{QStringLiteral("tls.leafLabel.invalidCharacters"), QStringLiteral("tls.leafLabel.mustStartWithLetter")};
    QTest::newRow("dot") << QStringLiteral("con.toso") << QStringList{QStringLiteral("tls.leafLabel.invalidCharacters")};
    QTest::newRow("starts with digit") << QStringLiteral("1contoso") << QStringList{QStringLiteral("tls.leafLabel.mustStartWithLetter")};
    QTest::newRow("ends with hyphen") << QStringLiteral("contoso-") << QStringList{QStringLiteral("tls.leafLabel.mustEndWithLetterOrDigit")};
}

void TestTlsRules::leafLabel()
{
    QFETCH(QString, label);
    QFETCH(QStringList, expected);
    QCOMPARE(codes(validateLeafLabel(label)), expected);
}

void TestTlsRules::cname_data()
{
    QTest::addColumn<QString>("cname");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("www.contoso.com") << QStringLiteral("www.contoso.com") << QStringList{};
    QTest::newRow("deep") << QStringLiteral("a.b.c.contoso.co.uk") << QStringList{};
    QTest::newRow("empty") << QString() << QStringList{QStringLiteral("tls.cname.empty")};
    QTest::newRow("single label") << QStringLiteral("localhost") << QStringList{QStringLiteral("tls.cname.syntax")};
    QTest::newRow("wildcard") << QStringLiteral("*.contoso.com") << QStringList{QStringLiteral("tls.cname.wildcard")};
    QTest::newRow("underscore") << QStringLiteral("my_host.contoso.com") << QStringList{QStringLiteral("tls.cname.syntax")};
    QTest::newRow("64-char label") << (QStringLiteral("a").repeated(64) + QStringLiteral(".com")) << QStringList{QStringLiteral("tls.cname.syntax")};
    QTest::newRow("63-char label") << (QStringLiteral("a").repeated(63) + QStringLiteral(".com")) << QStringList{};
    QTest::newRow("url") << QStringLiteral("https://www.contoso.com") << QStringList{QStringLiteral("tls.cname.syntax")};
}

void TestTlsRules::cname()
{
    QFETCH(QString, cname);
    QFETCH(QStringList, expected);
    QCOMPARE(codes(validateCname(cname)), expected);
}

void TestTlsRules::fqdnPreview()
{
    QCOMPARE(leafFqdnPreview(QStringLiteral("contoso"), QStringLiteral("westeurope")),
             QStringLiteral("contoso######.westeurope.cloudapp.azure.com"));
    QCOMPARE(leafFqdnPreview(QStringLiteral("contoso"), QStringLiteral("West Europe")),
             QStringLiteral("contoso######.westeurope.cloudapp.azure.com"));
}

void TestTlsRules::customCertificateNeedsPem()
{
    ComputeSpec s = specWith(TlsMode::Custom, LoadBalancerType::PublicIp);
    s.tls.certPem = QStringLiteral("MIIB-not-pem");
    s.tls.keyPem.clear();
    s.tls.cname.clear();
    QCOMPARE(codes(validateTlsAndLoadBalancer(s)),
             (QStringList{QStringLiteral("tls.cert.notPem"), QStringLiteral("tls.key.missing"), QStringLiteral("tls.cname.empty")}));
}

QTEST_GUILESS_MAIN(TestTlsRules)
#include "tst_tlsrules.moc"
