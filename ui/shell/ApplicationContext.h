#pragma once
#include <QObject>
#include <QPointer>

#include <memory>

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
// with the cloud (the embedded sandbox by default) and the operation runner on it. Created
// before the main window paints; the sandbox starts afterwards so the first paint never waits.
class ApplicationContext : public QObject
{
    Q_OBJECT
public:
    explicit ApplicationContext(QObject *parent = nullptr);
    ~ApplicationContext() override;

    // Starts the embedded sandbox (asynchronously) and, once ready, resumes unfinished
    // operations from the journal. `speed` scales the sandbox's simulated durations.
    void startSandbox(double speed = 1.0);

    session::Session *session() const;
    ops::OperationRunner *runner() const { return m_runner.get(); }
    ops::Journal *journal() const { return m_journal.get(); }
    secrets::SecretStore *secretStore() const { return m_secrets; }

Q_SIGNALS:
    void sessionReady(cw::session::Session *session);
    void sessionFailed(const QString &reason);
    // Operations found unfinished in the journal and resumed at start.
    void operationsResumed(int count);

private:
    void onSessionReady(session::Session *session);

    secrets::SecretStore *m_secrets;
    std::unique_ptr<ops::Journal> m_journal;
    session::SandboxLauncher *m_launcher = nullptr;
    QPointer<session::Session> m_session;
    std::unique_ptr<ops::OperationRunner> m_runner;
};

} // namespace cw::ui
