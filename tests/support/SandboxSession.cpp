#include "support/SandboxSession.h"

#include "auth/CloudEnvironment.h"
#include "auth/SandboxCredential.h"

namespace cw::test {

std::unique_ptr<session::Session> sandboxSession(const SandboxProcess &sandbox, QObject *parent)
{
    const sandbox::SandboxEndpoint ep = sandbox.endpoint();
    auto credential = std::make_shared<auth::SandboxCredential>(ep.baseUrl, ep.caFile, ep.tenantId, ep.clientId,
                                                                ep.clientSecret.toUtf8());
    return std::make_unique<session::Session>(auth::CloudEnvironment::sandbox(ep.baseUrl, ep.caFile),
                                              std::move(credential), parent);
}

} // namespace cw::test
