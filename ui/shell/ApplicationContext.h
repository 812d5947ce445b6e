#pragma once
#include <QObject>
#include <QPointer>

#include <memory>

#include "sandboxlink/SandboxLink.h"
#include "session/ChildProcess.h"
#include "session/ConnectionChoice.h"

namespace cw::ops {
class Journal;
class OperationRunner;
} // namespace cw::ops
namespace cw::secrets {
class SecretStore;
}
namespace cw::session {
class SandboxLauncher;
class Session;
} // namespace cw::session

namespace cw::ui {

// What the windows of one application instance share: the keychain, the journal, the session
// with the cloud (the embedded sandbox by default, or the Azure cloud the person connected to)
// and the operation runner on it. Created before the main window paints; the connection starts
// afterwards so the first paint never waits.
class ApplicationContext : public QObject
{
    Q_OBJECT
public:
    explicit ApplicationContext(QObject *parent = nullptr);
    ~ApplicationContext() override;

    // Connects where the last run ended: the remembered Azure connection, signed in silently
    // (signInNeeded() when that needs a person), else the embedded sandbox. Every outcome is
    // signalled from the event loop, so main() calls it before building the window: the sandbox's
    // process or the sign-in starts while the widgets are made.
    // `sandboxProcess`: the embedded sandbox's process when main() started it already
    // (spawnRememberedSandbox() with the same speed); it is used when the sandbox is.
    void start(double sandboxSpeed = 1.0, session::SpawnedChild sandboxProcess = {});
    // For main(), before QApplication exists (cw::applyAppNames() called): when the remembered
    // connection is the embedded sandbox and its state exists (a light start, ~35 ms), starts its
    // process now, 6-9 ms sooner than start() could (QProcess-free: SandboxLauncher::spawn), and
    // returns it for start(). Otherwise (Azure; a first start, whose keys would compete with the
    // first paint) an empty child.
    static session::SpawnedChild spawnRememberedSandbox(double speed);
    // Starts the embedded sandbox (asynchronously, as a child process), switches back to it
    // when it already runs, or starts its process again when it stopped. `speed` scales the sandbox's simulated durations.
    void startSandbox(double speed = 1.0);
    // Connects to a sandbox that already runs in another process (--sandbox-endpoint): no
    // embedded sandbox is started; File → Use the sandbox still starts the embedded one. The
    // session's token request and connections start first (Session::warmUp), then the session
    // becomes current (sessionReady) inside this call: main() calls it before the window is
    // shown, so the first paint already shows the clusters view (no start page to build, paint
    // and replace) while the network thread makes the connections.
    void connectToRunningSandbox(const sandbox::SandboxEndpoint &endpoint);
    // The same at the speed start() was given (File → Use the sandbox).
    void useSandbox() { startSandbox(m_sandboxSpeed); }
    // Starts the embedded sandbox's process again after it stopped (sandboxStopped()), on the
    // same state and ports: once it is ready its session becomes current and the paused
    // operations resume.
    void restartSandbox();
    // The embedded sandbox's process (nullptr before the first startSandbox()).
    session::SandboxLauncher *sandboxLauncher() const { return m_launcher; }
    // Forgets the current Azure sign-in (the service principal's secret or the device-code
    // refresh token in the keychain; az keeps its own login) and goes back to the sandbox.
    void signOut();
    // Reconnects `choice` without asking (keychain secret, stored refresh token, az login).
    // `environment` is normally choice.environment(); tests pass the sandbox's.
    void reconnect(const session::ConnectionChoice &choice);
    void reconnect(const session::ConnectionChoice &choice, const auth::CloudEnvironment &environment);
    // Makes a signed-in session (from the sign-in dialog) the current one and remembers how it
    // was made, for the next start. Takes ownership of `session`.
    void useSession(session::Session *session, const session::ConnectionChoice &choice);

    session::Session *session() const;
    // Whether the current session is the embedded sandbox's (not Azure, not another sandbox).
    bool usesEmbeddedSandbox() const;
    const session::ConnectionChoice &choice() const { return m_choice; }
    ops::OperationRunner *runner() const { return m_runner.get(); }
    ops::Journal *journal() const { return m_journal.get(); }
    secrets::SecretStore *secretStore() const { return m_secrets; }

Q_SIGNALS:
    // A new current session (first connection, or a switch). The previous session and its
    // runner stay valid until the receivers of this signal have returned.
    void sessionReady(cw::session::Session *session);
    void sessionFailed(const QString &reason);
    // The embedded sandbox's process ended on its own (crash, killed): `reason` says how. When
    // it was the current session, the running operations have paused (still in the journal).
    void sandboxStopped(const QString &reason);
    // The remembered connection needs a person to sign in again (expired refresh token, secret
    // gone from the keychain, az logged out): `reason` says which.
    void signInNeeded(const cw::session::ConnectionChoice &choice, const QString &reason);
    // Operations found unfinished in the journal and resumed at start.
    void operationsResumed(int count);

private:
    static sandbox::SandboxOptions embeddedSandboxOptions(double speed);
    void startSandbox(double speed, session::SpawnedChild process);
    void switchTo(session::Session *session, const session::ConnectionChoice &choice);
    // A sandbox's session made current: its first listings fetched ahead on a thread of their own
    // (or, when they cannot be, its token asked for) while the views are built for it.
    void handOverSandboxSession(session::Session *session, const sandbox::SandboxEndpoint &endpoint);

    secrets::SecretStore *m_secrets;
    std::unique_ptr<ops::Journal> m_journal;
    session::SandboxLauncher *m_launcher = nullptr;
    QPointer<session::Session> m_session;
    session::ConnectionChoice m_choice;
    double m_sandboxSpeed = 1.0;
    std::unique_ptr<ops::OperationRunner> m_runner;
};

} // namespace cw::ui
