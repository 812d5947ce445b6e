// Validity window, host name coverage, certificate details and the one-call pair report.
#include "TestPki.h"

#include "tls/CertificateParser.h"
#include "tls/CertificateReport.h"
#include "tls/CertificateRulesFacts.h"
#include "tls/HostnameMatch.h"
#include "tls/Validity.h"
#include "rules/Preflight.h"

#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace cw::tls;
using namespace cw::tls::test;

Q_DECLARE_METATYPE(cw::tls::ValidityStatus)
Q_DECLARE_METATYPE(cw::tls::CheckSeverity)

namespace {

CertificateInfo parseOne(const QByteArray &pem)
{
    const CertificateChainResult result = parseCertificateChain(pem);
    if (!result.ok() || result.certificates.isEmpty())
        qFatal("test certificate did not parse: %s", qPrintable(result.message));
    return result.certificates.first();
}

} // namespace

class CertificateChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validity_data();
    void validity();
    void dnsNameCovers_data();
    void dnsNameCovers();
    void certificateCoverage_data();
    void certificateCoverage();
    void certificateDetails();
    void selfSignedDetection();
    void inspectPair_data();
    void inspectPair();
    void inspectPairFindsLeafInAnyOrder();
    void everyReportFailRefusesThePreflight_data();
    void everyReportFailRefusesThePreflight();
    void keyMatchesCertificate();

private:
    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<TestKey> m_rsa, m_ec, m_otherRsa, m_weakRsa;
    QDateTime m_now; // whole seconds: certificate times have no fractions
};

void CertificateChecks::initTestCase()
{
    m_pki = std::make_unique<TestPki>();
    m_rsa = std::make_unique<TestKey>(KeyKind::Rsa2048);
    m_ec = std::make_unique<TestKey>(KeyKind::EcP256);
    m_otherRsa = std::make_unique<TestKey>(KeyKind::Rsa2048);
    m_weakRsa = std::make_unique<TestKey>(KeyKind::Rsa1024);
    m_now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
}

void CertificateChecks::validity_data()
{
    QTest::addColumn<qint64>("notBeforeOffsetSecs");
    QTest::addColumn<qint64>("notAfterOffsetSecs");
    QTest::addColumn<ValidityStatus>("status");
    QTest::addColumn<int>("daysLeft");

    constexpr qint64 day = 86400;
    QTest::newRow("valid for a year") << -day << 365 * day << ValidityStatus::Valid << 365;
    QTest::newRow("expires in 31 days") << -day << 31 * day << ValidityStatus::Valid << 31;
    QTest::newRow("expires in 30 days + 1s") << -day << 30 * day + 1 << ValidityStatus::Valid << 30;
    QTest::newRow("expires in exactly 30 days")
        << -day << 30 * day << ValidityStatus::ExpiringSoon << 30;
    QTest::newRow("expires in 29 days") << -day << 29 * day << ValidityStatus::ExpiringSoon << 29;
    QTest::newRow("expires now") << -day << qint64(0) << ValidityStatus::ExpiringSoon << 0;
    QTest::newRow("expired a second ago") << -day << qint64(-1) << ValidityStatus::Expired << -1;
    QTest::newRow("expired last year") << -400 * day << -35 * day << ValidityStatus::Expired << -35;
    QTest::newRow("valid from now") << qint64(0) << 90 * day << ValidityStatus::Valid << 90;
    QTest::newRow("valid in a second")
        << qint64(1) << 90 * day << ValidityStatus::NotYetValid << 90;
    QTest::newRow("valid tomorrow") << day << 90 * day << ValidityStatus::NotYetValid << 90;
}

void CertificateChecks::validity()
{
    QFETCH(qint64, notBeforeOffsetSecs);
    QFETCH(qint64, notAfterOffsetSecs);
    QFETCH(ValidityStatus, status);
    QFETCH(int, daysLeft);

    LeafOptions options;
    options.notBefore = m_now.addSecs(notBeforeOffsetSecs);
    options.notAfter = m_now.addSecs(notAfterOffsetSecs);
    const CertificateInfo info = parseOne(m_pki->leafPem(*m_ec, options));
    QCOMPARE(info.notBefore, options.notBefore);
    QCOMPARE(info.notAfter, options.notAfter);

    const ValidityResult result = checkValidity(info, m_now);
    QCOMPARE(result.status, status);
    QCOMPARE(result.daysLeft, daysLeft);
    QVERIFY(!result.message.isEmpty());
}

void CertificateChecks::dnsNameCovers_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("covers");

    QTest::newRow("exact") << "www.contoso.com"
                           << "www.contoso.com" << true;
    QTest::newRow("case-insensitive") << "WWW.Contoso.COM"
                                      << "www.contoso.com" << true;
    QTest::newRow("trailing dot on host") << "www.contoso.com"
                                          << "www.contoso.com." << true;
    QTest::newRow("trailing dot on name") << "www.contoso.com."
                                          << "www.contoso.com" << true;
    QTest::newRow("different host") << "www.contoso.com"
                                    << "api.contoso.com" << false;
    QTest::newRow("suffix is not a match") << "contoso.com"
                                           << "www.contoso.com" << false;
    QTest::newRow("wildcard, one label") << "*.contoso.com"
                                         << "www.contoso.com" << true;
    QTest::newRow("wildcard, hyphenated label") << "*.contoso.com"
                                                << "ml-scoring.contoso.com" << true;
    QTest::newRow("wildcard, bare domain") << "*.contoso.com"
                                           << "contoso.com" << false;
    QTest::newRow("wildcard, two labels") << "*.contoso.com"
                                          << "a.b.contoso.com" << false;
    QTest::newRow("wildcard, other domain") << "*.contoso.com"
                                            << "www.fabrikam.com" << false;
    QTest::newRow("wildcard, lookalike suffix") << "*.contoso.com"
                                                << "www.evilcontoso.com" << false;
    QTest::newRow("wildcard on a TLD") << "*.com"
                                       << "contoso.com" << false;
    QTest::newRow("lone wildcard") << "*"
                                   << "localhost" << false;
    QTest::newRow("partial wildcard") << "w*.contoso.com"
                                      << "www.contoso.com" << false;
    QTest::newRow("inner wildcard") << "www.*.com"
                                    << "www.contoso.com" << false;
    QTest::newRow("double wildcard") << "*.*.contoso.com"
                                     << "a.b.contoso.com" << false;
    QTest::newRow("wildcard host") << "*.contoso.com"
                                   << "*.contoso.com" << false;
    QTest::newRow("empty pattern") << ""
                                   << "www.contoso.com" << false;
    QTest::newRow("empty host") << "www.contoso.com"
                                << "" << false;
    QTest::newRow("empty label") << "www..contoso.com"
                                 << "www..contoso.com" << false;
    QTest::newRow("embedded NUL") << QStringLiteral("www.contoso.com") + QChar(0)
                                         + QStringLiteral(".evil.com")
                                  << "www.contoso.com" << false;
    QTest::newRow("IP literal against wildcard") << "*.0.0.1"
                                                 << "127.0.0.1" << false;
    QTest::newRow("deep name") << "a.b.c.contoso.com"
                               << "A.B.C.CONTOSO.COM" << true;
}

void CertificateChecks::dnsNameCovers()
{
    QFETCH(QString, pattern);
    QFETCH(QString, host);
    QFETCH(bool, covers);
    QCOMPARE(cw::tls::dnsNameCovers(pattern, host), covers);
}

void CertificateChecks::certificateCoverage_data()
{
    QTest::addColumn<QString>("commonName");
    QTest::addColumn<QStringList>("dnsNames");
    QTest::addColumn<QString>("cname");
    QTest::addColumn<bool>("covered");
    QTest::addColumn<bool>("usedCommonName");

    const QStringList wildcard{QStringLiteral("*.contoso.com")};
    QTest::newRow("wildcard SAN covers www")
        << "x" << wildcard << "www.contoso.com" << true << false;
    QTest::newRow("wildcard SAN, bare domain")
        << "x" << wildcard << "contoso.com" << false << false;
    QTest::newRow("wildcard SAN, two labels")
        << "x" << wildcard << "a.b.contoso.com" << false << false;
    QTest::newRow("second SAN matches")
        << "x" << QStringList{QStringLiteral("api.contoso.com"), QStringLiteral("ml.contoso.com")}
        << "ml.contoso.com" << true << false;
    QTest::newRow("CN fallback without SAN")
        << "ml.contoso.com" << QStringList() << "ml.contoso.com" << true << true;
    QTest::newRow("CN fallback wildcard")
        << "*.contoso.com" << QStringList() << "ml.contoso.com" << true << true;
    QTest::newRow("CN fallback miss")
        << "ml.contoso.com" << QStringList() << "api.contoso.com" << false << false;
    QTest::newRow("CN ignored when SAN present")
        << "ml.contoso.com" << QStringList{QStringLiteral("api.contoso.com")} << "ml.contoso.com"
        << false << false;
    QTest::newRow("no names at all") << "" << QStringList() << "ml.contoso.com" << false << false;
}

void CertificateChecks::certificateCoverage()
{
    QFETCH(QString, commonName);
    QFETCH(QStringList, dnsNames);
    QFETCH(QString, cname);
    QFETCH(bool, covered);
    QFETCH(bool, usedCommonName);

    LeafOptions options;
    options.commonName = commonName;
    options.dnsNames = dnsNames;
    const CertificateInfo info = parseOne(m_pki->leafPem(*m_ec, options));
    QCOMPARE(info.dnsNames, dnsNames);

    const HostnameCoverage coverage = checkHostnameCoverage(info, cname);
    QCOMPARE(coverage.covered, covered);
    QCOMPARE(coverage.usedCommonName, usedCommonName);
    QVERIFY(!coverage.message.isEmpty());
    if (!covered && !dnsNames.isEmpty())
        QVERIFY2(coverage.message.contains(dnsNames.first()), qPrintable(coverage.message));
}

void CertificateChecks::certificateDetails()
{
    LeafOptions options;
    options.commonName = QStringLiteral("ml.contoso.com");
    options.dnsNames = {QStringLiteral("ml.contoso.com"), QStringLiteral("*.ml.contoso.com")};
    options.notBefore = m_now.addDays(-2);
    options.notAfter = m_now.addDays(100);
    const CertificateInfo rsa = parseOne(m_pki->leafPem(*m_rsa, options));
    QCOMPARE(rsa.subject, QStringLiteral("O=Contoso Test,CN=ml.contoso.com"));
    QCOMPARE(rsa.issuer, QStringLiteral("O=Contoso Test,CN=Clusterwright Test CA"));
    QCOMPARE(rsa.commonName, QStringLiteral("ml.contoso.com"));
    QCOMPARE(rsa.dnsNames, options.dnsNames);
    QCOMPARE(rsa.notBefore, options.notBefore);
    QCOMPARE(rsa.notAfter, options.notAfter);
    QCOMPARE(rsa.publicKey.type, KeyType::Rsa);
    QCOMPARE(rsa.publicKey.bits, 2048);
    QCOMPARE(rsa.publicKey.display, QStringLiteral("RSA 2048"));
    QVERIFY(!rsa.selfSigned);
    QVERIFY(!rsa.isCa);
    QVERIFY(!rsa.serialHex.isEmpty());
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-F]+$")).match(rsa.serialHex).hasMatch());
    QVERIFY2(QRegularExpression(QStringLiteral("^([0-9A-F]{2}:){31}[0-9A-F]{2}$"))
                 .match(rsa.sha256Fingerprint)
                 .hasMatch(),
             qPrintable(rsa.sha256Fingerprint));

    const CertificateInfo ec = parseOne(m_pki->leafPem(*m_ec, options));
    QCOMPARE(ec.publicKey.type, KeyType::Ec);
    QCOMPARE(ec.publicKey.bits, 256);
    QCOMPARE(ec.publicKey.curve, QStringLiteral("prime256v1"));
    QCOMPARE(ec.publicKey.display, QStringLiteral("EC P-256"));
    QVERIFY(ec.sha256Fingerprint != rsa.sha256Fingerprint);
}

void CertificateChecks::selfSignedDetection()
{
    const CertificateInfo ca = parseOne(m_pki->caCertificatePem());
    QVERIFY(ca.selfSigned);
    QVERIFY(ca.isCa);
    QCOMPARE(ca.subject, ca.issuer);

    LeafOptions options;
    options.selfSigned = true;
    const CertificateInfo self = parseOne(m_pki->leafPem(*m_rsa, options));
    QVERIFY(self.selfSigned);
    QVERIFY(!self.isCa);

    // Same name as its issuer but signed by another key: looks self-signed, is not.
    options.selfSigned = false;
    options.commonName = QStringLiteral("Clusterwright Test CA");
    const CertificateInfo lookalike = parseOne(m_pki->leafPem(*m_rsa, options));
    QCOMPARE(lookalike.subject, lookalike.issuer);
    QVERIFY(!lookalike.selfSigned);
}

void CertificateChecks::inspectPair_data()
{
    QTest::addColumn<QByteArray>("certPem");
    QTest::addColumn<QByteArray>("keyPem");
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QString>("cname");
    QTest::addColumn<QString>("checkId");
    QTest::addColumn<CheckSeverity>("checkSeverity");
    QTest::addColumn<CheckSeverity>("overall");

    const QString host = QStringLiteral("ml.contoso.com");
    const QByteArray ca = m_pki->caCertificatePem();
    const QByteArray leaf = m_pki->leafPem(*m_rsa, {host, {host}});
    const QByteArray chain = leaf + ca;
    const QByteArray key = m_rsa->pkcs8Pem();

    QTest::newRow("good pair") << chain << key << QString() << host << "key-match"
                               << CheckSeverity::Pass << CheckSeverity::Pass;
    QTest::newRow("leaf without issuer in file")
        << leaf << key << QString() << host << "chain" << CheckSeverity::Warning
        << CheckSeverity::Warning;
    QTest::newRow("mismatched key") << chain << m_otherRsa->pkcs8Pem() << QString() << host
                                    << "key-match" << CheckSeverity::Fail << CheckSeverity::Fail;
    QTest::newRow("ec key for rsa certificate")
        << chain << m_ec->pkcs8Pem() << QString() << host << "key-match" << CheckSeverity::Fail
        << CheckSeverity::Fail;
    const QByteArray encrypted = m_rsa->encryptedPkcs8Pem("s3cret");
    QTest::newRow("encrypted key, right passphrase")
        << chain << encrypted << QStringLiteral("s3cret") << host << "key-match"
        << CheckSeverity::Pass << CheckSeverity::Pass;
    QTest::newRow("encrypted key, missing passphrase")
        << chain << encrypted << QString() << host << "key" << CheckSeverity::Fail
        << CheckSeverity::Fail;
    QTest::newRow("cname not covered") << chain << key << QString() << "api.contoso.com"
                                       << "hostname" << CheckSeverity::Fail << CheckSeverity::Fail;
    QTest::newRow("no cname") << chain << key << QString() << ""
                              << "hostname" << CheckSeverity::Fail << CheckSeverity::Fail;

    LeafOptions expired{host, {host}, m_now.addDays(-100), m_now.addDays(-1)};
    QTest::newRow("expired") << m_pki->leafPem(*m_rsa, expired) + ca << key << QString() << host
                             << "validity" << CheckSeverity::Fail << CheckSeverity::Fail;
    LeafOptions future{host, {host}, m_now.addDays(2), m_now.addDays(100)};
    QTest::newRow("not yet valid")
        << m_pki->leafPem(*m_rsa, future) + ca << key << QString() << host << "validity"
        << CheckSeverity::Fail << CheckSeverity::Fail;
    LeafOptions expiring{host, {host}, m_now.addDays(-300), m_now.addDays(29)};
    QTest::newRow("expiring in 29 days")
        << m_pki->leafPem(*m_rsa, expiring) + ca << key << QString() << host << "validity"
        << CheckSeverity::Warning << CheckSeverity::Warning;
    LeafOptions selfSigned{host, {host}, {}, {}, true};
    QTest::newRow("self-signed") << m_pki->leafPem(*m_rsa, selfSigned) << key << QString() << host
                                 << "self-signed" << CheckSeverity::Warning
                                 << CheckSeverity::Warning;
    QTest::newRow("weak rsa key") << m_pki->leafPem(*m_weakRsa, {host, {host}}) + ca
                                  << m_weakRsa->pkcs8Pem() << QString() << host << "key-strength"
                                  << CheckSeverity::Fail << CheckSeverity::Fail;
    QTest::newRow("intermediate before the leaf")
        << ca + leaf << key << QString() << host << "chain-order" << CheckSeverity::Fail
        << CheckSeverity::Fail;
    QTest::newRow("certificate file holding the key")
        << leaf + key + ca << key << QString() << host << "key-in-certificate"
        << CheckSeverity::Fail << CheckSeverity::Fail;
    QTest::newRow("certificate file holding a traditional key")
        << leaf + ca + m_rsa->traditionalPem() << key << QString() << host
        << "key-in-certificate" << CheckSeverity::Fail << CheckSeverity::Fail;
    QTest::newRow("DER certificate") << m_pki->leafDer(*m_rsa) << key << QString() << host
                                     << "certificate" << CheckSeverity::Fail << CheckSeverity::Fail;
}

void CertificateChecks::inspectPair()
{
    QFETCH(QByteArray, certPem);
    QFETCH(QByteArray, keyPem);
    QFETCH(QString, passphrase);
    QFETCH(QString, cname);
    QFETCH(QString, checkId);
    QFETCH(CheckSeverity, checkSeverity);
    QFETCH(CheckSeverity, overall);

    const CertificatePairReport report
        = cw::tls::inspectPair(certPem, keyPem, passphrase, cname, m_now);
    const CertificateCheck *check = report.check(checkId);
    QVERIFY2(check, qPrintable(checkId));
    QCOMPARE(check->severity, checkSeverity);
    QVERIFY(!check->message.isEmpty());
    QCOMPARE(report.overall(), overall);
    QCOMPARE(report.usable(), overall != CheckSeverity::Fail);
    for (const CertificateCheck &c : report.checks)
        QVERIFY2(!c.message.isEmpty(), qPrintable(c.id));
}

void CertificateChecks::inspectPairFindsLeafInAnyOrder()
{
    const QString host = QStringLiteral("ml.contoso.com");
    const QByteArray leaf = m_pki->leafPem(*m_ec, {host, {host}});
    const QByteArray reversed = m_pki->caCertificatePem() + leaf;
    const CertificatePairReport report
        = cw::tls::inspectPair(reversed, m_ec->traditionalPem(), {}, host, m_now);
    QCOMPARE(report.leafIndex, 1);
    QVERIFY(report.leaf());
    QCOMPARE(report.leaf()->commonName, host);
    QCOMPARE(report.keyMatches, std::optional<bool>(true));
    // Found, but not accepted: the service would serve the first certificate (the CA's).
    const CertificateCheck *order = report.check(QStringLiteral("chain-order"));
    QVERIFY(order);
    QCOMPARE(order->severity, CheckSeverity::Fail);
    QVERIFY2(order->message.contains(QStringLiteral("Clusterwright Test CA")), qPrintable(order->message));
    QCOMPARE(report.overall(), CheckSeverity::Fail);
    QCOMPARE(cw::tls::inspectPair(QByteArray(leaf + m_pki->caCertificatePem()), m_ec->traditionalPem(), {}, host, m_now)
                 .overall(),
             CheckSeverity::Pass);

    const CertificatePairReport needs
        = cw::tls::inspectPair(reversed, m_ec->encryptedPkcs8Pem("pw"), {}, host, m_now);
    QVERIFY(needs.needsPassphrase());
    QVERIFY(!needs.wrongPassphrase());
    QVERIFY(!needs.keyMatches.has_value());
    // Without the key the leaf is still found (first non-CA), so the card can show it.
    QCOMPARE(needs.leafIndex, 1);
    const CertificatePairReport wrong = cw::tls::inspectPair(
        reversed, m_ec->encryptedPkcs8Pem("pw"), QStringLiteral("nope"), host, m_now);
    QVERIFY(wrong.wrongPassphrase());
    QVERIFY(!wrong.needsPassphrase());
}

// The report, mapped to facts and run through the preflight (as the wizard's review page, the
// CLI's preflight and the update dialog do): each of its Fail findings must refuse.
void CertificateChecks::everyReportFailRefusesThePreflight_data()
{
    QTest::addColumn<QByteArray>("certPem");
    QTest::addColumn<QByteArray>("keyPem");
    QTest::addColumn<QString>("checkId");

    const QString host = QStringLiteral("ml.contoso.com");
    const QByteArray ca = m_pki->caCertificatePem();
    const QByteArray leaf = m_pki->leafPem(*m_rsa, {host, {host}});
    const QByteArray key = m_rsa->pkcs8Pem();
    QTest::newRow("1024-bit RSA") << m_pki->leafPem(*m_weakRsa, {host, {host}}) + ca
                                  << m_weakRsa->pkcs8Pem() << QStringLiteral("key-strength");
    QTest::newRow("intermediate first") << ca + leaf << key << QStringLiteral("chain-order");
    QTest::newRow("key in the certificate file") << leaf + ca + key << key
                                                 << QStringLiteral("key-in-certificate");
}

void CertificateChecks::everyReportFailRefusesThePreflight()
{
    QFETCH(QByteArray, certPem);
    QFETCH(QByteArray, keyPem);
    QFETCH(QString, checkId);

    const QString host = QStringLiteral("ml.contoso.com");
    const CertificatePairReport report = cw::tls::inspectPair(certPem, keyPem, {}, host, m_now);
    const CertificateCheck *check = report.check(checkId);
    QVERIFY2(check && check->severity == CheckSeverity::Fail, qPrintable(checkId));

    cw::rules::PreflightInput in;
    in.now = m_now;
    in.spec.tls.mode = cw::rules::TlsMode::Custom;
    in.spec.tls.cname = host;
    in.certificate = cw::tls::toCertificateFacts(report);
    const QList<cw::rules::PreflightCheck> checks = cw::rules::preflightCertificateChecks(in);
    bool refused = false;
    for (const cw::rules::PreflightCheck &c : checks)
        if (c.id == QStringLiteral("certificate.") + checkId) {
            QCOMPARE(c.status, cw::rules::CheckStatus::Fail);
            QCOMPARE(c.reason, check->message);
            refused = true;
        }
    QVERIFY2(refused, qPrintable(checkId));
}

void CertificateChecks::keyMatchesCertificate()
{
    const QByteArray leaf = m_pki->leafPem(*m_rsa);
    QCOMPARE(cw::tls::keyMatchesCertificate(leaf, m_rsa->traditionalPem()),
             std::optional<bool>(true));
    QCOMPARE(cw::tls::keyMatchesCertificate(leaf, m_otherRsa->pkcs8Pem()),
             std::optional<bool>(false));
    QCOMPARE(cw::tls::keyMatchesCertificate(leaf, QByteArray()), std::optional<bool>());
    QCOMPARE(
        cw::tls::keyMatchesCertificate(leaf, m_rsa->encryptedPkcs8Pem("x"), QStringLiteral("x")),
        std::optional<bool>(true));
}

QTEST_GUILESS_MAIN(CertificateChecks)
#include "tst_CertificateChecks.moc"
