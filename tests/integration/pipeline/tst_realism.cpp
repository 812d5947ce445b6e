// The client's long-running-operation and error paths against the answers real Azure ML gives
// and the sandbox now gives too (issue 12, defect 4): an update PUT answered 200 + body (done at
// once) or 201 without operation headers (poll the resource), a failed operation's Location
// answering the failure, and errors wrapped as UserError/ServiceError.
#include "PipelineFixture.h"

using namespace cw;
using namespace cw::test;

namespace {
arm::LroResult waitResult(arm::LroPoller *poller, int timeoutMs = 30000)
{
    QSignalSpy done(poller, &arm::LroPoller::finished);
    poller->start();
    if (!done.wait(timeoutMs))
        return {};
    return done.at(0).at(0).value<arm::LroResult>();
}

QString describe(const arm::LroResult &result)
{
    return result.error ? result.error->code + QStringLiteral(": ") + result.error->rawDetail() : QStringLiteral("no error");
}
} // namespace

class TestRealism : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void updateAnswered200IsDoneAtOnce();
    void updateWithoutOperationHeadersPollsTheResource();
    void failedLocationIsAFailure();
    void wrappedErrorsKeepTheirCode_data();
    void wrappedErrorsKeepTheirCode();

private:
    arm::ArmRequest putRequest(const QString &name, const nlohmann::json &body, bool isCreate) const;
    arm::LroResult run(const arm::ArmRequest &request, arm::ArmResponse *answerOut = nullptr);
    nlohmann::json updateBody(const QString &name, int agentCount);
    void settings(const QJsonObject &values)
    {
        m_sandbox.control("POST", QStringLiteral("/_sandbox/settings"), QJsonDocument(values));
    }
    SandboxProcess m_sandbox;
    std::unique_ptr<arm::ArmConnection> m_connection;
};

void TestRealism::initTestCase()
{
    registerPipelineTypes();
    qRegisterMetaType<cw::arm::LroResult>();
    qRegisterMetaType<cw::arm::LroProgress>();
    QVERIFY(m_sandbox.start());
    m_connection = sandboxConnection(m_sandbox);
}

void TestRealism::init()
{
    settings({{QStringLiteral("errorShape"), QStringLiteral("flat")}, {QStringLiteral("updateReply"), QStringLiteral("async")},
              {QStringLiteral("regionalCoreQuota"), 100000}, {QStringLiteral("speed"), 0.05}});
    m_sandbox.control("DELETE", QStringLiteral("/_sandbox/requests"));
}

arm::ArmRequest TestRealism::putRequest(const QString &name, const nlohmann::json &body, bool isCreate) const
{
    arm::ArmRequest request;
    request.method = "PUT";
    request.pathOrUrl = kWorkspacePath + QStringLiteral("/computes/") + name;
    request.apiVersion = kApi;
    request.body = body;
    request.isCreate = isCreate;
    return request;
}

arm::LroResult TestRealism::run(const arm::ArmRequest &request, arm::ArmResponse *answerOut)
{
    const arm::ArmResponse answer = sendAndWait(*m_connection, request);
    if (answerOut)
        *answerOut = answer;
    auto *poller = arm::LroPoller::fromResponse(m_connection.get(), request, answer, this);
    poller->setDefaultIntervalMs(100);
    return waitResult(poller);
}

nlohmann::json TestRealism::updateBody(const QString &name, int agentCount)
{
    const arm::ArmResponse current = sendAndWait(*m_connection, get(kWorkspacePath + QStringLiteral("/computes/") + name));
    nlohmann::json body = aksCreateBody();
    body["properties"]["resourceId"] = current.json()["properties"].value("resourceId", std::string());
    body["properties"]["properties"]["agentCount"] = agentCount;
    return body;
}

void TestRealism::updateAnswered200IsDoneAtOnce()
{
    QVERIFY(run(putRequest(QStringLiteral("real-sync"), aksCreateBody(), true)).succeeded());
    settings({{QStringLiteral("updateReply"), QStringLiteral("sync")}});
    const arm::ArmRequest update = putRequest(QStringLiteral("real-sync"), updateBody(QStringLiteral("real-sync"), 4), false);
    m_sandbox.control("DELETE", QStringLiteral("/_sandbox/requests"));
    arm::ArmResponse answer;
    const arm::LroResult result = run(update, &answer);
    QCOMPARE(answer.httpStatus, 200);
    QVERIFY(answer.header("Azure-AsyncOperation").isEmpty());
    QVERIFY2(result.succeeded(), qPrintable(describe(result)));
    QCOMPARE(result.resource["properties"]["properties"]["agentCount"].get<int>(), 4);
    QCOMPARE(result.resource["properties"]["provisioningState"].get<std::string>(), std::string("Succeeded"));
    // Done from the PUT's answer alone: nothing polled.
    QCOMPARE(m_sandbox.countRequests("GET", QStringLiteral("computeOperations|/computes/real-sync$")), 0);
}

void TestRealism::updateWithoutOperationHeadersPollsTheResource()
{
    QVERIFY(run(putRequest(QStringLiteral("real-poll"), aksCreateBody(), true)).succeeded());
    settings({{QStringLiteral("updateReply"), QStringLiteral("poll")}, {QStringLiteral("speed"), 0.2}});
    const arm::ArmRequest update = putRequest(QStringLiteral("real-poll"), updateBody(QStringLiteral("real-poll"), 5), false);
    m_sandbox.control("DELETE", QStringLiteral("/_sandbox/requests"));
    arm::ArmResponse answer;
    const arm::LroResult result = run(update, &answer);
    QCOMPARE(answer.httpStatus, 201);
    QVERIFY(answer.header("Azure-AsyncOperation").isEmpty());
    QVERIFY(answer.header("Location").isEmpty());
    QVERIFY2(result.succeeded(), qPrintable(describe(result)));
    QCOMPARE(result.resource["properties"]["properties"]["agentCount"].get<int>(), 5);
    // The client followed properties.provisioningState on the resource itself.
    QVERIFY(m_sandbox.countRequests("GET", QStringLiteral("/computes/real-poll$")) >= 1);
    QCOMPARE(m_sandbox.countRequests("GET", QStringLiteral("computeOperations")), 0);
}

void TestRealism::failedLocationIsAFailure()
{
    QVERIFY(run(putRequest(QStringLiteral("real-locfail"), aksCreateBody(), true)).succeeded());
    m_sandbox.control("POST", QStringLiteral("/_sandbox/operations/fail-next"),
                      jsonDoc(R"({"path":"real-locfail$","errors":[{"code":"BadArgument","message":"The cluster refused the detach."}]})"));
    arm::ArmRequest remove;
    remove.method = "DELETE";
    remove.pathOrUrl = kWorkspacePath + QStringLiteral("/computes/real-locfail?underlyingResourceAction=Detach");
    remove.apiVersion = kApi;
    const arm::ArmResponse answer = sendAndWait(*m_connection, remove);
    QCOMPARE(answer.httpStatus, 202);
    // A service that sends only Location (as many do for DELETE).
    arm::LroState state = arm::LroPoller::fromResponse(m_connection.get(), remove, answer, this)->state();
    state.operationUrl.clear();
    QVERIFY(!state.locationUrl.isEmpty());
    auto *poller = arm::LroPoller::resume(m_connection.get(), state, this);
    poller->setDefaultIntervalMs(100);
    const arm::LroResult result = waitResult(poller);
    QCOMPARE(result.outcome, arm::LroResult::Outcome::Failed); // was Succeeded: the Location answered 200
    QVERIFY(result.error.has_value());
    QCOMPARE(result.error->code, QStringLiteral("BadArgument"));
    QVERIFY2(result.error->humanMessage().contains(QStringLiteral("refused the detach")), qPrintable(result.error->humanMessage()));
    QVERIFY(m_sandbox.countRequests("GET", QStringLiteral("computeOperationsResults")) >= 1);
}

void TestRealism::wrappedErrorsKeepTheirCode_data()
{
    QTest::addColumn<QString>("shape");
    QTest::newRow("flat") << QStringLiteral("flat");
    QTest::newRow("wrapped") << QStringLiteral("wrapped");
    QTest::newRow("innerError") << QStringLiteral("innerError");
}

void TestRealism::wrappedErrorsKeepTheirCode()
{
    QFETCH(QString, shape);
    settings({{QStringLiteral("errorShape"), shape}});
    const QString name = QStringLiteral("real-q-") + shape.toLower();
    // A failed operation (status document's error) with a code the app has its own sentence for.
    m_sandbox.control("POST", QStringLiteral("/_sandbox/operations/fail-next"),
                      QJsonDocument(QJsonObject{{QStringLiteral("path"), QString(name + QStringLiteral("$"))},
                                                {QStringLiteral("errors"), QJsonArray{QJsonObject{
                                                     {QStringLiteral("code"), QStringLiteral("QuotaExceeded")},
                                                     {QStringLiteral("message"), QStringLiteral("Operation results in exceeding approved Total Regional Cores quota.")}}}}}));
    const arm::LroResult failed = run(putRequest(name, aksCreateBody(), true));
    QCOMPARE(failed.outcome, arm::LroResult::Outcome::Failed);
    QVERIFY(failed.error.has_value());
    QCOMPARE(failed.error->code, QStringLiteral("QuotaExceeded"));
    QCOMPARE(failed.error->wrapperCode, shape == QLatin1String("flat") ? QString() : QStringLiteral("UserError"));
    QVERIFY2(failed.error->humanMessage().contains(QStringLiteral("quota is too small")), qPrintable(failed.error->humanMessage()));

    // A PUT-time refusal: same code, HTTP status (what the CLI's exit code is made of) and sentence.
    const arm::ArmResponse refused = sendAndWait(*m_connection, putRequest(QStringLiteral("x"), aksCreateBody(), true));
    QVERIFY(refused.error.has_value());
    QCOMPARE(refused.error->httpStatus, 400);
    QCOMPARE(refused.error->code, QStringLiteral("BadArgument"));
    QVERIFY2(refused.error->humanMessage().contains(QStringLiteral("Azure refused the request as invalid")),
             qPrintable(refused.error->humanMessage()));
}

QTEST_GUILESS_MAIN(TestRealism)
#include "tst_realism.moc"
