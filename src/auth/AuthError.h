#pragma once
#include "auth/AccessToken.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace cw::auth {

// Why no token could be obtained: a sentence for the person and the raw detail for "Details".
struct AuthError {
    QString code;          // AAD "error" (invalid_client, authorization_pending, ...) or our own
    QString message;       // human sentence (translated)
    QString rawDetail;     // error_description, AADSTS codes, trace ids (redacted)
    int httpStatus = 0;    // 0 when no HTTP answer was received
    // Azure AD did not answer usably even after the retries (network failure, timeout, 5xx or
    // 429, unreadable answer): a service or network problem, not a refusal of the credential.
    bool serviceUnavailable = false;

    QString humanMessage() const { return message; }
    bool isServiceUnavailable() const { return serviceUnavailable; }
    bool isEmpty() const { return code.isEmpty() && message.isEmpty(); }

    // Maps an Azure AD v2.0 error answer ({error, error_description, error_codes, ...}).
    static AuthError fromAadResponse(int httpStatus, const QByteArray &body);
    static AuthError make(const QString &code, const QString &message, const QString &rawDetail = {});
};

// Outcome of one token request: a token or an error.
struct TokenResult {
    AccessToken token;
    AuthError error;
    bool ok() const { return !token.isEmpty() && error.isEmpty(); }

    static TokenResult success(AccessToken token) { return {std::move(token), {}}; }
    static TokenResult failure(AuthError error) { return {{}, std::move(error)}; }
};

} // namespace cw::auth

Q_DECLARE_METATYPE(cw::auth::TokenResult)
