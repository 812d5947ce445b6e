#pragma once
#include "arm/ArmTypes.h"
#include "common/AsyncJob.h"

#include <QElapsedTimer>
#include <QList>
#include <QNetworkReply>
#include <QPointer>
#include <QSslError>
#include <QUrl>

class QTimer;

namespace cw::auth {
struct TokenResult;
}

namespace cw::arm {

class ArmConnection;

// One ARM request and its policies, in this order: request id, User-Agent, bearer token (one
// forced refresh and retry after a 401), retry with backoff honouring Retry-After, the create
// PUT rule (after an ambiguous failure GET the resource instead of re-sending), reads retried
// after an unreadable answer too, redacted trace.
// An AsyncJob with the default options: finished() is emitted exactly once, from the event loop
// (even a refusal found inside start()), then the job deletes itself. cancel() stops the request
// (and any pending retry); finished() then carries a Cancelled error.
class ArmJob : public AsyncJob
{
    Q_OBJECT
public:
    ArmJob(ArmConnection *connection, ArmRequest request);
    ~ArmJob() override;

    // The error a cancelled request finishes with (also for jobs that wait on one).
    static ArmError cancelledError();

    const ArmRequest &request() const { return m_request; }
    QUrl url() const { return m_url; }

Q_SIGNALS:
    void finished(const cw::arm::ArmResponse &response);
    // A retry was scheduled after `delayMs` (for progress displays and tests).
    void retrying(int retry, qint64 delayMs, const cw::arm::ArmResponse &failed);

protected:
    void doStart() override;
    void doCancel() override;

private:
    // GET, HEAD or a POST marked isRead: safe to send again after any failure, an unreadable
    // answer included.
    bool isRead() const;
    void attempt();
    void sendWithToken(const QByteArray &token);
    void onReplyFinished();
    void handleNetworkFailure(ArmResponse response, QNetworkReply::NetworkError error, const QString &errorText);
    bool scheduleRetry(const ArmResponse &failed, std::optional<qint64> serverDelayMs);
    void probeAfterAmbiguousCreate(ArmResponse failed);
    void finish(ArmResponse response);
    void fail(ArmError error);

    ArmConnection *m_connection;
    ArmRequest m_request;
    QUrl m_url;
    QByteArray m_body;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timeout;
    QTimer *m_retryTimer;
    QElapsedTimer m_sentAt;
    QList<QSslError> m_sslErrors;
    bool m_timedOut = false;
    bool m_tokenUsed = false;
    bool m_refreshedAfter401 = false;
    bool m_forceRefresh = false;
    int m_tries = 0;
    int m_retries = 0;
};

} // namespace cw::arm
