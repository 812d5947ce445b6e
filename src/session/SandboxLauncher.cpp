#include "session/SandboxLauncher.h"

#include <QStandardPaths>

#include "auth/SandboxCredential.h"
#include "session/Session.h"

namespace cw::session {

SandboxLauncher::SandboxLauncher(QObject *parent)
    : QObject(parent)
{
}

Session *SandboxLauncher::session() const
{
    return m_session;
}

SandboxLauncher::~SandboxLauncher()
{
    // The session's requests go to the sandbox: end them before the server thread stops.
    delete m_session.data();
    delete m_server;
}

QString SandboxLauncher::defaultStateDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/sandbox");
}

void SandboxLauncher::start(const sandbox::SandboxOptions &options)
{
    if (m_server)
        return;
    m_server = new sandbox::SandboxServer;
    connect(m_server, &sandbox::SandboxServer::failed, this, &SandboxLauncher::failed);
    connect(m_server, &sandbox::SandboxServer::ready, this, [this](const sandbox::SandboxEndpoint &endpoint) {
        m_endpoint = endpoint;
        auto credential = std::make_shared<auth::SandboxCredential>(
            endpoint.baseUrl, endpoint.caFile, endpoint.tenantId, endpoint.clientId, endpoint.clientSecret.toUtf8());
        m_session = new Session(auth::CloudEnvironment::sandbox(endpoint.baseUrl, endpoint.caFile),
                                std::move(credential), this);
        Q_EMIT ready(m_session);
    });
    sandbox::SandboxOptions embedded = options;
    embedded.reusePorts = true; // journaled operation URLs and exported kubeconfigs survive a restart
    m_server->start(embedded);
}

} // namespace cw::session
