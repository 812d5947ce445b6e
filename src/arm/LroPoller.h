#pragma once
#include "arm/ArmTypes.h"
#include "arm/LroState.h"
#include "common/AsyncJob.h"

#include <QElapsedTimer>
#include <QPointer>

class QTimer;

namespace cw::arm {

class ArmConnection;
class ArmJob;

// Waits for an ARM long-running operation, per the wire contract:
// - Azure-AsyncOperation: poll it until `status` is terminal (case-insensitive);
// - else Location: poll it until it stops answering 202;
// - else the resource's properties.provisioningState (DELETE: until 404);
// then, after a successful PUT/PATCH, GET the resource for its final state. Waits honour
// Retry-After / retry-after-ms / x-ms-retry-after-ms, else the client interval, plus a little
// spread; a poll then waits for its connection's turn (PollSpacing). Every poll re-sends
// the operation's x-ms-client-request-id. cancel() only stops waiting; the operation goes on
// and state() can be persisted to resume() later.
// An AsyncJob that delivers Immediately (cancel() has finished it, Abandoned, when it returns; an
// answer known before start() still comes from the event loop) and is KeptByOwner (its parent).
class LroPoller : public AsyncJob
{
    Q_OBJECT
public:
    // From the answer to the initial PUT/PATCH/DELETE/POST. If that answer is an error the poller
    // finishes Failed with it; if it is already final, it finishes Succeeded without polling.
    static LroPoller *fromResponse(ArmConnection *connection, const ArmRequest &initial,
                                   const ArmResponse &answer, QObject *parent = nullptr);
    // Continues waiting for an operation started earlier (e.g. before a restart).
    static LroPoller *resume(ArmConnection *connection, const LroState &state, QObject *parent = nullptr);

    ~LroPoller() override;

    // The wait between polls when the server does not say (default 5 s, as azureml-core).
    void setDefaultIntervalMs(int ms) { m_defaultIntervalMs = ms; }

    const LroState &state() const { return m_state; }

Q_SIGNALS:
    void progress(const cw::arm::LroProgress &progress);
    void finished(const cw::arm::LroResult &result);

protected:
    void doStart() override;
    void doCancel() override;

private:
    LroPoller(ArmConnection *connection, LroState state, QObject *parent);
    void poll();
    void scheduleNext(const ArmResponse &answer, const QString &status, std::optional<int> percent);
    void onOperationStatus(const ArmResponse &answer);
    void onLocation(const ArmResponse &answer);
    void onResource(const ArmResponse &answer);
    void succeeded(const QString &status, const nlohmann::json &body);
    void ended(LroResult::Outcome outcome, const QString &status, std::optional<ArmError> error);
    void fetchFinalResource(LroResult result);
    void finish(LroResult result);
    ArmJob *get(const QString &url);

    ArmConnection *m_connection;
    LroState m_state;
    QTimer *m_timer;
    QPointer<ArmJob> m_job;
    int m_defaultIntervalMs = 5000;
    qint64 m_firstDelayMs = -1; // from the initial answer, used by start()
    int m_polls = 0;
    int m_unreadablePolls = 0; // status answers in a row without a "status"
    bool m_hasTurn = false; // the timer waited for this poll's turn on the connection: send now
    // Set by fromResponse() when no polling is needed.
    std::optional<LroResult> m_immediate;
};

} // namespace cw::arm
