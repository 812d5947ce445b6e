// The retry policy, the create-PUT rule and TLS trust against faults injected by the sandbox.
#include "PipelineFixture.h"
#include "arm/OneShotBody.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QNetworkReply>
#include <QProcess>

using namespace cw;
using namespace cw::test;

class TestFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void throttlingRetryAfterIsObeyed();
    void serverErrorsAreRetried_data();
    void serverErrorsAreRetried();
    void retriesAreBounded();
    void postIsNotRetriedOn502();
    void droppedConnectionIsRetriedForGet();
    void malformedBodyIsAClearError();
    void malformedListDoesNotCrashThePager();
    void createIsNeverResentAfterAmbiguousFailure_data();
    void createIsNeverResentAfterAmbiguousFailure();
    void createAfterDropWhenAbsent();
    void createWhoseConnectionGoesWhileOut();
    void wrongCaIsRefused();

private:
    void addFault(const QJsonObject &fault);
    SandboxProcess m_sandbox;
    std::unique_ptr<arm::ArmConnection> m_connection;
};

void TestFaults::initTestCase()
{
    registerPipelineTypes();
    QVERIFY(m_sandbox.start());
    m_connection = sandboxConnection(m_sandbox);
    arm::RetryOptions fast;
    fast.baseDelayMs = 50;
    fast.maxRetries = 3;
    m_connection->setRetryOptions(fast);
}

void TestFaults::init()
{
    m_sandbox.control("DELETE", QStringLiteral("/_sandbox/faults"));
    m_sandbox.control("DELETE", QStringLiteral("/_sandbox/requests"));
}

void TestFaults::addFault(const QJsonObject &fault)
{
    const QJsonDocument answer = m_sandbox.control("POST", QStringLiteral("/_sandbox/faults"), QJsonDocument(fault));
    QVERIFY2(answer.object().contains(QStringLiteral("id")), answer.toJson().constData());
}

void TestFaults::throttlingRetryAfterIsObeyed()
{
    addFault({{QStringLiteral("method"), QStringLiteral("GET")}, {QStringLiteral("path"), QStringLiteral("workspaces/ws-demo$")},
              {QStringLiteral("kind"), QStringLiteral("status")}, {QStringLiteral("status"), 429},
              {QStringLiteral("retryAfter"), QStringLiteral("2")}, {QStringLiteral("count"), 1}});
    arm::ArmJob *job = m_connection->send(get(kWorkspacePath));
    QSignalSpy retried(job, &arm::ArmJob::retrying);
    QSignalSpy finished(job, &arm::ArmJob::finished);
    QElapsedTimer clock;
    QVERIFY(retried.wait(10000));
    clock.start();
    QCOMPARE(retried.at(0).at(1).toLongLong(), qint64(2000));
    QVERIFY(finished.wait(10000));
    const qint64 waited = clock.elapsed();
    const auto response = finished.at(0).at(0).value<arm::ArmResponse>();
    QVERIFY(response.ok());
    QCOMPARE(response.attempts, 2);
    // Retry-After: 2 obeyed within 10 % (the retry's own round trip is included).
    QVERIFY2(waited >= 1800 && waited <= 2200, qPrintable(QString::number(waited)));
    QCOMPARE(m_sandbox.countRequests("GET", QStringLiteral("workspaces/ws-demo$")), 2);
}

void TestFaults::serverErrorsAreRetried_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("500") << 500;
    QTest::newRow("502") << 502;
    QTest::newRow("503") << 503;
    QTest::newRow("504") << 504;
}

void TestFaults::serverErrorsAreRetried()
{
    QFETCH(int, status);
    addFault({{QStringLiteral("method"), QStringLiteral("GET")}, {QStringLiteral("path"), QStringLiteral("/computes$")},
              {QStringLiteral("kind"), QStringLiteral("status")}, {QStringLiteral("status"), status},
              {QStringLiteral("count"), 2}});
    const auto response = sendAndWait(*m_connection, get(kWorkspacePath + QStringLiteral("/computes")));
    QVERIFY2(response.ok(), response.error ? qPrintable(response.error->rawDetail()) : "timeout");
    QCOMPARE(response.attempts, 3);
    QCOMPARE(m_sandbox.countRequests("GET", QStringLiteral("/computes$")), 3);
}

void TestFaults::retriesAreBounded()
{
    addFault({{QStringLiteral("method"), QStringLiteral("GET")}, {QStringLiteral("path"), QStringLiteral("/computes$")},
              {QStringLiteral("kind"), QStringLiteral("status")}, {QStringLiteral("status"), 503},
              {QStringLiteral("count"), -1}});
    const auto response = sendAndWait(*m_connection, get(kWorkspacePath + QStringLiteral("/computes")));
    QVERIFY(response.error.has_value());
    QCOMPARE(response.httpStatus, 503);
    QCOMPARE(response.attempts, 4); // 1 + maxRetries (3)
    QCOMPARE(response.error->code, QStringLiteral("ServiceUnavailable"));
    QVERIFY(!response.error->requestId.isEmpty());
    QVERIFY(response.error->humanMessage().contains(QStringLiteral("503")));
}

void TestFaults::postIsNotRetriedOn502()
{
    addFault({{QStringLiteral("method"), QStringLiteral("POST")}, {QStringLiteral("path"), QStringLiteral("listKeys")},
              {QStringLiteral("kind"), QStringLiteral("status")}, {QStringLiteral("status"), 502},
              {QStringLiteral("count"), 1}});
    arm::ArmRequest request;
    request.method = "POST";
    request.pathOrUrl = kWorkspacePath + QStringLiteral("/computes/anything/listKeys");
    request.apiVersion = kApi;
    const auto response = sendAndWait(*m_connection, request);
    QCOMPARE(response.httpStatus, 502);
    QCOMPARE(response.attempts, 1);
}

void TestFaults::droppedConnectionIsRetriedForGet()
{
    addFault({{QStringLiteral("method"), QStringLiteral("GET")}, {QStringLiteral("path"), QStringLiteral("workspaces/ws-demo$")},
              {QStringLiteral("kind"), QStringLiteral("drop")}, {QStringLiteral("count"), 1}});
    const auto response = sendAndWait(*m_connection, get(kWorkspacePath));
    QVERIFY2(response.ok(), response.error ? qPrintable(response.error->rawDetail()) : "timeout");
    QCOMPARE(response.json().value("name", std::string()), std::string("ws-demo"));
    // Sent twice: by Qt's own reconnect for the idempotent GET or by the job's retry.
    QCOMPARE(m_sandbox.countRequests("GET", QStringLiteral("workspaces/ws-demo$")), 2);
}

void TestFaults::malformedBodyIsAClearError()
{
    // A read is asked for again after an unreadable answer; one that stays unreadable after the
    // retries is a clear error.
    addFault({{QStringLiteral("method"), QStringLiteral("GET")}, {QStringLiteral("path"), QStringLiteral("workspaces/ws-demo$")},
              {QStringLiteral("kind"), QStringLiteral("malformed")}, {QStringLiteral("count"), 1}});
    m_sandbox.control("DELETE", QStringLiteral("/_sandbox/requests"));
    const auto once = sendAndWait(*m_connection, get(kWorkspacePath));
    QVERIFY2(once.ok(), once.error ? qPrintable(once.error->rawDetail()) : "timeout");
    QCOMPARE(once.attempts, 2);
    QCOMPARE(m_sandbox.countRequests("GET", QStringLiteral("workspaces/ws-demo$")), 2);

    addFault({{QStringLiteral("method"), QStringLiteral("GET")}, {QStringLiteral("path"), QStringLiteral("workspaces/ws-demo$")},
              {QStringLiteral("kind"), QStringLiteral("malformed")}, {QStringLiteral("count"), -1}});
    const auto response = sendAndWait(*m_connection, get(kWorkspacePath));
    QVERIFY(response.error.has_value());
    QCOMPARE(response.error->kind, arm::ArmError::Kind::Malformed);
    QCOMPARE(response.attempts, 4); // bounded: 1 try + maxRetries (3)
    QVERIFY(response.error->humanMessage().contains(QStringLiteral("could not be read")));
    QVERIFY(response.json().is_null()); // never throws
}

void TestFaults::malformedListDoesNotCrashThePager()
{
    addFault({{QStringLiteral("method"), QStringLiteral("GET")}, {QStringLiteral("path"), QStringLiteral("/computes$")},
              {QStringLiteral("kind"), QStringLiteral("malformed")}, {QStringLiteral("count"), -1}});
    arm::ArmPager pager(m_connection.get(), get(kWorkspacePath + QStringLiteral("/computes")));
    QSignalSpy done(&pager, &arm::ArmPager::finished);
    pager.start();
    QVERIFY(done.wait(10000));
    const auto error = done.at(0).at(0).value<std::optional<arm::ArmError>>();
    QVERIFY(error.has_value());
    QCOMPARE(error->kind, arm::ArmError::Kind::Malformed);
}

void TestFaults::createIsNeverResentAfterAmbiguousFailure_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status");
    QTest::newRow("500") << QStringLiteral("status") << 500;
    QTest::newRow("503") << QStringLiteral("status") << 503;
    QTest::newRow("timeout") << QStringLiteral("delay") << 0;
}

void TestFaults::createIsNeverResentAfterAmbiguousFailure()
{
    QFETCH(QString, kind);
    QFETCH(int, status);
    const QString name = QStringLiteral("amb-%1").arg(QString::fromLatin1(QTest::currentDataTag()));
    const QString path = kWorkspacePath + QStringLiteral("/computes/") + name;
    QJsonObject fault{{QStringLiteral("method"), QStringLiteral("PUT")},
                      {QStringLiteral("path"), QStringLiteral("/computes/%1$").arg(name)},
                      {QStringLiteral("kind"), kind}, {QStringLiteral("count"), 1}};
    if (kind == QLatin1String("status"))
        fault.insert(QStringLiteral("status"), status);
    else
        fault.insert(QStringLiteral("delayMs"), 3000);
    addFault(fault);
    // An injected status fault answers without running the PUT: the resource stays absent. A delay
    // runs it after the client gave up waiting: the resource then exists.
    if (kind == QLatin1String("delay"))
        m_connection->setTransferTimeoutMs(1000);
    arm::ArmRequest create;
    create.method = "PUT";
    create.pathOrUrl = path;
    create.apiVersion = kApi;
    create.body = aksCreateBody();
    create.isCreate = true;
    const auto response = sendAndWait(*m_connection, create);
    m_connection->setTransferTimeoutMs(10000);
    QVERIFY(response.error.has_value());
    QCOMPARE(response.error->kind, arm::ArmError::Kind::AmbiguousCreate);
    QVERIFY(response.createProbe == arm::CreateProbe::Exists || response.createProbe == arm::CreateProbe::Absent);
    if (kind == QLatin1String("status"))
        QCOMPARE(response.createProbe, arm::CreateProbe::Absent);
    QVERIFY(!response.error->humanMessage().isEmpty());
    QCOMPARE(response.attempts, 1);
    QVERIFY(m_sandbox.countRequests("GET", QStringLiteral("/computes/%1$").arg(name)) >= 1);
    if (kind == QLatin1String("status")) {
        // Exactly one create PUT reached the sandbox, followed by a GET of the resource.
        QCOMPARE(m_sandbox.countRequests("PUT", QStringLiteral("/computes/%1$").arg(name)), 1);
    } else {
        // The sandbox does not log (or run) a delayed request whose client went away; make sure
        // no second PUT arrives after the first one timed out.
        QVERIFY(m_sandbox.countRequests("PUT", QStringLiteral("/computes/%1$").arg(name)) <= 1);
        QCOMPARE(response.createProbe, arm::CreateProbe::Absent);
    }
}

void TestFaults::createAfterDropWhenAbsent()
{
    const QString name = QStringLiteral("amb-drop");
    addFault({{QStringLiteral("method"), QStringLiteral("PUT")}, {QStringLiteral("path"), QStringLiteral("/computes/amb-drop$")},
              {QStringLiteral("kind"), QStringLiteral("drop")}, {QStringLiteral("count"), 1}});
    arm::ArmRequest create;
    create.method = "PUT";
    create.pathOrUrl = kWorkspacePath + QStringLiteral("/computes/") + name;
    create.apiVersion = kApi;
    create.body = aksCreateBody();
    create.isCreate = true;
    const auto response = sendAndWait(*m_connection, create);
    QVERIFY(response.error.has_value());
    QCOMPARE(response.error->kind, arm::ArmError::Kind::AmbiguousCreate);
    QCOMPARE(response.createProbe, arm::CreateProbe::Absent);
    QCOMPARE(m_sandbox.countRequests("PUT", QStringLiteral("/computes/amb-drop$")), 1);

    // The caller decides to send it again: it goes through normally.
    const auto again = sendAndWait(*m_connection, create);
    QVERIFY2(again.ok(), again.error ? qPrintable(again.error->rawDetail()) : "timeout");
    QVERIFY(again.httpStatus == 200 || again.httpStatus == 201);
}

void TestFaults::createWhoseConnectionGoesWhileOut()
{
    // A create PUT's body is read by Qt from the reply's own posted events, which still run after
    // the job went with its connection (the application quits, a session ends) and the reply was
    // aborted: the body must live as long as the reply. It was the job's child, and valgrind saw
    // the reply read and write it freed. The sandbox holds each answer, so the PUT is out when its
    // connection goes.
    addFault({{QStringLiteral("method"), QStringLiteral("PUT")}, {QStringLiteral("path"), QStringLiteral("/computes/gone-\\d+$")},
              {QStringLiteral("kind"), QStringLiteral("delay")}, {QStringLiteral("delayMs"), 2000}, {QStringLiteral("count"), -1}});
    for (int i = 0; i < 10; ++i) {
        auto connection = sandboxConnection(m_sandbox);
        QNetworkAccessManager *nam = connection->networkAccessManager();
        const auto puts = [nam] {
            QList<QNetworkReply *> out;
            for (QNetworkReply *reply : nam->findChildren<QNetworkReply *>())
                if (reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray() == "PUT")
                    out.append(reply);
            return out;
        };
        arm::ArmRequest create;
        create.method = "PUT";
        create.pathOrUrl = kWorkspacePath + QStringLiteral("/computes/gone-%1").arg(i);
        create.apiVersion = kApi;
        create.body = aksCreateBody();
        create.isCreate = true;
        connection->send(create);
        QTRY_VERIFY_WITH_TIMEOUT(!puts().isEmpty(), 20000);
        connection.reset();
        for (QNetworkReply *reply : puts())
            QVERIFY2(reply->findChild<arm::OneShotBody *>(), "the body went before the reply that reads it");
        QTRY_VERIFY_WITH_TIMEOUT(puts().isEmpty(), 20000); // the aborted replies are deleted
    }
}

void TestFaults::wrongCaIsRefused()
{
    // A self-signed CA that did not sign the sandbox's certificate.
    const QString dir = qEnvironmentVariable("CW_TEST_TMPDIR");
    const QString wrongCa = dir + QStringLiteral("/wrong-ca.pem");
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), dir + QStringLiteral("/wrong-ca.key"), QStringLiteral("-out"), wrongCa,
                   QStringLiteral("-subj"), QStringLiteral("/CN=Not the sandbox CA"), QStringLiteral("-days"),
                   QStringLiteral("2")});
    QVERIFY(openssl.waitForFinished(20000));
    QCOMPARE(openssl.exitCode(), 0);

    const auto ep = m_sandbox.endpoint();
    const auto env = auth::CloudEnvironment::sandbox(ep.baseUrl, wrongCa);
    arm::ArmConnection connection(env, std::make_shared<auth::SandboxCredential>(ep.baseUrl, wrongCa, ep.tenantId,
                                                                                 ep.clientId, ep.clientSecret.toUtf8()));
    const auto response = sendAndWait(connection, get(kWorkspacePath));
    QVERIFY(response.error.has_value());
    // The token request is the first to meet the certificate; either way the message names it.
    QVERIFY2(response.error->humanMessage().contains(QStringLiteral("certificate")),
             qPrintable(response.error->humanMessage()));
    QCOMPARE(m_sandbox.countRequests("*", QStringLiteral("workspaces")), 0);

    // ARM directly (no credential involved) says the same.
    arm::ArmConnection anonymous(env, nullptr);
    const auto direct = sendAndWait(anonymous, get(kWorkspacePath));
    QVERIFY(direct.error.has_value());
    QCOMPARE(direct.error->kind, arm::ArmError::Kind::Tls);
    QCOMPARE(direct.attempts, 1); // a refused certificate is not retried
    QVERIFY(direct.error->humanMessage().contains(QStringLiteral("certificate")));
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
