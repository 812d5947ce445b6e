// Azure AD v2.0 endpoints: OpenID discovery, token (client credentials, device code, refresh
// token) and device code, under /{tenant}/ and under an ADFS-style authority /adfs/ (what a stock
// MSAL accepts for a host it does not know without asking login.microsoftonline.com's instance
// discovery: az's custom clouds). Access tokens are JWTs (AadTokens.h) remembered with their
// expiry; user sign-ins also get an id_token and client_info, as Azure AD sends them.
#include "sandbox/AadTokens.h"
#include "sandbox/SandboxService.h"
#include "sandbox/SeedData.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace cw::sandbox {
namespace {

qint64 aadNowMs() { return QDateTime::currentMSecsSinceEpoch(); }

HttpReply aadError(int status, const char *error, int aadsts, const QString &text)
{
    const QString trace = newUuid();
    const QString correlation = newUuid();
    const QString when = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString description = QStringLiteral("AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5")
                                    .arg(aadsts).arg(text, trace, correlation, when);
    Json body = {{"error", error},
                 {"error_description", s(description)},
                 {"error_codes", Json::array({aadsts})},
                 {"timestamp", s(when)},
                 {"trace_id", s(trace)},
                 {"correlation_id", s(correlation)}};
    return HttpReply::json(status, body);
}

QUrlQuery formOf(const HttpCall &call)
{
    QByteArray body = call.body;
    body.replace('+', "%20"); // form encoding writes spaces as '+'
    return QUrlQuery(QString::fromUtf8(body));
}

QString formValue(const QUrlQuery &form, const char *key)
{
    return form.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
}

void pruneExpired(Json &map)
{
    if (map.size() < 2000)
        return;
    const qint64 now = aadNowMs();
    for (auto it = map.begin(); it != map.end();) {
        if (it->value("expiresAtMs", qint64(0)) < now)
            it = map.erase(it);
        else
            ++it;
    }
}

// Client credentials get an access token; a user sign-in (device code, refresh) also gets a
// refresh token, an id_token and client_info, which MSAL needs to build the user's account.
HttpReply issueTokens(SandboxService &svc, const TokenSubject &subject)
{
    Json &tokens = svc.state.root["tokens"];
    pruneExpired(tokens);
    const int lifetime = svc.state.settings.tokenLifetimeSeconds;
    const qint64 now = aadNowMs();
    const QByteArray access = makeAccessToken(subject, now / 1000, lifetime);
    tokens[access.toStdString()] = {{"kind", "access"}, {"clientId", s(subject.clientId)},
                                    {"expiresAtMs", now + qint64(lifetime) * 1000}};
    Json body = {{"token_type", "Bearer"},
                 {"access_token", access.toStdString()},
                 {"expires_in", lifetime},
                 {"ext_expires_in", lifetime},
                 {"scope", s(subject.scope)}};
    if (subject.user) {
        const QByteArray refresh = "sbx-rt." + randomToken(48);
        tokens[refresh.toStdString()] = {{"kind", "refresh"}, {"clientId", s(subject.clientId)},
                                         {"scope", s(subject.scope)},
                                         {"expiresAtMs", now + 90LL * 24 * 3600 * 1000}};
        body["refresh_token"] = refresh.toStdString();
        body["id_token"] = makeIdToken(subject, now / 1000, lifetime).toStdString();
        body["client_info"] = makeClientInfo().toStdString();
    }
    svc.state.markDirty();
    return HttpReply::json(200, body);
}

HttpReply clientCredentials(SandboxService &svc, const QUrlQuery &form, const QString &issuer)
{
    const QString clientId = formValue(form, "client_id");
    const QString scope = formValue(form, "scope");
    if (clientId != QLatin1String(kClientId))
        return aadError(400, "unauthorized_client", 700016,
                        QStringLiteral("Application with identifier '%1' was not found in the directory '%2'.")
                            .arg(clientId, QLatin1String(kTenantId)));
    if (formValue(form, "client_secret") != QLatin1String(kClientSecret))
        return aadError(401, "invalid_client", 7000215, QStringLiteral("Invalid client secret provided."));
    if (!scope.endsWith(QLatin1String("/.default")))
        return aadError(400, "invalid_scope", 1002012,
                        QStringLiteral("The provided value for scope %1 is not valid. Client credential flows "
                                       "must have a scope value with /.default suffixed to the resource identifier.")
                            .arg(scope));
    return issueTokens(svc, {clientId, scope, issuer, false, {}});
}

HttpReply deviceCodePoll(SandboxService &svc, const QUrlQuery &form, const QString &issuer)
{
    Json &codes = svc.state.root["deviceCodes"];
    const std::string code = s(formValue(form, "device_code"));
    auto it = codes.find(code);
    if (code.empty() || it == codes.end())
        return aadError(400, "bad_verification_code", 70019, QStringLiteral("Verification code not recognized."));
    Json &entry = *it;
    const qint64 now = aadNowMs();
    if (entry.value("expiresAtMs", qint64(0)) < now) {
        // Kept: every later poll of an expired code keeps answering expired_token.
        return aadError(400, "expired_token", 70020, QStringLiteral("The provided value for the input parameter 'device_code' is no longer valid. The code has expired."));
    }
    const std::string status = entry.value("status", std::string("pending"));
    if (status == "declined") {
        codes.erase(it);
        svc.state.markDirty();
        return aadError(400, "authorization_declined", 70000, QStringLiteral("The user declined the sign-in request."));
    }
    if (status == "approved" || svc.state.settings.deviceCodeAutoApprove) {
        const QString clientId = q(entry.value("clientId", std::string()));
        const QString scope = q(entry.value("scope", std::string()));
        codes.erase(it);
        return issueTokens(svc, {clientId, scope, issuer, true, formValue(form, "nonce")});
    }
    const qint64 interval = qint64(entry.value("interval", 0)) * 1000;
    const qint64 lastPoll = entry.value("lastPollMs", qint64(0));
    entry["lastPollMs"] = now;
    if (interval > 0 && lastPoll > 0 && now - lastPoll < interval) {
        entry["interval"] = entry.value("interval", 0) + 5; // RFC 8628: add 5 s
        return aadError(400, "slow_down", 70016, QStringLiteral("Polling too fast; slow down."));
    }
    return aadError(400, "authorization_pending", 70016,
                    QStringLiteral("OAuth 2.0 device flow error. Authorization is pending. Continue polling."));
}

HttpReply refreshToken(SandboxService &svc, const QUrlQuery &form, const QString &issuer)
{
    const std::string token = s(formValue(form, "refresh_token"));
    const Json &tokens = svc.state.root["tokens"];
    auto it = tokens.find(token);
    if (token.empty() || it == tokens.end() || it->value("kind", std::string()) != "refresh"
        || it->value("expiresAtMs", qint64(0)) < aadNowMs())
        return aadError(400, "invalid_grant", 9002313, QStringLiteral("Invalid request. Request is malformed or invalid."));
    QString scope = formValue(form, "scope");
    if (scope.isEmpty())
        scope = q(it->value("scope", std::string()));
    return issueTokens(svc, {q(it->value("clientId", std::string())), scope, issuer, true,
                             formValue(form, "nonce")});
}

HttpReply token(SandboxService &svc, const HttpCall &call, const QString &issuer)
{
    const QUrlQuery form = formOf(call);
    const QString grant = formValue(form, "grant_type");
    if (grant == QLatin1String("client_credentials"))
        return clientCredentials(svc, form, issuer);
    if (grant == QLatin1String("urn:ietf:params:oauth:grant-type:device_code")
        || grant == QLatin1String("device_code"))
        return deviceCodePoll(svc, form, issuer);
    if (grant == QLatin1String("refresh_token"))
        return refreshToken(svc, form, issuer);
    return aadError(400, "unsupported_grant_type", 70003,
                    QStringLiteral("The app requested an unsupported grant type '%1'.").arg(grant));
}

HttpReply deviceCode(SandboxService &svc, const HttpCall &call)
{
    const QUrlQuery form = formOf(call);
    const QString clientId = formValue(form, "client_id");
    if (clientId.isEmpty())
        return aadError(400, "invalid_request", 900144, QStringLiteral("The request body must contain the following parameter: 'client_id'."));
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString userCode;
    for (int i = 0; i < 9; ++i)
        userCode.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(32)]));
    const QByteArray device = "sbx-dc." + randomToken(32);
    const auto &settings = svc.state.settings;
    svc.state.root["deviceCodes"][device.toStdString()] = {
        {"userCode", s(userCode)}, {"clientId", s(clientId)}, {"scope", s(formValue(form, "scope"))},
        {"status", "pending"}, {"interval", settings.deviceCodeIntervalSeconds},
        {"expiresAtMs", aadNowMs() + qint64(settings.deviceCodeLifetimeSeconds) * 1000}};
    svc.state.markDirty();
    const QString uri = svc.baseUrl() + QStringLiteral("/devicelogin");
    return HttpReply::json(
        200, {{"user_code", s(userCode)},
              {"device_code", device.toStdString()},
              {"verification_uri", s(uri)},
              {"expires_in", settings.deviceCodeLifetimeSeconds},
              {"interval", settings.deviceCodeIntervalSeconds},
              {"message", s(QStringLiteral("To sign in, use a web browser to open the page %1 and enter the code %2 to authenticate.")
                                .arg(uri, userCode))}});
}

// The sandbox has one tenant: every v2.0 authority issues as that tenant (MSAL compares an
// id_token's iss with the discovered issuer).
QString v2Issuer(const QString &base)
{
    return base + QLatin1Char('/') + QLatin1String(kTenantId) + QStringLiteral("/v2.0");
}

QString adfsIssuer(const QString &base) { return base + QStringLiteral("/adfs"); }

Json openIdConfiguration(const QString &base, const QString &tenant)
{
    const QString root = base + QLatin1Char('/') + tenant;
    return {{"issuer", s(v2Issuer(base))},
            {"authorization_endpoint", s(root + QStringLiteral("/oauth2/v2.0/authorize"))},
            {"token_endpoint", s(root + QStringLiteral("/oauth2/v2.0/token"))},
            {"device_authorization_endpoint", s(root + QStringLiteral("/oauth2/v2.0/devicecode"))},
            {"jwks_uri", s(root + QStringLiteral("/discovery/v2.0/keys"))},
            {"response_types_supported", Json::array({"code", "id_token", "code id_token"})},
            {"grant_types_supported", Json::array({"client_credentials", "refresh_token",
                                                   "urn:ietf:params:oauth:grant-type:device_code"})},
            {"tenant_region_scope", "EU"},
            {"cloud_instance_name", "sandbox"}};
}

// What an ADFS server publishes at /adfs/.well-known/openid-configuration (the endpoints MSAL
// and az use for an authority ending in /adfs, as on Azure Stack Hub).
Json adfsConfiguration(const QString &base)
{
    const QString root = adfsIssuer(base);
    return {{"issuer", s(root)},
            {"authorization_endpoint", s(root + QStringLiteral("/oauth2/authorize/"))},
            {"token_endpoint", s(root + QStringLiteral("/oauth2/token/"))},
            {"device_authorization_endpoint", s(root + QStringLiteral("/oauth2/devicecode"))},
            {"jwks_uri", s(root + QStringLiteral("/discovery/keys"))},
            {"response_types_supported", Json::array({"code", "id_token", "code id_token"})},
            {"grant_types_supported", Json::array({"client_credentials", "refresh_token",
                                                   "urn:ietf:params:oauth:grant-type:device_code"})},
            {"token_endpoint_auth_methods_supported", Json::array({"client_secret_post", "client_secret_basic"})},
            {"access_token_issuer", s(root)}};
}

HttpReply handleAdfs(SandboxService &svc, const HttpCall &call, const QStringList &seg)
{
    const QString rest = seg.mid(1).join(QLatin1Char('/'));
    if (call.method == "GET" && rest == QLatin1String(".well-known/openid-configuration"))
        return HttpReply::json(200, adfsConfiguration(svc.baseUrl()));
    if (call.method == "POST" && rest == QLatin1String("oauth2/token"))
        return token(svc, call, adfsIssuer(svc.baseUrl()));
    if (call.method == "POST" && rest == QLatin1String("oauth2/devicecode"))
        return deviceCode(svc, call);
    return aadError(404, "invalid_request", 900561, QStringLiteral("The endpoint only accepts POST requests."));
}

bool knownTenant(const QString &tenant)
{
    return tenant == QLatin1String(kTenantId) || tenant == QLatin1String("organizations")
        || tenant == QLatin1String("common");
}

} // namespace

HttpReply handleAad(SandboxService &svc, const HttpCall &call, const QStringList &seg)
{
    // /common/discovery/instance
    if (seg.size() == 3 && seg[1] == QLatin1String("discovery") && seg[2] == QLatin1String("instance")) {
        return HttpReply::json(200, {{"tenant_discovery_endpoint",
                                      s(svc.baseUrl() + QStringLiteral("/common/v2.0/.well-known/openid-configuration"))},
                                     {"api-version", "1.1"},
                                     {"metadata", Json::array()}});
    }
    const QString tenant = seg.value(0);
    if (tenant.compare(QLatin1String("adfs"), Qt::CaseInsensitive) == 0)
        return handleAdfs(svc, call, seg);
    if (!knownTenant(tenant))
        return aadError(400, "invalid_tenant", 90002,
                        QStringLiteral("Tenant '%1' not found. Check to make sure you have the correct tenant ID.").arg(tenant));
    const QString rest = seg.mid(1).join(QLatin1Char('/'));
    if (call.method == "GET" && rest == QLatin1String("v2.0/.well-known/openid-configuration"))
        return HttpReply::json(200, openIdConfiguration(svc.baseUrl(), tenant));
    if (call.method == "POST" && rest == QLatin1String("oauth2/v2.0/token"))
        return token(svc, call, v2Issuer(svc.baseUrl()));
    if (call.method == "POST" && rest == QLatin1String("oauth2/v2.0/devicecode"))
        return deviceCode(svc, call);
    return aadError(404, "invalid_request", 900561, QStringLiteral("The endpoint only accepts POST requests."));
}

std::optional<HttpReply> checkArmToken(SandboxService &svc, const HttpCall &call)
{
    const QByteArray header = call.header("Authorization");
    auto unauthorized = [&](const char *code, const QString &message) {
        HttpReply reply = HttpReply::armError(401, QLatin1String(code), message);
        reply.withHeader("WWW-Authenticate",
                         "Bearer authorization_uri=\"" + svc.baseUrl().toUtf8() + '/' + kTenantId
                             + "\", error=\"invalid_token\", error_description=\"" + code + '"');
        return reply;
    };
    if (!header.startsWith("Bearer ") && !header.startsWith("bearer "))
        return unauthorized("AuthenticationFailed",
                            QStringLiteral("Authentication failed. The 'Authorization' header is missing."));
    const std::string token = header.mid(7).trimmed().toStdString();
    const Json &tokens = svc.state.root["tokens"];
    auto it = tokens.find(token);
    if (it == tokens.end() || it->value("kind", std::string()) != "access")
        return unauthorized("InvalidAuthenticationToken", QStringLiteral("The access token is invalid."));
    const qint64 expires = it->value("expiresAtMs", qint64(0));
    if (expires <= aadNowMs())
        return unauthorized("ExpiredAuthenticationToken",
                            QStringLiteral("The access token expiry UTC time '%1' is earlier than current UTC time '%2'.")
                                .arg(isoUtc(expires), isoUtc(aadNowMs())));
    return std::nullopt;
}

bool approveDeviceCode(SandboxService &svc, const QString &userCode, bool decline)
{
    for (Json &entry : svc.state.root["deviceCodes"]) {
        if (q(entry.value("userCode", std::string())).compare(userCode, Qt::CaseInsensitive) == 0) {
            entry["status"] = decline ? "declined" : "approved";
            svc.state.markDirty();
            return true;
        }
    }
    return false;
}

} // namespace cw::sandbox
