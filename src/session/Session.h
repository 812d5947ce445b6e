#pragma once
#include <QObject>

#include <memory>

#include "auth/CloudEnvironment.h"
#include "azure/AccountServices.h"
#include "azure/ComputeService.h"
#include "azure/ManagedClusterService.h"
#include "azure/VmSizeCache.h"

namespace cw::arm {
class ArmConnection;
}
namespace cw::auth {
class TokenCredential;
}

namespace cw::session {

// Everything needed to talk to one cloud as one identity: the environment, the credential and
// one ArmConnection (one QNetworkAccessManager, so connections are reused). The typed services
// are light handles on that connection, made on demand; what is shared across them (the regions'
// VM sizes) lives here once per session.
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
    // Starts what the first requests need before anything asks: the ARM token (the credential
    // keeps it) and kConnectionsAhead TLS connections to ARM (auth::preconnectToArm). Nothing
    // waits on it; a failure is the first request's to report (it asks again). The app calls it
    // as soon as the session exists, so the connections come up while the views are built.
    void warmUp();
    // How many ARM connections warmUp() opens: the clusters view's first refresh sends a computes
    // list per workspace and a cluster list per subscription at once, and each request that finds
    // no open connection waits for a TLS handshake of its own (3-10 ms each on the sandbox; the
    // slowest gated the table).
    static constexpr int kConnectionsAhead = 4;

    // The regions' VM sizes, asked once per subscription+region for everything on this session.
    azure::VmSizeCache *vmSizes() const { return m_vmSizes; }

private:
    arm::ArmConnection *m_connection;
    azure::VmSizeCache *m_vmSizes;
};

// The app's way to auth::prepareTransportInBackground (app/gui talks to the network layers only
// through a session): Qt's TLS backend, OpenSSL and `caFile` loaded on a pool thread before the
// first session needs them. Makes no connection; returns at once.
void prepareTransportInBackground(const QString &caFile = {});

} // namespace cw::session
