#pragma once
#include "sandbox/HttpLimits.h"

#include <QSslServer>

#include <memory>

// The sandbox's TLS listener: a QSslServer that caps the connections open at once, bounds the
// TLS handshake, and gives every connection a ConnectionGuard before Qt HttpServer sees it.
//
// Why a subclass: Qt 6.4's QSslServer counts sockets still in the TLS handshake against
// maxPendingConnections (default 30), so 30 idle TCP connections stopped accept() for the 5 s
// handshake timeout. Here the pending limit is the connection cap, and the cap is enforced at
// accept time; nextPendingConnection() is virtual, which lets the guard connect its readyRead
// slot before QAbstractHttpServer (6.4.2) connects its own in handleNewConnections().
namespace cw::sandbox {

class GuardedSslServer : public QSslServer {
    Q_OBJECT
public:
    explicit GuardedSslServer(const HttpLimits &limits, QObject *parent = nullptr);

    QTcpSocket *nextPendingConnection() override;
    int openConnections() const { return *m_open; }

protected:
    void incomingConnection(qintptr handle) override;

private:
    HttpLimits m_limits;
    std::shared_ptr<int> m_open = std::make_shared<int>(0);
    qint64 m_lastRefusalLogMs = 0;
};

} // namespace cw::sandbox
