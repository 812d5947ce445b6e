// Token replies shaped like Azure AD's: JWT access tokens (header typ/alg/kid; aud, iss, tid, oid,
// appid, exp, nbf, iat), id_token and client_info for user sign-ins (device code, refresh), the
// ADFS-style authority az uses, validation by lookup kept (a well-formed JWT the sandbox did not
// issue is refused), and the app's redaction hiding these real JWTs in traces and log text.
#include "SandboxTestUtil.h"
#include "secrets/HttpTraceWriter.h"
#include "secrets/Redaction.h"

#include <QFile>
#include <QTemporaryDir>
#include <QUrlQuery>

using namespace cw::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject jwtPart(const QString &token, int index)
{
    return QJsonDocument::fromJson(QByteArray::fromBase64(token.section(u'.', index, index).toLatin1(),
                                                          QByteArray::Base64UrlEncoding)).object();
}

HttpResult postForm(SandboxProcess &sbx, const QString &path, const QList<QPair<QString, QString>> &fields)
{
    QUrlQuery form;
    for (const auto &[key, value] : fields)
        form.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return sbx.call("POST", path, form.toString(QUrl::FullyEncoded).toUtf8(),
                    {{"Content-Type", "application/x-www-form-urlencoded"}});
}

} // namespace

class TestSandboxTokens : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sbx.start({u"--fresh"_s})); }
    void accessTokenIsJwt();
    void unissuedJwtIsRefused();
    void deviceCodeGivesIdTokenAndClientInfo();
    void adfsAuthority();
    void redactionHidesSandboxJwts();

private:
    QString tokenPath() const { return u"/%1/oauth2/v2.0/token"_s.arg(m_sbx.endpoint().tenantId); }
    SandboxProcess m_sbx;
    QByteArray m_userReply; // a device-code token reply, for the redaction check
};

void TestSandboxTokens::accessTokenIsJwt()
{
    const QString token = m_sbx.accessToken();
    QCOMPARE(token.count(u'.'), 2);
    const QJsonObject header = jwtPart(token, 0);
    QCOMPARE(header.value(u"typ"_s).toString(), u"JWT"_s);
    QCOMPARE(header.value(u"alg"_s).toString(), u"RS256"_s);
    QVERIFY(!header.value(u"kid"_s).toString().isEmpty());
    const QJsonObject claims = jwtPart(token, 1);
    const auto ep = m_sbx.endpoint();
    QCOMPARE(claims.value(u"aud"_s).toString(), ep.baseUrl.toString());
    QCOMPARE(claims.value(u"iss"_s).toString(), ep.baseUrl.toString() + u"/"_s + ep.tenantId + u"/v2.0"_s);
    QCOMPARE(claims.value(u"tid"_s).toString(), ep.tenantId);
    QCOMPARE(claims.value(u"appid"_s).toString(), ep.clientId);
    QVERIFY(!claims.value(u"oid"_s).toString().isEmpty());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QVERIFY(qAbs(claims.value(u"iat"_s).toInteger() - now) < 60);
    QCOMPARE(claims.value(u"nbf"_s).toInteger(), claims.value(u"iat"_s).toInteger());
    QCOMPARE(claims.value(u"exp"_s).toInteger(), claims.value(u"iat"_s).toInteger() + 3600);
    // The signature part is 256 bytes of base64url, like an RS256 signature.
    QCOMPARE(QByteArray::fromBase64(token.section(u'.', 2).toLatin1(), QByteArray::Base64UrlEncoding).size(), 256);
    QCOMPARE(m_sbx.arm("GET", u"/subscriptions?api-version=2020-01-01"_s).status, 200);
}

void TestSandboxTokens::unissuedJwtIsRefused()
{
    // Same header and claims, another signature: the sandbox never issued it.
    const QString token = m_sbx.accessToken();
    const QString forged = token.section(u'.', 0, 1) + u'.'
        + QString::fromLatin1(QByteArray(256, 'x').toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const HttpResult r = m_sbx.call("GET", u"/subscriptions?api-version=2020-01-01"_s, {},
                                    {{"Authorization", "Bearer " + forged.toLatin1()}});
    QCOMPARE(r.status, 401);
    QCOMPARE(armErrorCode(r), u"InvalidAuthenticationToken"_s);
}

void TestSandboxTokens::deviceCodeGivesIdTokenAndClientInfo()
{
    const auto ep = m_sbx.endpoint();
    const QString scope = ep.baseUrl.toString() + u"/.default offline_access openid profile"_s;
    const HttpResult code = postForm(m_sbx, u"/%1/oauth2/v2.0/devicecode"_s.arg(ep.tenantId),
                                     {{u"client_id"_s, ep.publicClientId}, {u"scope"_s, scope}});
    QCOMPARE(code.status, 200);
    const QJsonObject flow = code.json().object();
    m_sbx.control("POST", u"/devicecode/approve"_s,
                  QJsonDocument(QJsonObject{{u"user_code"_s, flow.value(u"user_code"_s).toString()}}));
    const HttpResult reply = postForm(m_sbx, tokenPath(),
                                      {{u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s},
                                       {u"client_id"_s, ep.publicClientId},
                                       {u"device_code"_s, flow.value(u"device_code"_s).toString()}});
    QCOMPARE(reply.status, 200);
    m_userReply = reply.body;
    const QJsonObject body = reply.json().object();
    const QString discoveredIssuer = m_sbx.call("GET", u"/%1/v2.0/.well-known/openid-configuration"_s.arg(ep.tenantId))
                                         .json().object().value(u"issuer"_s).toString();

    const QJsonObject id = jwtPart(body.value(u"id_token"_s).toString(), 1);
    QCOMPARE(id.value(u"aud"_s).toString(), ep.publicClientId);
    QCOMPARE(id.value(u"iss"_s).toString(), discoveredIssuer); // MSAL compares them exactly
    QCOMPARE(id.value(u"tid"_s).toString(), ep.tenantId);
    QVERIFY(!id.value(u"oid"_s).toString().isEmpty());
    QVERIFY(id.value(u"preferred_username"_s).toString().contains(u'@'));
    QVERIFY(id.value(u"exp"_s).toInteger() > id.value(u"iat"_s).toInteger());
    QVERIFY(!id.contains(u"nonce"_s));

    const QJsonObject info = QJsonDocument::fromJson(QByteArray::fromBase64(
        body.value(u"client_info"_s).toString().toLatin1(), QByteArray::Base64UrlEncoding)).object();
    QCOMPARE(info.value(u"uid"_s).toString(), id.value(u"oid"_s).toString());
    QCOMPARE(info.value(u"utid"_s).toString(), ep.tenantId);
    const QJsonObject access = jwtPart(body.value(u"access_token"_s).toString(), 1);
    QCOMPARE(access.value(u"oid"_s).toString(), id.value(u"oid"_s).toString());
    QCOMPARE(access.value(u"scp"_s).toString(), u"user_impersonation"_s);

    // The refresh-token grant answers the same way, and echoes a nonce it was given.
    const HttpResult refreshed = postForm(m_sbx, tokenPath(),
                                          {{u"grant_type"_s, u"refresh_token"_s}, {u"client_id"_s, ep.publicClientId},
                                           {u"refresh_token"_s, body.value(u"refresh_token"_s).toString()},
                                           {u"scope"_s, scope}, {u"nonce"_s, u"n-0S6_WzA2Mj"_s}});
    QCOMPARE(refreshed.status, 200);
    const QJsonObject again = refreshed.json().object();
    QCOMPARE(jwtPart(again.value(u"id_token"_s).toString(), 1).value(u"nonce"_s).toString(), u"n-0S6_WzA2Mj"_s);
    QCOMPARE(again.value(u"client_info"_s).toString(), body.value(u"client_info"_s).toString());
    QVERIFY(!again.value(u"refresh_token"_s).toString().isEmpty());
}

void TestSandboxTokens::adfsAuthority()
{
    const auto ep = m_sbx.endpoint();
    const QString base = ep.baseUrl.toString();
    const QJsonObject config = m_sbx.call("GET", u"/adfs/.well-known/openid-configuration"_s).json().object();
    QCOMPARE(config.value(u"issuer"_s).toString(), base + u"/adfs"_s);
    QCOMPARE(config.value(u"token_endpoint"_s).toString(), base + u"/adfs/oauth2/token/"_s);
    QVERIFY(config.contains(u"authorization_endpoint"_s));
    const HttpResult reply = postForm(m_sbx, u"/adfs/oauth2/token/"_s,
                                      {{u"grant_type"_s, u"client_credentials"_s}, {u"client_id"_s, ep.clientId},
                                       {u"client_secret"_s, ep.clientSecret}, {u"scope"_s, base + u"//.default"_s}});
    QCOMPARE(reply.status, 200);
    const QString token = reply.json().object().value(u"access_token"_s).toString();
    QCOMPARE(jwtPart(token, 1).value(u"iss"_s).toString(), base + u"/adfs"_s);
    QCOMPARE(jwtPart(token, 1).value(u"aud"_s).toString(), base + u"/"_s);
    QVERIFY(!reply.json().object().contains(u"id_token"_s)); // client credentials: no user
    const HttpResult arm = m_sbx.call("GET", u"/subscriptions?api-version=2020-01-01"_s, {},
                                      {{"Authorization", "Bearer " + token.toLatin1()}});
    QCOMPARE(arm.status, 200);
}

void TestSandboxTokens::redactionHidesSandboxJwts()
{
    namespace redact = cw::secrets::redact;
    QVERIFY(!m_userReply.isEmpty());
    const QJsonObject reply = QJsonDocument::fromJson(m_userReply).object();
    const QStringList secrets = {reply.value(u"access_token"_s).toString(), reply.value(u"id_token"_s).toString(),
                                 reply.value(u"refresh_token"_s).toString(), m_sbx.accessToken()};
    for (const QString &secret : secrets)
        QVERIFY(!secret.isEmpty());

    const QByteArray body = redact::body(m_userReply);
    const QByteArray header = redact::headerValue("Authorization", "Bearer " + m_sbx.accessToken().toLatin1());
    // A JWT in free text, e.g. an error detail or a log line, also with no member name near it.
    const QString line = u"token rejected: "_s + secrets[0] + u" (id "_s + secrets[1] + u')';
    const QString text = redact::text(line);

    QTemporaryDir dir;
    QString error;
    const QString tracePath = dir.filePath(u"trace.log"_s);
    {
        auto trace = cw::secrets::HttpTraceWriter::open(tracePath, &error);
        QVERIFY2(trace, qPrintable(error));
        trace->request("1", "GET", QUrl(m_sbx.endpoint().baseUrl.toString() + u"/subscriptions"_s),
                       {{"Authorization", "Bearer " + secrets[0].toLatin1()}}, {});
        trace->response("1", 200, QUrl(m_sbx.endpoint().baseUrl.toString() + tokenPath()), {}, m_userReply, {});
    }
    QFile file(tracePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray traced = file.readAll();
    for (const QString &secret : secrets) {
        // Any 40-character piece of a secret would be a leak.
        const QByteArray piece = secret.mid(secret.size() / 2, 40).toLatin1();
        QVERIFY2(!body.contains(piece), body.constData());
        QVERIFY2(!traced.contains(piece), traced.constData());
        QVERIFY(!header.contains(piece));
    }
    QVERIFY(!text.contains(secrets[0].mid(10, 40)));
    QVERIFY(!text.contains(secrets[1].mid(10, 40)));
    QVERIFY(text.startsWith(u"token rejected: "_s));
    QVERIFY(traced.contains("token_type")); // the trace stays readable
}

QTEST_GUILESS_MAIN(TestSandboxTokens)
#include "tst_SandboxTokens.moc"
