#pragma once
// The Azure ML v2 facts of one AKS cluster, gathered the one way the CLI's `preflight
// --kubernetes` and the wizard's v2 attach both use: the workspace and its computes, the
// ManagedCluster, the region's VM sizes (the session's cache), the extensions already on the
// cluster, and the eight legacy v1 components through the cluster's Kubernetes API (the user
// credential, as `az aks get-credentials`). What could not be read becomes a warning and an
// unknown fact (the rules then say it was not checked); only the workspace, its computes and the
// cluster are required.
#include "arm/ArmError.h"
#include "azure/ExtensionResource.h"
#include "azure/ComputeResource.h"
#include "azure/ManagedCluster.h"
#include "azure/Workspace.h"
#include "common/WorkspaceRef.h"
#include "rules/AksResourceId.h"
#include "rules/V2Facts.h"
#include "rules/VmSizeCatalogue.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace cw::kube {
class KubeClient;
}

namespace cw::session {

class Session;

struct V2ClusterFactsResult {
    std::optional<rules::V2ClusterFacts> facts;      // set unless a required read failed
    std::optional<azure::ManagedCluster> cluster;
    QList<azure::ExtensionResource> extensions;      // every extension on the cluster, as read
    bool extensionsRead = false;                     // false: their list could not be read (a warning says why)
    std::optional<azure::Workspace> workspace;       // as read (its region is a compute's location)
    QList<azure::ComputeResource> computes;          // the workspace's (the names a new compute must avoid)
    std::optional<arm::ArmError> error;              // the required read that failed
    QString errorContext;                            // "Cannot read the AKS cluster", ...
    QStringList warnings;                            // what could not be read, and why

    bool ok() const { return facts.has_value(); }
    // The extension the install would use (facts->extensionName), when it is there.
    const azure::ExtensionResource *extension(const QString &name) const;
};

// Starts on construction; emits finished() once, then deletes itself later. Answers only while
// `parent` exists.
class V2ClusterFactsJob : public QObject
{
    Q_OBJECT
public:
    V2ClusterFactsJob(Session *session, const WorkspaceRef &workspace, const rules::AksResourceId &clusterId,
                      QObject *parent);
    ~V2ClusterFactsJob() override;

    const V2ClusterFactsResult &result() const { return m_result; }

Q_SIGNALS:
    void warning(const QString &message);
    void finished();

private:
    void readComputesAndCluster();
    void findLegacy();
    void failRequired(const arm::ArmError &error, const QString &context);
    void addWarning(const QString &message);
    void complete();

    QPointer<Session> m_session;
    WorkspaceRef m_workspaceRef;
    rules::AksResourceId m_clusterId;
    std::optional<azure::Workspace> m_workspace;
    QList<azure::ComputeResource> m_computes;
    std::optional<rules::VmSizeCatalogue> m_sizes;
    QString m_sizesError;
    std::optional<QList<rules::LegacyComponentFact>> m_legacy;
    std::unique_ptr<kube::KubeClient> m_kube; // alive while its job runs
    int m_pending = 0;
    bool m_done = false;
    V2ClusterFactsResult m_result;
};

} // namespace cw::session
