#pragma once
#include "sandbox/HttpLimits.h"
#include "sandbox/SandboxHttp.h"

#include <QAbstractHttpServer>
#include <QSslConfiguration>
#include <functional>


// One loopback HTTPS listener (Qt HttpServer over a QSslServer). It turns each request into an
// HttpCall, applies injected faults (status, drop, delay, malformed), asks its handler for the
// reply, adds the request-id headers and records the request log entry. Connections go through a
// GuardedSslServer, which enforces the HttpLimits before Qt HttpServer parses anything.
namespace cw::sandbox {

class FaultInjector;
class GuardedSslServer;
class RequestLog;

class HttpsFrontend : public QAbstractHttpServer {
    Q_OBJECT
public:
    using Handler = std::function<HttpReply(const HttpCall &)>;

    HttpsFrontend(Handler handler, FaultInjector &faults, RequestLog &log, QObject *parent = nullptr,
                  const HttpLimits &limits = {});

    // Listens on 127.0.0.1:port (0 = any free port); returns the port or 0 with `error`.
    quint16 listenLoopback(quint16 port, const QSslConfiguration &tls, QString *error);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
    FaultInjector &m_faults;
    RequestLog &m_log;
    HttpLimits m_limits;
    GuardedSslServer *m_server = nullptr;
};

} // namespace cw::sandbox
