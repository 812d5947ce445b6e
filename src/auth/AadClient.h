#pragma once
#include "auth/AuthError.h"
#include "auth/CloudEnvironment.h"
#include "common/RetryRules.h"

#include <QObject>
#include <QList>
#include <QPair>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

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
    int tries = 1;            // how many times the request was sent

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
// environment's TLS trust, a timeout per try, redacted tracing and the retries of the ARM
// pipeline: a dropped connection, a timeout, a 408/429/5xx or an unreadable 200 is sent again
// after the backoff or the server's Retry-After (asking Azure AD for a token or a device code
// changes nothing on the server, so a repeat is harmless). What still fails after the retries
// is marked AuthError::serviceUnavailable. Asynchronous only.
class AadClient : public QObject
{
    Q_OBJECT
public:
    AadClient(CloudEnvironment env, TokenCredential *owner);

    QUrl endpoint(const QString &tenant, const QString &name) const;
    void post(const QString &tenant, const QString &name, const FormFields &form,
              std::function<void(const AadReply &)> done);

    // Per try (default 30 s, or CLUSTERWRIGHT_AAD_TIMEOUT_MS: a stalled answer is retried).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setRetryOptions(const retry::RetryOptions &options) { m_retry = options; }

    // The default retries of token requests: fewer than ARM's (every command waits on them).
    static retry::RetryOptions defaultRetryOptions();

private:
    struct Call;
    void send(const std::shared_ptr<Call> &call);
    void answered(const std::shared_ptr<Call> &call, AadReply reply, bool retriable,
                  std::optional<qint64> serverDelayMs);

    CloudEnvironment m_env;
    TokenCredential *m_owner;
    QNetworkAccessManager *m_nam;
    int m_timeoutMs = 30000;
    retry::RetryOptions m_retry = defaultRetryOptions();
};

} // namespace cw::auth
