#include "auth/AadClient.h"
#include "auth/AuthError.h"
#include "auth/DeviceCodeReply.h"

#include <QTest>

using namespace cw::auth;

class TestAuthError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mapsAadErrors_data();
    void mapsAadErrors();
    void keepsRawDetail();
    void nonJsonAnswer();
    void wrongTypesDoNotThrow();
    void deviceCodeIntervalsAreBounded();
    void tokenLifetimeIsBounded();
};

void TestAuthError::mapsAadErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("bad secret") << QByteArray(R"({"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided."})")
                                << QStringLiteral("invalid_client") << QStringLiteral("client secret is wrong");
    QTest::newRow("unknown app") << QByteArray(R"({"error":"unauthorized_client","error_description":"AADSTS700016: Application not found"})")
                                 << QStringLiteral("unauthorized_client") << QStringLiteral("not found in this tenant");
    QTest::newRow("tenant") << QByteArray(R"({"error":"invalid_request","error_description":"AADSTS90002: Tenant 'x' not found."})")
                            << QStringLiteral("invalid_request") << QStringLiteral("tenant was not found");
    QTest::newRow("grant") << QByteArray(R"({"error":"invalid_grant","error_description":"AADSTS70008: expired"})")
                           << QStringLiteral("invalid_grant") << QStringLiteral("sign in again");
    QTest::newRow("declined") << QByteArray(R"({"error":"authorization_declined"})")
                              << QStringLiteral("authorization_declined") << QStringLiteral("declined");
    QTest::newRow("expired") << QByteArray(R"({"error":"expired_token"})") << QStringLiteral("expired_token")
                             << QStringLiteral("expired");
    QTest::newRow("bad code") << QByteArray(R"({"error":"bad_verification_code"})")
                              << QStringLiteral("bad_verification_code") << QStringLiteral("not recognised");
}

void TestAuthError::mapsAadErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, fragment);
    const AuthError error = AuthError::fromAadResponse(400, body);
    QCOMPARE(error.code, code);
    QVERIFY2(error.humanMessage().contains(fragment), qPrintable(error.humanMessage()));
    QCOMPARE(error.httpStatus, 400);
}

void TestAuthError::keepsRawDetail()
{
    const AuthError error = AuthError::fromAadResponse(
        401, R"({"error":"invalid_client","error_description":"AADSTS7000215: bad","error_codes":[7000215],"trace_id":"tr-1","correlation_id":"co-2"})");
    QVERIFY(error.rawDetail.contains(QStringLiteral("AADSTS7000215")));
    QVERIFY(error.rawDetail.contains(QStringLiteral("tr-1")));
    QVERIFY(error.rawDetail.contains(QStringLiteral("co-2")));
    QVERIFY(error.rawDetail.contains(QStringLiteral("HTTP 401")));
}

void TestAuthError::nonJsonAnswer()
{
    const AuthError error = AuthError::fromAadResponse(503, "<html>down</html>");
    QCOMPARE(error.code, QStringLiteral("http_503"));
    QVERIFY(error.humanMessage().contains(QStringLiteral("temporarily unavailable")));
}

void TestAuthError::wrongTypesDoNotThrow()
{
    // Issue 18: json::value("code", std::string()) threw type_error for a number, ending the app.
    const AuthError error = AuthError::fromAadResponse(400, R"({"error":{"code":5,"message":["x"]}})");
    QCOMPARE(error.code, QStringLiteral("http_400"));
}

void TestAuthError::deviceCodeIntervalsAreBounded()
{
    // interval * 1000 overflowed int for 2147483 s (a negative poll timer); now 1 s..1 h.
    const DeviceCodeReply huge = readDeviceCodeReply(AadReply::fromHttp(
        200, R"({"user_code":"U","device_code":"D","interval":2147483,"expires_in":18446744073709551615})"));
    QVERIFY(huge.ok());
    QCOMPARE(huge.info.intervalSeconds, 3600);
    QCOMPARE(huge.intervalMs(), qint64(3600) * 1000);
    QCOMPARE(huge.info.expiresInSeconds, 24 * 3600);
    const DeviceCodeReply wrapped = readDeviceCodeReply(
        AadReply::fromHttp(200, R"({"user_code":"U","device_code":"D","interval":4294967301})"));
    QCOMPARE(wrapped.info.intervalSeconds, 3600); // not 5, as narrowing to int would give
    const DeviceCodeReply normal = readDeviceCodeReply(
        AadReply::fromHttp(200, R"({"user_code":"U","device_code":"D","interval":"7","expires_in":600})"));
    QCOMPARE(normal.info.intervalSeconds, 7);
    QCOMPARE(normal.info.expiresInSeconds, 600);
    QVERIFY(!normal.info.message.isEmpty());
    const DeviceCodeReply missing = readDeviceCodeReply(AadReply::fromHttp(200, R"({"user_code":"U"})"));
    QCOMPARE(missing.error.code, QStringLiteral("malformed_response"));
}

void TestAuthError::tokenLifetimeIsBounded()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const TokenResult result
        = AadReply::fromHttp(200, R"({"access_token":"t","expires_in":9223372036854775807})").toTokenResult();
    QVERIFY(result.ok());
    QVERIFY(result.token.expiresOn.isValid());
    QVERIFY(result.token.expiresOn <= before.addDays(367));
}

QTEST_GUILESS_MAIN(TestAuthError)
#include "tst_autherror.moc"
