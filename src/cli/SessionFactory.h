#pragma once
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

#include "cli/Profile.h"
#include "common/AsyncJob.h"
#include "sandboxlink/SandboxLink.h"

class QLockFile;

namespace cw::secrets {
class SecretStore;
}
namespace cw::session {
class Session;
class SandboxLauncher;
}

namespace cw::cli {

// Turns the saved profile into a signed-in Session, asynchronously: the embedded sandbox is
// started as a child process (session::SandboxLauncher; its state directory guarded by a lock
// file so two processes never share it), a running sandbox is reached through its ready-line
// file, a service principal reads its secret from AZURE_CLIENT_SECRET or the keychain, device
// code and az use their credentials. Emits exactly one of ready() or failed(), from the event
// loop: an AsyncJob with Queued delivery, KeptByOwner (the CLI context keeps it, and the session).
class SessionFactory : public AsyncJob
{
    Q_OBJECT
public:
    SessionFactory(secrets::SecretStore *store, QObject *parent = nullptr);
    ~SessionFactory() override;

    void start(const Profile &profile);
    // Set as soon as the session is made (before ready() is delivered).
    session::Session *session() const;
    // The sandbox's default subscription when the session is a sandbox, else empty.
    QString defaultSubscription() const { return m_defaultSubscription; }

Q_SIGNALS:
    void ready(cw::session::Session *session);
    void failed(const QString &message, int exitCode);
    // Device-code sign-in: the sentence telling the person where to enter which code.
    void deviceCodePrompt(const QString &message);

protected:
    void doStart() override;

private:
    void startEmbeddedSandbox();
    void startSandboxEndpoint(const Profile &profile);
    void startServicePrincipal(const Profile &profile);
    void succeed(session::Session *session);
    void fail(const QString &message, int exitCode);

    QPointer<secrets::SecretStore> m_store;
    Profile m_profile;
    session::SandboxLauncher *m_launcher = nullptr;
    std::unique_ptr<QLockFile> m_lock;
    QPointer<session::Session> m_session;
    QString m_defaultSubscription;
};

} // namespace cw::cli
