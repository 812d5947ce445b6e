#pragma once
#include <QObject>
#include <QPointer>

#include "sandbox/SandboxServer.h"

namespace cw::session {

class Session;

// Starts the embedded sandbox (on its own thread, so the GUI never waits on it) and, once it
// listens, makes a Session signed in with the sandbox's service principal.
class SandboxLauncher : public QObject
{
    Q_OBJECT
public:
    explicit SandboxLauncher(QObject *parent = nullptr);
    ~SandboxLauncher() override;

    // <AppLocalDataLocation>/sandbox: the sandbox's world and CA persist between runs.
    static QString defaultStateDirectory();

    void start(const sandbox::SandboxOptions &options);
    Session *session() const; // defined in the .cpp: QPointer<Session> needs the complete type
    const sandbox::SandboxEndpoint &endpoint() const { return m_endpoint; }

Q_SIGNALS:
    void ready(cw::session::Session *session);
    void failed(const QString &reason);

private:
    sandbox::SandboxServer *m_server = nullptr;
    QPointer<Session> m_session;
    sandbox::SandboxEndpoint m_endpoint;
};

} // namespace cw::session
