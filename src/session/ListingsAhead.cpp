#include "session/ListingsAhead.h"

#include <QPointer>
#include <QSettings>
#include <QThread>

#include <functional>
#include <optional>

#include "arm/AnswersAhead.h"
#include "arm/ArmConnection.h"
#include "arm/ArmJob.h"
#include "azure/ComputeRequests.h"
#include "azure/ManagedClusterRequests.h"
#include "session/RememberedWorkspaces.h"
#include "session/SandboxLauncher.h"
#include "session/Session.h"

namespace cw::session {
namespace {

using Deliver = std::function<void(const QUrl &url, std::optional<arm::ArmResponse> answer)>;

// The fetching thread's side: a sandbox session of its own sends the requests one after the
// other on the token's connection, one try each (a failure is asked again by the view's own
// request, with its retries), then the thread ends. One after the other: on two cores, with the
// GUI thread busy on one, a TLS handshake per request in parallel (client and sandbox side) cost
// more than the few ms each answer takes on a connection already open.
class Fetcher : public QObject
{
public:
    Fetcher(sandbox::SandboxEndpoint endpoint, QList<arm::ArmRequest> requests, Deliver deliver)
        : m_endpoint(std::move(endpoint))
        , m_requests(std::move(requests))
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
            m_deliver(url, answer.ok() && answer.httpStatus == 200 ? std::optional(answer) : std::nullopt);
            sendNext();
        });
    }

    sandbox::SandboxEndpoint m_endpoint;
    QList<arm::ArmRequest> m_requests;
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
        connect(&m_thread, &QThread::finished, this, &QObject::deleteLater);
    }

    ~FetchThread() override
    {
        m_thread.quit();
        m_thread.wait();
    }

    void start(const sandbox::SandboxEndpoint &endpoint, QList<arm::ArmRequest> requests)
    {
        // Runs on the fetching thread: this object outlives it (its destructor waits for it).
        const Deliver deliver = [this](const QUrl &url, std::optional<arm::ArmResponse> answer) {
            QMetaObject::invokeMethod(this, [this, url, answer = std::move(answer)]() mutable {
                if (m_answers)
                    m_answers->deliver(url, std::move(answer));
            }, Qt::QueuedConnection);
        };
        auto *fetcher = new Fetcher(endpoint, std::move(requests), deliver);
        fetcher->moveToThread(&m_thread);
        connect(&m_thread, &QThread::started, fetcher, &Fetcher::run);
        connect(&m_thread, &QThread::finished, fetcher, &QObject::deleteLater);
        m_thread.start();
    }

private:
    QThread m_thread;
    QPointer<arm::AnswersAhead> m_answers;
};

// The requests ClustersView::refresh() sends first for the remembered workspaces.
QList<arm::ArmRequest> firstListings(const RememberedWorkspaces &remembered)
{
    QList<arm::ArmRequest> requests;
    QStringList subscriptions;
    for (const WorkspaceRef &workspace : remembered.workspaces) {
        requests.append(azure::computerequest::list(workspace));
        if (!subscriptions.contains(workspace.subscriptionId))
            subscriptions.append(workspace.subscriptionId);
    }
    for (const QString &subscription : std::as_const(subscriptions))
        requests.append(azure::managedclusterrequest::list(subscription));
    return requests;
}

} // namespace

bool fetchFirstListingsAhead(const sandbox::SandboxEndpoint &endpoint, Session *session)
{
    arm::ArmConnection *connection = session->connection();
    if (connection->tracer() || arm::AnswersAhead::of(connection))
        return false;
    const RememberedWorkspaces remembered = RememberedWorkspaces::load(QSettings(), session->environment().name);
    if (remembered.isEmpty())
        return false;
    const QList<arm::ArmRequest> requests = firstListings(remembered);
    auto *answers = new arm::AnswersAhead(connection);
    for (const arm::ArmRequest &request : requests)
        answers->expect(connection->resolve(request));
    (new FetchThread(answers, session))->start(endpoint, requests);
    return true;
}

void stopServingListingsAhead(Session *session)
{
    if (arm::AnswersAhead *answers = arm::AnswersAhead::of(session->connection()))
        answers->close();
}

} // namespace cw::session
