// ArmConnection's local decisions: URL resolution, where the token may go, and requests that
// are refused before anything is sent (no server needed).
#include "arm/ArmConnection.h"
#include "arm/ArmJob.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace cw::arm;
using cw::auth::CloudEnvironment;

class TestArmConnection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<cw::arm::ArmResponse>(); }
    void resolvesPathsAndApiVersion();
    void keepsAbsoluteUrlsAndTheirQuery();
    void tokenOnlyForTheArmHost();
    void refusesPlainHttp_data();
    void refusesPlainHttp();
    void unreadableCaFileFailsClearly();
};

void TestArmConnection::resolvesPathsAndApiVersion()
{
    ArmConnection connection(CloudEnvironment::azureCloud(), nullptr);
    ArmRequest request;
    request.pathOrUrl = QStringLiteral("/subscriptions/s1/resourceGroups/rg");
    request.apiVersion = QStringLiteral("2022-10-01");
    QCOMPARE(connection.resolve(request).toString(),
             QStringLiteral("https://management.azure.com/subscriptions/s1/resourceGroups/rg?api-version=2022-10-01"));

    request.pathOrUrl = QStringLiteral("subscriptions/s1?$skip=5");
    const QUrl url = connection.resolve(request);
    QCOMPARE(url.path(), QStringLiteral("/subscriptions/s1"));
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("$skip")), QStringLiteral("5"));
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("api-version")), QStringLiteral("2022-10-01"));
}

void TestArmConnection::keepsAbsoluteUrlsAndTheirQuery()
{
    ArmConnection connection(CloudEnvironment::azureCloud(), nullptr);
    ArmRequest request;
    request.pathOrUrl = QStringLiteral("https://management.azure.com/x/computes?api-version=2021-04-01&$skip=abc%3D");
    request.apiVersion = QStringLiteral("2022-10-01"); // nextLink already has one: not doubled
    const QUrl url = connection.resolve(request);
    QCOMPARE(QUrlQuery(url).allQueryItemValues(QStringLiteral("api-version")).size(), 1);
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("api-version")), QStringLiteral("2021-04-01"));
    QVERIFY(url.toString(QUrl::FullyEncoded).contains(QStringLiteral("$skip=abc%3D")));
}

void TestArmConnection::tokenOnlyForTheArmHost()
{
    ArmConnection connection(CloudEnvironment::sandbox(QUrl(QStringLiteral("https://127.0.0.1:8443")), {}), nullptr);
    QVERIFY(connection.mayCarryToken(QUrl(QStringLiteral("https://127.0.0.1:8443/subscriptions"))));
    QVERIFY(!connection.mayCarryToken(QUrl(QStringLiteral("https://127.0.0.1:9443/subscriptions"))));
    QVERIFY(!connection.mayCarryToken(QUrl(QStringLiteral("https://evil.example/subscriptions"))));
    QVERIFY(!connection.mayCarryToken(QUrl(QStringLiteral("http://127.0.0.1:8443/subscriptions"))));
}

void TestArmConnection::refusesPlainHttp_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("refused");
    QTest::newRow("remote http") << QStringLiteral("http://management.azure.com/subscriptions") << true;
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/x") << true;
    QTest::newRow("loopback http") << QStringLiteral("http://127.0.0.1:1/subscriptions") << false;
}

void TestArmConnection::refusesPlainHttp()
{
    QFETCH(QString, url);
    QFETCH(bool, refused);
    ArmConnection connection(CloudEnvironment::azureCloud(), nullptr);
    connection.setRetryOptions({0, 1, 1, 1, 0});
    ArmRequest request;
    request.pathOrUrl = url;
    ArmJob *job = connection.send(request);
    QSignalSpy spy(job, &ArmJob::finished);
    QVERIFY(spy.isEmpty()); // never finishes inside send()
    QVERIFY(spy.wait(10000));
    QCOMPARE(spy.size(), 1);
    const auto response = spy.at(0).at(0).value<ArmResponse>();
    QVERIFY(response.error.has_value());
    QCOMPARE(response.error->kind == ArmError::Kind::Refused, refused);
    if (refused) {
        QCOMPARE(response.attempts, 0);
        QVERIFY(!response.error->humanMessage().isEmpty());
    }
}

void TestArmConnection::unreadableCaFileFailsClearly()
{
    ArmConnection connection(CloudEnvironment::sandbox(QUrl(QStringLiteral("https://127.0.0.1:1")),
                                                       QStringLiteral("/nonexistent/ca.pem")),
                             nullptr);
    QVERIFY(!connection.trustError().isEmpty());
    ArmRequest request;
    request.pathOrUrl = QStringLiteral("/subscriptions");
    ArmJob *job = connection.send(request);
    QSignalSpy spy(job, &ArmJob::finished);
    QVERIFY(spy.wait(5000));
    const auto response = spy.at(0).at(0).value<ArmResponse>();
    QVERIFY(response.error.has_value());
    QVERIFY(response.error->humanMessage().contains(QStringLiteral("/nonexistent/ca.pem")));
}

QTEST_GUILESS_MAIN(TestArmConnection)
#include "tst_armconnection.moc"
