// Fault injection (status with Retry-After, 500/503, dropped connection, delay, malformed body,
// method filter, clearing), control-API validation and the request log.
#include "SandboxTestUtil.h"

#include <QElapsedTimer>

using namespace cw::test;

class TestSandboxFaults : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sbx.start({QStringLiteral("--fresh")})); }
    void init()
    {
        m_sbx.accessToken(); // fetched before any fault is armed
        m_sbx.control("DELETE", QStringLiteral("/faults"));
    }
    void statusFaults_data();
    void statusFaults();
    void droppedConnection();
    void delayedAnswer();
    void malformedBody();
    void methodFilterAndClear();
    void invalidFaultsAndSettingsAreRefused_data();
    void invalidFaultsAndSettingsAreRefused();
    void requestLog();

private:
    QString target() const { return computePath(m_sbx, QStringLiteral("tls-prod")); }
    QJsonDocument fault(const QJsonObject &spec) { return m_sbx.control("POST", QStringLiteral("/faults"), QJsonDocument(spec)); }
    SandboxProcess m_sbx;
};

void TestSandboxFaults::statusFaults_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("retryAfter");
    QTest::addColumn<QString>("code");
    QTest::newRow("429 throttled") << 429 << QStringLiteral("2") << QStringLiteral("TooManyRequests");
    QTest::newRow("500") << 500 << QString() << QStringLiteral("InternalServerError");
    QTest::newRow("503 with retry") << 503 << QStringLiteral("1") << QStringLiteral("ServiceUnavailable");
}

void TestSandboxFaults::statusFaults()
{
    QFETCH(int, status);
    QFETCH(QString, retryAfter);
    QFETCH(QString, code);
    QJsonObject spec{{QStringLiteral("method"), QStringLiteral("GET")}, {QStringLiteral("path"), QStringLiteral("/computes/tls-prod$")},
                     {QStringLiteral("kind"), QStringLiteral("status")}, {QStringLiteral("status"), status}, {QStringLiteral("count"), 2}};
    if (!retryAfter.isEmpty())
        spec.insert(QStringLiteral("retryAfter"), retryAfter);
    QVERIFY(fault(spec).object().value(QStringLiteral("id")).toInt() > 0);
    for (int i = 0; i < 2; ++i) {
        const HttpResult r = m_sbx.arm("GET", target());
        QCOMPARE(r.status, status);
        QCOMPARE(armErrorCode(r), code);
        QCOMPARE(QString::fromLatin1(r.header("Retry-After")), retryAfter);
    }
    QCOMPARE(m_sbx.arm("GET", target()).status, 200); // count exhausted
}

void TestSandboxFaults::droppedConnection()
{
    fault({{QStringLiteral("method"), QStringLiteral("*")}, {QStringLiteral("path"), QStringLiteral("/computes/tls-prod$")},
           {QStringLiteral("kind"), QStringLiteral("drop")}, {QStringLiteral("count"), -1}});
    // Qt resends an idempotent request once when a kept-alive connection closes: drop them all.
    const HttpResult dropped = m_sbx.arm("GET", target());
    QCOMPARE(dropped.status, 0);
    QVERIFY(!dropped.networkError.isEmpty());
    m_sbx.control("DELETE", QStringLiteral("/faults"));
    QCOMPARE(m_sbx.arm("GET", target()).status, 200);
    QCOMPARE(m_sbx.countRequests("GET", QStringLiteral("/computes/tls-prod$")) >= 2, true);
}

void TestSandboxFaults::delayedAnswer()
{
    fault({{QStringLiteral("path"), QStringLiteral("/computes/tls-prod$")}, {QStringLiteral("kind"), QStringLiteral("delay")},
           {QStringLiteral("delayMs"), 400}, {QStringLiteral("count"), 1}});
    QElapsedTimer clock;
    clock.start();
    const HttpResult slow = m_sbx.arm("GET", target());
    QCOMPARE(slow.status, 200);
    QVERIFY(clock.elapsed() >= 400);
    QVERIFY(slow.json().isObject());
}

void TestSandboxFaults::malformedBody()
{
    fault({{QStringLiteral("path"), QStringLiteral("/computes$")}, {QStringLiteral("kind"), QStringLiteral("malformed")}});
    const HttpResult r = m_sbx.arm("GET", wsPath(m_sbx) + QStringLiteral("/computes?api-version=2022-10-01"));
    QCOMPARE(r.status, 200);
    QJsonParseError error;
    QJsonDocument::fromJson(r.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TestSandboxFaults::methodFilterAndClear()
{
    fault({{QStringLiteral("method"), QStringLiteral("PUT")}, {QStringLiteral("path"), QStringLiteral("/computes/")},
           {QStringLiteral("status"), 503}, {QStringLiteral("count"), -1}});
    QCOMPARE(m_sbx.arm("GET", target()).status, 200);
    QCOMPARE(m_sbx.arm("PUT", computePath(m_sbx, QStringLiteral("blocked")), jsonBytes(createBody())).status, 503);
    QCOMPARE(m_sbx.arm("PUT", computePath(m_sbx, QStringLiteral("blocked")), jsonBytes(createBody())).status, 503);
    QCOMPARE(m_sbx.control("GET", QStringLiteral("/faults")).array().size(), 1);
    m_sbx.control("DELETE", QStringLiteral("/faults"));
    QCOMPARE(m_sbx.control("GET", QStringLiteral("/faults")).array().size(), 0);
    QCOMPARE(m_sbx.arm("PUT", computePath(m_sbx, QStringLiteral("blocked")), jsonBytes(createBody())).status, 201);
    // Faults never hit the control API itself.
    fault({{QStringLiteral("path"), QStringLiteral(".*")}, {QStringLiteral("status"), 500}, {QStringLiteral("count"), -1}});
    QVERIFY(m_sbx.control("GET", QStringLiteral("/faults")).isArray());
}

void TestSandboxFaults::invalidFaultsAndSettingsAreRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("unknown kind") << QStringLiteral("/_sandbox/faults") << QByteArray(R"({"kind":"explode"})");
    QTest::newRow("bad regex") << QStringLiteral("/_sandbox/faults") << QByteArray(R"({"path":"("})");
    QTest::newRow("bad status") << QStringLiteral("/_sandbox/faults") << QByteArray(R"({"status":42})");
    QTest::newRow("wrong type") << QStringLiteral("/_sandbox/faults") << QByteArray(R"({"status":"often"})");
    QTest::newRow("unknown setting") << QStringLiteral("/_sandbox/settings") << QByteArray(R"({"warp":9})");
    QTest::newRow("negative page size") << QStringLiteral("/_sandbox/settings") << QByteArray(R"({"pageSize":-1})");
    QTest::newRow("not json") << QStringLiteral("/_sandbox/settings") << QByteArray("{nope");
}

void TestSandboxFaults::invalidFaultsAndSettingsAreRefused()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    const HttpResult r = m_sbx.call("POST", path, body, {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, 400);
    QVERIFY(!armErrorMessage(r).isEmpty());
}

void TestSandboxFaults::requestLog()
{
    m_sbx.control("DELETE", QStringLiteral("/requests"));
    QCOMPARE(m_sbx.requests().size(), 0);
    const HttpResult ok = m_sbx.arm("GET", target());
    const HttpResult missing = m_sbx.arm("GET", computePath(m_sbx, QStringLiteral("absent")));
    QCOMPARE(missing.status, 404);
    const QJsonArray log = m_sbx.requests();
    QCOMPARE(log.size(), 2);
    const QJsonObject first = log.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(first.value(QStringLiteral("path")).toString(), wsPath(m_sbx) + QStringLiteral("/computes/tls-prod"));
    QCOMPARE(first.value(QStringLiteral("query")).toString(), QStringLiteral("api-version=2022-10-01"));
    QCOMPARE(first.value(QStringLiteral("status")).toInt(), 200);
    QVERIFY(first.value(QStringLiteral("latencyMs")).toDouble() >= 0);
    QCOMPARE(first.value(QStringLiteral("requestId")).toString(), QString::fromLatin1(ok.header("x-ms-request-id")));
    QCOMPARE(log.at(1).toObject().value(QStringLiteral("status")).toInt(), 404);
    QVERIFY(first.value(QStringLiteral("connection")).toInt() > 0);
    QCOMPARE(first.keys().size(), 7); // never bodies or headers

    // A token request is logged without its form body (which holds the client secret).
    SandboxProcess &sbx = m_sbx;
    const QString secret = sbx.endpoint().clientSecret;
    HttpResult token = sbx.call("POST", QStringLiteral("/%1/oauth2/v2.0/token").arg(sbx.endpoint().tenantId),
                                "grant_type=client_credentials&client_id=" + sbx.endpoint().clientId.toUtf8() + "&client_secret=" + secret.toUtf8()
                                    + "&scope=https%3A%2F%2Fmanagement.azure.com%2F.default",
                                {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(token.status, 200);
    const QByteArray dump = QJsonDocument(m_sbx.requests()).toJson();
    QVERIFY(dump.contains("/oauth2/v2.0/token"));
    QVERIFY(!dump.contains(secret.toUtf8()));
    QVERIFY(!dump.contains(token.json().object().value(QStringLiteral("access_token")).toString().toUtf8()));
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_SandboxFaults.moc"
