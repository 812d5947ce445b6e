#include "secrets/HttpTraceWriter.h"
#include "secrets/Redaction.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

namespace redact = cw::secrets::redact;

class TestRedaction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headers_data();
    void headers();
    void jsonBodies_data();
    void jsonBodies();
    void formBodies();
    void pemAndJwtInText();
    void urls();
    void keepsHarmlessContent();
    void traceWriterRefusesWhatIsNotARegularFile();
    void traceWriterReportsAFailedWrite();
    void traceFileIsPrivateAndRedacted();
};

void TestRedaction::headers_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("bearer") << QByteArray("Authorization") << QByteArray("Bearer abc.def") << QByteArray("Bearer ***");
    QTest::newRow("lower") << QByteArray("authorization") << QByteArray("Basic Zm9v") << QByteArray("Basic ***");
    QTest::newRow("cookie") << QByteArray("Set-Cookie") << QByteArray("a=b") << QByteArray("***");
    QTest::newRow("plain") << QByteArray("x-ms-request-id") << QByteArray("123") << QByteArray("123");
}

void TestRedaction::headers()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(redact::headerValue(name, value), expected);
}

void TestRedaction::jsonBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("access_token") << QByteArray(R"({"token_type":"Bearer","access_token":"SECRET1","expires_in":3599})") << QByteArray("SECRET1");
    QTest::newRow("refresh_token") << QByteArray(R"({"refresh_token":"SECRET2"})") << QByteArray("SECRET2");
    QTest::newRow("ssl key") << QByteArray(R"({"properties":{"properties":{"sslConfiguration":{"status":"Enabled","cert":"CERTBYTES","key":"KEYBYTES","cname":"a.b"}}}})") << QByteArray("KEYBYTES");
    QTest::newRow("ssl cert") << QByteArray(R"({"sslConfiguration":{"cert":"CERTBYTES"}})") << QByteArray("CERTBYTES");
    QTest::newRow("kubeconfig") << QByteArray(R"({"computeType":"AKS","userKubeConfig":"apiVersion: v1\nusers: KCSECRET","adminKubeConfig":"KCADMIN"})") << QByteArray("KCSECRET");
    QTest::newRow("aks kubeconfigs") << QByteArray(R"({"kubeconfigs":[{"name":"clusterUser","value":"BASE64KC"}]})") << QByteArray("BASE64KC");
    QTest::newRow("k8s secret data") << QByteArray(R"({"kind":"Secret","data":{"cert.pem":"QkFTRTY0Q0VSVA==","key.pem":"S0VZQllURVM="}})") << QByteArray("S0VZQllURVM=");
    QTest::newRow("pem in message") << QByteArray(R"({"message":"bad -----BEGIN RSA PRIVATE KEY-----\nPEMINSIDE\n-----END RSA PRIVATE KEY-----"})") << QByteArray("PEMINSIDE");
    // A cluster extension's protected settings: any key (the value of sslKeyPemFile may be a
    // PEM without its markers, a password, a token of any shape).
    QTest::newRow("extension protected settings") << QByteArray(R"({"properties":{"configurationSettings":{"sslCname":"a.b"},"configurationProtectedSettings":{"sslKeyPemFile":"KEYTEXT","anyKey":"OTHER"}}})") << QByteArray("KEYTEXT");
    QTest::newRow("extension protected settings, other key") << QByteArray(R"({"properties":{"configurationProtectedSettings":{"anyKey":"OTHER"}}})") << QByteArray("OTHER");
    QTest::newRow("listKeys primary") << QByteArray(R"({"primaryKey":"PK1","secondaryKey":"SK2"})") << QByteArray("PK1");
}

void TestRedaction::jsonBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, secret);
    const QByteArray out = redact::body(body);
    QVERIFY2(!out.contains(secret), out.constData());
    QVERIFY(out.contains("***"));
}

void TestRedaction::formBodies()
{
    const QByteArray form = "grant_type=client_credentials&client_id=abc&client_secret=S%2BECRET&scope=x%2F.default";
    const QByteArray out = redact::body(form);
    QVERIFY(!out.contains("S%2BECRET"));
    QVERIFY(out.contains("client_id=abc"));
    QVERIFY(out.contains("client_secret=***"));
    const QByteArray refresh = redact::body("grant_type=refresh_token&refresh_token=RT123&device_code=DC9");
    QVERIFY(!refresh.contains("RT123"));
    QVERIFY(!refresh.contains("DC9"));
}

void TestRedaction::pemAndJwtInText()
{
    const QString jwt = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJl");
    const QString text = QStringLiteral("token ") + jwt + QStringLiteral(" and -----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE----- done");
    const QString out = redact::text(text);
    QVERIFY(!out.contains(jwt));
    QVERIFY(!out.contains(QStringLiteral("MIIB")));
    QVERIFY(out.contains(QStringLiteral("done")));
    QVERIFY(!redact::text(QStringLiteral("access_token=abcdef&x=1")).contains(QStringLiteral("abcdef")));
    QVERIFY(!redact::text(QStringLiteral("-----BEGIN PRIVATE KEY-----\ntruncated")).contains(QStringLiteral("truncated")));
}

void TestRedaction::urls()
{
    const QString out = redact::url(QUrl(QStringLiteral("https://h/p?api-version=1&sig=SIGVALUE&code=C0DE")));
    QVERIFY(!out.contains(QStringLiteral("SIGVALUE")));
    QVERIFY(!out.contains(QStringLiteral("C0DE")));
    QVERIFY(out.contains(QStringLiteral("api-version=1")));
}

void TestRedaction::keepsHarmlessContent()
{
    const QByteArray body = R"({"name":"myaks","properties":{"provisioningState":"Succeeded","agentCount":3}})";
    const QByteArray out = redact::body(body);
    QVERIFY(out.contains("myaks"));
    QVERIFY(out.contains("Succeeded"));
    QVERIFY(!out.contains("***"));
}

void TestRedaction::traceFileIsPrivateAndRedacted()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("trace.log"));
    QString error;
    auto writer = cw::secrets::HttpTraceWriter::open(path, &error);
    QVERIFY2(writer, qPrintable(error));
    writer->request("id1", "POST", QUrl(QStringLiteral("https://h/t/oauth2/v2.0/token")),
                    {{"Authorization", "Bearer TOKENVALUE"}}, "client_secret=CSVALUE&scope=s");
    writer->response("id1", 200, QUrl(QStringLiteral("https://h/t/oauth2/v2.0/token")), {},
                     R"({"access_token":"ATVALUE","expires_in":60})", {});
    writer.reset();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("POST https://h/t/oauth2/v2.0/token"));
    QVERIFY(text.contains("<< [id1] 200"));
    for (const char *secret : {"TOKENVALUE", "CSVALUE", "ATVALUE"})
        QVERIFY2(!text.contains(secret), secret);
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                                   | QFileDevice::WriteOther),
             QFileDevice::Permissions());
}

// --trace-http onto /dev/full (or a FIFO, a directory, a link) is refused at open; it used to
// open, lose every line and let the command exit 0.
void TestRedaction::traceWriterRefusesWhatIsNotARegularFile()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString link = dir.filePath(QStringLiteral("link"));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("elsewhere")), link));
    for (const QString &path : {QStringLiteral("/dev/full"), fifo, dir.path(), link}) {
        QString error;
        QVERIFY2(!cw::secrets::HttpTraceWriter::open(path, &error), qPrintable(path));
        QVERIFY2(error.contains(path), qPrintable(error));
    }
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("elsewhere"))));
}

// A regular file that stops taking bytes (disk full, quota, size limit): the writer remembers
// it so the command fails instead of reporting success over a lost trace.
void TestRedaction::traceWriterReportsAFailedWrite()
{
    QTemporaryDir dir;
    QString error;
    auto writer = cw::secrets::HttpTraceWriter::open(dir.filePath(QStringLiteral("trace.log")), &error);
    QVERIFY2(writer, qPrintable(error));
    QVERIFY(writer->failure().isEmpty());
    // A file size limit makes write() fail with EFBIG (SIGXFSZ ignored) on an ordinary file.
    rlimit saved{};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
    auto *previous = std::signal(SIGXFSZ, SIG_IGN);
    rlimit tiny = saved;
    tiny.rlim_cur = 16;
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &tiny), 0);
    writer->request("id1", "GET", QUrl(QStringLiteral("https://h/x")), {}, {});
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previous);
    QVERIFY2(!writer->failure().isEmpty(), "the lost trace line was not reported");
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
