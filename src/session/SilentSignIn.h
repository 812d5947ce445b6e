#pragma once
#include <QPointer>

#include <memory>

#include "common/AsyncJob.h"
#include "session/ConnectionChoice.h"

namespace cw::auth {
class TokenCredential;
struct TokenResult;
}
namespace cw::secrets {
class SecretStore;
}

namespace cw::session {

class Session;

// Reconnects a remembered ConnectionChoice without asking anything: a service principal with
// its secret from the keychain, a device-code sign-in with its stored refresh token (never a new
// code: that needs a person, so it fails instead), the Azure CLI with its own login. Succeeds
// only once Azure AD has issued an ARM token. Emits exactly one of ready() or failed(), always
// from the event loop: an AsyncJob with Queued delivery, KeptByOwner (the receiver deletes it).
class SilentSignIn : public AsyncJob
{
    Q_OBJECT
public:
    explicit SilentSignIn(secrets::SecretStore *store, QObject *parent = nullptr);
    ~SilentSignIn() override;

    // `environment` is normally choice.environment(); a test passes the sandbox's.
    void start(const ConnectionChoice &choice, const auth::CloudEnvironment &environment);
    // The program run for the Azure CLI method (a seam for tests; default "az").
    void setAzureCliProgram(const QString &program) { m_azProgram = program; }

Q_SIGNALS:
    // The session is unparented: the receiver takes it.
    void ready(cw::session::Session *session);
    void failed(const QString &reason);

protected:
    void doStart() override;

private:
    void tryCredential(std::shared_ptr<auth::TokenCredential> credential);
    void onToken(const auth::TokenResult &result);
    void fail(const QString &reason);

    QPointer<secrets::SecretStore> m_store;
    QString m_azProgram = QStringLiteral("az");
    ConnectionChoice m_choice;
    auth::CloudEnvironment m_environment;
    std::shared_ptr<auth::TokenCredential> m_credential;
};

} // namespace cw::session
