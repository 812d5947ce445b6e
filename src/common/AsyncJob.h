#pragma once
#include <QObject>

#include <functional>

namespace cw {

// The one shape of every asynchronous job of the code base, in the spirit of KDE's KJob:
// start(), cancel(), isFinished(), and finishWith(), which ends the job AT MOST ONCE (later calls
// are ignored, so a late answer can never follow a cancel or a failure). Each class keeps its own
// typed finished(...) signal (or ready()/failed()); finishWith() takes the lambda that emits it.
//
// How the classes differ is chosen once, in the constructor, by two options:
// - Delivery::Queued (the default): the result is emitted from the event loop, never inside the
//   call that finished the job (start(), cancel(), the slot of a reply), so a caller that connects
//   right after start() still hears an answer known at once. A thread's queued results are
//   delivered in the order their jobs finished, at most kDeliverySliceNs of them per event-loop
//   pass (the rest in the next pass): when the answers of 50 operations' polls arrive together,
//   due timers and paints run between slices instead of after all of them (gui-stall benchmark:
//   a 52-answer burst had held the GUI thread for 14 ms). Delivery::Immediate: emitted inside
//   that call, for jobs whose callers rely on cancel() having finished them when it returns (an
//   LroPoller: the operation driver stops waiting inside the poller's signal) and jobs that finish
//   inside another job's signal anyway (ArmPager, service jobs, KubeSecretJob, the operation
//   driver, the wizard's view of an operation).
// - Lifetime::DeleteWhenFinished (the default): deleteLater() right after the result was emitted,
//   so read the result in the slot. Lifetime::KeptByOwner: the job stays after it finished; its
//   parent or creator deletes it, often in the finished slot (pagers and pollers owned by a
//   service job or a driver, the operation driver owned by the runner, sign-ins, TLS recoveries).
// Default (Queued + DeleteWhenFinished): ArmJob, TokenJob, SecretJob.
class AsyncJob : public QObject
{
    Q_OBJECT
public:
    enum class Delivery { Queued, Immediate };
    enum class Lifetime { DeleteWhenFinished, KeptByOwner };

    explicit AsyncJob(QObject *parent = nullptr, Delivery delivery = Delivery::Queued,
                      Lifetime lifetime = Lifetime::DeleteWhenFinished);
    ~AsyncJob() override;

    // Begins the work (doStart()). Once only: a no-op when started already, or finished before it
    // started (cancelled). Jobs whose work begins when they are made (a service call, a token or
    // keychain request) need no start().
    void start();
    // Asks the job to stop (doCancel()): it then finishes once with its class's cancelled result,
    // at once or after the request in flight was aborted. A no-op once finished, and for a job
    // that cannot be cancelled (one that does not override doCancel()).
    void cancel();
    // True from the moment the job finished, even while a queued result is on its way.
    bool isFinished() const { return m_finished; }

    // The time a thread's queued results may take in one event-loop pass (a 60 Hz frame is
    // 16 ms); at least one result is delivered per pass, however long it takes.
    static constexpr qint64 kDeliverySliceNs = 4'000'000;

Q_SIGNALS:
    // Work done so far in the job's own unit (items listed, ...), for the jobs that report it.
    void progressed(qint64 done);

protected:
    virtual void doStart() {}
    virtual void doCancel() {}
    // Ends the job with `emitResult` (which emits the class's finished signal), delivered and
    // followed by deletion as the options say. Returns false, and drops `emitResult`, when the job
    // had finished already.
    bool finishWith(std::function<void()> emitResult);

private:
    friend class QueuedResults;
    void deliver(const std::function<void()> &emitResult);

    Delivery m_delivery;
    Lifetime m_lifetime;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace cw
