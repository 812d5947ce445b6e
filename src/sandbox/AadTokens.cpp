#include "sandbox/AadTokens.h"

#include "sandbox/SeedData.h"

#include <QRandomGenerator>

namespace cw::sandbox {
namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray part(const Json &object)
{
    return QByteArray::fromStdString(object.dump()).toBase64(kBase64Url);
}

// What precedes "/.default" (ARM's resource), as Azure AD puts it in `aud`.
QString audienceOf(const QString &scope)
{
    const QString first = scope.section(QLatin1Char(' '), 0, 0);
    return first.endsWith(QLatin1String("/.default")) ? first.chopped(int(qstrlen("/.default"))) : first;
}

} // namespace

QByteArray makeJwt(const Json &claims)
{
    const Json header = {{"typ", "JWT"}, {"alg", "RS256"}, {"kid", kSigningKeyId}};
    QByteArray signature(256, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(signature.data()),
                                          signature.size() / int(sizeof(quint32)));
    return part(header) + '.' + part(claims) + '.' + signature.toBase64(kBase64Url);
}

Json jwtClaims(const QByteArray &token)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return Json::object();
    const QByteArray payload = QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding);
    std::optional<Json> claims = parseJson(payload);
    return claims && claims->is_object() ? *claims : Json::object();
}

QByteArray makeAccessToken(const TokenSubject &subject, qint64 nowSecs, int lifetimeSecs)
{
    // The claims ARM reads from an Azure AD v1 access token (what a /.default scope on ARM gets).
    const std::string oid = subject.user ? kUserObjectId : kServicePrincipalObjectId;
    Json claims = {{"aud", s(audienceOf(subject.scope))},
                   {"iss", s(subject.issuer)},
                   {"iat", nowSecs},
                   {"nbf", nowSecs},
                   {"exp", nowSecs + lifetimeSecs},
                   {"appid", s(subject.clientId)},
                   {"appidacr", subject.user ? "0" : "1"},
                   {"idp", s(subject.issuer)},
                   {"oid", oid},
                   {"sub", oid},
                   {"tid", kTenantId},
                   {"uti", s(QString::fromLatin1(randomToken(16)))},
                   {"ver", "1.0"}};
    if (subject.user) {
        claims["scp"] = "user_impersonation";
        claims["name"] = kUserDisplayName;
        claims["upn"] = kUserName;
        claims["unique_name"] = kUserName;
        claims["amr"] = Json::array({"pwd"});
    }
    return makeJwt(claims);
}

QByteArray makeIdToken(const TokenSubject &subject, qint64 nowSecs, int lifetimeSecs)
{
    Json claims = {{"aud", s(subject.clientId)},
                   {"iss", s(subject.issuer)},
                   {"iat", nowSecs},
                   {"nbf", nowSecs},
                   {"exp", nowSecs + lifetimeSecs},
                   {"name", kUserDisplayName},
                   {"oid", kUserObjectId},
                   {"preferred_username", kUserName},
                   {"sub", kUserObjectId},
                   {"tid", kTenantId},
                   {"ver", "2.0"}};
    if (!subject.nonce.isEmpty())
        claims["nonce"] = s(subject.nonce);
    return makeJwt(claims);
}

QByteArray makeClientInfo()
{
    return part({{"uid", kUserObjectId}, {"utid", kTenantId}});
}

} // namespace cw::sandbox
