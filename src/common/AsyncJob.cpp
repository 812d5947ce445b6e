#include "common/AsyncJob.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QThreadStorage>

#include <deque>
#include <utility>

namespace cw {

// One thread's queued results, in the order their jobs finished: one posted call delivers those
// queued before it, until kDeliverySliceNs is spent, and posts itself again for the rest (which
// then wait for the next pass of the event loop, as any call posted during a pass does).
class QueuedResults : public QObject
{
public:
    static QueuedResults *ofThisThread()
    {
        // Deleted with the thread's storage when the thread ends.
        static QThreadStorage<QueuedResults *> perThread;
        if (!perThread.hasLocalData())
            perThread.setLocalData(new QueuedResults);
        return perThread.localData();
    }

    void add(AsyncJob *job, std::function<void()> emitResult)
    {
        m_results.push_back({QPointer<AsyncJob>(job), std::move(emitResult)});
        if (!m_posted)
            post();
    }

private:
    struct Result {
        QPointer<AsyncJob> job; // a job deleted before its turn is skipped, as a posted call would be
        std::function<void()> emitResult;
    };

    void post()
    {
        m_posted = true;
        QMetaObject::invokeMethod(this, [this] { deliverSlice(); }, Qt::QueuedConnection);
    }

    void deliverSlice()
    {
        m_posted = false;
        QElapsedTimer slice;
        slice.start();
        // Only the results queued before this call: those queued by their receivers go after.
        for (size_t count = m_results.size(); count > 0 && !m_results.empty(); --count) {
            Result result = std::move(m_results.front());
            m_results.pop_front();
            if (result.job)
                result.job->deliver(result.emitResult);
            if (slice.nsecsElapsed() >= AsyncJob::kDeliverySliceNs)
                break;
        }
        if (!m_results.empty() && !m_posted)
            post();
    }

    std::deque<Result> m_results;
    bool m_posted = false;
};

AsyncJob::AsyncJob(QObject *parent, Delivery delivery, Lifetime lifetime)
    : QObject(parent)
    , m_delivery(delivery)
    , m_lifetime(lifetime)
{
}

AsyncJob::~AsyncJob() = default;

void AsyncJob::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    doStart();
}

void AsyncJob::cancel()
{
    if (!m_finished)
        doCancel();
}

bool AsyncJob::finishWith(std::function<void()> emitResult)
{
    if (m_finished)
        return false;
    m_finished = true;
    if (m_delivery == Delivery::Immediate)
        deliver(emitResult);
    else
        QueuedResults::ofThisThread()->add(this, std::move(emitResult));
    return true;
}

void AsyncJob::deliver(const std::function<void()> &emitResult)
{
    // A receiver may delete a KeptByOwner job inside its finished signal.
    const QPointer<AsyncJob> self(this);
    emitResult();
    if (self && m_lifetime == Lifetime::DeleteWhenFinished)
        deleteLater();
}

} // namespace cw
