#pragma once
#include "auth/AuthError.h"
#include "auth/CloudEnvironment.h"

#include <QObject>
#include <QList>
#include <QPair>
#include <QUrl>

#include <functional>

#include <nlohmann/json.hpp>

class QNetworkAccessManager;

namespace cw::auth {

class TokenCredential;

// The answer of one Azure AD call: HTTP status and JSON body, or a transport error.
struct AadReply {
    int httpStatus = 0;
    nlohmann::json body;     // parsed JSON object (null when the body was not JSON)
    QByteArray raw;          // raw body, for error details (redacted before display)
    AuthError transportError; // set when no usable HTTP answer arrived

    bool isHttpSuccess() const { return transportError.isEmpty() && httpStatus == 200 && body.is_object(); }
    // The AAD error of a non-200 answer (or the transport error).
    AuthError error() const;
    // access_token + expires_in of a successful token answer, or an error.
    TokenResult toTokenResult() const;

    // An HTTP answer (status != 0) as received: the body parsed when it is JSON.
    static AadReply fromHttp(int httpStatus, QByteArray raw);
};

// Form fields with their plain (not yet encoded) values.
using FormFields = QList<QPair<QByteArray, QByteArray>>;
// application/x-www-form-urlencoded body ('+' and '&' in values are escaped).
QByteArray encodeForm(const FormFields &fields);

// Form-encoded POSTs to `{authority}/{tenant}/oauth2/v2.0/{token|devicecode}` with the
// environment's TLS trust, a transfer timeout and redacted tracing. Asynchronous only.
class AadClient : public QObject
{
    Q_OBJECT
public:
    AadClient(CloudEnvironment env, TokenCredential *owner);

    QUrl endpoint(const QString &tenant, const QString &name) const;
    void post(const QString &tenant, const QString &name, const FormFields &form,
              std::function<void(const AadReply &)> done);

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

private:
    CloudEnvironment m_env;
    TokenCredential *m_owner;
    QNetworkAccessManager *m_nam;
    int m_timeoutMs = 30000;
};

} // namespace cw::auth
