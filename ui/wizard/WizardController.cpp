#include "wizard/WizardController.h"

#include "rules/AttachRules.h"
#include "rules/ExtensionRules.h"
#include "rules/KubernetesComputeRules.h"
#include "rules/NameRules.h"
#include "rules/V2ClusterRules.h"
#include "tls/CertificateRulesFacts.h"
#include "widgets/CertificateInspector.h"
#include "wizard/WizardPages.h"

namespace cw::ui {

WizardController::WizardController(WizardBackend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{
}

void WizardController::setBackend(WizardBackend *backend)
{
    m_backend = backend;
    m_subscriptions.clear();
    m_workspaces.clear();
    m_computes.clear();
    m_clusters.clear();
    m_locations.clear();
    m_locationsState = LoadState::Idle;
    m_locationsSubscription.clear();
    m_vmSizes.reset(); // another cloud: its sizes come from its own session
    m_vmSizesState = LoadState::Idle;
    ++m_vmSizesGeneration;
    m_selectedCluster.reset();
    m_v2Cluster.reset();
    m_v2ClusterState = LoadState::Idle;
    ++m_v2ClusterGeneration;
    m_spec.workspace = {};
    loadSubscriptions();
}

QString WizardController::lastError(const QString &what) const
{
    return m_errors.value(what);
}

void WizardController::loadSubscriptions()
{
    if (!m_backend)
        return;
    m_subscriptionsState = LoadState::Loading;
    Q_EMIT subscriptionsChanged();
    m_backend->subscriptions(this, [this](const QList<SubscriptionChoice> &list, const QString &error) {
        m_subscriptions = list;
        m_errors.insert(QStringLiteral("subscriptions"), error);
        m_subscriptionsState = error.isEmpty() ? LoadState::Loaded : LoadState::Failed;
        Q_EMIT subscriptionsChanged();
    });
}

void WizardController::loadWorkspaces(const QString &subscription)
{
    if (!m_backend)
        return;
    const quint64 generation = ++m_workspacesGeneration;
    m_workspaces.clear();
    m_workspacesState = LoadState::Loading;
    Q_EMIT workspacesChanged();
    m_backend->workspaces(subscription, this,
                          [this, generation](const QList<WorkspaceRef> &list, const QString &error) {
                              if (generation != m_workspacesGeneration)
                                  return;
                              m_workspaces = list;
                              m_errors.insert(QStringLiteral("workspaces"), error);
                              m_workspacesState = error.isEmpty() ? LoadState::Loaded : LoadState::Failed;
                              Q_EMIT workspacesChanged();
                          });
}

void WizardController::selectWorkspace(const WorkspaceRef &workspace)
{
    const bool changed = workspace.subscriptionId != m_spec.workspace.subscriptionId
                         || workspace.workspace != m_spec.workspace.workspace
                         || workspace.resourceGroup != m_spec.workspace.resourceGroup;
    m_spec.workspace = workspace;
    if (!changed)
        return;
    const bool otherSubscription = workspace.subscriptionId != m_locationsSubscription;
    m_computes.clear();
    m_clusters.clear();
    m_selectedCluster.reset();
    m_v2Cluster.reset();
    m_v2ClusterState = LoadState::Idle;
    ++m_v2ClusterGeneration;
    if (workspace.workspace.isEmpty())
        return;
    loadComputes();
    if (otherSubscription || m_locationsState == LoadState::Failed)
        loadLocations();
    loadVmSizes(m_spec.effectiveRegion());
    loadOrchestrators(m_spec.effectiveRegion());
}

void WizardController::loadComputes()
{
    if (!m_backend || m_spec.workspace.workspace.isEmpty())
        return;
    const quint64 generation = ++m_computesGeneration;
    m_computesState = LoadState::Loading;
    Q_EMIT computesChanged();
    m_backend->computes(m_spec.workspace, this,
                        [this, generation](const QList<rules::ExistingCompute> &list, const QString &error) {
                            if (generation != m_computesGeneration)
                                return;
                            if (error.isEmpty())
                                m_computes = list;
                            m_errors.insert(QStringLiteral("computes"), error);
                            m_computesState = error.isEmpty() ? LoadState::Loaded : LoadState::Failed;
                            Q_EMIT computesChanged();
                        });
}

void WizardController::loadClusters()
{
    if (!m_backend || m_spec.workspace.subscriptionId.isEmpty())
        return;
    const quint64 generation = ++m_clustersGeneration;
    m_clustersState = LoadState::Loading;
    Q_EMIT clustersChanged();
    m_backend->clusters(m_spec.workspace.subscriptionId, this,
                        [this, generation](const QList<ClusterChoice> &list, const QString &error) {
                            if (generation != m_clustersGeneration)
                                return;
                            m_clusters = list;
                            m_errors.insert(QStringLiteral("clusters"), error);
                            m_clustersState = error.isEmpty() ? LoadState::Loaded : LoadState::Failed;
                            Q_EMIT clustersChanged();
                        });
}

void WizardController::loadLocations()
{
    if (!m_backend || m_spec.workspace.subscriptionId.isEmpty())
        return;
    const quint64 generation = ++m_locationsGeneration;
    m_locationsSubscription = m_spec.workspace.subscriptionId;
    m_locations.clear();
    m_locationsState = LoadState::Loading;
    Q_EMIT locationsChanged();
    m_backend->locations(m_spec.workspace.subscriptionId, this,
                         [this, generation](const QList<rules::LocationFacts> &list, const QString &error) {
                             if (generation != m_locationsGeneration)
                                 return;
                             m_locations = list;
                             m_errors.insert(QStringLiteral("locations"), error);
                             m_locationsState = error.isEmpty() ? LoadState::Loaded : LoadState::Failed;
                             Q_EMIT locationsChanged();
                         });
}

void WizardController::loadVmSizes(const QString &region)
{
    if (!m_backend || region.isEmpty())
        return;
    loadCoreQuota(region);
    const quint64 generation = ++m_vmSizesGeneration;
    m_vmSizes.reset();
    m_vmSizesState = LoadState::Loading;
    Q_EMIT vmSizesChanged();
    m_backend->vmSizes(m_spec.workspace.subscriptionId, region, this,
                       [this, generation](const rules::VmSizeCatalogue &catalogue, const QString &error) {
                           if (generation != m_vmSizesGeneration)
                               return; // another region was chosen meanwhile
                           // Without the service's list there is no catalogue: no size is guessed.
                           if (error.isEmpty())
                               m_vmSizes = catalogue;
                           m_errors.insert(QStringLiteral("vmSizes"), error);
                           m_vmSizesState = error.isEmpty() ? LoadState::Loaded : LoadState::Failed;
                           Q_EMIT vmSizesChanged();
                       });
}

void WizardController::loadCoreQuota(const QString &region)
{
    if (!m_backend || region.isEmpty())
        return;
    const quint64 generation = ++m_coreQuotaGeneration;
    m_coreQuota.reset();
    m_coreQuotaRegion = region;
    m_coreQuotaLoading = true;
    Q_EMIT coreQuotaChanged();
    m_backend->coreQuota(m_spec.workspace.subscriptionId, region, this,
                         [this, generation](const std::optional<rules::CoreQuota> &quota, const QString &error) {
                             if (generation != m_coreQuotaGeneration)
                                 return; // another region was chosen meanwhile
                             m_coreQuota = quota;
                             m_coreQuotaLoading = false;
                             m_errors.insert(QStringLiteral("coreQuota"), error);
                             Q_EMIT coreQuotaChanged();
                         });
}

std::optional<rules::CoreQuota> WizardController::coreQuota() const
{
    if (m_coreQuotaRegion.compare(m_spec.effectiveRegion(), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    return m_coreQuota;
}

void WizardController::loadOrchestrators(const QString &region)
{
    if (!m_backend || region.isEmpty())
        return;
    m_backend->orchestrators(m_spec.workspace.subscriptionId, region, this,
                             [this](const rules::OrchestratorList &list, const QString &error) {
                                 m_orchestrators = error.isEmpty() ? list : rules::OrchestratorList{};
                                 m_errors.insert(QStringLiteral("orchestrators"), error);
                                 Q_EMIT orchestratorsChanged();
                             });
}

void WizardController::lookUpCluster(const QString &resourceId)
{
    if (!m_backend)
        return;
    m_backend->cluster(resourceId, this, [this](const ClusterChoice &cluster, const QString &error) {
        Q_EMIT clusterLookedUp(cluster, error);
    });
}

void WizardController::selectCluster(const std::optional<ClusterChoice> &cluster)
{
    m_selectedCluster = cluster;
    m_spec.aksResourceId = cluster ? cluster->facts.id : QString();
    Q_EMIT selectedClusterChanged();
    if (m_v2Mode)
        loadV2Cluster();
}

void WizardController::setV2Mode(bool v2)
{
    if (v2 == m_v2Mode)
        return;
    m_v2Mode = v2;
    if (v2 && m_selectedCluster && m_v2ClusterState == LoadState::Idle)
        loadV2Cluster();
}

void WizardController::loadV2Cluster()
{
    const quint64 generation = ++m_v2ClusterGeneration;
    m_v2Cluster.reset();
    m_v2.reuseExtension = false;
    if (!m_backend || !m_selectedCluster || m_spec.workspace.workspace.isEmpty()) {
        m_v2ClusterState = LoadState::Idle;
        Q_EMIT v2ClusterChanged();
        return;
    }
    m_v2ClusterState = LoadState::Loading;
    Q_EMIT v2ClusterChanged();
    m_backend->v2Cluster(m_spec.workspace, m_selectedCluster->facts.id, this,
                         [this, generation](const V2ClusterState &state, const QString &error) {
                             if (generation != m_v2ClusterGeneration)
                                 return; // another cluster was picked meanwhile
                             m_errors.insert(QStringLiteral("v2Cluster"), error);
                             m_v2ClusterState = error.isEmpty() ? LoadState::Loaded : LoadState::Failed;
                             if (error.isEmpty())
                                 m_v2Cluster = state;
                             // A Succeeded Azure ML extension is reused as it is (the rules' info says so).
                             m_v2.reuseExtension = error.isEmpty() && state.extensionSucceeded();
                             Q_EMIT v2ClusterChanged();
                         });
}

rules::Findings WizardController::v2ClusterFindings() const
{
    if (!m_v2Cluster)
        return {};
    return rules::checkClusterForV2(m_v2Cluster->facts, m_spec.purpose);
}

rules::Findings WizardController::v2ExtensionFindings() const
{
    if (!m_v2Cluster || m_v2.reuseExtension)
        return {};
    return rules::checkExtensionConfiguration(extensionConfiguration(m_v2.extension, m_spec.purpose), m_v2Cluster->facts,
                                              m_v2.extension.https ? m_v2Certificate : std::nullopt,
                                              QDateTime::currentDateTimeUtc());
}

rules::Findings WizardController::v2ComputeFindings() const
{
    rules::Findings out = m_spec.name.trimmed().isEmpty()
                              ? rules::Findings{rules::error(QStringLiteral("name.empty"), QStringLiteral("name"), tr("Type a name."))}
                              : nameFindings();
    out += rules::validateKubernetesNamespace(m_v2.kubernetesNamespace.trimmed());
    out += rules::validateInstanceTypes(m_v2.instanceTypes, m_v2.defaultInstanceTypeName);
    return out;
}

rules::Findings WizardController::v2Findings() const
{
    return v2ClusterFindings() + v2ExtensionFindings() + v2ComputeFindings();
}

V2AttachRequest WizardController::v2Request() const
{
    V2AttachRequest r;
    r.workspace = m_spec.workspace;
    r.clusterId = m_spec.aksResourceId;
    r.extensionName = m_v2.extensionName;
    r.reuseExtension = m_v2.reuseExtension;
    r.extension = extensionConfiguration(m_v2.extension, m_spec.purpose);
    r.compute = kubernetesComputeSpec(m_v2, m_spec);
    return r;
}

rules::CertificateFacts WizardController::certificateFacts(const CertificateInspection &inspection)
{
    return tls::toCertificateFacts(inspection.report, inspection.readError);
}

rules::Findings WizardController::nameFindings() const
{
    QStringList names;
    for (const rules::ExistingCompute &c : m_computes)
        names.append(c.name);
    return rules::validateComputeName(m_spec.name, names);
}

rules::PreflightInput WizardController::preflightInput() const
{
    rules::PreflightInput input;
    input.spec = m_spec;
    input.workspace.subscription = m_spec.workspace.subscriptionId;
    input.workspace.location = m_spec.workspace.location;
    input.workspace.computes = m_computes;
    if (m_spec.isAttach() && m_selectedCluster)
        input.cluster = m_selectedCluster->facts;
    if (m_spec.tls.mode == rules::TlsMode::Custom)
        input.certificate = m_certificate;
    input.orchestrators = m_orchestrators;
    if (m_locationsState == LoadState::Loaded)
        input.locations = m_locations;
    input.vmSizes = m_vmSizes;
    if (m_vmSizesState == LoadState::Failed)
        input.vmSizesError = lastError(QStringLiteral("vmSizes"));
    if (m_spec.isCreate())
        input.regionalCores = coreQuota();
    input.now = QDateTime::currentDateTimeUtc();
    return input;
}

rules::PreflightReport WizardController::preflight() const
{
    return rules::runPreflight(preflightInput());
}

QList<rules::PreflightCheck> WizardController::attachChecks() const
{
    return rules::preflightAttachChecks(preflightInput());
}

int WizardController::pageForErrors(const QStringList &codes, rules::ComputeMode mode)
{
    const QString all = codes.join(QLatin1Char(' ')).toLower();
    auto has = [&all](std::initializer_list<const char *> words) {
        for (const char *w : words) {
            if (all.contains(QLatin1String(w)))
                return true;
        }
        return false;
    };
    if (has({"ssl", "tls", "certificate", "cname", "leafdomain"}))
        return TlsPageId;
    if (has({"subnet", "vnet", "network", "cidr", "publicip", "policy", "loadbalancer"}))
        return NetworkingPageId;
    if (has({"name", "conflict", "exists", "quota", "vmsize", "sku", "core", "capacity", "version",
             "cluster", "agentcount"}))
        return mode == rules::ComputeMode::Create ? SizePageId : ClusterPageId;
    return ReviewPageId;
}

int WizardController::pageForV2Errors(const QStringList &codes)
{
    const QString all = codes.join(QLatin1Char(' ')).toLower();
    if (all.contains(QLatin1String("e4000")))
        return V2ExtensionPageId;
    if (all.contains(QLatin1String("e4500")) || all.contains(QLatin1String("cluster")) || all.contains(QLatin1String("extension")))
        return ClusterPageId;
    if (all.contains(QLatin1String("name")) || all.contains(QLatin1String("conflict")) || all.contains(QLatin1String("exists"))
        || all.contains(QLatin1String("instancetype")) || all.contains(QLatin1String("namespace")) || all.contains(QLatin1String("argument")))
        return V2ComputePageId;
    return ReviewPageId;
}

} // namespace cw::ui
