// Decoding the azuremlfessl Kubernetes secret and writing the recovered files (key 0600).
#include "TestPki.h"

#include "tls/AzureMlFeSecret.h"
#include "tls/CertificateReport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cw::tls;
using namespace cw::tls::test;

Q_DECLARE_METATYPE(cw::tls::TlsError)

namespace {

QByteArray secretJson(const QJsonObject &data, const QString &kind = QStringLiteral("Secret"))
{
    QJsonObject secret{{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("type"), QStringLiteral("Opaque")},
                       {QStringLiteral("metadata"),
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("azuremlfessl")},
                                    {QStringLiteral("namespace"), QStringLiteral("default")}}}};
    if (!data.isEmpty())
        secret.insert(QStringLiteral("data"), data);
    return QJsonDocument(secret).toJson(QJsonDocument::Compact);
}

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

} // namespace

class AzureMlFeSecret : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void decoding_data();
    void decoding();
    void recoveredPairPassesInspection();
    void writesKeyOwnerOnly();
    void refusesToOverwrite();

private:
    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<TestKey> m_key;
    QByteArray m_certPem, m_keyPem;
};

void AzureMlFeSecret::initTestCase()
{
    m_pki = std::make_unique<TestPki>();
    m_key = std::make_unique<TestKey>(KeyKind::EcP256);
    m_certPem = m_pki->leafPem(
                    *m_key, {QStringLiteral("ml.contoso.com"), {QStringLiteral("ml.contoso.com")}})
                + m_pki->caCertificatePem();
    m_keyPem = m_key->pkcs8Pem();
}

void AzureMlFeSecret::decoding_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<TlsError>("error");

    const QString cert = b64(m_certPem), key = b64(m_keyPem);
    QTest::newRow("valid") << secretJson(
        {{QStringLiteral("cert.pem"), cert}, {QStringLiteral("key.pem"), key}})
                           << TlsError::None;
    QTest::newRow("extra entries are fine") << secretJson({{QStringLiteral("cert.pem"), cert},
                                                           {QStringLiteral("key.pem"), key},
                                                           {QStringLiteral("ca.pem"), b64("x")}})
                                            << TlsError::None;
    QTest::newRow("missing key.pem")
        << secretJson({{QStringLiteral("cert.pem"), cert}}) << TlsError::InvalidSecret;
    QTest::newRow("missing cert.pem")
        << secretJson({{QStringLiteral("key.pem"), key}}) << TlsError::InvalidSecret;
    QTest::newRow("no data") << secretJson({}) << TlsError::InvalidSecret;
    QTest::newRow("invalid base64")
        << secretJson({{QStringLiteral("cert.pem"), QStringLiteral("@@not base64@@")},
                       {QStringLiteral("key.pem"), key}})
        << TlsError::InvalidSecret;
    QTest::newRow("entry is a number")
        << secretJson({{QStringLiteral("cert.pem"), 42}, {QStringLiteral("key.pem"), key}})
        << TlsError::InvalidSecret;
    QTest::newRow("not PEM inside") << secretJson(
        {{QStringLiteral("cert.pem"), b64("hello")}, {QStringLiteral("key.pem"), key}})
                                    << TlsError::InvalidSecret;
    QTest::newRow("a ConfigMap") << secretJson(
        {{QStringLiteral("cert.pem"), cert}, {QStringLiteral("key.pem"), key}},
        QStringLiteral("ConfigMap"))
                                 << TlsError::InvalidSecret;
    QTest::newRow("not JSON") << QByteArray("apiVersion: v1\nkind: Secret\n")
                              << TlsError::InvalidSecret;
    QTest::newRow("JSON array") << QByteArray("[]") << TlsError::InvalidSecret;
    QTest::newRow("empty") << QByteArray() << TlsError::InvalidSecret;
    QTest::newRow("too large") << QByteArray(kMaxSecretJsonBytes + 1, ' ') << TlsError::TooLarge;
}

void AzureMlFeSecret::decoding()
{
    QFETCH(QByteArray, json);
    QFETCH(TlsError, error);

    const TlsMaterial material = decodeAzureMlFeSecret(json);
    QCOMPARE(material.error, error);
    QCOMPARE(material.message.isEmpty(), material.ok());
    if (material.ok()) {
        QCOMPARE(material.certPem, m_certPem);
        QCOMPARE(material.keyPem, m_keyPem);
    } else {
        QVERIFY(material.certPem.isEmpty() && material.keyPem.isEmpty());
    }
}

void AzureMlFeSecret::recoveredPairPassesInspection()
{
    const TlsMaterial material
        = decodeAzureMlFeSecret(secretJson({{QStringLiteral("cert.pem"), b64(m_certPem)},
                                            {QStringLiteral("key.pem"), b64(m_keyPem)}}));
    QVERIFY(material.ok());
    const CertificatePairReport report
        = inspectPair(material.certPem, material.keyPem, {}, QStringLiteral("ml.contoso.com"),
                      QDateTime::currentDateTimeUtc());
    QCOMPARE(report.overall(), CheckSeverity::Pass);
}

void AzureMlFeSecret::writesKeyOwnerOnly()
{
    QTemporaryDir dir(QDir(qEnvironmentVariable("CW_TEST_TMPDIR", QDir::tempPath()))
                          .filePath(QStringLiteral("tls-XXXXXX")));
    QVERIFY(dir.isValid());
    TlsMaterial material;
    material.certPem = m_certPem;
    material.keyPem = m_keyPem;
    const QString folder = dir.filePath(QStringLiteral("recovered/ml-cluster"));

    const TlsFilesWritten written = writeTlsMaterial(folder, material);
    QVERIFY2(written.ok, qPrintable(written.message));
    QCOMPARE(written.keyPath, folder + QStringLiteral("/key.pem"));
    QCOMPARE(written.certPath, folder + QStringLiteral("/cert.pem"));

    QFile key(written.keyPath);
    QCOMPARE(key.permissions(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                    | QFileDevice::ReadUser | QFileDevice::WriteUser);
    QVERIFY(key.open(QIODevice::ReadOnly));
    QCOMPARE(key.readAll(), m_keyPem);
    QFile cert(written.certPath);
    QVERIFY(cert.permissions().testFlag(QFileDevice::ReadOther)); // a certificate is public
    QVERIFY(!cert.permissions().testFlag(QFileDevice::WriteOther));
    QVERIFY(cert.open(QIODevice::ReadOnly));
    QCOMPARE(cert.readAll(), m_certPem);
}

void AzureMlFeSecret::refusesToOverwrite()
{
    QTemporaryDir dir(QDir(qEnvironmentVariable("CW_TEST_TMPDIR", QDir::tempPath()))
                          .filePath(QStringLiteral("tls-XXXXXX")));
    QVERIFY(dir.isValid());
    TlsMaterial material;
    material.certPem = m_certPem;
    material.keyPem = m_keyPem;
    QVERIFY(writeTlsMaterial(dir.path(), material).ok);

    TlsMaterial other = material;
    other.keyPem = "-----BEGIN PRIVATE KEY-----\nother\n-----END PRIVATE KEY-----\n";
    const TlsFilesWritten refused = writeTlsMaterial(dir.path(), other);
    QVERIFY(!refused.ok);
    QVERIFY(refused.message.contains(QLatin1String("already exists")));
    QFile key(dir.filePath(QStringLiteral("key.pem")));
    QVERIFY(key.open(QIODevice::ReadOnly));
    QCOMPARE(key.readAll(), m_keyPem);
    key.close();

    QVERIFY(writeTlsMaterial(dir.path(), other, true).ok);
    QVERIFY(key.open(QIODevice::ReadOnly));
    QCOMPARE(key.readAll(), other.keyPem);
    QCOMPARE(key.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());

    TlsMaterial failed;
    failed.error = TlsError::InvalidSecret;
    QVERIFY(!writeTlsMaterial(dir.filePath(QStringLiteral("x")), failed).ok);
}

QTEST_GUILESS_MAIN(AzureMlFeSecret)
#include "tst_AzureMlFeSecret.moc"
