// The one shape of an asynchronous job (common/AsyncJob.h): finishes at most once, delivers its
// result from the event loop unless told otherwise, deletes itself afterwards unless kept by its
// owner, and a cancel finishes it once with the cancelled result (nothing once it has finished).
#include "common/AsyncJob.h"

#include <QPointer>
#include <QSignalSpy>
#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

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

    // A burst of queued results (the answers of many polls arriving together) is delivered in the
    // order the jobs finished, a slice of at most kDeliverySliceNs per event-loop pass: a due
    // timer runs between slices. A job deleted before its turn is skipped.
    void aBurstOfResultsIsDeliveredInOrderOverSeveralPasses()
    {
        constexpr int kJobs = 300;
        constexpr qint64 kReceiverNs = 100'000; // what each receiver spends: 30 ms in all
        int turns = 0;
        QTimer timer;
        timer.setInterval(0);
        connect(&timer, &QTimer::timeout, &timer, [&turns] { ++turns; });
        QList<int> order, turnAt;
        QList<ProbeJob *> jobs;
        for (int i = 0; i < kJobs; ++i) {
            auto *job = new ProbeJob;
            connect(job, &ProbeJob::finished, this, [&, i] {
                order.append(i);
                turnAt.append(turns);
                QElapsedTimer busy;
                busy.start();
                while (busy.nsecsElapsed() < kReceiverNs) {
                }
            });
            jobs.append(job);
        }
        for (ProbeJob *job : std::as_const(jobs))
            job->finish(QStringLiteral("done"));
        delete jobs.at(7); // gone before its turn
        QVERIFY(order.isEmpty()); // nothing inside finish()
        timer.start();
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), kJobs - 1, 20000);
        timer.stop();
        QList<int> expected;
        for (int i = 0; i < kJobs; ++i)
            if (i != 7)
                expected.append(i);
        QCOMPARE(order, expected);
        // At least 30 ms / 4 ms slices: the timer turned between them (and never inside one more
        // than a slice's worth of results: 4 ms / 0.1 ms, plus the one that crossed the limit).
        QVERIFY2(turnAt.last() - turnAt.first() >= 5, qPrintable(QString::number(turnAt.last() - turnAt.first())));
        int run = 1;
        for (qsizetype i = 1; i < turnAt.size(); ++i) {
            run = turnAt.at(i) == turnAt.at(i - 1) ? run + 1 : 1;
            QVERIFY2(run <= cw::AsyncJob::kDeliverySliceNs / kReceiverNs + 1, qPrintable(QString::number(run)));
        }
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
