// The sandbox stays up and answers through hostile or broken clients (issue 17, items 11 and 12):
// deeply nested JSON, oversized heads and bodies, malformed framing, idle connections, the
// connection cap. Raw QSslSocket clients on loopback; the sandbox runs as its own process.
#include "SandboxTestUtil.h"

#include <QElapsedTimer>
#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>
#include <memory>
#include <vector>

using namespace cw::test;

namespace {

// {"a":[{"a":[ ... ]}]} nested `levels` deep.
QByteArray nested(int levels)
{
    QByteArray text;
    text.reserve(levels * 6);
    for (int i = 0; i < levels; ++i)
        text += (i % 2 == 0) ? "{\"a\":" : "[";
    text += '1';
    for (int i = levels - 1; i >= 0; --i)
        text += (i % 2 == 0) ? "}" : "]";
    return text;
}

struct RawResponse {
    int status = 0; // 0 = none
    QByteArray head;
    QByteArray body;
};

// One HTTPS connection that sends bytes as given and reads answers as they come.
class RawClient {
public:
    explicit RawClient(const SandboxProcess &sbx)
    {
        m_socket.setSslConfiguration(sbx.sslConfiguration());
        QObject::connect(&m_socket, &QIODevice::readyRead, [this] { m_in += m_socket.readAll(); });
        m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), sbx.endpoint().port);
    }
    bool encrypted(int timeoutMs = 5000)
    {
        return QTest::qWaitFor([this] { return m_socket.isEncrypted(); }, timeoutMs);
    }
    void send(const QByteArray &bytes) { m_socket.write(bytes); }
    // The next complete answer (Content-Length framed), or status 0 after the timeout.
    RawResponse next(int timeoutMs = 5000)
    {
        RawResponse r;
        if (!QTest::qWaitFor([&] { return take(&r); }, timeoutMs))
            r = {};
        return r;
    }
    bool closedByPeer(int timeoutMs)
    {
        return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
    }
    QSslSocket &socket() { return m_socket; }

private:
    bool take(RawResponse *r)
    {
        const qsizetype end = m_in.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QByteArray head = m_in.left(end);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (m_in.size() < end + 4 + length)
            return false;
        r->head = head;
        r->status = head.mid(9, 3).toInt();
        r->body = m_in.mid(end + 4, length);
        m_in.remove(0, end + 4 + length);
        return true;
    }

    QSslSocket m_socket;
    QByteArray m_in;
};

QByteArray errorCode(const RawResponse &r)
{
    return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("error")).toObject()
        .value(QStringLiteral("code")).toString().toLatin1();
}

} // namespace

class TestSandboxLimits : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sbx.start({QStringLiteral("--fresh")})); }
    void deeplyNestedJsonIsRefused();
    void oversizedHeadIsRefusedAndOthersAreServed();
    void bodyOverTheLimitIs413();
    void malformedFramingIs400_data();
    void malformedFramingIs400();
    void keepAliveClientStillWorks();
    void pipelinedRequestsAreRefusedNotMerged();
    void idleConnectionsDoNotBlockNewClients();
    void connectionsOverTheCapAreClosedAtOnce();

private:
    QByteArray openIdGet() const
    {
        return "GET /" + m_sbx.endpoint().tenantId.toLatin1() + "/v2.0/.well-known/openid-configuration HTTP/1.1\r\n"
               "Host: 127.0.0.1\r\n\r\n";
    }
    QByteArray authorizedPut(const QString &name, const QByteArray &framingHeaders, const QByteArray &body)
    {
        const QUrl url(m_sbx.endpoint().baseUrl.toString() + computePath(m_sbx, name));
        return "PUT " + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) + " HTTP/1.1\r\n"
               "Host: 127.0.0.1\r\nAuthorization: Bearer " + m_sbx.accessToken().toLatin1() + "\r\n"
               "Content-Type: application/json\r\n" + framingHeaders + "\r\n" + body;
    }
    // A GET on a fresh connection answers within `ms`.
    bool answersWithin(int ms)
    {
        QElapsedTimer clock;
        clock.start();
        RawClient client(m_sbx);
        if (!client.encrypted(ms))
            return false;
        client.send(openIdGet());
        return client.next(ms - int(clock.elapsed())).status == 200 && clock.elapsed() < ms;
    }
    SandboxProcess m_sbx;
};

void TestSandboxLimits::deeplyNestedJsonIsRefused()
{
    const QByteArray hostile = nested(100000);
    // ARM: an authenticated PUT of a compute whose body nests 100,000 levels (~600 KB).
    QByteArray body = jsonBytes(createBody(3));
    body.insert(body.lastIndexOf('}'), ",\"tags\":" + hostile);
    const HttpResult put = m_sbx.arm("PUT", computePath(m_sbx, QStringLiteral("deep1")), body);
    QCOMPARE(put.status, 400);
    QCOMPARE(armErrorCode(put), QStringLiteral("InvalidRequestContent"));
    QVERIFY2(armErrorMessage(put).contains(QLatin1String("nested more than 32 levels")), qPrintable(armErrorMessage(put)));
    // 33 levels are refused as well (the document itself is the first); a normal body still works.
    QByteArray body33 = jsonBytes(createBody(3));
    body33.insert(body33.lastIndexOf('}'), ",\"tags\":" + nested(32));
    QCOMPARE(m_sbx.arm("PUT", computePath(m_sbx, QStringLiteral("deep2")), body33).status, 400);

    // Azure AD's token endpoint and the control API.
    const HttpResult token = m_sbx.call("POST", m_sbx.endpoint().baseUrl.toString() + QLatin1Char('/')
                                        + m_sbx.endpoint().tenantId + QStringLiteral("/oauth2/v2.0/token"), hostile,
                                        {{"Content-Type", "application/json"}});
    QCOMPARE(token.status, 400);
    const HttpResult control = m_sbx.call("POST", m_sbx.endpoint().baseUrl.toString() + QStringLiteral("/_sandbox/faults"),
                                          hostile, {{"Content-Type", "application/json"}});
    QVERIFY2(control.status == 400 || control.status == 401, qPrintable(QString::number(control.status)));

    // Still up; the list is fast because the deep document was never stored.
    QElapsedTimer clock;
    clock.start();
    const HttpResult list = m_sbx.arm("GET", wsPath(m_sbx) + QStringLiteral("/computes?api-version=2022-10-01"));
    QCOMPARE(list.status, 200);
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!list.body.contains("deep1"));
    QCOMPARE(m_sbx.arm("GET", computePath(m_sbx, QStringLiteral("deep1"))).status, 404);
    QCOMPARE(m_sbx.arm("PUT", computePath(m_sbx, QStringLiteral("shallow1")), jsonBytes(createBody(3))).status, 201);
}

void TestSandboxLimits::oversizedHeadIsRefusedAndOthersAreServed()
{
    RawClient hog(m_sbx);
    QVERIFY(hog.encrypted());
    QElapsedTimer clock;
    clock.start();
    // 16 MiB of one header: refused after the first 64 KiB, the rest is dropped unread.
    hog.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + QByteArray(16 * 1024 * 1024, 'a'));
    const RawResponse refused = hog.next(5000);
    QCOMPARE(refused.status, 431);
    QCOMPARE(errorCode(refused), QByteArray("RequestHeaderFieldsTooLarge"));
    QVERIFY(refused.head.contains("Connection: close"));
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    // Others are served while the hog is still connected, and after it.
    QVERIFY(answersWithin(1000));
    QVERIFY(hog.closedByPeer(5000));
    QVERIFY(answersWithin(1000));
}

void TestSandboxLimits::bodyOverTheLimitIs413()
{
    // Declared too large: refused before the body is sent.
    RawClient declared(m_sbx);
    QVERIFY(declared.encrypted());
    declared.send(authorizedPut(QStringLiteral("big1"), "Content-Length: 9437184\r\n", {}));
    const RawResponse r = declared.next();
    QCOMPARE(r.status, 413);
    QCOMPARE(errorCode(r), QByteArray("RequestContentTooLarge"));
    QVERIFY(declared.closedByPeer(3000));

    // Chunked, growing past 8 MiB.
    RawClient chunked(m_sbx);
    QVERIFY(chunked.encrypted());
    const QByteArray chunk = QByteArray::number(1024 * 1024, 16) + "\r\n" + QByteArray(1024 * 1024, ' ') + "\r\n";
    chunked.send(authorizedPut(QStringLiteral("big2"), "Transfer-Encoding: chunked\r\n", "1\r\n{\r\n" + chunk.repeated(9)));
    QCOMPARE(chunked.next().status, 413);
    QCOMPARE(m_sbx.arm("GET", computePath(m_sbx, QStringLiteral("big2"))).status, 404);
    QVERIFY(answersWithin(1000));
}

void TestSandboxLimits::malformedFramingIs400_data()
{
    QTest::addColumn<QByteArray>("framing");
    QTest::addColumn<bool>("chunkedBody");
    QTest::newRow("negative Content-Length") << QByteArray("Content-Length: -1\r\n") << false;
    QTest::newRow("conflicting Content-Length") << QByteArray("Content-Length: 10\r\nContent-Length: %1\r\n") << false;
    QTest::newRow("invalid chunk size") << QByteArray("Transfer-Encoding: chunked\r\n") << true;
    QTest::newRow("Content-Length with chunked") << QByteArray("Content-Length: %1\r\nTransfer-Encoding: chunked\r\n") << true;
}

void TestSandboxLimits::malformedFramingIs400()
{
    QFETCH(QByteArray, framing);
    QFETCH(bool, chunkedBody);
    static int n = 0;
    const QString name = QStringLiteral("framing%1").arg(++n);
    const QByteArray json = jsonBytes(createBody(3));
    const QByteArray body = chunkedBody ? QByteArray(framing.startsWith("Content-Length") ? "" : "zz\r\n")
                                              + QByteArray::number(json.size(), 16) + "\r\n" + json + "\r\n0\r\n\r\n"
                                        : json;
    framing.replace("%1", QByteArray::number(body.size()));
    RawClient client(m_sbx);
    QVERIFY(client.encrypted());
    client.send(authorizedPut(name, framing, body));
    const RawResponse r = client.next();
    QCOMPARE(r.status, 400);
    QCOMPARE(errorCode(r), QByteArray("InvalidRequestFormat"));
    QVERIFY(client.closedByPeer(3000));
    QCOMPARE(m_sbx.arm("GET", computePath(m_sbx, name)).status, 404); // never processed
}

void TestSandboxLimits::keepAliveClientStillWorks()
{
    RawClient client(m_sbx);
    QVERIFY(client.encrypted());
    for (int i = 0; i < 5; ++i) {
        // Sent in pieces, as a slow client would: the guard follows the framing across reads.
        const QByteArray request = openIdGet();
        client.send(request.left(10));
        QVERIFY(client.socket().flush());
        QTest::qWait(0);
        client.send(request.mid(10));
        const RawResponse r = client.next();
        QCOMPARE(r.status, 200);
    }
    const QByteArray json = jsonBytes(createBody(3));
    client.send(authorizedPut(QStringLiteral("keepalive1"), "Content-Length: " + QByteArray::number(json.size()) + "\r\n", json));
    QCOMPARE(client.next().status, 201);
    client.send(openIdGet());
    QCOMPARE(client.next().status, 200);
    QCOMPARE(client.socket().state(), QAbstractSocket::ConnectedState);
}

void TestSandboxLimits::pipelinedRequestsAreRefusedNotMerged()
{
    // Qt 6.4's HttpServer would merge the second request into the first and answer once.
    RawClient client(m_sbx);
    QVERIFY(client.encrypted());
    client.send(openIdGet() + openIdGet());
    const RawResponse r = client.next();
    QCOMPARE(r.status, 400);
    QVERIFY(r.body.contains("pipelining"));
    QVERIFY(client.closedByPeer(3000));
    QVERIFY(answersWithin(1000));
}

void TestSandboxLimits::idleConnectionsDoNotBlockNewClients()
{
    // Connections that never start TLS: Qt 6.4 counted them against maxPendingConnections (30)
    // and stopped accepting for the 5 s handshake timeout.
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 100; ++i) {
        idle.push_back(std::make_unique<QTcpSocket>());
        idle.back()->connectToHost(QHostAddress::LocalHost, m_sbx.endpoint().port);
    }
    QVERIFY(QTest::qWaitFor([&] {
        return std::all_of(idle.begin(), idle.end(), [](const auto &s) { return s->state() == QAbstractSocket::ConnectedState; });
    }, 5000));
    for (int i = 0; i < 3; ++i)
        QVERIFY(answersWithin(1000));
}

void TestSandboxLimits::connectionsOverTheCapAreClosedAtOnce()
{
    constexpr int kCap = 256; // HttpLimits::maxConnections
    constexpr int kOver = 20;
    // The earlier tests' connections must be gone on the sandbox's side too, or they count
    // against the cap: their closes reach it before a fresh request is answered.
    QVERIFY(QTest::qWaitFor([this] { return answersWithin(1000); }, 5000));
    QElapsedTimer clock;
    clock.start();
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < kCap + kOver; ++i) {
        idle.push_back(std::make_unique<QTcpSocket>());
        idle.back()->connectToHost(QHostAddress::LocalHost, m_sbx.endpoint().port);
    }
    const auto closed = [&] {
        return std::count_if(idle.begin(), idle.end(), [](const auto &s) {
            return s->state() == QAbstractSocket::UnconnectedState;
        });
    };
    // The ones over the cap are closed at once, long before the 5 s TLS handshake timeout would
    // close any of them; the others stay open.
    QVERIFY(QTest::qWaitFor([&] { return closed() >= kOver; }, 3000));
    QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(closed() <= kOver + 2, qPrintable(QString::number(closed()))); // + the test's own connections
    // Connections that go away free their place.
    idle.clear();
    QVERIFY(QTest::qWaitFor([this] { return answersWithin(1000); }, 5000));
}

QTEST_GUILESS_MAIN(TestSandboxLimits)
#include "tst_SandboxLimits.moc"
