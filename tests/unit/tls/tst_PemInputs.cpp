// What the certificate and key parsers accept and how they refuse everything else.
#include "TestPki.h"

#include "tls/CertificateParser.h"
#include "tls/PrivateKeyParser.h"

#include <QTest>

#include <memory>

using namespace cw::tls;
using namespace cw::tls::test;

Q_DECLARE_METATYPE(cw::tls::TlsError)
Q_DECLARE_METATYPE(cw::tls::KeyType)

class PemInputs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void certificateInputs_data();
    void certificateInputs();
    void keyInputs_data();
    void keyInputs();
    void sizeLimitIsCheckedBeforeParsing_data();
    void sizeLimitIsCheckedBeforeParsing();
    void kdfCostLimit();

private:
    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<TestKey> m_rsa, m_ec, m_ed25519;
    QByteArray m_leafPem;
};

void PemInputs::initTestCase()
{
    m_pki = std::make_unique<TestPki>();
    m_rsa = std::make_unique<TestKey>(KeyKind::Rsa2048);
    m_ec = std::make_unique<TestKey>(KeyKind::EcP256);
    m_ed25519 = std::make_unique<TestKey>(KeyKind::Ed25519);
    m_leafPem = m_pki->leafPem(*m_rsa);
}

void PemInputs::certificateInputs_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<TlsError>("error");
    QTest::addColumn<int>("certificates");

    const QByteArray leaf = m_leafPem;
    const QByteArray ca = m_pki->caCertificatePem();
    QTest::newRow("leaf") << leaf << TlsError::None << 1;
    QTest::newRow("chain leaf+ca") << leaf + ca << TlsError::None << 2;
    QTest::newRow("crlf line ends")
        << QByteArray(leaf).replace("\n", "\r\n") << TlsError::None << 1;
    QTest::newRow("text around blocks")
        << "Bag Attributes\n  friendlyName: test\n" + leaf + "trailing notes\n"
        << TlsError::None << 1;
    QTest::newRow("cert and key in one file") << leaf + m_rsa->pkcs8Pem() << TlsError::None << 1;
    QTest::newRow("ec leaf") << m_pki->leafPem(*m_ec) << TlsError::None << 1;
    QTest::newRow("empty") << QByteArray() << TlsError::Empty << 0;
    QTest::newRow("whitespace only") << QByteArray(" \n\t\r\n ") << TlsError::Empty << 0;
    QTest::newRow("DER certificate") << m_pki->leafDer(*m_rsa) << TlsError::Der << 0;
    QTest::newRow("PKCS#12") << m_pki->pkcs12(*m_rsa, "secret") << TlsError::Pkcs12 << 0;
    QTest::newRow("garbage text") << QByteArray("hello, this is not a certificate\n")
                                  << TlsError::NotPem << 0;
    QTest::newRow("garbage binary")
        << QByteArray("\x01\x02\x00\xff\xfe", 5) << TlsError::NotPem << 0;
    QTest::newRow("DER-looking garbage")
        << QByteArray("\x30\x82\x01\x00garbage", 11) << TlsError::Der << 0;
    QTest::newRow("key instead of certificate") << m_rsa->pkcs8Pem() << TlsError::WrongContent << 0;
    QTest::newRow("public key") << m_rsa->publicKeyPem() << TlsError::WrongContent << 0;
    QTest::newRow("missing END line")
        << leaf.left(leaf.indexOf("-----END")) << TlsError::Malformed << 0;
    QByteArray badBase64 = leaf;
    badBase64[40] = '!';
    QTest::newRow("invalid base64") << badBase64 << TlsError::Malformed << 0;
    QTest::newRow("valid base64, not a certificate")
        << QByteArray("-----BEGIN CERTIFICATE-----\naGVsbG8gd29ybGQ=\n-----END CERTIFICATE-----\n")
        << TlsError::Malformed << 0;
    QTest::newRow("second certificate damaged")
        << leaf + "-----BEGIN CERTIFICATE-----\nMAA=\n-----END CERTIFICATE-----\n"
        << TlsError::Malformed << 0;
}

void PemInputs::certificateInputs()
{
    QFETCH(QByteArray, input);
    QFETCH(TlsError, error);
    QFETCH(int, certificates);

    const CertificateChainResult result = parseCertificateChain(input);
    QCOMPARE(result.error, error);
    QCOMPARE(result.certificates.size(), certificates);
    QCOMPARE(result.ok(), error == TlsError::None);
    // Every refusal says why, in a sentence; success carries no message.
    QCOMPARE(result.message.isEmpty(), result.ok());
}

void PemInputs::keyInputs_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<TlsError>("error");
    QTest::addColumn<bool>("encrypted");
    QTest::addColumn<KeyType>("type");
    QTest::addColumn<int>("bits");

    const QByteArray pass = "correct horse";
    const QString right = QString::fromLatin1(pass);
    const QString wrong = QStringLiteral("battery staple");
    QTest::newRow("rsa pkcs8") << m_rsa->pkcs8Pem() << QString() << TlsError::None << false
                               << KeyType::Rsa << 2048;
    QTest::newRow("rsa traditional")
        << m_rsa->traditionalPem() << QString() << TlsError::None << false << KeyType::Rsa << 2048;
    QTest::newRow("ec pkcs8") << m_ec->pkcs8Pem() << QString() << TlsError::None << false
                              << KeyType::Ec << 256;
    QTest::newRow("ec traditional")
        << m_ec->traditionalPem() << QString() << TlsError::None << false << KeyType::Ec << 256;
    QTest::newRow("ec with parameters block")
        << "-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n"
               + m_ec->traditionalPem()
        << QString() << TlsError::None << false << KeyType::Ec << 256;
    QTest::newRow("key after certificate") << m_leafPem + m_rsa->pkcs8Pem() << QString()
                                           << TlsError::None << false << KeyType::Rsa << 2048;
    QTest::newRow("unencrypted key ignores passphrase")
        << m_rsa->pkcs8Pem() << right << TlsError::None << false << KeyType::Rsa << 2048;

    const QByteArray pkcs8Encrypted = m_rsa->encryptedPkcs8Pem(pass);
    QTest::newRow("encrypted pkcs8, right passphrase")
        << pkcs8Encrypted << right << TlsError::None << true << KeyType::Rsa << 2048;
    QTest::newRow("encrypted pkcs8, wrong passphrase")
        << pkcs8Encrypted << wrong << TlsError::WrongPassphrase << true << KeyType::Unknown << 0;
    QTest::newRow("encrypted pkcs8, no passphrase")
        << pkcs8Encrypted << QString() << TlsError::NeedsPassphrase << true << KeyType::Unknown
        << 0;
    const QByteArray ecEncrypted = m_ec->encryptedPkcs8Pem(pass);
    QTest::newRow("encrypted ec pkcs8, right passphrase")
        << ecEncrypted << right << TlsError::None << true << KeyType::Ec << 256;
    const QByteArray traditionalEncrypted = m_rsa->encryptedTraditionalPem(pass);
    QTest::newRow("encrypted traditional, right passphrase")
        << traditionalEncrypted << right << TlsError::None << true << KeyType::Rsa << 2048;
    QTest::newRow("encrypted traditional, wrong passphrase")
        << traditionalEncrypted << wrong << TlsError::WrongPassphrase << true << KeyType::Unknown
        << 0;
    QTest::newRow("encrypted traditional, no passphrase")
        << traditionalEncrypted << QString() << TlsError::NeedsPassphrase << true
        << KeyType::Unknown << 0;
    QTest::newRow("non-ASCII passphrase")
        << m_ec->encryptedPkcs8Pem(QStringLiteral("pässwört").toUtf8())
        << QStringLiteral("pässwört") << TlsError::None << true << KeyType::Ec << 256;

    QTest::newRow("empty") << QByteArray() << QString() << TlsError::Empty << false
                           << KeyType::Unknown << 0;
    QTest::newRow("DER key") << m_rsa->pkcs8Der() << QString() << TlsError::Der << false
                             << KeyType::Unknown << 0;
    QTest::newRow("PKCS#12") << m_pki->pkcs12(*m_ec, "secret") << QString() << TlsError::Pkcs12
                             << false << KeyType::Unknown << 0;
    QTest::newRow("garbage") << QByteArray("not a key") << QString() << TlsError::NotPem << false
                             << KeyType::Unknown << 0;
    QTest::newRow("certificate instead of key")
        << m_leafPem << QString() << TlsError::WrongContent << false << KeyType::Unknown << 0;
    QTest::newRow("public key instead of private")
        << m_rsa->publicKeyPem() << QString() << TlsError::WrongContent << false << KeyType::Unknown
        << 0;
    QTest::newRow("two keys") << m_rsa->pkcs8Pem() + m_ec->pkcs8Pem() << QString()
                              << TlsError::WrongContent << false << KeyType::Unknown << 0;
    QTest::newRow("ed25519 unsupported")
        << m_ed25519->pkcs8Pem() << QString() << TlsError::UnsupportedKey << false
        << KeyType::Unknown << 0;
    QTest::newRow("openssh key") << QByteArray(
        "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjE=\n"
        "-----END OPENSSH PRIVATE KEY-----\n")
                                 << QString() << TlsError::UnsupportedKey << false
                                 << KeyType::Unknown << 0;
    QTest::newRow("damaged pkcs8")
        << QByteArray("-----BEGIN PRIVATE KEY-----\naGVsbG8gd29ybGQ=\n-----END PRIVATE KEY-----\n")
        << QString() << TlsError::Malformed << false << KeyType::Unknown << 0;
}

void PemInputs::keyInputs()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, passphrase);
    QFETCH(TlsError, error);
    QFETCH(bool, encrypted);
    QFETCH(KeyType, type);
    QFETCH(int, bits);

    const PrivateKeyResult result = parsePrivateKey(input, passphrase);
    QCOMPARE(result.error, error);
    QCOMPARE(result.encrypted, encrypted);
    QCOMPARE(result.key.type, type);
    QCOMPARE(result.key.bits, bits);
    QCOMPARE(result.message.isEmpty(), result.ok());
    if (result.ok())
        QVERIFY(!result.key.display.isEmpty());
}

void PemInputs::sizeLimitIsCheckedBeforeParsing_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::addColumn<bool>("tooLarge");
    QTest::newRow("exactly 1 MiB") << kMaxPemInputBytes << false;
    QTest::newRow("1 MiB + 1") << kMaxPemInputBytes + 1 << true;
    QTest::newRow("10 MB") << qsizetype(10'000'000) << true;
}

void PemInputs::sizeLimitIsCheckedBeforeParsing()
{
    QFETCH(qsizetype, size);
    QFETCH(bool, tooLarge);
    // A valid certificate padded with comment text up to `size`: only the size decides.
    QByteArray input = m_leafPem;
    input.append(QByteArray(size - input.size(), 'x'));
    QCOMPARE(input.size(), size);

    const CertificateChainResult cert = parseCertificateChain(input);
    QCOMPARE(cert.error == TlsError::TooLarge, tooLarge);
    if (!tooLarge)
        QCOMPARE(cert.error, TlsError::None);
    else
        QVERIFY(cert.message.contains(QLatin1String("KiB")));
    const PrivateKeyResult key = parsePrivateKey(input);
    QCOMPARE(key.error == TlsError::TooLarge, tooLarge);
}

void PemInputs::kdfCostLimit()
{
    const QByteArray pass = "pw";
    const QByteArray pem = m_ec->encryptedPkcs8Pem(pass, 5000);
    KeyParseLimits strict;
    strict.maxPbkdf2Iterations = 4999;
    const PrivateKeyResult refused = parsePrivateKey(pem, QStringLiteral("pw"), strict);
    QCOMPARE(refused.error, TlsError::UnsupportedKey);
    QVERIFY(refused.encrypted);
    // The cost is checked before the passphrase question: no prompt for a key we cannot open.
    QCOMPARE(parsePrivateKey(pem, QString(), strict).error, TlsError::UnsupportedKey);
    strict.maxPbkdf2Iterations = 5000;
    QCOMPARE(parsePrivateKey(pem, QStringLiteral("pw"), strict).error, TlsError::None);
}

QTEST_GUILESS_MAIN(PemInputs)
#include "tst_PemInputs.moc"
