#include "session/Session.h"

#include "arm/ArmConnection.h"
#include "auth/TokenCredential.h"

namespace cw::session {

Session::Session(auth::CloudEnvironment environment, std::shared_ptr<auth::TokenCredential> credential,
                 QObject *parent)
    : QObject(parent)
    , m_environment(std::move(environment))
    , m_credential(std::move(credential))
    , m_connection(new arm::ArmConnection(m_environment, m_credential, this))
{
}

Session::~Session() = default;

QString Session::displayName() const
{
    if (m_environment.isSandbox())
        return tr("Sandbox");
    return m_credential ? m_credential->displayName() : m_environment.name;
}

} // namespace cw::session
