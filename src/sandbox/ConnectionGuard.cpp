#include "sandbox/ConnectionGuard.h"

#include <QLoggingCategory>
#include <QSslSocket>

#include <atomic>

namespace cw::sandbox {
namespace {

Q_LOGGING_CATEGORY(lcSandboxHttp, "cw.sandbox.http", QtInfoMsg)

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400: return "Bad Request";
    case 408: return "Request Timeout";
    case 413: return "Content Too Large";
    case 431: return "Request Header Fields Too Large";
    case 501: return "Not Implemented";
    default: return "Error";
    }
}

QByteArray jsonString(const QByteArray &text)
{
    QByteArray out = text;
    out.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + out + '"';
}

std::atomic<quint64> g_accepted{0};

} // namespace

ConnectionGuard::ConnectionGuard(QSslSocket *socket, const HttpLimits &limits, std::shared_ptr<int> openConnections)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_open(std::move(openConnections))
    , m_framer(limits.maxHeaderBytes, limits.maxBodyBytes)
    , m_serial(++g_accepted)
{
    ++*m_open;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::onTimeout);
}

ConnectionGuard::~ConnectionGuard()
{
    --*m_open;
}

ConnectionGuard *ConnectionGuard::of(QObject *socket)
{
    return socket ? socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

void ConnectionGuard::startHttp()
{
    if (m_phase != Phase::Handshake)
        return;
    connect(m_socket, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
    rearm();
}

void ConnectionGuard::answered()
{
    if (m_phase == Phase::Refused)
        return;
    m_unanswered = std::max(0, m_unanswered - 1);
    rearm();
}

void ConnectionGuard::onReadyRead()
{
    if (m_phase == Phase::Refused) {
        drain();
        return;
    }
    // Qt HttpServer (6.4) reads everything available on each readyRead, after this slot: the
    // unread bytes here are exactly the ones neither has seen yet.
    const QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
    const HttpRequestFramer::Result r = m_framer.feed(fresh);
    switch (r.verdict) {
    case HttpRequestFramer::Verdict::Ok:
        break;
    case HttpRequestFramer::Verdict::BadRequest:
        return refuse(400, "InvalidRequestFormat", r.reason);
    case HttpRequestFramer::Verdict::HeadTooLarge:
        return refuse(431, "RequestHeaderFieldsTooLarge", r.reason);
    case HttpRequestFramer::Verdict::BodyTooLarge:
        return refuse(413, "RequestContentTooLarge", r.reason);
    case HttpRequestFramer::Verdict::NotImplemented:
        return refuse(501, "NotImplemented", r.reason);
    }
    m_unanswered += r.completed;
    // Qt 6.4's HttpServer keeps one request object per connection: a second request read before
    // the first is answered is merged into it (the first is never answered). Refuse instead.
    if (m_unanswered > 1 || (m_unanswered == 1 && m_framer.inRequest()))
        return refuse(400, "InvalidRequestFormat",
                      "HTTP pipelining is not supported: send the next request after the answer.");
    rearm();
}

void ConnectionGuard::rearm()
{
    const Phase next = m_framer.inRequest() ? Phase::Request : m_unanswered > 0 ? Phase::Answer : Phase::Idle;
    if (next == m_phase)
        return; // a request's deadline runs from its first byte, not from the latest one
    m_phase = next;
    m_timer.start(next == Phase::Request ? m_limits.requestTimeoutMs
                  : next == Phase::Answer ? m_limits.answerTimeoutMs
                                          : m_limits.idleTimeoutMs);
}

void ConnectionGuard::onTimeout()
{
    switch (m_phase) {
    case Phase::Request:
        refuse(408, "RequestTimeout", "The request was not received in time.");
        return;
    case Phase::Idle:
        m_socket->disconnectFromHost(); // an idle kept-alive connection: close quietly
        return;
    case Phase::Answer:
    case Phase::Refused:
    case Phase::Handshake:
        m_socket->abort();
        return;
    }
}

void ConnectionGuard::refuse(int status, const QByteArray &code, const QByteArray &message)
{
    qCInfo(lcSandboxHttp).noquote() << "refused a request with" << status << code << "-" << message;
    m_phase = Phase::Refused;
    // Nobody else reads this connection any more (Qt HttpServer would parse what was refused).
    disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    connect(m_socket, &QIODevice::readyRead, this, &ConnectionGuard::drain);
    const QByteArray body = "{\"error\":{\"code\":" + jsonString(code) + ",\"message\":" + jsonString(message) + "}}";
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n"
                    "Content-Type: application/json; charset=utf-8\r\n"
                    "Content-Length: " + QByteArray::number(body.size()) + "\r\n"
                    "Connection: close\r\n\r\n" + body);
    m_socket->flush();
    drain();
    // Keep reading (and dropping) what the client still sends for a moment, so it can read the
    // answer before the close; closing with unread data would reset the connection at once.
    m_timer.start(m_limits.lingerMs);
}

void ConnectionGuard::drain()
{
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction(); // Qt HttpServer's partial read: let it go
    m_socket->skip(m_socket->bytesAvailable());
}

} // namespace cw::sandbox
