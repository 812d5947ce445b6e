#include "session/V2ClusterFactsJob.h"

#include "azure/AccountServices.h"
#include "azure/ComputeService.h"
#include "azure/ExtensionService.h"
#include "azure/ManagedClusterService.h"
#include "azure/RulesFacts.h"
#include "azure/VmSizeCache.h"
#include "kube/KubeClient.h"
#include "session/Session.h"

namespace cw::session {

const azure::ExtensionResource *V2ClusterFactsResult::extension(const QString &name) const
{
    for (const azure::ExtensionResource &e : extensions) {
        if (e.name.compare(name, Qt::CaseInsensitive) == 0)
            return &e;
    }
    return nullptr;
}

V2ClusterFactsJob::V2ClusterFactsJob(Session *session, const WorkspaceRef &workspace,
                                     const rules::AksResourceId &clusterId, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_workspaceRef(workspace)
    , m_clusterId(clusterId)
{
    // Started from the event loop, so a caller connects finished() first.
    QMetaObject::invokeMethod(this, [this] {
        if (!m_session)
            return failRequired(arm::ArmError{}, tr("Not signed in"));
        azure::WorkspaceGetJob *job =
            m_session->workspaces().get(m_workspaceRef.subscriptionId, m_workspaceRef.resourceGroup, m_workspaceRef.workspace);
        connect(job, &azure::ServiceJob::finished, this, [this, job] {
            if (!job->result().ok())
                return failRequired(*job->result().error, tr("Cannot read the workspace"));
            m_workspace = *job->result().value;
            readComputesAndCluster();
        });
    }, Qt::QueuedConnection);
}

V2ClusterFactsJob::~V2ClusterFactsJob() = default;

void V2ClusterFactsJob::readComputesAndCluster()
{
    m_pending = 4; // computes, VM sizes, legacy components, extensions
    azure::ComputeListJob *computes = m_session->computes(m_workspaceRef).list();
    connect(computes, &azure::ServiceJob::finished, this, [this, computes] {
        if (!computes->result().ok())
            return failRequired(*computes->result().error, tr("Cannot list the workspace's computes"));
        m_computes = *computes->result().value;
        complete();
    });
    azure::ExtensionListJob *extensions = azure::ExtensionService(m_session->connection()).list(m_clusterId.toString());
    connect(extensions, &azure::ServiceJob::finished, this, [this, extensions] {
        if (extensions->result().ok()) {
            m_result.extensions = *extensions->result().value;
            m_result.extensionsRead = true;
        } else {
            addWarning(tr("the extensions on the cluster could not be read: %1").arg(extensions->result().error->humanMessage()));
        }
        complete();
    });
    azure::ManagedClusterGetJob *cluster = m_session->managedClusters().get(m_clusterId.toString());
    connect(cluster, &azure::ServiceJob::finished, this, [this, cluster] {
        if (!cluster->result().ok())
            return failRequired(*cluster->result().error, tr("Cannot read the AKS cluster"));
        m_result.cluster = *cluster->result().value;
        m_session->vmSizes()->sizes(m_clusterId.subscription, m_result.cluster->location, this,
                                    [this](const azure::VmSizeCache::Answer &answer) {
                                        m_sizes = answer.catalogue;
                                        m_sizesError = answer.error;
                                        if (!answer.catalogue)
                                            addWarning(tr("the region's VM sizes could not be read: %1").arg(answer.error));
                                        complete();
                                    });
        findLegacy();
    });
}

void V2ClusterFactsJob::findLegacy()
{
    azure::ClusterCredentialsJob *creds =
        m_session->managedClusters().userCredentials(m_clusterId.subscription, m_clusterId.resourceGroup, m_clusterId.name);
    connect(creds, &azure::ServiceJob::finished, this, [this, creds] {
        const auto notRead = [this](const QString &why) {
            addWarning(tr("the cluster's Kubernetes API could not be read: %1").arg(why));
            complete();
        };
        if (!creds->result().ok())
            return notRead(creds->result().error->humanMessage());
        if (creds->result().value->isEmpty())
            return notRead(tr("the service returned no kubeconfig."));
        const auto parsed = kube::Kubeconfig::parse(creds->result().value->first().kubeconfig);
        if (!parsed.ok())
            return notRead(parsed.error);
        QString error;
        const auto target = parsed.value->resolve({}, &error);
        if (!target)
            return notRead(error);
        m_kube = std::make_unique<kube::KubeClient>(*target);
        kube::LegacyComponentsJob *job = m_kube->findLegacyComponents();
        connect(job, &kube::LegacyComponentsJob::finished, this, [this, notRead](const kube::LegacyComponentsReport &report) {
            if (!report.ok()) {
                const QList<kube::LegacyComponentResult> failed = report.failed();
                return notRead(failed.isEmpty() ? tr("the lookup was cancelled.") : failed.first().error.sentence);
            }
            QList<rules::LegacyComponentFact> found;
            for (const kube::LegacyComponentResult &c : report.present())
                found.append({c.kind, c.ns, c.name});
            m_legacy = found;
            complete();
        });
    });
}

void V2ClusterFactsJob::failRequired(const arm::ArmError &error, const QString &context)
{
    if (m_done)
        return;
    m_done = true;
    m_result.error = error;
    m_result.errorContext = context;
    Q_EMIT finished();
    deleteLater();
}

void V2ClusterFactsJob::addWarning(const QString &message)
{
    m_result.warnings.append(message);
    Q_EMIT warning(message);
}

void V2ClusterFactsJob::complete()
{
    if (m_done || --m_pending > 0)
        return;
    m_done = true;
    rules::V2ClusterFacts facts = azure::toV2ClusterFacts(*m_result.cluster, m_sizes, *m_workspace, m_computes, m_sizesError);
    facts.legacyComponents = m_legacy;
    for (const azure::ExtensionResource &e : m_result.extensions) {
        rules::ExtensionFact fact{e.name, e.extensionType, e.provisioningState,
                                  e.installedVersion.isEmpty() ? e.version : e.installedVersion, {}};
        for (const azure::ExtensionStatus &s : e.statuses)
            fact.statuses.append({s.code, s.displayStatus, s.level, s.message});
        facts.extensions.append(fact);
    }
    m_result.facts = facts;
    m_result.workspace = m_workspace;
    m_result.computes = m_computes;
    Q_EMIT finished();
    deleteLater();
}

} // namespace cw::session
