#pragma once
#include <QObject>

#include <memory>

#include "auth/CloudEnvironment.h"
#include "azure/AccountServices.h"
#include "azure/ComputeService.h"
#include "azure/ManagedClusterService.h"

namespace cw::arm {
class ArmConnection;
}
namespace cw::auth {
class TokenCredential;
}

namespace cw::session {

// Everything needed to talk to one cloud as one identity: the environment, the credential and
// one ArmConnection (one QNetworkAccessManager, so connections are reused). The typed services
// are light handles on that connection, made on demand.
class Session : public QObject
{
    Q_OBJECT
public:
    Session(auth::CloudEnvironment environment, std::shared_ptr<auth::TokenCredential> credential,
            QObject *parent = nullptr);
    ~Session() override;

    // The connection holds the environment and the credential; the session does not keep copies.
    const auth::CloudEnvironment &environment() const;
    std::shared_ptr<auth::TokenCredential> credential() const;
    arm::ArmConnection *connection() const { return m_connection; }
    // "Sandbox", or the credential's display name on a real cloud.
    QString displayName() const;

    azure::SubscriptionService subscriptions() const { return azure::SubscriptionService(m_connection); }
    azure::WorkspaceService workspaces() const { return azure::WorkspaceService(m_connection); }
    azure::LocationService locations() const { return azure::LocationService(m_connection); }
    azure::ManagedClusterService managedClusters() const { return azure::ManagedClusterService(m_connection); }
    azure::ComputeService computes(const WorkspaceRef &workspace) const
    {
        return azure::ComputeService(m_connection, workspace);
    }

private:
    arm::ArmConnection *m_connection;
};

} // namespace cw::session
