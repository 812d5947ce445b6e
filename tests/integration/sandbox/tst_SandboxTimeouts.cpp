// The connection guard's timeouts, with short limits on an in-process HTTPS front end: a request
// that never ends (408), an idle kept-alive connection, a connection that never starts TLS, and
// an answer the handler delays past the request timeout (not a timeout: the request had ended).
#include "sandbox/FaultInjector.h"
#include "sandbox/HttpsFrontend.h"
#include "sandbox/RequestLog.h"
#include "sandbox/SandboxPki.h"

#include <QElapsedTimer>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace cw::sandbox;

class TestSandboxTimeouts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void unfinishedRequestIs408();
    void idleConnectionIsClosed();
    void connectionWithoutTlsIsClosed();
    void delayedAnswerIsNotATimeout();

private:
    // An encrypted client of the front end; every byte it receives lands in *received.
    std::unique_ptr<QSslSocket> client(QByteArray *received);
    static int status(const QByteArray &received) { return received.mid(9, 3).toInt(); }

    QTemporaryDir m_dir;
    SandboxPki m_pki;
    FaultInjector m_faults;
    RequestLog m_log;
    std::unique_ptr<HttpsFrontend> m_frontend;
    quint16 m_port = 0;
    static constexpr int kTimeoutMs = 300;
};

void TestSandboxTimeouts::initTestCase()
{
    QString error;
    QVERIFY2(m_pki.loadOrCreate(m_dir.path(), &error), qPrintable(error));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(m_pki.server().certPem, QSsl::Pem));
    tls.setPrivateKey(QSslKey(m_pki.server().keyPem, QSsl::Ec, QSsl::Pem));
    // The server side: like the sandbox's ARM listener it asks no client certificate (the
    // clients below do verify the server against the sandbox CA).
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    HttpLimits limits;
    limits.handshakeTimeoutMs = kTimeoutMs;
    limits.requestTimeoutMs = kTimeoutMs;
    limits.idleTimeoutMs = kTimeoutMs;
    limits.lingerMs = 100;
    m_frontend = std::make_unique<HttpsFrontend>([](const HttpCall &) { return HttpReply::json(200, Json::object()); },
                                                 m_faults, m_log, nullptr, limits);
    m_port = m_frontend->listenLoopback(0, tls, &error);
    QVERIFY2(m_port != 0, qPrintable(error));
}

std::unique_ptr<QSslSocket> TestSandboxTimeouts::client(QByteArray *received)
{
    auto socket = std::make_unique<QSslSocket>();
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates({QSslCertificate(m_pki.caPem(), QSsl::Pem)});
    socket->setSslConfiguration(tls);
    QSslSocket *raw = socket.get();
    connect(raw, &QIODevice::readyRead, raw, [raw, received] { *received += raw->readAll(); });
    raw->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
    if (!QTest::qWaitFor([raw] { return raw->isEncrypted(); }, 5000))
        return nullptr;
    return socket;
}

void TestSandboxTimeouts::unfinishedRequestIs408()
{
    QByteArray received;
    auto socket = client(&received);
    QVERIFY(socket);
    QElapsedTimer clock;
    clock.start();
    socket->write("PUT /x HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 10\r\n\r\nabc");
    QVERIFY(QTest::qWaitFor([&] { return received.contains("\r\n\r\n"); }, 5000));
    QCOMPARE(status(received), 408);
    QVERIFY(received.contains("RequestTimeout"));
    QVERIFY2(clock.elapsed() >= kTimeoutMs - 50, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(QTest::qWaitFor([&] { return socket->state() == QAbstractSocket::UnconnectedState; }, 3000));
}

void TestSandboxTimeouts::idleConnectionIsClosed()
{
    QByteArray received;
    auto socket = client(&received);
    QVERIFY(socket);
    socket->write("GET /a HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY(QTest::qWaitFor([&] { return received.contains("{}"); }, 5000));
    QCOMPARE(status(received), 200);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(QTest::qWaitFor([&] { return socket->state() == QAbstractSocket::UnconnectedState; }, 5000));
    QVERIFY2(clock.elapsed() >= kTimeoutMs - 100, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(received.count("HTTP/1.1"), 1); // closed quietly, no second answer
}

void TestSandboxTimeouts::connectionWithoutTlsIsClosed()
{
    QTcpSocket plain;
    plain.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(QTest::qWaitFor([&] { return plain.state() == QAbstractSocket::ConnectedState; }, 5000));
    QVERIFY(QTest::qWaitFor([&] { return plain.state() == QAbstractSocket::UnconnectedState; }, 5000));
}

void TestSandboxTimeouts::delayedAnswerIsNotATimeout()
{
    QString error;
    QVERIFY(m_faults.add(Json{{"path", "/slow$"}, {"kind", "delay"}, {"delayMs", 3 * kTimeoutMs}, {"count", 1}}, &error) > 0);
    QByteArray received;
    auto socket = client(&received);
    QVERIFY(socket);
    socket->write("GET /slow HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY(QTest::qWaitFor([&] { return received.contains("{}"); }, 5000));
    QCOMPARE(status(received), 200);
    // The connection is kept alive after the answer and serves the next request.
    received.clear();
    socket->write("GET /b HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY(QTest::qWaitFor([&] { return received.contains("{}"); }, 5000));
    QCOMPARE(status(received), 200);
}

QTEST_GUILESS_MAIN(TestSandboxTimeouts)
#include "tst_SandboxTimeouts.moc"
