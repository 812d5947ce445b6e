#include "sandbox/HttpsFrontend.h"

#include "sandbox/ConnectionGuard.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/GuardedSslServer.h"
#include "sandbox/RequestLog.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>

namespace cw::sandbox {
namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    default: return "OTHER";
    }
}

void writeReply(QHttpServerResponder &responder, const HttpReply &reply, const HttpCall &call)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("x-ms-request-id", call.requestId.toLatin1());
    // ARM echoes the caller's correlation id (SDKs and az send one per command, to tie its
    // requests together) and makes one up only when none came.
    const QByteArray correlation = call.header("x-ms-correlation-request-id");
    responder.writeHeader("x-ms-correlation-request-id",
                          correlation.isEmpty() ? call.requestId.toLatin1() : correlation.left(200));
    if (const QByteArray client = call.header("x-ms-client-request-id"); !client.isEmpty())
        responder.writeHeader("x-ms-client-request-id", client.left(200));
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
}

} // namespace

HttpsFrontend::HttpsFrontend(Handler handler, FaultInjector &faults, RequestLog &log, QObject *parent,
                             const HttpLimits &limits)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
    , m_faults(faults)
    , m_log(log)
    , m_limits(limits)
{
}

quint16 HttpsFrontend::listenLoopback(quint16 port, const QSslConfiguration &tls, QString *error)
{
    m_server = new GuardedSslServer(m_limits, this);
    m_server->setSslConfiguration(tls);
    // Answers are written in one go; without TCP_NODELAY a large body's last segment waits
    // for the client's delayed ACK (tens of milliseconds per response).
    connect(m_server, &QSslServer::startedEncryptionHandshake, this, [](QSslSocket *socket) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    });
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        *error = m_server->errorString();
        delete m_server; // a caller may try again on another port
        m_server = nullptr;
        return 0;
    }
    bind(m_server);
    return m_server->serverPort();
}

bool HttpsFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer clock;
    clock.start();
    HttpCall call;
    call.method = methodName(request.method());
    call.path = request.url().path(QUrl::FullyDecoded);
    call.query = request.query();
    call.headers = request.headers();
    call.body = request.body();
    call.requestId = newUuid();
    if (auto *tls = qobject_cast<QSslSocket *>(socket); tls && !tls->peerCertificate().isNull())
        call.peerCertificateDer = tls->peerCertificate().toDer();

    RequestLogEntry entry{call.method, call.path, call.query.toString(QUrl::FullyEncoded), 0, 0, call.requestId};
    if (const ConnectionGuard *guard = ConnectionGuard::of(socket))
        entry.connection = guard->serial();
    std::optional<FaultRule> fault;
    if (!call.path.startsWith(QLatin1String("/_sandbox")))
        fault = m_faults.take(call.method, call.path);

    // The control API's own traffic stays out of the request log (tests count client calls).
    const bool logged = !call.path.startsWith(QLatin1String("/_sandbox/"));
    if (fault && fault->kind == FaultRule::Kind::Drop) {
        m_log.record(entry);
        // Abort after Qt HttpServer has finished with this request.
        QMetaObject::invokeMethod(socket, [socket] { socket->abort(); }, Qt::QueuedConnection);
        return true;
    }
    auto respond = [this, socket, call, fault, entry, clock, logged](QHttpServerResponder &responder) mutable {
        HttpReply reply;
        if (fault && fault->kind == FaultRule::Kind::Status) {
            reply = FaultInjector::statusReply(*fault);
        } else {
            reply = m_handler(call);
            if (fault && fault->kind == FaultRule::Kind::Malformed)
                FaultInjector::corrupt(reply);
        }
        writeReply(responder, reply, call);
        if (ConnectionGuard *guard = ConnectionGuard::of(socket))
            guard->answered();
        entry.status = reply.status;
        entry.latencyMs = double(clock.nsecsElapsed()) / 1e6;
        if (logged)
            m_log.record(entry);
    };
    if (fault && fault->kind == FaultRule::Kind::Delay) {
        // The responder refers to Qt's per-connection request object, which lives as long as
        // the connection: answer later only while the socket is still connected.
        auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(fault->delayMs, this, [guard, responder, respond]() mutable {
            if (guard && guard->state() == QAbstractSocket::ConnectedState)
                respond(*responder);
        });
        return true;
    }
    QHttpServerResponder responder = makeResponder(request, socket);
    respond(responder);
    return true;
}

void HttpsFrontend::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
    if (ConnectionGuard *guard = ConnectionGuard::of(socket))
        guard->answered();
}

} // namespace cw::sandbox
