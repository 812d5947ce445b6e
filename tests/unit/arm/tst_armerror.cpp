#include "arm/ArmError.h"
#include "arm/LroDocuments.h"
#include "auth/AuthError.h"

#include <QTest>

using namespace cw::arm;

class TestArmError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void armErrorBody();
    void bareCodeMessage();
    void kubernetesStatus();
    void aadErrorBody();
    void nonJsonBody();
    void wrongTypesDoNotThrow();
    void hugeNumbersAreNotCast();
    void humanMessages_data();
    void humanMessages();
    void rawDetailIsRedacted();
    void fromAuthError();
    void wrappedCodeFound_data();
    void wrappedCodeFound();
    void wrappedSameSentenceAsFlat();
    void wrapperWithoutSpecificCode();
    void operationStatusWrapped();
};

void TestArmError::armErrorBody()
{
    const QByteArray body = R"({"error":{"code":"BadArgument","message":"Cluster should have at least 12 cores to operate.",
        "target":"properties.agentCount","details":[{"code":"Inner","message":"inner text","target":"x"}],
        "additionalInfo":[{"type":"PolicyViolation","info":{"policy":"p"}}]}})";
    const ArmError error = ArmError::fromHttp(400, body);
    QCOMPARE(error.kind, ArmError::Kind::Http);
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.code, QStringLiteral("BadArgument"));
    QCOMPARE(error.message, QStringLiteral("Cluster should have at least 12 cores to operate."));
    QCOMPARE(error.target, QStringLiteral("properties.agentCount"));
    QCOMPARE(int(error.details.size()), 1);
    QCOMPARE(error.details[0].code, QStringLiteral("Inner"));
    QVERIFY(error.additionalInfo.is_array());
    QVERIFY(error.humanMessage().contains(QStringLiteral("12 cores")));
    QVERIFY(error.rawDetail().contains(QStringLiteral("PolicyViolation")));
    QVERIFY(error.rawDetail().contains(QStringLiteral("detail: Inner: inner text (x)")));
}

void TestArmError::bareCodeMessage()
{
    const ArmError error = ArmError::fromHttp(409, R"({"code":"Conflict","message":"already exists"})");
    QCOMPARE(error.code, QStringLiteral("Conflict"));
    QCOMPARE(error.message, QStringLiteral("already exists"));
}

void TestArmError::kubernetesStatus()
{
    const QByteArray body = R"({"kind":"Status","apiVersion":"v1","status":"Failure","reason":"NotFound",
        "message":"secrets \"azuremlfessl\" not found","code":404,"details":{"name":"azuremlfessl","kind":"secrets"}})";
    const ArmError error = ArmError::fromHttp(404, body);
    QCOMPARE(error.code, QStringLiteral("NotFound"));
    QCOMPARE(error.target, QStringLiteral("azuremlfessl"));
    QCOMPARE(error.httpStatus, 404);
    QVERIFY(error.humanMessage().contains(QStringLiteral("not found")));
}

void TestArmError::aadErrorBody()
{
    const ArmError error = ArmError::fromHttp(
        401, R"({"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided."})");
    QCOMPARE(error.code, QStringLiteral("invalid_client"));
    QVERIFY(error.message.contains(QStringLiteral("AADSTS7000215")));
}

void TestArmError::nonJsonBody()
{
    const ArmError error = ArmError::fromHttp(502, "<html>Bad gateway</html>");
    QCOMPARE(error.code, QStringLiteral("HttpStatus502"));
    QVERIFY(error.humanMessage().contains(QStringLiteral("502")));
    QVERIFY(error.rawDetail().contains(QStringLiteral("Bad gateway")));
}

void TestArmError::wrongTypesDoNotThrow()
{
    const ArmError error = ArmError::fromHttp(400, R"({"error":{"code":17,"message":["x"],"details":"nope","additionalInfo":{}}})");
    QCOMPARE(error.code, QStringLiteral("HttpStatus400"));
    QVERIFY(error.details.empty());
    const ArmError truncated = ArmError::fromHttp(500, R"({"error":{"code":"Intern)");
    QCOMPARE(truncated.code, QStringLiteral("HttpStatus500"));
}

void TestArmError::hugeNumbersAreNotCast()
{
    // Issue 18: int(4.4e91) was undefined (INT_MIN on x86); out of range now reads as absent.
    const ArmError status = ArmError::fromKubernetesStatus(nlohmann::json::parse(R"({"kind":"Status","code":4.4e91})"));
    QCOMPARE(status.httpStatus, 0);
    const ArmError valid = ArmError::fromKubernetesStatus(nlohmann::json::parse(R"({"kind":"Status","code":403})"));
    QCOMPARE(valid.httpStatus, 403);

    // The LRO status document: percentComplete is clamped to 0..100 before any conversion.
    QCOMPARE(readOperationStatus(nlohmann::json::parse(R"({"status":"InProgress","percentComplete":1e300})")).percent,
             std::optional<int>(100));
    QCOMPARE(readOperationStatus(nlohmann::json::parse(R"({"status":"InProgress","percentComplete":-4.4e91})")).percent,
             std::optional<int>(0));
    QCOMPARE(readOperationStatus(nlohmann::json::parse(R"({"status":"InProgress","percentComplete":"42.7"})")).percent,
             std::optional<int>(42));
    const OperationStatusDocument failed = readOperationStatus(nlohmann::json::parse(R"({"status":"Failed"})"));
    QVERIFY(failed.error.has_value());
    QVERIFY(!failed.error->message.isEmpty());
}

void TestArmError::humanMessages_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expectedFragment");
    QTest::newRow("registration") << 409
        << QByteArray(R"({"error":{"code":"MissingSubscriptionRegistration","message":"The subscription is not registered to use namespace 'Microsoft.MachineLearningServices'."}})")
        << QStringLiteral("Microsoft.MachineLearningServices is not registered");
    QTest::newRow("policy") << 403
        << QByteArray(R"({"error":{"code":"RequestDisallowedByPolicy","message":"Load Balancers should not have public IPs"}})")
        << QStringLiteral("Azure Policy");
    QTest::newRow("403") << 403 << QByteArray(R"({"error":{"code":"AuthorizationFailed","message":"m"}})")
                         << QStringLiteral("permission");
    QTest::newRow("404") << 404 << QByteArray(R"({"error":{"code":"ResourceNotFound","message":"m"}})")
                         << QStringLiteral("not found");
    QTest::newRow("429") << 429 << QByteArray() << QStringLiteral("throttling");
    QTest::newRow("500") << 500 << QByteArray(R"({"error":{"code":"InternalServerError","message":"An internal server error occurred."}})")
                         << QStringLiteral("internal problem (HTTP 500)");
}

void TestArmError::humanMessages()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, expectedFragment);
    const QString message = ArmError::fromHttp(status, body).humanMessage();
    QVERIFY2(message.contains(expectedFragment), qPrintable(message));
}

void TestArmError::rawDetailIsRedacted()
{
    const ArmError error = ArmError::fromHttp(
        400, R"({"error":{"code":"BadArgument","message":"key -----BEGIN PRIVATE KEY-----\nMIIEabc\n-----END PRIVATE KEY----- is wrong"}})");
    QVERIFY(!error.rawDetail().contains(QStringLiteral("MIIEabc")));
    QVERIFY(!error.humanMessage().contains(QStringLiteral("MIIEabc")));
}

void TestArmError::fromAuthError()
{
    const auto auth = cw::auth::AuthError::fromAadResponse(
        400, R"({"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided.","trace_id":"t1"})");
    const ArmError error = ArmError::fromAuthError(auth);
    QCOMPARE(error.kind, ArmError::Kind::Authentication);
    QVERIFY(error.humanMessage().contains(QStringLiteral("client secret")));
    QVERIFY(error.rawDetail().contains(QStringLiteral("t1")));
}

// Azure ML's management front end answers {"code":"UserError"} with the specific code one level
// down (issue 12): in details, in innerError, or only in additionalInfo's InnerError item.
void TestArmError::wrappedCodeFound_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("wrapper");
    QTest::newRow("details") << QByteArray(R"({"error":{"code":"UserError","message":"m",
        "details":[{"code":"QuotaExceeded","message":"m"}]}})") << QStringLiteral("QuotaExceeded") << QStringLiteral("UserError");
    QTest::newRow("nested details") << QByteArray(R"({"error":{"code":"ServiceError","message":"m",
        "details":[{"code":"UserError","details":[{"code":"Conflict"}]}]}})") << QStringLiteral("Conflict") << QStringLiteral("ServiceError");
    QTest::newRow("innerError") << QByteArray(R"({"error":{"code":"UserError","message":"m",
        "innerError":{"code":"UserError","innerError":{"code":"RequestDisallowedByPolicy"}}}})")
        << QStringLiteral("RequestDisallowedByPolicy") << QStringLiteral("UserError");
    QTest::newRow("additionalInfo InnerError") << QByteArray(R"({"error":{"code":"UserError","message":"m","details":[],
        "additionalInfo":[{"type":"ComponentName","info":{"value":"managementfrontend"}},
                          {"type":"Correlation","info":{"value":{"operation":"o","request":"r"}}},
                          {"type":"InnerError","info":{"value":{"code":"QuotaExceeded","innerError":null}}}]}})")
        << QStringLiteral("QuotaExceeded") << QStringLiteral("UserError");
    QTest::newRow("additionalInfo ErrorCode") << QByteArray(R"({"error":{"code":"userError","message":"m",
        "additionalInfo":[{"type":"ErrorCode","info":{"value":"MissingSubscriptionRegistration"}}]}})")
        << QStringLiteral("MissingSubscriptionRegistration") << QStringLiteral("userError");
    QTest::newRow("odd types") << QByteArray(R"({"error":{"code":"UserError","message":"m","details":[3,"x",{"code":7}],
        "innerError":"no","additionalInfo":[1,{"type":"InnerError","info":[]},{"type":"InnerError","info":{"value":{"code":"BadArgument"}}}]}})")
        << QStringLiteral("BadArgument") << QStringLiteral("UserError");
    // Not a wrapper: the top code stays, details are only details (as before).
    QTest::newRow("not wrapped") << QByteArray(R"({"error":{"code":"BadArgument","message":"m",
        "details":[{"code":"Inner"}]}})") << QStringLiteral("BadArgument") << QString();
}

void TestArmError::wrappedCodeFound()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, wrapper);
    const ArmError error = ArmError::fromHttp(400, body);
    QCOMPARE(error.code, code);
    QCOMPARE(error.wrapperCode, wrapper);
    if (!wrapper.isEmpty())
        QVERIFY2(error.rawDetail().contains(QStringLiteral("code: %1 (in %2)").arg(code, wrapper)), qPrintable(error.rawDetail()));
}

void TestArmError::wrappedSameSentenceAsFlat()
{
    const QByteArray flat = R"({"error":{"code":"QuotaExceeded","message":"Operation results in exceeding quota limits of Total Regional Cores."}})";
    const QByteArray details = R"({"error":{"code":"UserError","message":"Operation results in exceeding quota limits of Total Regional Cores.",
        "details":[{"code":"QuotaExceeded","message":"Operation results in exceeding quota limits of Total Regional Cores."}]}})";
    const QByteArray info = R"({"error":{"code":"UserError","message":"Operation results in exceeding quota limits of Total Regional Cores.",
        "details":[],"additionalInfo":[{"type":"InnerError","info":{"value":{"code":"QuotaExceeded"}}}]}})";
    const QString expected = ArmError::fromHttp(400, flat).humanMessage();
    QVERIFY(expected.contains(QStringLiteral("quota is too small")));
    QCOMPARE(ArmError::fromHttp(400, details).humanMessage(), expected);
    QCOMPARE(ArmError::fromHttp(400, info).humanMessage(), expected);
    const QByteArray policy = R"({"error":{"code":"UserError","message":"denied","details":[{"code":"RequestDisallowedByPolicy","message":"denied"}]}})";
    QVERIFY(ArmError::fromHttp(403, policy).humanMessage().contains(QStringLiteral("Azure Policy")));
}

void TestArmError::wrapperWithoutSpecificCode()
{
    const ArmError error = ArmError::fromHttp(400, R"({"error":{"code":"UserError","message":"m","details":[{"code":"ServiceError"}]}})");
    QCOMPARE(error.code, QStringLiteral("UserError"));
    QVERIFY(error.wrapperCode.isEmpty());
}

void TestArmError::operationStatusWrapped()
{
    const OperationStatusDocument doc = readOperationStatus(nlohmann::json::parse(R"({"status":"Failed",
        "error":{"code":"UserError","message":"quota","details":[{"code":"QuotaExceeded","message":"quota"}]}})"));
    QVERIFY(doc.error.has_value());
    QCOMPARE(doc.error->code, QStringLiteral("QuotaExceeded"));
}

QTEST_GUILESS_MAIN(TestArmError)
#include "tst_armerror.moc"
