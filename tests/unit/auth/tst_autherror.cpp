#include "auth/AuthError.h"

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

QTEST_GUILESS_MAIN(TestAuthError)
#include "tst_autherror.moc"
