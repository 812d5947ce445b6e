#pragma once
#include "sandbox/SandboxHttp.h"

// The shape of Azure AD's token replies: JWT access tokens and OpenID id_tokens, client_info.
// The sandbox still validates its access tokens by lookup in its state (a token it did not
// issue, or an expired one, is refused), so the signature part is well-formed (base64url of
// 256 random bytes, the size of an RS256 signature) but signs nothing: no key is published.
namespace cw::sandbox {

// The fixed directory objects behind the sandbox's identities.
inline constexpr auto kServicePrincipalObjectId = "3d1c7f1e-0000-4000-8000-00000000051e";
inline constexpr auto kUserObjectId = "9b2a4c3d-0000-4000-8000-0000000005e4";
inline constexpr auto kUserName = "sandbox.user@sandbox.onmicrosoft.com";
inline constexpr auto kUserDisplayName = "Sandbox User";
inline constexpr auto kSigningKeyId = "sbx-signing-key-1";

// Who a token is for and by which authority it was issued.
struct TokenSubject {
    QString clientId;     // appid / azp, and the id_token's aud
    QString scope;        // e.g. "https://host:port//.default"; the audience is what precedes "/.default"
    QString issuer;       // the authority's issuer (openid-configuration "issuer")
    bool user = false;    // a signed-in user (device code) rather than the service principal
    QString nonce;        // echoed in the id_token when the client sent one
};

// header.payload.signature, each base64url without padding.
QByteArray makeJwt(const Json &claims);
// The claims of a JWT (empty object when `token` is not a JWT with a JSON payload).
Json jwtClaims(const QByteArray &token);

// An access token for `subject`, valid from `nowSecs` for `lifetimeSecs`.
QByteArray makeAccessToken(const TokenSubject &subject, qint64 nowSecs, int lifetimeSecs);
// An OpenID Connect id_token for a user sign-in (aud = client id).
QByteArray makeIdToken(const TokenSubject &subject, qint64 nowSecs, int lifetimeSecs);
// base64url of {"uid": user object id, "utid": tenant id}.
QByteArray makeClientInfo();

} // namespace cw::sandbox
