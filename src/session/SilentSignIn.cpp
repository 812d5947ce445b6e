#include "session/SilentSignIn.h"

#include "auth/AzureCliCredential.h"
#include "auth/ClientSecretCredential.h"
#include "auth/DeviceCodeCredential.h"
#include "auth/Transport.h"
#include "secrets/SecretStore.h"
#include "session/Session.h"

namespace cw::session {

SilentSignIn::SilentSignIn(secrets::SecretStore *store, QObject *parent)
    : AsyncJob(parent, Delivery::Queued, Lifetime::KeptByOwner)
    , m_store(store)
{
}

SilentSignIn::~SilentSignIn() = default;

void SilentSignIn::start(const ConnectionChoice &choice, const auth::CloudEnvironment &environment)
{
    m_choice = choice;
    m_environment = environment;
    AsyncJob::start();
}

void SilentSignIn::doStart()
{
    const ConnectionChoice &choice = m_choice;
    const auth::CloudEnvironment &environment = m_environment;
    switch (choice.method) {
    case ConnectionChoice::Method::Sandbox:
        return fail(tr("The sandbox needs no sign-in."));
    case ConnectionChoice::Method::AzureCli:
        return tryCredential(std::make_shared<auth::AzureCliCredential>(environment, m_azProgram));
    case ConnectionChoice::Method::DeviceCode: {
        auto credential = std::make_shared<auth::DeviceCodeCredential>(
            environment, choice.tenantId, QLatin1String(auth::DeviceCodeCredential::kAzureCliPublicClientId),
            m_store.data());
        // No stored refresh token, or Azure AD refused it: the credential falls back to a new
        // device code, which needs a person. Stop there and say so.
        connect(credential.get(), &auth::DeviceCodeCredential::deviceCodeReceived, this,
                [this, raw = credential.get()] {
                    raw->cancel();
                    fail(tr("Your Azure sign-in has expired. Sign in again."));
                });
        return tryCredential(std::move(credential));
    }
    case ConnectionChoice::Method::ServicePrincipal: {
        if (!m_store)
            return fail(tr("No keychain holds the client secret. Sign in again."));
        secrets::SecretJob *job = m_store->read(choice.clientSecretKey());
        connect(job, &secrets::SecretJob::finished, this, [this, choice, environment](const secrets::SecretResult &r) {
            if (!r.ok())
                return fail(tr("The client secret is not in the keychain (%1). Sign in again.")
                                .arg(r.error.isEmpty() ? tr("not found") : r.error));
            tryCredential(std::make_shared<auth::ClientSecretCredential>(environment, choice.tenantId, choice.clientId,
                                                                         r.data));
        });
        return;
    }
    }
}

void SilentSignIn::tryCredential(std::shared_ptr<auth::TokenCredential> credential)
{
    m_credential = std::move(credential);
    // The ARM connections' TLS handshakes run while Azure AD (or az) answers.
    auth::preconnectToArm(m_environment, Session::kConnectionsAhead);
    auth::TokenJob *job = m_credential->requestToken(m_environment.armScope());
    connect(job, &auth::TokenJob::finished, this, &SilentSignIn::onToken);
}

void SilentSignIn::onToken(const auth::TokenResult &result)
{
    if (isFinished())
        return;
    if (!result.ok())
        return fail(result.error.humanMessage());
    // The session is made when it is handed over: a sign-in deleted before that leaks none.
    finishWith([this] { Q_EMIT ready(new Session(m_environment, m_credential)); });
}

void SilentSignIn::fail(const QString &reason)
{
    // Called from inside the credential's or the keychain job's signal: report from the event
    // loop, and let go of the credential only then (never destroy an object in its own signal).
    finishWith([this, reason] {
        m_credential.reset();
        Q_EMIT failed(reason);
    });
}

} // namespace cw::session
