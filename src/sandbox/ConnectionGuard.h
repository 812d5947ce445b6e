#pragma once
#include "sandbox/HttpLimits.h"
#include "sandbox/HttpRequestFramer.h"

#include <QObject>
#include <QTimer>

#include <memory>

class QSslSocket;

// One per accepted connection (a child of its socket): counts the connection while it exists and,
// once TLS is up, reads the request bytes BEFORE Qt HttpServer does (its readyRead slot is
// connected first) to enforce the framing and size limits and the request/idle timeouts. A
// violation is answered here (400/408/413/431/501, `Connection: close`) and Qt never parses it.
namespace cw::sandbox {

class ConnectionGuard : public QObject {
    Q_OBJECT
public:
    ConnectionGuard(QSslSocket *socket, const HttpLimits &limits, std::shared_ptr<int> openConnections);
    ~ConnectionGuard() override;

    // The guard of `socket`, or nullptr.
    static ConnectionGuard *of(QObject *socket);

    // This connection's number (1, 2, ... in the order this process accepted them): the request
    // log names it, so a client's connection reuse can be seen from outside.
    quint64 serial() const { return m_serial; }

    // TLS is established: start following requests (must run before Qt HttpServer connects).
    void startHttp();
    // The front end wrote the answer to the oldest request.
    void answered();

private:
    enum class Phase { Handshake, Idle, Request, Answer, Refused };

    void onReadyRead();
    void onTimeout();
    void rearm();
    void refuse(int status, const QByteArray &code, const QByteArray &message);
    void drain();

    QSslSocket *m_socket;
    HttpLimits m_limits;
    std::shared_ptr<int> m_open;
    HttpRequestFramer m_framer;
    QTimer m_timer;
    Phase m_phase = Phase::Handshake;
    int m_unanswered = 0;
    quint64 m_serial;
};

} // namespace cw::sandbox
