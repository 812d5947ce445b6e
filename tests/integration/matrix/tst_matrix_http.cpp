// Issue 17's malformed-HTTP matrix, kept in the suite: raw bytes to the sandbox's HTTPS port
// (oversized heads and bodies, broken Content-Length and chunked framing, bad request lines and
// headers, pipelining, deep and hostile JSON in authenticated PUTs, plaintext and garbage
// instead of TLS, idle and abandoned connections). Each pattern must be refused with a 4xx (or
// 501 for an unknown method or coding) or the connection closed, never stored (no compute
// appears), and the sandbox must answer a normal request right after it.
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

#include <memory>
#include <vector>

#include "../sandbox/SandboxTestUtil.h"
#include "MatrixSupport.h"

using namespace Qt::StringLiterals;
using namespace cw;

namespace {

// {"a":[{"a":[ ... ]}]} nested `levels` deep.
QByteArray nested(int levels)
{
    QByteArray text;
    for (int i = 0; i < levels; ++i)
        text += (i % 2 == 0) ? "{\"a\":" : "[";
    text += '1';
    for (int i = levels - 1; i >= 0; --i)
        text += (i % 2 == 0) ? "}" : "]";
    return text;
}

// How a pattern reaches the sandbox.
enum class Transport { Tls, PlainTcp };
// What the sandbox may do with it.
enum class Expect {
    Refused, // a 4xx/501 answer, or the connection closed
    Any,     // a valid if odd request: any answer (or a close); only "stays up" is checked
};

} // namespace

class TestMatrixHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void patternRefusedSandboxStaysUp_data();
    void patternRefusedSandboxStaysUp();
    void idleConnectionsThenNormalRequest_data();
    void idleConnectionsThenNormalRequest();
    void cleanupTestCase();

private:
    QByteArray path(const QString &compute) const
    {
        const QUrl url(m_sandbox.endpoint().baseUrl.toString() + test::computePath(m_sandbox, compute));
        return url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    }
    QByteArray openIdGet() const
    {
        return "GET /" + m_sandbox.endpoint().tenantId.toLatin1() + "/v2.0/.well-known/openid-configuration HTTP/1.1\r\n"
               "Host: 127.0.0.1\r\n\r\n";
    }
    // A normal request on a fresh connection is answered 200 within 3 s.
    bool upAndAnswering();
    // Sends the bytes and waits up to `ms` for an answer's status line or the close; 0 = none.
    int exchange(Transport transport, const QList<QByteArray> &pieces, int ms, bool *closed);

    test::SandboxProcess m_sandbox;
    matrix::Counts m_counts; // runs
    int m_down = 0;
    int m_accepted = 0;
    int m_stored = 0;
};

void TestMatrixHttp::initTestCase()
{
    QVERIFY(m_sandbox.start({u"--fresh"_s}));
    QVERIFY(!m_sandbox.accessToken().isEmpty());
}

bool TestMatrixHttp::upAndAnswering()
{
    const test::HttpResult r = m_sandbox.call("GET", m_sandbox.endpoint().baseUrl.toString() + u"/"_s
                                              + m_sandbox.endpoint().tenantId + u"/v2.0/.well-known/openid-configuration"_s,
                                              {}, {}, 3000);
    return r.status == 200;
}

int TestMatrixHttp::exchange(Transport transport, const QList<QByteArray> &pieces, int ms, bool *closed)
{
    std::unique_ptr<QTcpSocket> socket;
    if (transport == Transport::Tls) {
        auto *tls = new QSslSocket;
        tls->setSslConfiguration(m_sandbox.sslConfiguration());
        tls->connectToHostEncrypted(u"127.0.0.1"_s, m_sandbox.endpoint().port);
        socket.reset(tls);
        if (!QTest::qWaitFor([tls] { return tls->isEncrypted() || tls->state() == QAbstractSocket::UnconnectedState; }, 5000)
            || !tls->isEncrypted()) {
            *closed = true;
            return 0;
        }
    } else {
        socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, m_sandbox.endpoint().port);
        if (!socket->waitForConnected(5000)) {
            *closed = true;
            return 0;
        }
    }
    QByteArray in;
    QObject::connect(socket.get(), &QIODevice::readyRead, socket.get(), [&] { in += socket->readAll(); });
    for (const QByteArray &piece : pieces) {
        if (socket->state() != QAbstractSocket::ConnectedState)
            break;
        socket->write(piece);
        // Let each piece leave before the next (a stream sent in parts, as a slow client does).
        (void)QTest::qWaitFor([&] { return socket->bytesToWrite() == 0 || socket->state() != QAbstractSocket::ConnectedState; }, 5000);
    }
    const auto done = [&] { return in.contains("\r\n") || socket->state() == QAbstractSocket::UnconnectedState; };
    (void)QTest::qWaitFor(done, ms);
    *closed = socket->state() == QAbstractSocket::UnconnectedState;
    return in.startsWith("HTTP/1.") ? in.mid(9, 3).toInt() : 0;
}

void TestMatrixHttp::patternRefusedSandboxStaysUp_data()
{
    QTest::addColumn<int>("transport");
    QTest::addColumn<QList<QByteArray>>("pieces");
    QTest::addColumn<int>("expect");
    QTest::addColumn<QString>("compute"); // must not exist afterwards ("" none)

    const QByteArray token = m_sandbox.accessToken().toLatin1();
    const QByteArray host = "Host: 127.0.0.1\r\n";
    const QByteArray json = test::jsonBytes(test::createBody(3));
    auto put = [&](const QString &name, const QByteArray &framing, const QByteArray &body) -> QByteArray {
        return "PUT " + path(name) + " HTTP/1.1\r\n" + host + "Authorization: Bearer " + token
               + "\r\nContent-Type: application/json\r\n" + framing + "\r\n" + body;
    };
    auto putJson = [&](const QString &name, const QByteArray &body) -> QByteArray {
        return put(name, "Content-Length: " + QByteArray::number(body.size()) + "\r\n", body);
    };
    auto chunked = [&](const QString &name, const QByteArray &chunks) -> QByteArray {
        return put(name, "Transfer-Encoding: chunked\r\n", chunks);
    };
    const QByteArray jsonChunk = QByteArray() + QByteArray::number(json.size(), 16) + "\r\n" + json + "\r\n";
    int n = 0;
    auto row = [&](const char *name, QList<QByteArray> pieces, Expect expect = Expect::Refused, const QString &compute = {},
                   Transport transport = Transport::Tls) {
        QTest::newRow(name) << int(transport) << pieces << int(expect) << compute;
        ++n;
    };
    auto name = [&n] { return u"mh-%1"_s.arg(n + 1); };

    // Heads.
    row("header of 65 KiB", {"GET / HTTP/1.1\r\n" + host + "X-Big: " + QByteArray(65 * 1024, 'a') + "\r\n\r\n"});
    row("header of 1 MiB", {"GET / HTTP/1.1\r\n" + host + "X-Big: " + QByteArray(1024 * 1024, 'a') + "\r\n\r\n"});
    row("header of 16 MiB, never ended", {"GET / HTTP/1.1\r\n" + host + "X-Big: " + QByteArray(16 * 1024 * 1024, 'a')});
    row("10,000 small headers", {"GET / HTTP/1.1\r\n" + host + QByteArray("X-A: b\r\n").repeated(10000) + "\r\n"});
    row("request line of 100 KiB", {"GET /" + QByteArray(100 * 1024, 'a') + " HTTP/1.1\r\n" + host + "\r\n"});
    row("query of 70 KiB", {"GET /?" + QByteArray(70 * 1024, 'q') + " HTTP/1.1\r\n" + host + "\r\n"});
    row("method of 70 KiB", {QByteArray(70 * 1024, 'G') + " / HTTP/1.1\r\n" + host + "\r\n"});
    // Content-Length.
    row("Content-Length -1", {put(name(), "Content-Length: -1\r\n", json)}, Expect::Refused, name());
    row("Content-Length +5", {put(name(), "Content-Length: +5\r\n", "{}")}, Expect::Refused, name());
    row("Content-Length list 5, 5", {put(name(), "Content-Length: 5, 5\r\n", "{}")}, Expect::Refused, name());
    row("two different Content-Length", {put(name(), "Content-Length: 10\r\nContent-Length: " + QByteArray::number(json.size()) + "\r\n", json)}, Expect::Refused, name());
    row("two equal Content-Length", {put(name(), QByteArray("Content-Length: " + QByteArray::number(json.size()) + "\r\n").repeated(2), json)}, Expect::Refused, name());
    row("Content-Length in hex", {put(name(), "Content-Length: 0x10\r\n", "{}")}, Expect::Refused, name());
    row("Content-Length of 20 digits", {put(name(), "Content-Length: 99999999999999999999\r\n", "{}")}, Expect::Refused, name());
    row("Content-Length empty", {put(name(), "Content-Length: \r\n", "{}")}, Expect::Refused, name());
    row("Content-Length with inner space", {put(name(), "Content-Length: 1 0\r\n", "{}")}, Expect::Refused, name());
    row("Content-Length of 9 MiB declared", {put(name(), "Content-Length: 9437184\r\n", {})}, Expect::Refused, name());
    row("body of 9 MiB sent", {put(name(), "Content-Length: 9437184\r\n", QByteArray(9437184, ' '))}, Expect::Refused, name());
    // Transfer-Encoding.
    row("Content-Length with chunked", {put(name(), "Content-Length: " + QByteArray::number(jsonChunk.size() + 5) + "\r\nTransfer-Encoding: chunked\r\n", jsonChunk + "0\r\n\r\n")}, Expect::Refused, name());
    row("chunked then Content-Length", {put(name(), "Transfer-Encoding: chunked\r\nContent-Length: 4\r\n", jsonChunk + "0\r\n\r\n")}, Expect::Refused, name());
    row("Transfer-Encoding gzip", {put(name(), "Transfer-Encoding: gzip\r\n", json)}, Expect::Refused, name());
    row("Transfer-Encoding chunked, gzip", {put(name(), "Transfer-Encoding: chunked, gzip\r\n", jsonChunk + "0\r\n\r\n")}, Expect::Refused, name());
    row("Transfer-Encoding chunked twice", {put(name(), "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n", jsonChunk + "0\r\n\r\n")}, Expect::Refused, name());
    row("Transfer-Encoding identity", {put(name(), "Transfer-Encoding: identity\r\n", json)}, Expect::Refused, name());
    row("Transfer-Encoding with a space before the colon", {put(name(), "Transfer-Encoding : chunked\r\n", jsonChunk + "0\r\n\r\n")}, Expect::Refused, name());
    row("chunk size zz", {chunked(name(), "zz\r\n" + jsonChunk + "0\r\n\r\n")}, Expect::Refused, name());
    row("chunk size -1", {chunked(name(), "-1\r\n{}\r\n0\r\n\r\n")}, Expect::Refused, name());
    row("chunk size overflowing 64 bits", {chunked(name(), "FFFFFFFFFFFFFFFFFFFF\r\n{}\r\n0\r\n\r\n")}, Expect::Refused, name());
    row("chunk without its CRLF", {chunked(name(), QByteArray::number(json.size(), 16) + "\r\n" + json + "XX0\r\n\r\n")}, Expect::Refused, name());
    row("chunk extension of 70 KiB", {chunked(name(), "2;" + QByteArray(70 * 1024, 'e') + "\r\n{}\r\n0\r\n\r\n")}, Expect::Refused, name());
    row("trailer of 70 KiB", {chunked(name(), jsonChunk + "0\r\nX-T: " + QByteArray(70 * 1024, 't') + "\r\n\r\n")}, Expect::Refused, name());
    row("chunked body growing past 8 MiB",
        {chunked(name(), "1\r\n{\r\n" + QByteArray(QByteArray::number(1024 * 1024, 16) + "\r\n" + QByteArray(1024 * 1024, ' ') + "\r\n").repeated(9))},
        Expect::Refused, name());
    // Request lines and headers.
    row("no HTTP version", {"GET /\r\n" + host + "\r\n"});
    row("HTTP/0.9 request", {"GET /\r\n\r\n"});
    row("HTTP/2.0 in an HTTP/1 request line", {"GET / HTTP/2.0\r\n" + host + "\r\n"});
    row("HTTP/1.7", {"GET / HTTP/1.7\r\n" + host + "\r\n"}, Expect::Any);
    row("version garbage", {"GET / HTTQ/1.1\r\n" + host + "\r\n"});
    row("unknown method FROB", {"FROB / HTTP/1.1\r\n" + host + "\r\n"});
    row("CONNECT", {"CONNECT 127.0.0.1:443 HTTP/1.1\r\n" + host + "\r\n"});
    row("TRACE", {"TRACE / HTTP/1.1\r\n" + host + "\r\n"});
    row("lowercase method", {"get / HTTP/1.1\r\n" + host + "\r\n"});
    row("two spaces in the request line", {"GET  / HTTP/1.1\r\n" + host + "\r\n"});
    row("bare LF line ends", {"GET / HTTP/1.1\n" + QByteArray("Host: 127.0.0.1\n\n")}, Expect::Any);
    row("bare CR in a header", {"GET / HTTP/1.1\r\n" + host + "X-A: b\rc\r\n\r\n"});
    row("NUL in the path", {QByteArray("GET /a\0b HTTP/1.1\r\n", 19) + host + "\r\n"});
    row("NUL in a header", {"GET / HTTP/1.1\r\n" + host + QByteArray("X-A: b\0c\r\n", 10) + "\r\n"});
    row("control character in a header", {"GET / HTTP/1.1\r\n" + host + "X-A: b\x01" "c\r\n\r\n"});
    row("obsolete line folding", {"GET / HTTP/1.1\r\n" + host + "X-A: b\r\n c\r\n\r\n"});
    row("header without a colon", {"GET / HTTP/1.1\r\n" + host + "X-A b\r\n\r\n"});
    row("header with an empty name", {"GET / HTTP/1.1\r\n" + host + ": b\r\n\r\n"});
    row("space before a header's colon", {"GET / HTTP/1.1\r\n" + host + "X-A : b\r\n\r\n"});
    row("non-ASCII header bytes", {"GET / HTTP/1.1\r\n" + host + "X-A: \xff\xfe\xfd\r\n\r\n"}, Expect::Any);
    row("absolute-form target", {"GET https://127.0.0.1/ HTTP/1.1\r\n" + host + "\r\n"}, Expect::Any);
    row("asterisk-form OPTIONS", {"OPTIONS * HTTP/1.1\r\n" + host + "\r\n"}, Expect::Any);
    row("dot segments in the path", {"GET /../../../etc/passwd HTTP/1.1\r\n" + host + "\r\n"}, Expect::Any);
    row("bad percent-encoding", {"GET /%zz%0 HTTP/1.1\r\n" + host + "\r\n"}, Expect::Any);
    row("no Host header", {"GET / HTTP/1.1\r\n\r\n"}, Expect::Any);
    row("request line only, then close", {"GET / HTTP/1.1\r\n"}, Expect::Any);
    row("head sent one byte at a time", [&] {
        QList<QByteArray> bytes;
        for (char c : openIdGet().left(60))
            bytes << QByteArray(1, c);
        bytes << openIdGet().mid(60);
        return bytes;
    }(), Expect::Any);
    // Pipelining.
    row("two GETs pipelined", {openIdGet() + openIdGet()});
    row("100 GETs pipelined", {openIdGet().repeated(100)});
    row("GET then PUT pipelined", {openIdGet() + putJson(name(), json)}, Expect::Refused, name());
    // JSON in an authenticated PUT.
    row("JSON nested 100,000 levels", {putJson(name(), nested(100000))}, Expect::Refused, name());
    row("JSON nested 33 levels in tags", {putJson(name(), json.left(json.lastIndexOf('}')) + ",\"tags\":" + nested(32) + "}")}, Expect::Refused, name());
    row("JSON arrays nested 20,000 levels", {putJson(name(), QByteArray(20000, '[') + QByteArray(20000, ']'))}, Expect::Refused, name());
    row("JSON not JSON", {putJson(name(), "this is not json")}, Expect::Refused, name());
    row("JSON truncated", {putJson(name(), json.left(json.size() / 2))}, Expect::Refused, name());
    row("JSON with invalid UTF-8", {putJson(name(), "{\"location\":\"\xff\xfe\"}")}, Expect::Refused, name());
    row("JSON with a NUL", {putJson(name(), QByteArray("{\"a\":\"\0\"}", 10))}, Expect::Refused, name());
    row("JSON number 1e999999", {putJson(name(), "{\"location\":1e999999}")}, Expect::Refused, name());
    row("JSON string of 7 MiB", {putJson(name(), "{\"location\":\"" + QByteArray(7 * 1024 * 1024, 'x') + "\"}")}, Expect::Refused, name());
    row("JSON array as the compute", {putJson(name(), "[]")}, Expect::Refused, name());
    row("JSON nested 100,000 levels at the token endpoint",
        {"POST /" + m_sandbox.endpoint().tenantId.toLatin1() + "/oauth2/v2.0/token HTTP/1.1\r\n" + host
         + "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(nested(100000).size()) + "\r\n\r\n"
         + nested(100000)}, Expect::Refused);
    row("JSON nested 100,000 levels to the control API",
        {"POST /_sandbox/faults HTTP/1.1\r\n" + host + "Authorization: Bearer " + m_sandbox.controlToken().toLatin1()
         + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(nested(100000).size()) + "\r\n\r\n" + nested(100000)},
        Expect::Refused);
    row("PUT without a token", {"PUT " + path(name()) + " HTTP/1.1\r\n" + host + "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(json.size()) + "\r\n\r\n" + json}, Expect::Refused, name());
    row("PUT with a forged token", {"PUT " + path(name()) + " HTTP/1.1\r\n" + host + "Authorization: Bearer sbx-at.forged\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(json.size()) + "\r\n\r\n" + json}, Expect::Refused, name());
    // Not TLS.
    row("plaintext HTTP on the TLS port", {openIdGet()}, Expect::Any, {}, Transport::PlainTcp);
    row("garbage instead of a ClientHello", {QByteArray(4096, '\x16')}, Expect::Any, {}, Transport::PlainTcp);
    row("half a ClientHello, then close", {QByteArray::fromHex("160301020001")}, Expect::Any, {}, Transport::PlainTcp);
    row("nothing, then close", {}, Expect::Any, {}, Transport::PlainTcp);
}

void TestMatrixHttp::patternRefusedSandboxStaysUp()
{
    QFETCH(int, transport);
    QFETCH(QList<QByteArray>, pieces);
    QFETCH(int, expect);
    QFETCH(QString, compute);
    ++m_counts.runs;
    bool closed = false;
    const int status = exchange(Transport(transport), pieces, 8000, &closed);
    QStringList problems;
    const bool refused = (status >= 400 && status < 500) || status == 501 || (status == 0 && closed);
    if (Expect(expect) == Expect::Refused && !refused)
        ++m_accepted, problems << u"answered %1%2"_s.arg(status).arg(closed ? u" and closed"_s : u", connection open"_s);
    if (!compute.isEmpty() && m_sandbox.arm("GET", test::computePath(m_sandbox, compute)).status != 404)
        ++m_stored, problems << u"the compute %1 was stored"_s.arg(compute);
    if (!upAndAnswering())
        ++m_down, problems << u"the sandbox no longer answers"_s;
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
}

void TestMatrixHttp::idleConnectionsThenNormalRequest_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("tls");
    QTest::newRow("30 idle TCP connections") << 30 << false;
    QTest::newRow("100 idle TCP connections") << 100 << false;
    QTest::newRow("30 idle TLS connections") << 30 << true;
    QTest::newRow("60 idle TLS connections") << 60 << true;
}

void TestMatrixHttp::idleConnectionsThenNormalRequest()
{
    QFETCH(int, count);
    QFETCH(bool, tls);
    ++m_counts.runs;
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < count; ++i) {
        if (tls) {
            auto *s = new QSslSocket;
            s->setSslConfiguration(m_sandbox.sslConfiguration());
            s->connectToHostEncrypted(u"127.0.0.1"_s, m_sandbox.endpoint().port);
            idle.emplace_back(s);
        } else {
            idle.push_back(std::make_unique<QTcpSocket>());
            idle.back()->connectToHost(QHostAddress::LocalHost, m_sandbox.endpoint().port);
        }
    }
    QVERIFY(QTest::qWaitFor([&] {
        for (const auto &s : idle)
            if (tls ? !static_cast<QSslSocket *>(s.get())->isEncrypted() : s->state() != QAbstractSocket::ConnectedState)
                return false;
        return true;
    }, 15000));
    // Before the sandbox's fixes, 30-60 idle connections delayed new clients by 5-9 s.
    const bool up = upAndAnswering();
    if (!up)
        ++m_down;
    QVERIFY2(up, qPrintable(u"no answer within 3 s with %1 idle connections"_s.arg(count)));
    idle.clear();
}

void TestMatrixHttp::cleanupTestCase()
{
    // The sandbox's own outcome: "down" is a crash or a hang of the sandbox.
    printf("MATRIX http: %d runs, %d times the sandbox stopped answering, %d patterns not refused, %d stored\n",
           m_counts.runs, m_down, m_accepted, m_stored);
    fflush(stdout);
    m_sandbox.stop();
}

QTEST_GUILESS_MAIN(TestMatrixHttp)
#include "tst_matrix_http.moc"
