#pragma once
// The wizard's state and its asynchronous loads, outside the page widgets: the spec being
// built, what was loaded for the pickers and the checks (computes, clusters, VM sizes,
// versions), and the pure decisions the pages show (name findings, preflight input).
#include "rules/ComputeSpec.h"
#include "rules/Finding.h"
#include "rules/Preflight.h"
#include "wizard/V2AttachSpec.h"
#include "wizard/WizardBackend.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace cw::ui {

struct CertificateInspection;

// One asynchronous list: loading, loaded or failed (with the message and a retry).
enum class LoadState { Idle, Loading, Loaded, Failed };

class WizardController : public QObject
{
    Q_OBJECT
public:
    explicit WizardController(WizardBackend *backend, QObject *parent = nullptr);

    WizardBackend *backend() const { return m_backend; }
    void setBackend(WizardBackend *backend); // a new environment: everything reloads

    rules::ComputeSpec &spec() { return m_spec; }
    const rules::ComputeSpec &spec() const { return m_spec; }

    // Loads; each emits its *Changed signal when it starts and when it ends.
    void loadSubscriptions();
    void loadWorkspaces(const QString &subscription);
    void selectWorkspace(const WorkspaceRef &workspace); // loads computes, sizes, versions
    void loadComputes();
    void loadClusters();
    // The workspace subscription's regions (the size page offers only those).
    void loadLocations();
    void loadVmSizes(const QString &region);
    void loadOrchestrators(const QString &region);
    // The region's vCPU quota (loadVmSizes asks for it too: a region's sizes and quota go together).
    void loadCoreQuota(const QString &region);
    void lookUpCluster(const QString &resourceId); // a pasted ID

    LoadState subscriptionsState() const { return m_subscriptionsState; }
    LoadState workspacesState() const { return m_workspacesState; }
    LoadState computesState() const { return m_computesState; }
    LoadState clustersState() const { return m_clustersState; }
    LoadState locationsState() const { return m_locationsState; }
    LoadState vmSizesState() const { return m_vmSizesState; }
    QString lastError(const QString &what) const;

    QList<SubscriptionChoice> subscriptionList() const { return m_subscriptions; }
    QList<WorkspaceRef> workspaceList() const { return m_workspaces; }
    QList<rules::ExistingCompute> computeList() const { return m_computes; }
    QList<ClusterChoice> clusterList() const { return m_clusters; }
    QList<rules::LocationFacts> locationList() const { return m_locations; }
    // The region's VM sizes (the session's shared cache): nullopt while loading or when they
    // could not be read (lastError("vmSizes")); the checks then say the size was not checked.
    const std::optional<rules::VmSizeCatalogue> &vmSizeCatalogue() const { return m_vmSizes; }
    rules::OrchestratorList orchestratorList() const { return m_orchestrators; }
    // The quota of the spec's current region, once read (nullopt while loading, unreadable, or
    // read for another region).
    std::optional<rules::CoreQuota> coreQuota() const;
    bool coreQuotaLoading() const { return m_coreQuotaLoading; }

    // Attach: the cluster the user picked (from the table or a pasted ID).
    void selectCluster(const std::optional<ClusterChoice> &cluster);
    std::optional<ClusterChoice> selectedCluster() const { return m_selectedCluster; }

    // Custom TLS: src/tls's analysis, for the preflight.
    void setCertificateFacts(const std::optional<rules::CertificateFacts> &facts) { m_certificate = facts; }
    static rules::CertificateFacts certificateFacts(const CertificateInspection &inspection);

    rules::Findings nameFindings() const;
    rules::PreflightInput preflightInput() const;
    rules::PreflightReport preflight() const;
    // Preflight checks of the attach target only (shown live on the cluster page).
    QList<rules::PreflightCheck> attachChecks() const;

    // Azure ML v2 (Kubernetes compute): the third choice of the mode page. Its state beside the
    // shared spec (workspace, cluster, name, purpose); loading the picked cluster's v2 facts.
    bool isV2() const { return m_v2Mode; }
    void setV2Mode(bool v2);
    V2AttachSpec &v2() { return m_v2; }
    const V2AttachSpec &v2() const { return m_v2; }
    void loadV2Cluster();
    LoadState v2ClusterState() const { return m_v2ClusterState; }
    const std::optional<V2ClusterState> &v2Cluster() const { return m_v2Cluster; }
    // Each page's live findings (rules::checkClusterForV2, checkExtensionConfiguration, the
    // compute's name, namespace and instance types) and all of them for the review.
    rules::Findings v2ClusterFindings() const;
    rules::Findings v2ExtensionFindings() const;
    rules::Findings v2ComputeFindings() const;
    rules::Findings v2Findings() const;
    // Custom TLS of the extension page: src/tls's analysis of the PEM pair.
    void setV2CertificateFacts(const std::optional<rules::CertificateFacts> &facts) { m_v2Certificate = facts; }
    V2AttachRequest v2Request() const;

    // "Fix and retry": which page to return to for the service's error codes.
    static int pageForErrors(const QStringList &codes, rules::ComputeMode mode);
    // Azure ML v2: the extension's health check codes (E4000x) go back to the extension page, the
    // legacy components (E4500x) and cluster refusals to the cluster page, name refusals to the
    // compute page.
    static int pageForV2Errors(const QStringList &codes);

Q_SIGNALS:
    void subscriptionsChanged();
    void workspacesChanged();
    void computesChanged();
    void clustersChanged();
    void locationsChanged();
    void vmSizesChanged();
    void orchestratorsChanged();
    void coreQuotaChanged();
    void clusterLookedUp(const cw::ui::ClusterChoice &cluster, const QString &error);
    void selectedClusterChanged();
    void v2ClusterChanged();

private:
    QPointer<WizardBackend> m_backend;
    rules::ComputeSpec m_spec;
    QList<SubscriptionChoice> m_subscriptions;
    QList<WorkspaceRef> m_workspaces;
    QList<rules::ExistingCompute> m_computes;
    QList<ClusterChoice> m_clusters;
    QList<rules::LocationFacts> m_locations;
    std::optional<rules::VmSizeCatalogue> m_vmSizes;
    rules::OrchestratorList m_orchestrators;
    std::optional<rules::CoreQuota> m_coreQuota;
    QString m_coreQuotaRegion;
    bool m_coreQuotaLoading = false;
    quint64 m_coreQuotaGeneration = 0;
    std::optional<ClusterChoice> m_selectedCluster;
    std::optional<rules::CertificateFacts> m_certificate;
    LoadState m_subscriptionsState = LoadState::Idle;
    LoadState m_workspacesState = LoadState::Idle;
    LoadState m_computesState = LoadState::Idle;
    LoadState m_clustersState = LoadState::Idle;
    LoadState m_locationsState = LoadState::Idle;
    LoadState m_vmSizesState = LoadState::Idle;
    QHash<QString, QString> m_errors;
    // Answers to superseded requests are ignored (the user picked another subscription).
    quint64 m_workspacesGeneration = 0;
    quint64 m_computesGeneration = 0;
    quint64 m_clustersGeneration = 0;
    quint64 m_locationsGeneration = 0;
    quint64 m_vmSizesGeneration = 0;
    QString m_locationsSubscription; // whose regions m_locations are
    bool m_v2Mode = false;
    V2AttachSpec m_v2;
    LoadState m_v2ClusterState = LoadState::Idle;
    std::optional<V2ClusterState> m_v2Cluster;
    std::optional<rules::CertificateFacts> m_v2Certificate;
    quint64 m_v2ClusterGeneration = 0;
};

} // namespace cw::ui
