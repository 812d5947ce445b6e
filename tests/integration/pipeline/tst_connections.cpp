// How many TCP connections (each one a TLS handshake) the pipeline opens to the sandbox: the
// token request, a create's PUT, its polls and the final GET go over one kept-alive connection.
// The sandbox's request log names the connection each request came on (its accept order).
#include "PipelineFixture.h"

#include <QJsonArray>
#include <QSet>

using namespace cw;
using namespace cw::test;

class TestConnections : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void aCreateItsPollsAndTheTokenShareOneConnection();
    void readsAfterParallelOnesReuseTheirConnections();

private:
    // The connections the logged requests came on, in log order (one entry per request).
    QList<qint64> connectionsOfLoggedRequests(QStringList *what = nullptr);
    SandboxProcess m_sandbox;
};

void TestConnections::initTestCase()
{
    registerPipelineTypes();
    qRegisterMetaType<cw::arm::LroResult>();
    QVERIFY(m_sandbox.start());
}

void TestConnections::init()
{
    m_sandbox.control("DELETE", QStringLiteral("/_sandbox/requests"));
}

QList<qint64> TestConnections::connectionsOfLoggedRequests(QStringList *what)
{
    QList<qint64> connections;
    for (const QJsonValue &entry : m_sandbox.requests()) {
        const QJsonObject request = entry.toObject();
        connections.append(request.value(QLatin1String("connection")).toInteger());
        if (what)
            what->append(QStringLiteral("%1 %2 #%3")
                             .arg(request.value(QLatin1String("method")).toString(),
                                  request.value(QLatin1String("path")).toString().section(QLatin1Char('/'), -2))
                             .arg(connections.last()));
    }
    return connections;
}

// A fresh process's first create: the token request (the sandbox serves Azure AD on its ARM port),
// the PUT, every poll of its Azure-AsyncOperation and the final GET reuse the first connection.
// While the Azure AD client had a network manager of its own, the token took a second one.
void TestConnections::aCreateItsPollsAndTheTokenShareOneConnection()
{
    auto connection = sandboxConnection(m_sandbox); // a new credential: no token yet
    arm::ArmRequest create;
    create.method = "PUT";
    create.pathOrUrl = kWorkspacePath + QStringLiteral("/computes/conn-one");
    create.apiVersion = kApi;
    create.body = aksCreateBody();
    create.isCreate = true;
    const arm::ArmResponse answer = sendAndWait(*connection, create);
    QCOMPARE(answer.httpStatus, 201);
    QVERIFY(!answer.header("Azure-AsyncOperation").isEmpty());

    auto *poller = arm::LroPoller::fromResponse(connection.get(), create, answer, this);
    poller->setDefaultIntervalMs(200);
    QSignalSpy done(poller, &arm::LroPoller::finished);
    poller->start();
    QVERIFY(done.wait(30000));
    const auto result = done.at(0).at(0).value<arm::LroResult>();
    QVERIFY2(result.succeeded(), result.error ? qPrintable(result.error->rawDetail()) : "no result");
    QCOMPARE(connection->credential()->fetchCount(), 1);
    QVERIFY(m_sandbox.countRequests("POST", QStringLiteral("oauth2")) == 1);
    QVERIFY(m_sandbox.countRequests("GET", QStringLiteral("computeOperationsStatus")) >= 1);

    QStringList what;
    const QList<qint64> connections = connectionsOfLoggedRequests(&what);
    QVERIFY2(connections.size() >= 4, qPrintable(what.join(QLatin1String(", ")))); // token, PUT, poll(s), GET
    QVERIFY2(!connections.contains(0), qPrintable(what.join(QLatin1String(", "))));
    QVERIFY2(QSet<qint64>(connections.cbegin(), connections.cend()).size() == 1, qPrintable(what.join(QLatin1String(", "))));
}

// HTTP/1.1 carries one request at a time per connection: reads sent together each need one (the
// sandbox, like Azure, keeps them alive). Later reads reuse those instead of opening new ones.
void TestConnections::readsAfterParallelOnesReuseTheirConnections()
{
    auto connection = sandboxConnection(m_sandbox);
    QCOMPARE(sendAndWait(*connection, get(kWorkspacePath)).httpStatus, 200);
    QSignalSpy first(connection->send(get(kWorkspacePath + QStringLiteral("/computes"))), &arm::ArmJob::finished);
    QSignalSpy second(connection->send(get(kWorkspacePath)), &arm::ArmJob::finished);
    QTRY_COMPARE_WITH_TIMEOUT(first.size() + second.size(), 2, 30000);
    const QList<qint64> before = connectionsOfLoggedRequests();
    const QSet<qint64> opened(before.cbegin(), before.cend());
    QVERIFY(opened.size() <= 2);

    for (int i = 0; i < 5; ++i)
        QCOMPARE(sendAndWait(*connection, get(kWorkspacePath)).httpStatus, 200);
    QStringList what;
    const QList<qint64> after = connectionsOfLoggedRequests(&what);
    QCOMPARE(after.size(), before.size() + 5);
    for (qsizetype i = before.size(); i < after.size(); ++i)
        QVERIFY2(opened.contains(after.at(i)), qPrintable(what.join(QLatin1String(", "))));
}

QTEST_GUILESS_MAIN(TestConnections)
#include "tst_connections.moc"
