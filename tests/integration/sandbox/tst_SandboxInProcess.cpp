// cw::sandbox::SandboxServer: the in-process sandbox on its own thread (the GUI's Sandbox
// environment) reports ready() with a working endpoint, or failed() with a reason.
#include "sandbox/SandboxServer.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTest>
#include <QUrlQuery>

using cw::sandbox::SandboxEndpoint;
using cw::sandbox::SandboxOptions;
using cw::sandbox::SandboxServer;

class TestSandboxInProcess : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readyAndServing();
    void failsOnUnwritableStateDir();
};

void TestSandboxInProcess::readyAndServing()
{
    SandboxServer server;
    QSignalSpy ready(&server, &SandboxServer::ready);
    QSignalSpy failed(&server, &SandboxServer::failed);
    SandboxOptions options;
    options.stateDir = qEnvironmentVariable("CW_TEST_TMPDIR") + QStringLiteral("/in-process");
    options.speed = 0.01;
    server.start(options);
    QVERIFY(ready.wait(20000));
    QCOMPARE(failed.size(), 0);
    const auto endpoint = ready.first().first().value<SandboxEndpoint>();
    QVERIFY(endpoint.baseUrl.toString().startsWith(QLatin1String("https://127.0.0.1:")));
    QCOMPARE(endpoint.tenantId, QStringLiteral("72f988bf-0000-4000-8000-00000000cafe"));

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    QFile ca(endpoint.caFile);
    QVERIFY(ca.open(QIODevice::ReadOnly));
    tls.addCaCertificates(QSslCertificate::fromData(ca.readAll(), QSsl::Pem));
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(endpoint.baseUrl.toString() + QLatin1Char('/') + endpoint.tenantId + QStringLiteral("/oauth2/v2.0/token")));
    request.setSslConfiguration(tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), endpoint.clientId);
    form.addQueryItem(QStringLiteral("client_secret"), endpoint.clientSecret);
    form.addQueryItem(QStringLiteral("scope"), QStringLiteral("https://management.azure.com/.default"));
    QNetworkReply *reply = nam.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(!QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("access_token")).toString().isEmpty());
    delete reply;
}

void TestSandboxInProcess::failsOnUnwritableStateDir()
{
    const QString blocker = qEnvironmentVariable("CW_TEST_TMPDIR") + QStringLiteral("/not-a-dir");
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    SandboxServer server;
    QSignalSpy failed(&server, &SandboxServer::failed);
    SandboxOptions options;
    options.stateDir = blocker + QStringLiteral("/state"); // a path under a regular file
    server.start(options);
    QVERIFY(failed.wait(20000));
    QVERIFY(!failed.first().first().toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxInProcess)
#include "tst_SandboxInProcess.moc"
