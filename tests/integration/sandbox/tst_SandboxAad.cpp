// Azure AD emulation: client credentials, device code (pending, slow_down, approve, decline,
// expiry, auto-approve), refresh tokens, discovery, and the ARM side's 401 answers.
#include "SandboxTestUtil.h"

#include <QUrlQuery>

using namespace cw::test;

class TestSandboxAad : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sbx.start({QStringLiteral("--fresh")})); }
    void init() { m_sbx.control("POST", QStringLiteral("/settings"), QJsonDocument(defaults())); }
    void openIdConfiguration();
    void clientCredentials();
    void clientCredentialsRefusals_data();
    void clientCredentialsRefusals();
    void deviceCodeApprove();
    void deviceCodeSlowDownAndDecline();
    void deviceCodeExpiredAndUnknown();
    void deviceCodeAutoApprove();
    void refreshTokenInvalid();
    void armRejectsMissingUnknownAndExpiredTokens();

private:
    static QJsonObject defaults()
    {
        return {{QStringLiteral("deviceCodeAutoApprove"), false}, {QStringLiteral("deviceCodeIntervalSeconds"), 0},
                {QStringLiteral("deviceCodeLifetimeSeconds"), 900}, {QStringLiteral("tokenLifetimeSeconds"), 3600}};
    }
    HttpResult post(const QString &what, const QList<QPair<QString, QString>> &fields,
                    const QString &tenant = QStringLiteral("72f988bf-0000-4000-8000-00000000cafe"))
    {
        QUrlQuery form;
        for (const auto &[k, v] : fields)
            form.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
        return m_sbx.call("POST", QStringLiteral("/%1/oauth2/v2.0/%2").arg(tenant, what),
                          form.toString(QUrl::FullyEncoded).toUtf8(),
                          {{"Content-Type", "application/x-www-form-urlencoded"}});
    }
    QJsonObject startDeviceCode()
    {
        const HttpResult r = post(QStringLiteral("devicecode"), {{QStringLiteral("client_id"), m_sbx.endpoint().publicClientId},
                                                                  {QStringLiteral("scope"), QStringLiteral("https://management.azure.com/user_impersonation offline_access")}});
        return r.json().object();
    }
    HttpResult poll(const QString &deviceCode)
    {
        return post(QStringLiteral("token"), {{QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
                                              {QStringLiteral("client_id"), m_sbx.endpoint().publicClientId},
                                              {QStringLiteral("device_code"), deviceCode}});
    }
    static QString error(const HttpResult &r) { return r.json().object().value(QStringLiteral("error")).toString(); }

    SandboxProcess m_sbx;
};

void TestSandboxAad::openIdConfiguration()
{
    const HttpResult r = m_sbx.call("GET", QStringLiteral("/%1/v2.0/.well-known/openid-configuration").arg(m_sbx.endpoint().tenantId));
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("token_endpoint")).toString(),
             m_sbx.endpoint().baseUrl.toString() + QLatin1Char('/') + m_sbx.endpoint().tenantId + QStringLiteral("/oauth2/v2.0/token"));
    QVERIFY(o.value(QStringLiteral("device_authorization_endpoint")).toString().endsWith(QLatin1String("/oauth2/v2.0/devicecode")));
    QCOMPARE(m_sbx.call("GET", QStringLiteral("/common/discovery/instance")).status, 200);
}

void TestSandboxAad::clientCredentials()
{
    const HttpResult r = post(QStringLiteral("token"), {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                                        {QStringLiteral("client_id"), m_sbx.endpoint().clientId},
                                                        {QStringLiteral("client_secret"), m_sbx.endpoint().clientSecret},
                                                        {QStringLiteral("scope"), QStringLiteral("https://management.azure.com/.default")}});
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(o.value(QStringLiteral("expires_in")).toInt(), 3600);
    QVERIFY(o.value(QStringLiteral("access_token")).toString().size() > 20);
    QVERIFY(!o.contains(QStringLiteral("refresh_token")));
    const QString token = o.value(QStringLiteral("access_token")).toString();
    QCOMPARE(m_sbx.call("GET", QStringLiteral("/subscriptions?api-version=2020-01-01"), {},
                        {{"Authorization", "Bearer " + token.toUtf8()}}).status, 200);
}

void TestSandboxAad::clientCredentialsRefusals_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("grant");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const QString tenant = QStringLiteral("72f988bf-0000-4000-8000-00000000cafe");
    const QString id = QStringLiteral("5a4db0c5-0000-4000-8000-00000000c11e");
    const QString secret = QStringLiteral("sandbox-service-principal-secret");
    const QString scope = QStringLiteral("https://management.azure.com/.default");
    const QString cc = QStringLiteral("client_credentials");
    QTest::newRow("wrong secret") << tenant << cc << id << QStringLiteral("nope") << scope << 401 << QStringLiteral("invalid_client");
    QTest::newRow("unknown client") << tenant << cc << QStringLiteral("00000000-1111-2222-3333-444444444444") << secret << scope << 400 << QStringLiteral("unauthorized_client");
    QTest::newRow("scope without .default") << tenant << cc << id << secret << QStringLiteral("https://management.azure.com/user_impersonation") << 400 << QStringLiteral("invalid_scope");
    QTest::newRow("unknown tenant") << QStringLiteral("contoso.invalid") << cc << id << secret << scope << 400 << QStringLiteral("invalid_tenant");
    QTest::newRow("unsupported grant") << tenant << QStringLiteral("password") << id << secret << scope << 400 << QStringLiteral("unsupported_grant_type");
}

void TestSandboxAad::clientCredentialsRefusals()
{
    QFETCH(QString, tenant);
    QFETCH(QString, grant);
    QFETCH(QString, clientId);
    QFETCH(QString, secret);
    QFETCH(QString, scope);
    QFETCH(int, status);
    QFETCH(QString, error);
    const HttpResult r = post(QStringLiteral("token"), {{QStringLiteral("grant_type"), grant}, {QStringLiteral("client_id"), clientId},
                                                        {QStringLiteral("client_secret"), secret}, {QStringLiteral("scope"), scope}}, tenant);
    QCOMPARE(r.status, status);
    QCOMPARE(this->error(r), error);
    const QJsonObject o = r.json().object();
    QVERIFY(o.value(QStringLiteral("error_description")).toString().startsWith(QLatin1String("AADSTS")));
    QVERIFY(!o.value(QStringLiteral("error_codes")).toArray().isEmpty());
    QVERIFY(o.contains(QStringLiteral("trace_id")) && o.contains(QStringLiteral("correlation_id")) && o.contains(QStringLiteral("timestamp")));
}

void TestSandboxAad::deviceCodeApprove()
{
    const QJsonObject dc = startDeviceCode();
    QCOMPARE(dc.value(QStringLiteral("expires_in")).toInt(), 900);
    QVERIFY(dc.value(QStringLiteral("message")).toString().contains(dc.value(QStringLiteral("user_code")).toString()));
    QVERIFY(dc.value(QStringLiteral("verification_uri")).toString().startsWith(QLatin1String("https://127.0.0.1:")));
    const QString device = dc.value(QStringLiteral("device_code")).toString();
    QCOMPARE(error(poll(device)), QStringLiteral("authorization_pending"));
    const QJsonObject approved = m_sbx.control("POST", QStringLiteral("/devicecode/approve"),
                                               QJsonDocument(QJsonObject{{QStringLiteral("user_code"), dc.value(QStringLiteral("user_code"))}})).object();
    QCOMPARE(approved.value(QStringLiteral("approved")).toBool(), true);
    const HttpResult granted = poll(device);
    QCOMPARE(granted.status, 200);
    const QString refresh = granted.json().object().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!refresh.isEmpty());
    QCOMPARE(error(poll(device)), QStringLiteral("bad_verification_code")); // one use only

    const HttpResult refreshed = post(QStringLiteral("token"), {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                                                {QStringLiteral("client_id"), m_sbx.endpoint().publicClientId},
                                                                {QStringLiteral("refresh_token"), refresh},
                                                                {QStringLiteral("scope"), QStringLiteral("https://management.azure.com/.default offline_access")}});
    QCOMPARE(refreshed.status, 200);
    const QString access = refreshed.json().object().value(QStringLiteral("access_token")).toString();
    QCOMPARE(m_sbx.call("GET", QStringLiteral("/subscriptions?api-version=2020-01-01"), {},
                        {{"Authorization", "Bearer " + access.toUtf8()}}).status, 200);
}

void TestSandboxAad::deviceCodeSlowDownAndDecline()
{
    m_sbx.control("POST", QStringLiteral("/settings"), QJsonDocument(QJsonObject{{QStringLiteral("deviceCodeIntervalSeconds"), 30}}));
    const QJsonObject dc = startDeviceCode();
    QCOMPARE(dc.value(QStringLiteral("interval")).toInt(), 30);
    const QString device = dc.value(QStringLiteral("device_code")).toString();
    QCOMPARE(error(poll(device)), QStringLiteral("authorization_pending"));
    QCOMPARE(error(poll(device)), QStringLiteral("slow_down")); // polled again well within 30 s
    m_sbx.control("POST", QStringLiteral("/devicecode/approve"),
                  QJsonDocument(QJsonObject{{QStringLiteral("user_code"), dc.value(QStringLiteral("user_code"))},
                                            {QStringLiteral("decline"), true}}));
    QCOMPARE(error(poll(device)), QStringLiteral("authorization_declined"));
}

void TestSandboxAad::deviceCodeExpiredAndUnknown()
{
    m_sbx.control("POST", QStringLiteral("/settings"), QJsonDocument(QJsonObject{{QStringLiteral("deviceCodeLifetimeSeconds"), 0}}));
    const QJsonObject dc = startDeviceCode();
    QTRY_COMPARE_WITH_TIMEOUT(error(poll(dc.value(QStringLiteral("device_code")).toString())), QStringLiteral("expired_token"), 5000);
    QCOMPARE(error(poll(QStringLiteral("no-such-code"))), QStringLiteral("bad_verification_code"));
    const QJsonDocument unknown = m_sbx.control("POST", QStringLiteral("/devicecode/approve"),
                                                QJsonDocument(QJsonObject{{QStringLiteral("user_code"), QStringLiteral("NOPE")}}));
    QCOMPARE(unknown.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("NotFound"));
}

void TestSandboxAad::deviceCodeAutoApprove()
{
    m_sbx.control("POST", QStringLiteral("/settings"), QJsonDocument(QJsonObject{{QStringLiteral("deviceCodeAutoApprove"), true}}));
    const QJsonObject dc = startDeviceCode();
    const HttpResult r = poll(dc.value(QStringLiteral("device_code")).toString());
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json().object().value(QStringLiteral("access_token")).toString().isEmpty());
}

void TestSandboxAad::refreshTokenInvalid()
{
    const HttpResult r = post(QStringLiteral("token"), {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                                        {QStringLiteral("client_id"), m_sbx.endpoint().publicClientId},
                                                        {QStringLiteral("refresh_token"), QStringLiteral("sbx-rt.forged")}});
    QCOMPARE(r.status, 400);
    QCOMPARE(error(r), QStringLiteral("invalid_grant"));
}

void TestSandboxAad::armRejectsMissingUnknownAndExpiredTokens()
{
    const QString path = QStringLiteral("/subscriptions?api-version=2020-01-01");
    HttpResult r = m_sbx.call("GET", path);
    QCOMPARE(r.status, 401);
    QCOMPARE(armErrorCode(r), QStringLiteral("AuthenticationFailed"));
    QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer authorization_uri="));
    r = m_sbx.call("GET", path, {}, {{"Authorization", "Bearer not-a-token"}});
    QCOMPARE(r.status, 401);
    QCOMPARE(armErrorCode(r), QStringLiteral("InvalidAuthenticationToken"));

    m_sbx.control("POST", QStringLiteral("/settings"), QJsonDocument(QJsonObject{{QStringLiteral("tokenLifetimeSeconds"), 0}}));
    const HttpResult shortLived = post(QStringLiteral("token"), {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                                                 {QStringLiteral("client_id"), m_sbx.endpoint().clientId},
                                                                 {QStringLiteral("client_secret"), m_sbx.endpoint().clientSecret},
                                                                 {QStringLiteral("scope"), QStringLiteral("https://management.azure.com/.default")}});
    const QByteArray bearer = "Bearer " + shortLived.json().object().value(QStringLiteral("access_token")).toString().toUtf8();
    QTRY_COMPARE_WITH_TIMEOUT(armErrorCode(m_sbx.call("GET", path, {}, {{"Authorization", bearer}})),
                              QStringLiteral("ExpiredAuthenticationToken"), 5000);

    // The control endpoint expires every issued access token at once.
    m_sbx.control("POST", QStringLiteral("/settings"), QJsonDocument(defaults()));
    QCOMPARE(m_sbx.arm("GET", path).status, 200);
    m_sbx.control("POST", QStringLiteral("/tokens/expire"));
    QCOMPARE(m_sbx.arm("GET", path).status, 401);
}

QTEST_GUILESS_MAIN(TestSandboxAad)
#include "tst_SandboxAad.moc"
