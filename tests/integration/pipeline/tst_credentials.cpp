// Every credential type against the sandbox's Azure AD, and token refresh mid-run.
#include "PipelineFixture.h"

#include "auth/ClientSecretCredential.h"
#include "auth/DeviceCodeCredential.h"
#include "auth/EnvironmentCredential.h"
#include "secrets/SessionSecretStore.h"

#include <QElapsedTimer>

using namespace cw;
using namespace cw::test;

namespace {
auth::TokenResult waitToken(auth::TokenCredential &credential, int timeoutMs = 30000)
{
    QSignalSpy spy(credential.requestToken(credential.environment().armScope()), &auth::TokenJob::finished);
    if (!spy.wait(timeoutMs))
        return auth::TokenResult::failure(auth::AuthError::make(QStringLiteral("test_timeout"), QStringLiteral("no answer")));
    return spy.at(0).at(0).value<auth::TokenResult>();
}
} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void clientSecret();
    void wrongClientSecretIsExplained();
    void environmentCredential();
    void deviceCodePendingThenApproved();
    void deviceCodeSlowDownAddsFiveSeconds();
    void deviceCodeDeclinedStops();
    void storedRefreshTokenSignsInSilently();
    void tokenExpiryMidRunRefreshes();
    void revokedTokenGetsOneForcedRefresh();

private:
    SandboxProcess m_sandbox;
};

void TestCredentials::initTestCase()
{
    registerPipelineTypes();
    qRegisterMetaType<cw::auth::DeviceCodeInfo>();
    QVERIFY(m_sandbox.start());
}

void TestCredentials::init()
{
    m_sandbox.control("POST", QStringLiteral("/_sandbox/settings"),
                      jsonDoc(R"({"tokenLifetimeSeconds":3600,"deviceCodeAutoApprove":false,"deviceCodeIntervalSeconds":1})"));
    m_sandbox.control("DELETE", QStringLiteral("/_sandbox/faults"));
}

void TestCredentials::clientSecret()
{
    const auto ep = m_sandbox.endpoint();
    auth::ClientSecretCredential credential(sandboxEnvironment(m_sandbox), ep.tenantId, ep.clientId, ep.clientSecret.toUtf8());
    const auto result = waitToken(credential);
    QVERIFY2(result.ok(), qPrintable(result.error.humanMessage()));
    QVERIFY(result.token.expiresOn > QDateTime::currentDateTimeUtc().addSecs(3000));

    auto sandboxCred = sandboxCredential(m_sandbox);
    QVERIFY(waitToken(*sandboxCred).ok());
}

void TestCredentials::wrongClientSecretIsExplained()
{
    const auto ep = m_sandbox.endpoint();
    auth::ClientSecretCredential credential(sandboxEnvironment(m_sandbox), ep.tenantId, ep.clientId, "not-the-secret");
    const auto result = waitToken(credential);
    QVERIFY(!result.ok());
    QCOMPARE(result.error.code, QStringLiteral("invalid_client"));
    QVERIFY2(result.error.humanMessage().contains(QStringLiteral("client secret")), qPrintable(result.error.humanMessage()));
    QVERIFY(result.error.rawDetail.contains(QStringLiteral("AADSTS7000215")));

    // The ARM pipeline surfaces the same sentence.
    auto connection = sandboxConnection(m_sandbox, std::make_shared<auth::ClientSecretCredential>(
                                                       sandboxEnvironment(m_sandbox), ep.tenantId, ep.clientId, "nope"));
    const auto response = sendAndWait(*connection, get(QStringLiteral("/subscriptions"), QStringLiteral("2020-01-01")));
    QVERIFY(response.error.has_value());
    QCOMPARE(response.error->kind, arm::ArmError::Kind::Authentication);
    QVERIFY(response.error->humanMessage().contains(QStringLiteral("client secret")));
}

void TestCredentials::environmentCredential()
{
    const auto ep = m_sandbox.endpoint();
    QProcessEnvironment vars;
    vars.insert(QStringLiteral("AZURE_TENANT_ID"), ep.tenantId);
    vars.insert(QStringLiteral("AZURE_CLIENT_ID"), ep.clientId);
    vars.insert(QStringLiteral("AZURE_CLIENT_SECRET"), ep.clientSecret);
    vars.insert(QStringLiteral("AZURE_AUTHORITY_HOST"), ep.baseUrl.toString());
    // The cloud's own authority is replaced by AZURE_AUTHORITY_HOST; ARM stays the sandbox.
    auto env = sandboxEnvironment(m_sandbox);
    env.authorityHost = QUrl(QStringLiteral("https://login.invalid"));
    auto credential = std::make_shared<auth::EnvironmentCredential>(env, vars);
    QVERIFY(credential->isConfigured());
    auto connection = sandboxConnection(m_sandbox, credential);
    const auto response = sendAndWait(*connection, get(QStringLiteral("/subscriptions"), QStringLiteral("2020-01-01")));
    QVERIFY2(response.ok(), response.error ? qPrintable(response.error->humanMessage()) : "");
    QCOMPARE(response.httpStatus, 200);

    auth::EnvironmentCredential unconfigured(env, QProcessEnvironment());
    const auto result = waitToken(unconfigured);
    QCOMPARE(result.error.code, QStringLiteral("not_configured"));
}

void TestCredentials::deviceCodePendingThenApproved()
{
    secrets::SessionSecretStore store;
    auth::DeviceCodeCredential credential(sandboxEnvironment(m_sandbox), m_sandbox.endpoint().tenantId,
                                          m_sandbox.endpoint().publicClientId, &store, QStringLiteral("user@sandbox"));
    QSignalSpy codes(&credential, &auth::DeviceCodeCredential::deviceCodeReceived);
    QSignalSpy token(credential.requestToken(credential.environment().armScope()), &auth::TokenJob::finished);
    QVERIFY(codes.wait(10000));
    const auto info = codes.at(0).at(0).value<auth::DeviceCodeInfo>();
    QVERIFY(!info.userCode.isEmpty());
    QVERIFY(info.verificationUri.isValid());
    QVERIFY(info.message.contains(info.userCode));

    // Let at least two polls come back authorization_pending before approving.
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.countRequests("POST", QStringLiteral("/oauth2/v2.0/token")) >= 2, 10000);
    QVERIFY(token.isEmpty());
    m_sandbox.control("POST", QStringLiteral("/_sandbox/devicecode/approve"),
                      QJsonDocument(QJsonObject{{QStringLiteral("user_code"), info.userCode}}));
    QVERIFY(token.wait(10000));
    const auto result = token.at(0).at(0).value<auth::TokenResult>();
    QVERIFY2(result.ok(), qPrintable(result.error.humanMessage()));

    // The refresh token went to the store under the scoped key.
    QSignalSpy read(store.read(credential.refreshTokenKey()), &secrets::SecretJob::finished);
    QVERIFY(read.wait(2000));
    QVERIFY(read.at(0).at(0).value<secrets::SecretResult>().ok());
    QVERIFY(credential.refreshTokenKey().toString().startsWith(QStringLiteral("Sandbox/")));
}

void TestCredentials::deviceCodeSlowDownAddsFiveSeconds()
{
    m_sandbox.control("POST", QStringLiteral("/_sandbox/settings"), jsonDoc(R"({"deviceCodeIntervalSeconds":2})"));
    auth::DeviceCodeCredential credential(sandboxEnvironment(m_sandbox), m_sandbox.endpoint().tenantId, {}, nullptr);
    credential.setInitialPollIntervalOverrideMs(300); // faster than the server's 2 s: provokes slow_down
    QSignalSpy codes(&credential, &auth::DeviceCodeCredential::deviceCodeReceived);
    QSignalSpy slower(&credential, &auth::DeviceCodeCredential::pollIntervalChanged);
    QSignalSpy token(credential.requestToken(credential.environment().armScope()), &auth::TokenJob::finished);
    QVERIFY(codes.wait(10000));
    QVERIFY(slower.wait(10000));
    QCOMPARE(slower.at(0).at(0).toInt(), 5300);
    QElapsedTimer sinceSlowDown;
    sinceSlowDown.start();
    const int pollsAtSlowDown = m_sandbox.countRequests("POST", QStringLiteral("/oauth2/v2.0/token"));
    m_sandbox.control("POST", QStringLiteral("/_sandbox/devicecode/approve"),
                      QJsonDocument(QJsonObject{{QStringLiteral("user_code"),
                                                 codes.at(0).at(0).value<auth::DeviceCodeInfo>().userCode}}));
    QVERIFY(token.wait(15000));
    QVERIFY(token.at(0).at(0).value<auth::TokenResult>().ok());
    // The next poll waited the new interval, not the old 300 ms.
    QVERIFY2(sinceSlowDown.elapsed() >= 5000, qPrintable(QString::number(sinceSlowDown.elapsed())));
    QCOMPARE(m_sandbox.countRequests("POST", QStringLiteral("/oauth2/v2.0/token")), pollsAtSlowDown + 1);
}

void TestCredentials::deviceCodeDeclinedStops()
{
    auth::DeviceCodeCredential credential(sandboxEnvironment(m_sandbox), m_sandbox.endpoint().tenantId, {}, nullptr);
    QSignalSpy codes(&credential, &auth::DeviceCodeCredential::deviceCodeReceived);
    QSignalSpy token(credential.requestToken(credential.environment().armScope()), &auth::TokenJob::finished);
    QVERIFY(codes.wait(10000));
    QJsonObject decline{{QStringLiteral("user_code"), codes.at(0).at(0).value<auth::DeviceCodeInfo>().userCode},
                        {QStringLiteral("decline"), true}};
    m_sandbox.control("POST", QStringLiteral("/_sandbox/devicecode/approve"), QJsonDocument(decline));
    QVERIFY(token.wait(10000));
    const auto result = token.at(0).at(0).value<auth::TokenResult>();
    QCOMPARE(result.error.code, QStringLiteral("authorization_declined"));
    QVERIFY(result.error.humanMessage().contains(QStringLiteral("declined")));
}

void TestCredentials::storedRefreshTokenSignsInSilently()
{
    m_sandbox.control("POST", QStringLiteral("/_sandbox/settings"), jsonDoc(R"({"deviceCodeAutoApprove":true})"));
    secrets::SessionSecretStore store;
    const auto env = sandboxEnvironment(m_sandbox);
    {
        auth::DeviceCodeCredential first(env, m_sandbox.endpoint().tenantId, {}, &store, QStringLiteral("u1"));
        QVERIFY(waitToken(first).ok());
    }
    m_sandbox.control("POST", QStringLiteral("/_sandbox/settings"), jsonDoc(R"({"deviceCodeAutoApprove":false})"));
    // A new credential (think: next start of the app) uses the stored refresh token: no device code.
    auth::DeviceCodeCredential second(env, m_sandbox.endpoint().tenantId, {}, &store, QStringLiteral("u1"));
    QSignalSpy codes(&second, &auth::DeviceCodeCredential::deviceCodeReceived);
    const auto result = waitToken(second);
    QVERIFY2(result.ok(), qPrintable(result.error.humanMessage()));
    QCOMPARE(codes.size(), 0);

    // After sign-out the store is empty.
    second.signOut();
    QSignalSpy read(store.read(second.refreshTokenKey()), &secrets::SecretJob::finished);
    QVERIFY(read.wait(2000));
    QCOMPARE(read.at(0).at(0).value<secrets::SecretResult>().status, secrets::SecretStatus::NotFound);
}

void TestCredentials::tokenExpiryMidRunRefreshes()
{
    m_sandbox.control("POST", QStringLiteral("/_sandbox/settings"), jsonDoc(R"({"tokenLifetimeSeconds":2})"));
    auto credential = sandboxCredential(m_sandbox);
    auto connection = sandboxConnection(m_sandbox, credential);
    QElapsedTimer clock;
    clock.start();
    int requests = 0;
    // Keep calling ARM for 5 s with 2-second tokens: every call must succeed.
    while (clock.elapsed() < 5000) {
        const auto response = sendAndWait(*connection, get(kWorkspacePath + QStringLiteral("/computes")));
        QVERIFY2(response.ok(), response.error ? qPrintable(response.error->humanMessage()) : "timeout");
        ++requests;
    }
    QVERIFY(requests > 3);
    QVERIFY2(credential->fetchCount() >= 3, qPrintable(QString::number(credential->fetchCount())));
}

void TestCredentials::revokedTokenGetsOneForcedRefresh()
{
    auto credential = sandboxCredential(m_sandbox);
    auto connection = sandboxConnection(m_sandbox, credential);
    QVERIFY(sendAndWait(*connection, get(kWorkspacePath)).ok());
    QCOMPARE(credential->fetchCount(), 1);
    // The server forgets the token although it has not expired for the client: 401, refresh, retry.
    m_sandbox.control("POST", QStringLiteral("/_sandbox/tokens/expire"));
    m_sandbox.control("DELETE", QStringLiteral("/_sandbox/requests"));
    const auto response = sendAndWait(*connection, get(kWorkspacePath));
    QVERIFY2(response.ok(), response.error ? qPrintable(response.error->rawDetail()) : "timeout");
    QCOMPARE(credential->fetchCount(), 2);
    QCOMPARE(m_sandbox.countRequests("GET", QStringLiteral("workspaces/ws-demo$")), 2);
}

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
