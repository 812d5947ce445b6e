#include "support/SandboxSession.h"

#include "auth/CloudEnvironment.h"
#include "auth/SandboxCredential.h"

namespace cw::test {

namespace {

std::shared_ptr<auth::SandboxCredential> credentialFor(const sandbox::SandboxEndpoint &ep)
{
    return std::make_shared<auth::SandboxCredential>(ep.baseUrl, ep.caFile, ep.tenantId, ep.clientId,
                                                     ep.clientSecret.toUtf8());
}

} // namespace

std::unique_ptr<session::Session> sandboxSession(const SandboxProcess &sandbox, QObject *parent)
{
    const sandbox::SandboxEndpoint ep = sandbox.endpoint();
    return std::make_unique<session::Session>(auth::CloudEnvironment::sandbox(ep.baseUrl, ep.caFile), credentialFor(ep),
                                              parent);
}

std::unique_ptr<arm::ArmConnection> sandboxConnection(const SandboxProcess &sandbox)
{
    const sandbox::SandboxEndpoint ep = sandbox.endpoint();
    return std::make_unique<arm::ArmConnection>(auth::CloudEnvironment::sandbox(ep.baseUrl, ep.caFile), credentialFor(ep));
}

SandboxOperations::SandboxOperations(const SandboxProcess &sandbox)
    : session(sandboxSession(sandbox))
    , journal(std::make_unique<ops::Journal>(journalDir.path()))
    , runner(std::make_unique<ops::OperationRunner>(session->connection(), journal.get()))
{
    runner->setDefaultPollIntervalMs(50);
}

} // namespace cw::test
