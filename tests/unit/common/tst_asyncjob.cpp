// The one shape of an asynchronous job (common/AsyncJob.h): finishes at most once, delivers its
// result from the event loop unless told otherwise, deletes itself afterwards unless kept by its
// owner, and a cancel finishes it once with the cancelled result (nothing once it has finished).
#include "common/AsyncJob.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

namespace {

// A job finished by hand: `answerAtStart` is known at once (finished inside start()).
class ProbeJob : public cw::AsyncJob
{
    Q_OBJECT
public:
    using cw::AsyncJob::AsyncJob;

    bool finish(const QString &result)
    {
        return finishWith([this, result] { Q_EMIT finished(result); });
    }

    QString answerAtStart;
    int starts = 0;
    int cancels = 0;

Q_SIGNALS:
    void finished(const QString &result);

protected:
    void doStart() override
    {
        ++starts;
        if (!answerAtStart.isEmpty())
            finish(answerAtStart);
    }
    void doCancel() override
    {
        ++cancels;
        finish(QStringLiteral("cancelled"));
    }
};

// A job that cannot be cancelled (no doCancel()).
class UncancellableJob : public cw::AsyncJob
{
    Q_OBJECT
public:
    using cw::AsyncJob::AsyncJob;
    void finish() { finishWith([this] { Q_EMIT finished(); }); }

Q_SIGNALS:
    void finished();
};

QString only(const QSignalSpy &spy)
{
    return spy.size() == 1 ? spy.at(0).at(0).toString() : QString();
}

// Delivers queued results and deferred deletions: after this, nothing of the job is pending.
void drainEvents()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace

class TestAsyncJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void finishesOnceWhenFinishedTwice()
    {
        auto *job = new ProbeJob;
        QSignalSpy spy(job, &ProbeJob::finished);
        job->start();
        QVERIFY(job->finish(QStringLiteral("first")));
        QVERIFY(!job->finish(QStringLiteral("second")));
        QVERIFY(spy.wait(5000));
        drainEvents();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(only(spy), QStringLiteral("first"));
    }

    void anAnswerKnownAtOnceIsQueued()
    {
        auto *job = new ProbeJob;
        job->answerAtStart = QStringLiteral("known at once");
        job->start();
        // Finished inside start(), yet a caller that connects only now still hears it.
        QVERIFY(job->isFinished());
        QSignalSpy spy(job, &ProbeJob::finished);
        QCOMPARE(spy.size(), 0);
        QVERIFY(spy.wait(5000));
        QCOMPARE(only(spy), QStringLiteral("known at once"));
    }

    void immediateDeliveryEmitsInsideTheFinishingCall()
    {
        ProbeJob job(nullptr, cw::AsyncJob::Delivery::Immediate, cw::AsyncJob::Lifetime::KeptByOwner);
        QSignalSpy spy(&job, &ProbeJob::finished);
        job.start();
        job.finish(QStringLiteral("now"));
        QCOMPARE(only(spy), QStringLiteral("now"));
    }

    void deletesItselfAfterDelivering()
    {
        QPointer<ProbeJob> job = new ProbeJob;
        bool aliveInSlot = false;
        connect(job, &ProbeJob::finished, this, [&] { aliveInSlot = !job.isNull(); });
        job->start();
        job->finish(QStringLiteral("done"));
        QVERIFY(job); // not before its result was delivered
        QTRY_VERIFY_WITH_TIMEOUT(job.isNull(), 5000);
        QVERIFY(aliveInSlot);
    }

    void aJobKeptByItsOwnerStays()
    {
        QObject owner;
        QPointer<ProbeJob> job = new ProbeJob(&owner, cw::AsyncJob::Delivery::Queued, cw::AsyncJob::Lifetime::KeptByOwner);
        QSignalSpy spy(job, &ProbeJob::finished);
        job->start();
        job->finish(QStringLiteral("done"));
        QVERIFY(spy.wait(5000));
        drainEvents();
        QVERIFY(job);
    }

    void anOwnerMayDeleteItsJobInTheFinishedSignal()
    {
        QPointer<ProbeJob> job =
            new ProbeJob(nullptr, cw::AsyncJob::Delivery::Queued, cw::AsyncJob::Lifetime::KeptByOwner);
        int heard = 0;
        connect(job, &ProbeJob::finished, this, [&] {
            ++heard;
            delete job.data();
        });
        job->start();
        job->finish(QStringLiteral("done"));
        QTRY_VERIFY_WITH_TIMEOUT(job.isNull(), 5000);
        drainEvents();
        QCOMPARE(heard, 1);
    }

    void cancelFinishesOnceWithCancelled()
    {
        QPointer<ProbeJob> job = new ProbeJob;
        QSignalSpy spy(job, &ProbeJob::finished);
        job->start();
        job->cancel();
        QVERIFY(job->isFinished());
        job->cancel();
        QCOMPARE(job->cancels, 1);
        QVERIFY(spy.wait(5000));
        drainEvents();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(only(spy), QStringLiteral("cancelled"));
        QVERIFY(job.isNull());
    }

    void cancelAfterFinishIsANoOp()
    {
        QPointer<ProbeJob> job = new ProbeJob;
        QSignalSpy spy(job, &ProbeJob::finished);
        job->start();
        job->finish(QStringLiteral("answer"));
        job->cancel(); // the answer is still on its way: it is the one heard
        QCOMPARE(job->cancels, 0);
        QVERIFY(spy.wait(5000));
        drainEvents();
        QCOMPARE(only(spy), QStringLiteral("answer"));
    }

    void cancelBeforeStartFinishesAndStartIsThenANoOp()
    {
        auto *job = new ProbeJob;
        QSignalSpy spy(job, &ProbeJob::finished);
        job->cancel();
        job->start();
        QCOMPARE(job->starts, 0);
        QVERIFY(spy.wait(5000));
        QCOMPARE(only(spy), QStringLiteral("cancelled"));
    }

    void startsOnce()
    {
        ProbeJob job(nullptr, cw::AsyncJob::Delivery::Queued, cw::AsyncJob::Lifetime::KeptByOwner);
        job.start();
        job.start();
        QCOMPARE(job.starts, 1);
    }

    void aJobThatCannotBeCancelledIgnoresCancel()
    {
        auto *job = new UncancellableJob;
        QSignalSpy spy(job, &UncancellableJob::finished);
        job->cancel();
        QVERIFY(!job->isFinished());
        job->finish();
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAsyncJob)
#include "tst_asyncjob.moc"
