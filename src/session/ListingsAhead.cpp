#include "session/ListingsAhead.h"

#include <QPointer>
#include <QSettings>
#include <QThread>

#include <functional>
#include <optional>

#include "arm/AnswersAhead.h"
#include "arm/ArmConnection.h"
#include "arm/ArmJob.h"
#include "session/FirstListings.h"
#include "session/RememberedWorkspaces.h"
#include "session/SandboxLauncher.h"
#include "session/Session.h"

namespace cw::session {
namespace {

using Deliver = std::function<void(const QUrl &url, std::optional<arm::ArmResponse> answer)>;
// Called on the fetching thread with the URLs of the requests an answer taught, before that
// answer is delivered: the GUI thread expects them before the view, given that answer, asks.
using Expect = std::function<void(const QList<QUrl> &urls)>;

// The fetching thread's side: a sandbox session of its own sends the requests one after the
// other on the token's connection, one try each (a failure is asked again by the view's own
// request, with its retries), then the thread ends. One after the other: on two cores, with the
// GUI thread busy on one, a TLS handshake per request in parallel (client and sandbox side) cost
// more than the few ms each answer takes on a connection already open. On a first start the
// requests are learnt from the answers as they come (FirstStartListings).
class Fetcher : public QObject
{
public:
    Fetcher(sandbox::SandboxEndpoint endpoint, QList<arm::ArmRequest> requests,
            std::optional<FirstStartListings> plan, Expect expect, Deliver deliver)
        : m_endpoint(std::move(endpoint))
        , m_requests(std::move(requests))
        , m_plan(std::move(plan))
        , m_expect(std::move(expect))
        , m_deliver(std::move(deliver))
    {
    }

    void run()
    {
        Session *session = sandboxSession(m_endpoint, this); // on this thread: its own network manager
        m_connection = session->connection();
        auto once = m_connection->retryOptions();
        once.maxRetries = 0;
        m_connection->setRetryOptions(once);
        m_connection->setTransferTimeoutMs(arm::AnswersAhead::kWaitMs); // not waited for longer anyway
        sendNext();
    }

private:
    void sendNext()
    {
        if (m_next == m_requests.size()) {
            thread()->quit(); // this object and its session go with the thread (finished)
            return;
        }
        arm::ArmJob *job = m_connection->send(m_requests.at(m_next++));
        connect(job, &arm::ArmJob::finished, this, [this, url = job->url()](const arm::ArmResponse &answer) {
            std::optional<arm::ArmResponse> usable =
                answer.ok() && answer.httpStatus == 200 ? std::optional(answer) : std::nullopt;
            if (m_plan) {
                const QList<arm::ArmRequest> learnt = m_plan->learn(usable);
                if (!learnt.isEmpty()) {
                    QList<QUrl> urls;
                    for (const arm::ArmRequest &request : learnt)
                        urls.append(m_connection->resolve(request)); // as job->url() (delivered)
                    m_expect(urls);
                    m_requests.append(learnt);
                }
            }
            m_deliver(url, std::move(usable));
            sendNext();
        });
    }

    sandbox::SandboxEndpoint m_endpoint;
    QList<arm::ArmRequest> m_requests;
    std::optional<FirstStartListings> m_plan;
    Expect m_expect;
    Deliver m_deliver;
    arm::ArmConnection *m_connection = nullptr;
    qsizetype m_next = 0;
};

// The GUI thread's side: owns the thread (ended and waited for when the session goes first) and
// hands each answer to the connection's AnswersAhead. Deletes itself once the thread is done.
class FetchThread : public QObject
{
public:
    FetchThread(arm::AnswersAhead *answers, QObject *parent)
        : QObject(parent)
        , m_answers(answers)
    {
        m_thread.setObjectName(QStringLiteral("cw-listings-ahead"));
        connect(&m_thread, &QThread::finished, this, [this] {
            if (m_answers)
                m_answers->expectNoMore(); // (closed already unless the requests were learnt)
            deleteLater();
        });
    }

    ~FetchThread() override
    {
        m_thread.quit();
        m_thread.wait();
    }

    void start(const sandbox::SandboxEndpoint &endpoint, QList<arm::ArmRequest> requests,
               std::optional<FirstStartListings> plan)
    {
        // Both run on the fetching thread: this object outlives it (its destructor waits for it).
        // Queued in order: what an answer taught is expected before that answer is delivered.
        const Expect expect = [this](const QList<QUrl> &urls) {
            QMetaObject::invokeMethod(this, [this, urls] {
                if (m_answers)
                    for (const QUrl &url : urls)
                        m_answers->expect(url);
            }, Qt::QueuedConnection);
        };
        const Deliver deliver = [this](const QUrl &url, std::optional<arm::ArmResponse> answer) {
            QMetaObject::invokeMethod(this, [this, url, answer = std::move(answer)]() mutable {
                if (m_answers)
                    m_answers->deliver(url, std::move(answer));
            }, Qt::QueuedConnection);
        };
        auto *fetcher = new Fetcher(endpoint, std::move(requests), std::move(plan), expect, deliver);
        fetcher->moveToThread(&m_thread);
        connect(&m_thread, &QThread::started, fetcher, &Fetcher::run);
        connect(&m_thread, &QThread::finished, fetcher, &QObject::deleteLater);
        m_thread.start();
    }

private:
    QThread m_thread;
    QPointer<arm::AnswersAhead> m_answers;
};

} // namespace

bool fetchFirstListingsAhead(const sandbox::SandboxEndpoint &endpoint, Session *session)
{
    arm::ArmConnection *connection = session->connection();
    if (connection->tracer() || arm::AnswersAhead::of(connection))
        return false;
    const RememberedWorkspaces remembered = RememberedWorkspaces::load(QSettings(), session->environment().name);
    std::optional<FirstStartListings> plan;
    if (remembered.isEmpty())
        plan.emplace();
    const QList<arm::ArmRequest> requests = plan ? FirstStartListings::first() : firstListings(remembered);
    auto *answers = new arm::AnswersAhead(connection);
    if (plan)
        answers->setServesLaterJobs(); // the view asks step by step: open after its first requests
    for (const arm::ArmRequest &request : requests)
        answers->expect(connection->resolve(request));
    (new FetchThread(answers, session))->start(endpoint, requests, std::move(plan));
    return true;
}

void stopServingListingsAhead(Session *session)
{
    if (arm::AnswersAhead *answers = arm::AnswersAhead::of(session->connection()))
        if (!answers->servesLaterJobs())
            answers->close();
}

} // namespace cw::session
