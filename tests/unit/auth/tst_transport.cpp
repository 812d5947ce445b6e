// The TLS trust of an environment with its own CA file (the sandbox): parsed once per file
// contents (a session builds it three times), following the file when it changes, made of that CA
// alone (the system store is not pulled into the configuration), and preparable off the calling
// thread before the first session needs it.
#include "auth/CloudEnvironment.h"
#include "auth/Transport.h"
#include "common/BackgroundPool.h"

#include <QFile>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace cw::auth;

namespace {

// Two self-signed P-256 CA certificates (valid until 2126), made with openssl req -x509.
const char kCaA[] =
    "-----BEGIN CERTIFICATE-----\n"
    "MIIBlDCCATmgAwIBAgIUK0hZX2dd1iC18D9xWyl0tQTO1w0wCgYIKoZIzj0EAwIw\n"
    "HjEcMBoGA1UEAwwTVHJhbnNwb3J0IFRlc3QgQ0EgYTAgFw0yNjEyMDMxMzQ2Mjha\n"
    "GA8yMTI2MTEwOTEzNDYyOFowHjEcMBoGA1UEAwwTVHJhbnNwb3J0IFRlc3QgQ0Eg\n"
    "YTBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABLZsBBkGV/O18CUBplS+NUVw5dlC\n"
    "E2qeYlKT4vt2pSVbweJPlLztiorzh/6wUiC8Kjs6a3mzGlBcGieRu2WMMqmjUzBR\n"
    "MB0GA1UdDgQWBBROXe7HrFppSLZNRUSPb4ev1CHWljAfBgNVHSMEGDAWgBROXe7H\n"
    "rFppSLZNRUSPb4ev1CHWljAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0kA\n"
    "MEYCIQDCQxAOWocMksZYVUwpJzTgIYXKCX9e7EkJgkpeNQF5NQIhAOtugL3OjPLr\n"
    "JNg0KCzgBi7PBqx41KvUFb6wPz3++6XL\n"
    "-----END CERTIFICATE-----\n";
const char kCaB[] =
    "-----BEGIN CERTIFICATE-----\n"
    "MIIBkjCCATmgAwIBAgIUTPZCFiBlxfyNVyVJxjQ3SwczulswCgYIKoZIzj0EAwIw\n"
    "HjEcMBoGA1UEAwwTVHJhbnNwb3J0IFRlc3QgQ0EgYjAgFw0yNjEyMDMxMzQ2Mjha\n"
    "GA8yMTI2MTEwOTEzNDYyOFowHjEcMBoGA1UEAwwTVHJhbnNwb3J0IFRlc3QgQ0Eg\n"
    "YjBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABGbpTtL8n1XXjiyDDs5YMJaitxxn\n"
    "8GltB2s/ooMVO6Tjzw+QPsYK939SgEyDtPrj/EtsvP3IA0z0d29QHTI+/GGjUzBR\n"
    "MB0GA1UdDgQWBBQVc2FXnL8wl1okzwSRP/FMRaxgkTAfBgNVHSMEGDAWgBQVc2FX\n"
    "nL8wl1okzwSRP/FMRaxgkTAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0cA\n"
    "MEQCIATwZAeZsMCq3WnWm+xLG7/JNxG2f6raDh9IXJ6edHdHAiBQkujRt3XDUp16\n"
    "wkllbvHv0XL4Xu9H3F5wYoWy3qrEYg==\n"
    "-----END CERTIFICATE-----\n";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace

class TestTransport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theTrustIsParsedOncePerContents();
    void aChangedCaFileIsReadAgain();
    void theSandboxTrustIsItsCaAlone();
    void preparingInTheBackgroundParsesTheCaThere();
};

void TestTransport::theTrustIsParsedOncePerContents()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ca.pem"));
    QVERIFY(writeFile(path, kCaA));
    const CloudEnvironment env = CloudEnvironment::sandbox(QUrl(QStringLiteral("https://127.0.0.1:1")), path);
    const int before = caParsesForTesting();
    for (int i = 0; i < 3; ++i) { // the Azure AD client, the ARM connection, the preconnection
        QString error;
        const QSslConfiguration ssl = sslConfigurationFor(env, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(ssl.caCertificates().contains(QSslCertificate(QByteArray(kCaA), QSsl::Pem)));
        QCOMPARE(ssl.peerVerifyMode(), QSslSocket::VerifyPeer);
    }
    QCOMPARE(caParsesForTesting() - before, 1);
}

void TestTransport::aChangedCaFileIsReadAgain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ca.pem"));
    QVERIFY(writeFile(path, kCaA));
    const CloudEnvironment env = CloudEnvironment::sandbox(QUrl(QStringLiteral("https://127.0.0.1:1")), path);
    (void)sslConfigurationFor(env);
    // A sandbox started afresh makes a new CA in the same place: the trust follows the contents.
    QVERIFY(writeFile(path, kCaB));
    const QList<QSslCertificate> cas = sslConfigurationFor(env).caCertificates();
    QVERIFY(cas.contains(QSslCertificate(QByteArray(kCaB), QSsl::Pem)));
    QVERIFY(!cas.contains(QSslCertificate(QByteArray(kCaA), QSsl::Pem)));
    // An unreadable file is still an error, never an empty trust.
    QVERIFY(writeFile(path, "not a certificate"));
    QString error;
    (void)sslConfigurationFor(env, &error);
    QVERIFY(!error.isEmpty());
}

void TestTransport::theSandboxTrustIsItsCaAlone()
{
    // Qt loads the system roots on demand (OpenSSL looks a root up by hash when a chain needs
    // one); the configuration the sandbox's requests carry holds its CA and nothing else, so no
    // system certificate bundle is parsed on the sandbox's path.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ca.pem"));
    QVERIFY(writeFile(path, kCaA));
    const CloudEnvironment env = CloudEnvironment::sandbox(QUrl(QStringLiteral("https://127.0.0.1:1")), path);
    const QList<QSslCertificate> cas = sslConfigurationFor(env).caCertificates();
    QCOMPARE(cas.size(), 1);
    QCOMPARE(cas.first(), QSslCertificate(QByteArray(kCaA), QSsl::Pem));
}

void TestTransport::preparingInTheBackgroundParsesTheCaThere()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ca.pem"));
    // Contents no other test function used: parsed by the preparation, not found in the cache.
    QVERIFY(writeFile(path, QByteArray(kCaB) + QByteArray(kCaA)));
    const int before = caParsesForTesting();
    prepareTransportInBackground(path);
    QVERIFY(cw::backgroundPool()->waitForDone(30000));
    QCOMPARE(caParsesForTesting() - before, 1);
    QVERIFY(QSslSocket::supportsSsl());
    // The session's three configurations then find it parsed.
    const CloudEnvironment env = CloudEnvironment::sandbox(QUrl(QStringLiteral("https://127.0.0.1:1")), path);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(sslConfigurationFor(env).caCertificates().size(), 2);
    QCOMPARE(caParsesForTesting() - before, 1);
}

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
