#include "session/Session.h"

#include "arm/ArmConnection.h"
#include "auth/TokenCredential.h"
#include "auth/Transport.h"

namespace cw::session {

Session::Session(auth::CloudEnvironment environment, std::shared_ptr<auth::TokenCredential> credential,
                 QObject *parent)
    : QObject(parent)
    , m_connection(new arm::ArmConnection(std::move(environment), std::move(credential), this))
    , m_vmSizes(new azure::VmSizeCache(m_connection, this))
{
}

Session::~Session() = default;

const auth::CloudEnvironment &Session::environment() const
{
    return m_connection->environment();
}

std::shared_ptr<auth::TokenCredential> Session::credential() const
{
    return m_connection->credential();
}

void Session::warmUp()
{
    // The token first: on the sandbox it goes out on the first connection, ahead of the others' handshakes.
    if (const std::shared_ptr<auth::TokenCredential> c = credential())
        c->requestToken(environment().armScope()); // the job deletes itself; the token stays cached
    auth::preconnectToArm(environment(), kConnectionsAhead);
}

QString Session::displayName() const
{
    if (environment().isSandbox())
        return tr("Sandbox");
    return credential() ? credential()->displayName() : environment().name;
}

void prepareTransportInBackground(const QString &caFile)
{
    auth::prepareTransportInBackground(caFile);
}

} // namespace cw::session
