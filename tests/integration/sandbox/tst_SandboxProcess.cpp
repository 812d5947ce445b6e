// The sandbox process: ready line, generated PKI, HTTPS, seed data, persistence, --fresh,
// --computes and --scenario.
#include "SandboxTestUtil.h"

#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTemporaryFile>
#include <QUrl>

using namespace cw::test;

class TestSandboxProcess : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readyLineAndPki();
    void untrustedClientFailsTls();
    void seedData();
    void statePersistsAcrossRestartAndFreshResets();
    void operationInFlightSurvivesRestart();
    void bulkComputesOption();
    void scenarioFile();
};

void TestSandboxProcess::readyLineAndPki()
{
    SandboxProcess sbx;
    QVERIFY(sbx.start({QStringLiteral("--fresh")}));
    const QJsonObject ready = sbx.readyLine().object();
    for (const char *key : {"event", "baseUrl", "port", "caFile", "tenantId", "clientId", "clientSecret",
                            "subscriptionId", "publicClientId"})
        QVERIFY2(ready.contains(QLatin1String(key)), key);
    QCOMPARE(ready.value(QStringLiteral("tenantId")).toString(), QStringLiteral("72f988bf-0000-4000-8000-00000000cafe"));
    QCOMPARE(ready.value(QStringLiteral("subscriptionId")).toString(), QStringLiteral("00000000-0000-4000-8000-000000000001"));
    QCOMPARE(ready.value(QStringLiteral("publicClientId")).toString(), QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46"));
    QVERIFY(ready.value(QStringLiteral("port")).toInt() > 0);
    QCOMPARE(sbx.endpoint().baseUrl.toString(), QStringLiteral("https://127.0.0.1:%1").arg(sbx.endpoint().port));

    QVERIFY(QFileInfo(sbx.endpoint().caFile).isAbsolute());
    QCOMPARE(QFileInfo(sbx.endpoint().caFile).absolutePath(), QFileInfo(sbx.stateDir()).absoluteFilePath());
    const auto keyPerms = QFileInfo(sbx.stateDir() + QStringLiteral("/ca-key.pem")).permissions();
    QCOMPARE(keyPerms & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther), QFile::Permissions());
    QVERIFY(keyPerms & QFile::ReadOwner);
    const auto statePerms = QFileInfo(sbx.stateDir() + QStringLiteral("/state.json")).permissions();
    QCOMPARE(statePerms & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

    QFile serverPem(sbx.stateDir() + QStringLiteral("/server.pem"));
    QVERIFY(serverPem.open(QIODevice::ReadOnly));
    const QSslCertificate server(serverPem.readAll(), QSsl::Pem);
    const auto sans = server.subjectAlternativeNames();
    QVERIFY(sans.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
    QVERIFY(sans.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));

    const HttpResult subs = sbx.arm("GET", QStringLiteral("/subscriptions?api-version=2020-01-01"));
    QCOMPARE(subs.status, 200);
    QVERIFY(!subs.header("x-ms-request-id").isEmpty());
}

void TestSandboxProcess::untrustedClientFailsTls()
{
    SandboxProcess sbx;
    QVERIFY(sbx.start({QStringLiteral("--fresh")}));
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(sbx.endpoint().baseUrl.toString() + QStringLiteral("/subscriptions")));
    QNetworkReply *reply = nam.get(request); // default trust store: the sandbox CA is unknown
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->error(), QNetworkReply::SslHandshakeFailedError);
    delete reply;
}

void TestSandboxProcess::seedData()
{
    SandboxProcess sbx;
    QVERIFY(sbx.start({QStringLiteral("--fresh")}));
    const QJsonArray clusters = sbx.arm("GET", subPath(sbx) + QStringLiteral("/providers/Microsoft.ContainerService/managedClusters?api-version=2022-11-01"))
                                    .json().object().value(QStringLiteral("value")).toArray();
    QHash<QString, QJsonObject> byName;
    for (const auto &c : clusters)
        byName.insert(c.toObject().value(QStringLiteral("name")).toString(), c.toObject().value(QStringLiteral("properties")).toObject());
    QVERIFY(byName.contains(QStringLiteral("aks-plain")));
    QCOMPARE(byName.value(QStringLiteral("aks-plain")).value(QStringLiteral("kubernetesVersion")).toString(), QStringLiteral("1.24.9"));
    QVERIFY(byName.contains(QStringLiteral("aks-eastus")));
    QCOMPARE(byName.value(QStringLiteral("aks-standard-lb")).value(QStringLiteral("networkProfile")).toObject()
                 .value(QStringLiteral("loadBalancerSku")).toString(), QStringLiteral("standard"));
    QVERIFY(byName.value(QStringLiteral("aks-private")).value(QStringLiteral("apiServerAccessProfile")).toObject()
                .value(QStringLiteral("enablePrivateCluster")).toBool());
    QCOMPARE(byName.value(QStringLiteral("aks-authorized-ips")).value(QStringLiteral("apiServerAccessProfile")).toObject()
                 .value(QStringLiteral("authorizedIPRanges")).toArray().size(), 1);
    QCOMPARE(byName.value(QStringLiteral("aks-old-version")).value(QStringLiteral("currentKubernetesVersion")).toString(), QStringLiteral("1.21.2"));
    QCOMPARE(byName.value(QStringLiteral("aks-preview")).value(QStringLiteral("currentKubernetesVersion")).toString(), QStringLiteral("1.26.0"));
    QCOMPARE(byName.value(QStringLiteral("aks-small")).value(QStringLiteral("agentPoolProfiles")).toArray().first().toObject()
                 .value(QStringLiteral("vmSize")).toString(), QStringLiteral("Standard_D2_v2"));
    QCOMPARE(byName.value(QStringLiteral("aks-gpu")).value(QStringLiteral("agentPoolProfiles")).toArray().first().toObject()
                 .value(QStringLiteral("vmSize")).toString(), QStringLiteral("Standard_NC6s_v3"));
    QVERIFY(byName.contains(QStringLiteral("aks-attached")));
    QVERIFY(!byName.contains(QStringLiteral("aks-other-sub"))); // lives in the second subscription
    const QJsonArray other = sbx.arm("GET", QStringLiteral("/subscriptions/00000000-0000-4000-8000-000000000002/providers/Microsoft.ContainerService/managedClusters?api-version=2022-11-01"))
                                 .json().object().value(QStringLiteral("value")).toArray();
    QCOMPARE(other.size(), 1);

    QCOMPARE(provisioningState(sbx, QStringLiteral("legacy-failed")), QStringLiteral("Failed"));
    QVERIFY(firstProvisioningError(sbx, QStringLiteral("legacy-failed")).contains(QStringLiteral("is not supported")));
    const QJsonObject tls = computeProps(sbx, QStringLiteral("tls-prod"));
    QCOMPARE(tls.value(QStringLiteral("properties")).toObject().value(QStringLiteral("sslConfiguration")).toObject()
                 .value(QStringLiteral("status")).toString(), QStringLiteral("Enabled"));
    QCOMPARE(computeProps(sbx, QStringLiteral("inference-prod")).value(QStringLiteral("resourceId")).toString(),
             clusterIdOf(sbx, QStringLiteral("rg-aks"), QStringLiteral("aks-attached")));
}

void TestSandboxProcess::statePersistsAcrossRestartAndFreshResets()
{
    SandboxProcess sbx;
    QVERIFY(sbx.start({QStringLiteral("--fresh")}));
    QFile ca(sbx.endpoint().caFile);
    QVERIFY(ca.open(QIODevice::ReadOnly));
    const QByteArray caBefore = ca.readAll();
    ca.close();
    QCOMPARE(sbx.arm("PUT", computePath(sbx, QStringLiteral("persisted")), jsonBytes(createBody())).status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(provisioningState(sbx, QStringLiteral("persisted")), QStringLiteral("Succeeded"), 10000);
    const QString token = sbx.accessToken();
    sbx.stop();

    QVERIFY(sbx.start());
    QCOMPARE(provisioningState(sbx, QStringLiteral("persisted")), QStringLiteral("Succeeded"));
    // Tokens survive too: a restarted sandbox keeps its world.
    QCOMPARE(sbx.call("GET", computePath(sbx, QStringLiteral("persisted")), {},
                      {{"Authorization", "Bearer " + token.toUtf8()}}).status, 200);
    QVERIFY(ca.open(QIODevice::ReadOnly));
    QCOMPARE(ca.readAll(), caBefore);
    ca.close();
    sbx.kill();

    QVERIFY(sbx.start({QStringLiteral("--fresh")}));
    QCOMPARE(sbx.arm("GET", computePath(sbx, QStringLiteral("persisted"))).status, 404);
    QVERIFY(ca.open(QIODevice::ReadOnly));
    QCOMPARE(ca.readAll(), caBefore); // --fresh resets the world, not the CA clients trust
}

void TestSandboxProcess::operationInFlightSurvivesRestart()
{
    SandboxProcess sbx;
    QVERIFY(sbx.start({QStringLiteral("--fresh"), QStringLiteral("--speed"), QStringLiteral("0.4")}));
    const HttpResult put = sbx.arm("PUT", computePath(sbx, QStringLiteral("in-flight")), jsonBytes(createBody()));
    QCOMPARE(put.status, 201);
    const QString opPath = QUrl(QString::fromLatin1(put.header("Azure-AsyncOperation"))).path();
    sbx.stop(); // 3.2 s operation still running
    QVERIFY(sbx.start());
    QCOMPARE(provisioningState(sbx, QStringLiteral("in-flight")), QStringLiteral("Creating"));
    const QString opUrl = opPath + QStringLiteral("?api-version=2022-10-01");
    QCOMPARE(sbx.arm("GET", opUrl).json().object().value(QStringLiteral("status")).toString(), QStringLiteral("InProgress"));
    QTRY_COMPARE_WITH_TIMEOUT(sbx.arm("GET", opUrl).json().object().value(QStringLiteral("status")).toString(),
                              QStringLiteral("Succeeded"), 15000);
    QCOMPARE(provisioningState(sbx, QStringLiteral("in-flight")), QStringLiteral("Succeeded"));
}

void TestSandboxProcess::bulkComputesOption()
{
    SandboxProcess sbx;
    QVERIFY(sbx.start({QStringLiteral("--fresh"), QStringLiteral("--computes"), QStringLiteral("250")}));
    sbx.control("POST", QStringLiteral("/settings"), QJsonDocument(QJsonObject{{QStringLiteral("pageSize"), 100}}));
    int total = 0;
    int pages = 0;
    QString next = wsPath(sbx) + QStringLiteral("/computes?api-version=2022-10-01");
    while (!next.isEmpty() && pages < 10) {
        const QJsonObject page = sbx.arm("GET", next).json().object();
        total += page.value(QStringLiteral("value")).toArray().size();
        next = page.value(QStringLiteral("nextLink")).toString();
        ++pages;
    }
    QCOMPARE(total, 250 + 5); // 5 seeded computes
    QCOMPARE(pages, 3);
}

void TestSandboxProcess::scenarioFile()
{
    QTemporaryFile scenario(qEnvironmentVariable("CW_TEST_TMPDIR") + QStringLiteral("/scenario-XXXXXX.json"));
    QVERIFY(scenario.open());
    scenario.write(R"({"settings":{"pageSize":2},
                       "faults":[{"method":"GET","path":"/workspaces$","kind":"status","status":503,"count":1}],
                       "failNext":[{"path":"computes/doomed$","errors":[{"code":"Boom","message":"scripted"}]}],
                       "bulkComputes":[{"count":3}]})");
    scenario.close();
    SandboxProcess sbx;
    QVERIFY(sbx.start({QStringLiteral("--fresh"), QStringLiteral("--scenario"), scenario.fileName()}));
    const QString list = subPath(sbx) + QStringLiteral("/providers/Microsoft.MachineLearningServices/workspaces?api-version=2022-10-01");
    QCOMPARE(sbx.arm("GET", list).status, 503);
    QCOMPARE(sbx.arm("GET", list).status, 200);
    const QJsonObject page = sbx.arm("GET", wsPath(sbx) + QStringLiteral("/computes?api-version=2022-10-01")).json().object();
    QCOMPARE(page.value(QStringLiteral("value")).toArray().size(), 2);
    QVERIFY(sbx.arm("GET", computePath(sbx, QStringLiteral("bulk-00003"))).status == 200);
    QCOMPARE(sbx.arm("PUT", computePath(sbx, QStringLiteral("doomed")), jsonBytes(createBody())).status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(provisioningState(sbx, QStringLiteral("doomed")), QStringLiteral("Failed"), 10000);
    QCOMPARE(firstProvisioningError(sbx, QStringLiteral("doomed")), QStringLiteral("scripted"));
}

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_SandboxProcess.moc"
