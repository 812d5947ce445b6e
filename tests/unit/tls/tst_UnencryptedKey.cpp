// unencryptedPrivateKeyPem: an encrypted key becomes the same key as plain PKCS#8 PEM (what Azure
// ML is sent); wrong or missing passphrases and non-keys give nothing.
#include "TestPki.h"
#include "tls/CertificateReport.h"
#include "tls/PrivateKeyParser.h"

#include <QTest>

using namespace cw::tls;
using namespace cw::tls::test;

class TestUnencryptedKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decryptsToTheSameKey_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("traditional");
        QTest::newRow("rsa pkcs8") << int(KeyKind::Rsa2048) << false;
        QTest::newRow("ec pkcs8") << int(KeyKind::EcP256) << false;
        QTest::newRow("rsa traditional") << int(KeyKind::Rsa2048) << true;
    }

    void decryptsToTheSameKey()
    {
        QFETCH(int, kind);
        QFETCH(bool, traditional);
        const TestKey key(static_cast<KeyKind>(kind));
        const QByteArray encrypted = traditional ? key.encryptedTraditionalPem("s3cret") : key.encryptedPkcs8Pem("s3cret");
        const QByteArray plain = unencryptedPrivateKeyPem(encrypted, QStringLiteral("s3cret"));
        QVERIFY(plain.startsWith("-----BEGIN PRIVATE KEY-----"));
        QVERIFY(!plain.contains("ENCRYPTED"));
        const PrivateKeyResult parsed = parsePrivateKey(plain);
        QVERIFY(parsed.ok());
        QVERIFY(!parsed.encrypted);
        // The same key: a certificate issued for `key` matches the decrypted PEM.
        const TestPki pki;
        QCOMPARE(keyMatchesCertificate(pki.leafPem(key), plain), std::optional<bool>(true));
        // An unencrypted key comes back as PKCS#8 too.
        QCOMPARE(unencryptedPrivateKeyPem(key.pkcs8Pem()), plain);
    }

    void refusesWhatItCannotRead()
    {
        const TestKey key(KeyKind::EcP256);
        QVERIFY(unencryptedPrivateKeyPem(key.encryptedPkcs8Pem("right"), QStringLiteral("wrong")).isEmpty());
        QVERIFY(unencryptedPrivateKeyPem(key.encryptedPkcs8Pem("right")).isEmpty()); // no passphrase
        QVERIFY(unencryptedPrivateKeyPem(TestPki().caCertificatePem()).isEmpty());
        QVERIFY(unencryptedPrivateKeyPem("not pem at all").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUnencryptedKey)
#include "tst_UnencryptedKey.moc"
