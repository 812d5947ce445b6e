#include "sandbox/GuardedSslServer.h"

#include "sandbox/ConnectionGuard.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSslSocket>

namespace cw::sandbox {
namespace {

Q_LOGGING_CATEGORY(lcSandboxConnections, "cw.sandbox.connections", QtInfoMsg)

} // namespace

GuardedSslServer::GuardedSslServer(const HttpLimits &limits, QObject *parent)
    : QSslServer(parent)
    , m_limits(limits)
{
    // The cap in incomingConnection() is what limits connections. QSslServer pauses accept() when
    // the sockets in the handshake reach maxPendingConnections; one above the cap, that never
    // happens, so a connection over the cap is refused at once instead of waiting in the backlog.
    setMaxPendingConnections(limits.maxConnections + 1);
    // Qt listens with a backlog of 50: a burst of connections beyond it had its SYNs dropped and
    // waited 1-7 s for the retransmission. Queue as many as may be open.
    setListenBacklogSize(limits.maxConnections);
    setHandshakeTimeout(limits.handshakeTimeoutMs);
}

void GuardedSslServer::incomingConnection(qintptr handle)
{
    if (*m_open >= m_limits.maxConnections) {
        // Before TLS nothing can be said in HTTP: close at once, so the client fails fast instead
        // of waiting, and say why on stderr (at most once a second).
        QTcpSocket refused;
        refused.setSocketDescriptor(handle);
        refused.abort();
        if (const qint64 now = QDateTime::currentMSecsSinceEpoch(); now - m_lastRefusalLogMs >= 1000) {
            m_lastRefusalLogMs = now;
            qCWarning(lcSandboxConnections) << "refused a connection:" << *m_open
                                            << "connections are open, the limit is" << m_limits.maxConnections;
        }
        return;
    }
    QSslServer::incomingConnection(handle);
    // QSslServer (6.4) makes the socket its newest child; count it from now on (the handshake
    // included). nextPendingConnection() adds the guard anyway if it ever is not found here.
    const QObjectList &kids = children();
    auto *socket = kids.isEmpty() ? nullptr : qobject_cast<QSslSocket *>(kids.constLast());
    if (socket && socket->socketDescriptor() == handle && !ConnectionGuard::of(socket))
        new ConnectionGuard(socket, m_limits, m_open);
}

QTcpSocket *GuardedSslServer::nextPendingConnection()
{
    QTcpSocket *socket = QSslServer::nextPendingConnection();
    if (auto *tls = qobject_cast<QSslSocket *>(socket)) {
        ConnectionGuard *guard = ConnectionGuard::of(tls);
        if (!guard)
            guard = new ConnectionGuard(tls, m_limits, m_open);
        guard->startHttp();
    }
    return socket;
}

} // namespace cw::sandbox
