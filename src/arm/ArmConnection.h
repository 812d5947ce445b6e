#pragma once
#include "arm/ArmTypes.h"
#include "arm/PollSpacing.h"
#include "arm/RetryPolicy.h"
#include "auth/CloudEnvironment.h"

#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace cw::auth {
class TokenCredential;
}
namespace cw::secrets {
class HttpTraceWriter;
}

namespace cw::arm {

class ArmJob;

// One connection context to ARM: the thread's shared QNetworkAccessManager (connections are kept
// alive, reused by the token requests and every connection on the thread, and HTTP/2 is used where
// the server offers it), the cloud's TLS trust, the credential and the request policies. Every call
// is a job: send() returns immediately.
class ArmConnection : public QObject
{
    Q_OBJECT
public:
    ArmConnection(auth::CloudEnvironment env, std::shared_ptr<auth::TokenCredential> credential,
                  QObject *parent = nullptr);
    ~ArmConnection() override;

    // Starts the request; the job emits finished(const ArmResponse &) exactly once, then
    // deletes itself. Connect to it right away (it never finishes inside send()).
    ArmJob *send(ArmRequest request);

    // The absolute URL a request goes to (endpoint + path, api-version added).
    QUrl resolve(const ArmRequest &request) const;

    const auth::CloudEnvironment &environment() const { return m_env; }
    std::shared_ptr<auth::TokenCredential> credential() const { return m_credential; }

    void setTracer(std::shared_ptr<secrets::HttpTraceWriter> tracer) { m_tracer = std::move(tracer); }
    std::shared_ptr<secrets::HttpTraceWriter> tracer() const { return m_tracer; }

    void setRetryOptions(const RetryOptions &options) { m_retry = options; }
    const RetryOptions &retryOptions() const { return m_retry; }
    // Transfer timeout per try (default 100 s, like the SDK's read timeout).
    void setTransferTimeoutMs(int ms) { m_timeoutMs = ms; }
    int transferTimeoutMs() const { return m_timeoutMs; }

    // Set when the environment's extra CA file could not be loaded; every request then fails.
    QString trustError() const { return m_trustError; }
    QSslConfiguration sslConfiguration() const { return m_ssl; }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    // True when the bearer token may be sent to this URL (the ARM host only, never elsewhere).
    bool mayCarryToken(const QUrl &url) const;

    // The turns of this connection's operation polls (LroPoller takes one before each poll).
    PollSpacing &pollSpacing() { return m_pollSpacing; }

private:
    auth::CloudEnvironment m_env;
    std::shared_ptr<auth::TokenCredential> m_credential;
    std::shared_ptr<secrets::HttpTraceWriter> m_tracer;
    QNetworkAccessManager *m_nam;
    QSslConfiguration m_ssl;
    QString m_trustError;
    RetryOptions m_retry;
    int m_timeoutMs = 100000;
    PollSpacing m_pollSpacing;
};

} // namespace cw::arm
