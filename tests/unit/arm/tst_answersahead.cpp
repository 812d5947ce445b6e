// AnswersAhead: a GET fetched ahead by another thread serves the first job that asks for it;
// every other case (no answer, an unusable one, a late one, a second job, a job after close())
// is sent as usual. No server: the connection points at a closed port, so a job that really
// sends fails with a network error, and one that was served ahead succeeds.
#include "arm/AnswersAhead.h"
#include "arm/ArmConnection.h"
#include "arm/ArmJob.h"

#include <QSignalSpy>
#include <QTest>

using namespace cw::arm;
using cw::auth::CloudEnvironment;

namespace {

ArmResponse answer(const QByteArray &body)
{
    ArmResponse response;
    response.httpStatus = 200;
    response.body = body;
    return response;
}

ArmRequest get(const QString &path)
{
    ArmRequest request;
    request.method = "GET";
    request.pathOrUrl = path;
    request.apiVersion = QStringLiteral("2022-10-01");
    return request;
}

} // namespace

class TestAnswersAhead : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<cw::arm::ArmResponse>(); }

    void init()
    {
        // Port 1 on the loopback: nothing listens, a request sent fails at once.
        m_connection = std::make_unique<ArmConnection>(
            CloudEnvironment::sandbox(QUrl(QStringLiteral("http://127.0.0.1:1")), {}), nullptr);
        m_connection->setRetryOptions({0, 1, 1, 1, 0});
        m_ahead = new AnswersAhead(m_connection.get());
        QCOMPARE(AnswersAhead::of(m_connection.get()), m_ahead.data());
    }
    void cleanup() { m_connection.reset(); } // (takes a remaining AnswersAhead with it)

    void aWaitingJobTakesTheAnswer()
    {
        const QUrl url = m_connection->resolve(get(QStringLiteral("/computes")));
        m_ahead->expect(url);
        QSignalSpy finished(m_connection->send(get(QStringLiteral("/computes"))), &ArmJob::finished);
        QCoreApplication::processEvents(); // (a job that sent would fail: nothing listens)
        m_ahead->deliver(url, answer("{\"value\":[]}"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        const auto response = finished.first().first().value<ArmResponse>();
        QVERIFY(response.ok());
        QCOMPARE(response.body, QByteArray("{\"value\":[]}"));
    }

    void anAnswerInAlreadyIsTakenFromTheEventLoop()
    {
        const QUrl url = m_connection->resolve(get(QStringLiteral("/computes")));
        m_ahead->expect(url);
        m_ahead->deliver(url, answer("{}"));
        ArmJob *job = m_connection->send(get(QStringLiteral("/computes")));
        QSignalSpy finished(job, &ArmJob::finished);
        QCOMPARE(finished.size(), 0); // never inside send()
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QVERIFY(finished.first().first().value<ArmResponse>().ok());
    }

    void withoutAUsableAnswerTheJobSends()
    {
        const QUrl url = m_connection->resolve(get(QStringLiteral("/computes")));
        m_ahead->expect(url);
        QSignalSpy finished(m_connection->send(get(QStringLiteral("/computes"))), &ArmJob::finished);
        m_ahead->deliver(url, std::nullopt);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        const auto response = finished.first().first().value<ArmResponse>();
        QVERIFY(response.error);
        QCOMPARE(response.error->kind, ArmError::Kind::Network); // its own try, at the closed port
    }

    void anAnswerServesOneJobOnly()
    {
        const QUrl url = m_connection->resolve(get(QStringLiteral("/computes")));
        m_ahead->expect(url);
        m_ahead->deliver(url, answer("{}"));
        QSignalSpy first(m_connection->send(get(QStringLiteral("/computes"))), &ArmJob::finished);
        QSignalSpy second(m_connection->send(get(QStringLiteral("/computes"))), &ArmJob::finished);
        QTRY_COMPARE_WITH_TIMEOUT(first.size() + second.size(), 2, 5000);
        QVERIFY(first.first().first().value<ArmResponse>().ok());
        QVERIFY(second.first().first().value<ArmResponse>().error);
    }

    void onlyGetsAndExpectedUrlsAreServed()
    {
        const QUrl url = m_connection->resolve(get(QStringLiteral("/computes")));
        m_ahead->expect(url);
        m_ahead->deliver(url, answer("{}"));
        ArmRequest post = get(QStringLiteral("/computes"));
        post.method = "POST";
        QSignalSpy posted(m_connection->send(post), &ArmJob::finished);
        QSignalSpy other(m_connection->send(get(QStringLiteral("/workspaces"))), &ArmJob::finished);
        QTRY_COMPARE_WITH_TIMEOUT(posted.size() + other.size(), 2, 5000);
        QVERIFY(posted.first().first().value<ArmResponse>().error);
        QVERIFY(other.first().first().value<ArmResponse>().error);
    }

    void afterCloseJobsSendAndLateAnswersAreDropped()
    {
        const QUrl claimedUrl = m_connection->resolve(get(QStringLiteral("/computes")));
        const QUrl unclaimedUrl = m_connection->resolve(get(QStringLiteral("/managedClusters")));
        m_ahead->expect(claimedUrl);
        m_ahead->expect(unclaimedUrl);
        QSignalSpy claimed(m_connection->send(get(QStringLiteral("/computes"))), &ArmJob::finished);
        m_ahead->close();
        QSignalSpy late(m_connection->send(get(QStringLiteral("/managedClusters"))), &ArmJob::finished);
        m_ahead->deliver(unclaimedUrl, answer("{}"));
        m_ahead->deliver(claimedUrl, answer("{}")); // claimed before the close: still handed over
        QTRY_COMPARE_WITH_TIMEOUT(claimed.size() + late.size(), 2, 5000);
        QVERIFY(claimed.first().first().value<ArmResponse>().ok());
        QVERIFY(late.first().first().value<ArmResponse>().error);
    }

    void aJobStopsWaitingAfterTheWait()
    {
        m_ahead->setWaitMs(100);
        const QUrl url = m_connection->resolve(get(QStringLiteral("/computes")));
        m_ahead->expect(url);
        QSignalSpy finished(m_connection->send(get(QStringLiteral("/computes"))), &ArmJob::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000); // sent on its own: the network error
        QVERIFY(finished.first().first().value<ArmResponse>().error);
        QTRY_VERIFY(!m_ahead); // closed, nothing left to hand over: gone
        QCOMPARE(AnswersAhead::of(m_connection.get()), nullptr);
    }

    void itGoesOnceClosedAndEverythingClaimedIsHandedOver()
    {
        const QUrl url = m_connection->resolve(get(QStringLiteral("/computes")));
        m_ahead->expect(url);
        QSignalSpy finished(m_connection->send(get(QStringLiteral("/computes"))), &ArmJob::finished);
        m_ahead->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(m_ahead); // a job waits on it
        m_ahead->deliver(url, answer("{}"));
        QTRY_VERIFY(!m_ahead);
        QCOMPARE(AnswersAhead::of(m_connection.get()), nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QVERIFY(finished.first().first().value<ArmResponse>().ok());
    }

    // A first start's fetch learns what to fetch from its answers, and the jobs that want the
    // later answers are made later: once it expects no more, it serves jobs until every answer
    // is taken, then goes.
    void expectingNoMoreItServesLaterJobsUntilEveryAnswerIsTaken()
    {
        const QUrl subscriptions = m_connection->resolve(get(QStringLiteral("/subscriptions")));
        const QUrl workspaces = m_connection->resolve(get(QStringLiteral("/workspaces")));
        m_ahead->expect(subscriptions);
        m_ahead->deliver(subscriptions, answer("{\"value\":[1]}"));
        m_ahead->expect(workspaces); // learnt from that answer
        m_ahead->deliver(workspaces, answer("{\"value\":[2]}"));
        m_ahead->expectNoMore();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(m_ahead); // two answers nobody has taken yet
        const QUrl other = m_connection->resolve(get(QStringLiteral("/other")));
        m_ahead->expect(other); // expecting no more: not served
        QVERIFY(!m_ahead->claim(other, this, [](std::optional<ArmResponse>) {}));

        QSignalSpy first(m_connection->send(get(QStringLiteral("/subscriptions"))), &ArmJob::finished);
        QTRY_COMPARE_WITH_TIMEOUT(first.size(), 1, 5000);
        QCOMPARE(first.first().first().value<ArmResponse>().body, QByteArray("{\"value\":[1]}"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(m_ahead); // one left
        QSignalSpy second(m_connection->send(get(QStringLiteral("/workspaces"))), &ArmJob::finished);
        QTRY_COMPARE_WITH_TIMEOUT(second.size(), 1, 5000);
        QCOMPARE(second.first().first().value<ArmResponse>().body, QByteArray("{\"value\":[2]}"));
        QTRY_VERIFY(!m_ahead);
        QCOMPARE(AnswersAhead::of(m_connection.get()), nullptr);
    }

    void aCancelledJobIgnoresTheAnswer()
    {
        const QUrl url = m_connection->resolve(get(QStringLiteral("/computes")));
        m_ahead->expect(url);
        ArmJob *job = m_connection->send(get(QStringLiteral("/computes")));
        QSignalSpy finished(job, &ArmJob::finished);
        job->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QCOMPARE(finished.first().first().value<ArmResponse>().error->kind, ArmError::Kind::Cancelled);
        m_ahead->deliver(url, answer("{}"));
        QCoreApplication::sendPostedEvents(); // the handed answer finds the job finished (or gone)
        QCOMPARE(finished.size(), 1);
    }

    void theLookUpEndsWithTheObject()
    {
        delete m_ahead.data(); // (the connection's child, deleted with it too)
        QCOMPARE(AnswersAhead::of(m_connection.get()), nullptr);
    }

private:
    std::unique_ptr<ArmConnection> m_connection;
    QPointer<AnswersAhead> m_ahead;
};

QTEST_MAIN(TestAnswersAhead)
#include "tst_answersahead.moc"
