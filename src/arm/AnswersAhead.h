#pragma once
#include "arm/ArmTypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

class QTimer;

namespace cw::arm {

class ArmConnection;

// GET answers fetched ahead of the requests that want them, by a connection of another thread
// (a session's first listings, fetched while the GUI thread builds the views: the GUI thread's
// own requests progress only when it is free, since Qt's network thread waits on it at each TLS
// handshake and upload). An ArmJob whose GET is expected here takes the answer instead of
// sending; when the answer does not come (the other thread got none, or no usable one, or it
// took longer than kWaitMs) the job sends as usual, so every error is the job's own. Each answer
// serves one job, and only jobs made before close(): a listing kept for later would be stale.
// A child of the connection it serves, on its thread; deliver() is called on that thread.
class AnswersAhead : public QObject
{
    Q_OBJECT
public:
    using Take = std::function<void(std::optional<ArmResponse> answer)>;
    // How long a job waits for an answer fetched ahead before it sends on its own.
    static constexpr int kWaitMs = 5000;

    // Serves `connection`'s jobs from now on (one AnswersAhead per connection at a time).
    explicit AnswersAhead(ArmConnection *connection);
    ~AnswersAhead() override;
    // The one serving `connection`, or null (looked up by each ArmJob as it starts).
    static AnswersAhead *of(const ArmConnection *connection);

    // `url` is being fetched: a job that wants it waits for the answer instead of sending.
    void expect(const QUrl &url);
    // The answer fetched for `url` (a 200 with its body), or nullopt when none usable came; the
    // job that claimed it takes it inside this call (call it from the event loop).
    void deliver(const QUrl &url, std::optional<ArmResponse> answer);
    // For ArmJob: when `url` is expected and no job has claimed it yet, true, and `take` is called
    // once, from the event loop (never inside this call), with the answer (or nullopt: send as
    // usual) unless `context` went away first. False when the job must send as usual.
    bool claim(const QUrl &url, QObject *context, Take take);
    // Tests: a shorter wait than kWaitMs (set before the first expect()).
    void setWaitMs(int ms);
    // No job is served from now on; the answers nobody claimed are dropped. Once the claimed ones
    // are handed over (or given up on) this object deletes itself.
    void close();
    // For a fetch that learns what to fetch from its answers (a first start: the subscriptions,
    // then their workspaces, then the workspaces' computes), whose later answers are claimed by
    // jobs made later, not only by the jobs made before close(): set before the first expect().
    void setServesLaterJobs() { m_servesLaterJobs = true; }
    bool servesLaterJobs() const { return m_servesLaterJobs; }
    // Nothing more will be expected; once every answer is handed over (or the wait is over) this
    // object deletes itself. Jobs are served until then.
    void expectNoMore();
    bool isClosed() const { return m_closed; }

private:
    struct Entry {
        bool arrived = false;
        std::optional<ArmResponse> answer;
        bool claimed = false;
        QPointer<QObject> context;
        Take take;
    };
    void hand(Entry entry);
    void giveUp();
    void goIfDone();

    const ArmConnection *m_connection;
    QHash<QUrl, Entry> m_entries;
    QTimer *m_deadline;
    bool m_closed = false;
    bool m_noMore = false;
    bool m_servesLaterJobs = false;
};

} // namespace cw::arm
