// Each long-running-operation shape of the contract against the sandbox's operation engine.
#include "PipelineFixture.h"

#include "secrets/HttpTraceWriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

#include <algorithm>

using namespace cw;
using namespace cw::test;

namespace {
arm::LroResult waitResult(arm::LroPoller *poller, QSignalSpy *progress = nullptr, int timeoutMs = 30000)
{
    QSignalSpy done(poller, &arm::LroPoller::finished);
    poller->start();
    if (!done.wait(timeoutMs))
        return {};
    Q_UNUSED(progress);
    return done.at(0).at(0).value<arm::LroResult>();
}
} // namespace

class TestLro : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void asyncOperationPutThenFinalGet();
    void deleteAnswered202();
    void locationOnly();
    void provisioningStateOnly();
    void cancelThenResumeFromJson();
    void failedOperationCarriesProvisioningErrors();
    void pollsDueTogetherTakeTurns();

private:
    arm::ArmRequest createRequest(const QString &name) const;
    arm::LroPoller *startCreate(const QString &name, arm::ArmResponse *answer = nullptr);
    // Starts a create, starts waiting for it and stops waiting at once: every result the poller
    // finished with (one, Abandoned, carrying the state to resume from).
    QList<arm::LroResult> createThenStopWaiting(const QString &name);
    SandboxProcess m_sandbox;
    std::unique_ptr<arm::ArmConnection> m_connection;
    QString m_tracePath;
};

void TestLro::initTestCase()
{
    registerPipelineTypes();
    qRegisterMetaType<cw::arm::LroResult>();
    qRegisterMetaType<cw::arm::LroProgress>();
    QVERIFY(m_sandbox.start());
    // Its creates come on top of the seed's westeurope clusters (the Azure ML v2 seeds added
    // some); the regional quota is not what this test is about.
    m_sandbox.control("POST", QStringLiteral("/_sandbox/settings"),
                      QJsonDocument(QJsonObject{{QStringLiteral("regionalCoreQuota"), 100000}}));
    m_connection = sandboxConnection(m_sandbox);
    m_tracePath = qEnvironmentVariable("CW_TEST_TMPDIR") + QStringLiteral("/lro-trace.log");
    m_connection->setTracer(secrets::HttpTraceWriter::open(m_tracePath));
    QVERIFY(m_connection->tracer());
}

void TestLro::init()
{
    m_sandbox.control("DELETE", QStringLiteral("/_sandbox/requests"));
}

arm::ArmRequest TestLro::createRequest(const QString &name) const
{
    arm::ArmRequest request;
    request.method = "PUT";
    request.pathOrUrl = kWorkspacePath + QStringLiteral("/computes/") + name;
    request.apiVersion = kApi;
    request.body = aksCreateBody();
    request.isCreate = true;
    return request;
}

arm::LroPoller *TestLro::startCreate(const QString &name, arm::ArmResponse *answerOut)
{
    const arm::ArmRequest request = createRequest(name);
    const arm::ArmResponse answer = sendAndWait(*m_connection, request);
    if (answerOut)
        *answerOut = answer;
    auto *poller = arm::LroPoller::fromResponse(m_connection.get(), request, answer, this);
    poller->setDefaultIntervalMs(200);
    return poller;
}

QList<arm::LroResult> TestLro::createThenStopWaiting(const QString &name)
{
    arm::LroPoller *poller = startCreate(name);
    poller->setDefaultIntervalMs(5000);
    QSignalSpy done(poller, &arm::LroPoller::finished);
    poller->start();
    poller->cancel();
    QList<arm::LroResult> results;
    for (const QList<QVariant> &signal : std::as_const(done))
        results.append(signal.at(0).value<arm::LroResult>());
    return results;
}

void TestLro::asyncOperationPutThenFinalGet()
{
    arm::ArmResponse answer;
    arm::LroPoller *poller = startCreate(QStringLiteral("lro-async"), &answer);
    QCOMPARE(answer.httpStatus, 201);
    QVERIFY(!answer.header("Azure-AsyncOperation").isEmpty());
    QVERIFY(!poller->state().operationUrl.isEmpty());
    QSignalSpy progress(poller, &arm::LroPoller::progress);
    const arm::LroResult result = waitResult(poller);
    QVERIFY2(result.succeeded(), result.error ? qPrintable(result.error->rawDetail()) : "no result");
    QVERIFY(arm::isSuccessStatus(result.status));
    QVERIFY(!progress.isEmpty());
    const auto last = progress.last().at(0).value<arm::LroProgress>();
    QVERIFY(last.elapsedMs >= 0);
    QVERIFY(!last.status.isEmpty());
    // The final GET of the resource gave the compute, not the operation status.
    QCOMPARE(result.resource["name"].get<std::string>(), std::string("lro-async"));
    QCOMPARE(result.resource["properties"]["provisioningState"].get<std::string>(), std::string("Succeeded"));
    QVERIFY(m_sandbox.countRequests("GET", QStringLiteral("computeOperationsStatus")) >= 1);
    QVERIFY(m_sandbox.countRequests("GET", QStringLiteral("/computes/lro-async$")) >= 1);

    // Every poll re-sent the create's x-ms-client-request-id.
    QFile trace(m_tracePath);
    QVERIFY(trace.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(trace.readAll());
    const QRegularExpression pollLine(QStringLiteral(">> \\[([^\\]]+)\\] GET \\S*computeOperationsStatus"));
    int polls = 0;
    for (auto it = pollLine.globalMatch(text); it.hasNext();) {
        QCOMPARE(it.next().captured(1), answer.clientRequestId);
        ++polls;
    }
    QVERIFY(polls >= 1);
}

void TestLro::deleteAnswered202()
{
    QVERIFY(waitResult(startCreate(QStringLiteral("lro-del"))).succeeded());
    arm::ArmRequest remove;
    remove.method = "DELETE";
    remove.pathOrUrl = kWorkspacePath + QStringLiteral("/computes/lro-del?underlyingResourceAction=Detach");
    remove.apiVersion = kApi;
    const auto answer = sendAndWait(*m_connection, remove);
    QCOMPARE(answer.httpStatus, 202);
    auto *poller = arm::LroPoller::fromResponse(m_connection.get(), remove, answer, this);
    poller->setDefaultIntervalMs(200);
    const auto result = waitResult(poller);
    QVERIFY2(result.succeeded(), result.error ? qPrintable(result.error->rawDetail()) : "no result");
    QCOMPARE(sendAndWait(*m_connection, get(kWorkspacePath + QStringLiteral("/computes/lro-del"))).httpStatus, 404);
}

void TestLro::locationOnly()
{
    QVERIFY(waitResult(startCreate(QStringLiteral("lro-loc"))).succeeded());
    m_sandbox.control("DELETE", QStringLiteral("/_sandbox/requests"));
    arm::ArmRequest remove;
    remove.method = "DELETE";
    remove.pathOrUrl = kWorkspacePath + QStringLiteral("/computes/lro-loc?underlyingResourceAction=Detach");
    remove.apiVersion = kApi;
    const auto answer = sendAndWait(*m_connection, remove);
    QCOMPARE(answer.httpStatus, 202);
    // A service that sends only Location: drop Azure-AsyncOperation from the state.
    arm::LroState state = arm::LroPoller::fromResponse(m_connection.get(), remove, answer, this)->state();
    QVERIFY(!state.locationUrl.isEmpty());
    state.operationUrl.clear();
    auto *poller = arm::LroPoller::resume(m_connection.get(), state, this);
    poller->setDefaultIntervalMs(200);
    const auto result = waitResult(poller);
    QVERIFY2(result.succeeded(), result.error ? qPrintable(result.error->rawDetail()) : "no result");
    QVERIFY(m_sandbox.countRequests("GET", QStringLiteral("computeOperationsResults")) >= 1);
    QCOMPARE(m_sandbox.countRequests("GET", QStringLiteral("computeOperationsStatus")), 0);
}

void TestLro::provisioningStateOnly()
{
    arm::ArmResponse answer;
    arm::LroState state = startCreate(QStringLiteral("lro-prov"), &answer)->state();
    QCOMPARE(answer.httpStatus, 201);
    // A service that sends neither header: follow properties.provisioningState on the resource.
    state.operationUrl.clear();
    state.locationUrl.clear();
    auto *poller = arm::LroPoller::resume(m_connection.get(), state, this);
    poller->setDefaultIntervalMs(100);
    const auto result = waitResult(poller);
    QVERIFY2(result.succeeded(), result.error ? qPrintable(result.error->rawDetail()) : "no result");
    QCOMPARE(result.resource["properties"]["provisioningState"].get<std::string>(), std::string("Succeeded"));
    QCOMPARE(m_sandbox.countRequests("GET", QStringLiteral("computeOperations")), 0);
}

void TestLro::cancelThenResumeFromJson()
{
    const QList<arm::LroResult> done = createThenStopWaiting(QStringLiteral("lro-resume"));
    QCOMPARE(done.size(), 1);
    const arm::LroResult &abandoned = done.first();
    QCOMPARE(abandoned.outcome, arm::LroResult::Outcome::Abandoned);

    // Persisted as JSON text (what the journal does) and read back.
    const std::string persisted = abandoned.state.toJson().dump();
    const auto restored = arm::LroState::fromJson(nlohmann::json::parse(persisted));
    QVERIFY(restored.has_value());
    auto *resumed = arm::LroPoller::resume(m_connection.get(), *restored, this);
    resumed->setDefaultIntervalMs(200);
    const auto result = waitResult(resumed);
    QVERIFY2(result.succeeded(), result.error ? qPrintable(result.error->rawDetail()) : "no result");
    QCOMPARE(result.state.clientRequestId, abandoned.state.clientRequestId);
    QCOMPARE(result.resource["name"].get<std::string>(), std::string("lro-resume"));
}

void TestLro::failedOperationCarriesProvisioningErrors()
{
    m_sandbox.control("POST", QStringLiteral("/_sandbox/operations/fail-next"),
                      jsonDoc(R"({"path":"lro-fail","errors":[{"code":"BadArgument","message":"Specified kubernetes version 1.12.4 is not supported."}]})"));
    const auto result = waitResult(startCreate(QStringLiteral("lro-fail")));
    QCOMPARE(result.outcome, arm::LroResult::Outcome::Failed);
    QVERIFY(result.error.has_value());
    const QString everything = result.error->humanMessage() + result.error->rawDetail();
    QVERIFY2(everything.contains(QStringLiteral("1.12.4")), qPrintable(everything));
    QCOMPARE(QString::fromStdString(result.resource["properties"]["provisioningState"].get<std::string>()),
             QStringLiteral("Failed"));
}

// Operations whose polls fall due together poll their connection's turns (arm/PollSpacing):
// ten resumed at once send their status polls at least PollSpacing::kSpacingMs apart, so their
// answers cannot arrive in one burst. Each still ends with its result.
void TestLro::pollsDueTogetherTakeTurns()
{
    const QList<arm::LroResult> abandoned = createThenStopWaiting(QStringLiteral("lro-turns"));
    QCOMPARE(abandoned.size(), 1);
    const arm::LroState state = abandoned.first().state;
    QVERIFY(!state.operationUrl.isEmpty());

    QElapsedTimer clock;
    QList<qint64> answeredAt;
    const QString opPath = QUrl(state.operationUrl).path();
    auto once = connect(m_connection->networkAccessManager(), &QNetworkAccessManager::finished, this,
                        [&](QNetworkReply *reply) {
                            if (reply->url().path() == opPath)
                                answeredAt.append(clock.elapsed());
                        });
    constexpr int kPollers = 10;
    QList<QSignalSpy *> done;
    clock.start();
    for (int i = 0; i < kPollers; ++i) {
        auto *poller = arm::LroPoller::resume(m_connection.get(), state, this);
        poller->setDefaultIntervalMs(200);
        done.append(new QSignalSpy(poller, &arm::LroPoller::finished));
        poller->start(); // a resumed operation polls at once: all ten are due now
    }
    for (QSignalSpy *spy : std::as_const(done))
        QVERIFY(spy->count() == 1 || spy->wait(30000));
    disconnect(once);
    for (QSignalSpy *spy : std::as_const(done)) {
        QVERIFY(spy->at(0).at(0).value<arm::LroResult>().succeeded());
        delete spy;
    }
    QVERIFY(answeredAt.size() >= kPollers);
    std::sort(answeredAt.begin(), answeredAt.end());
    // The first ten polls were sent 9 turns apart from first to last; their answers, each at
    // least its send, span most of that (the first answer's own round trip aside).
    const qint64 span = answeredAt.at(kPollers - 1) - answeredAt.first();
    qInfo("ten polls due together were answered over %lld ms", qlonglong(span));
    QVERIFY2(span >= (kPollers - 1) * arm::PollSpacing::kSpacingMs / 2, qPrintable(QString::number(span)));
}

QTEST_GUILESS_MAIN(TestLro)
#include "tst_lro.moc"
