#include "clusters/MoveToV2Check.h"

#include "arm/LroDocuments.h"
#include "azure/ComputeService.h"
#include "azure/ExtensionService.h"
#include "azure/ManagedClusterService.h"
#include "azure/RulesFacts.h"
#include "azure/Workspace.h"
#include "azure/VmSizeCache.h"
#include "common/JsonFields.h"
#include "export/SpecFromCompute.h"
#include "rules/ExtensionConfiguration.h"
#include "rules/MigrationRules.h"
#include "session/Session.h"

namespace cw::ui {
namespace {

QString errorText(const std::optional<arm::ArmError> &error)
{
    return error ? error->humanMessage() : QString();
}

bool isAzureMl(const azure::ExtensionResource &e)
{
    return e.extensionType.compare(QLatin1String(rules::extension::kExtensionType), Qt::CaseInsensitive) == 0;
}

} // namespace

rules::Findings moveToV2Findings(const nlohmann::json &compute, const WorkspaceRef &workspace,
                                 const azure::ManagedCluster &cluster, const std::optional<rules::VmSizeCatalogue> &sizes,
                                 const QString &sizesError, const QList<azure::ComputeResource> &computes,
                                 const QList<azure::ExtensionResource> &extensions, const QString &computeName,
                                 rules::ExtensionConfiguration *settings)
{
    // The v1 compute's attach spec, as the operation reads it (re-attach's reading).
    WorkspaceRef ws = workspace;
    ws.location = jsonfields::string(compute, "location");
    const exporting::SpecFromComputeResult read = exporting::attachSpecFromCompute(compute, ws);
    if (!read.spec)
        return {rules::error(QStringLiteral("migrate.notV1"), QStringLiteral("compute"),
                             MoveToV2Check::tr("'%1' cannot be moved to v2: %2").arg(computeName, read.error))};
    azure::Workspace facts;
    facts.subscriptionId = workspace.subscriptionId;
    rules::V2ClusterFacts cluster2 = azure::toV2ClusterFacts(cluster, sizes, facts, computes, sizesError);
    for (const azure::ExtensionResource &e : extensions) {
        rules::ExtensionFact fact{e.name, e.extensionType, e.provisioningState,
                                  e.installedVersion.isEmpty() ? e.version : e.installedVersion, {}};
        for (const azure::ExtensionStatus &st : e.statuses)
            fact.statuses.append({st.code, st.displayStatus, st.level, st.message});
        cluster2.extensions.append(fact);
    }
    const rules::ExtensionConfiguration config = rules::migrationExtensionConfiguration(*read.spec);
    if (settings)
        *settings = config;
    const nlohmann::json props = compute.value("properties", nlohmann::json::object());
    return rules::checkMigration(*read.spec, computeName, jsonfields::string(props, "computeType"),
                                 arm::provisioningState(compute), cluster2, cluster.loadBalancerSku, config);
}

MoveToV2Check::MoveToV2Check(session::Session *session, WorkspaceRef workspace, QString computeName, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_workspace(std::move(workspace))
    , m_computeName(std::move(computeName))
{
}

MoveToV2Check::~MoveToV2Check()
{
    for (const auto &job : std::as_const(m_jobs))
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
}

void MoveToV2Check::start(const QString &clusterId)
{
    m_loading = true;
    azure::ManagedClusterGetJob *job = m_session->managedClusters().get(clusterId);
    m_jobs.append(job);
    connect(job, &azure::ServiceJob::finished, this, [this, job] {
        const auto &result = job->result();
        if (!result.ok())
            return fail(tr("The AKS cluster cannot be read: %1").arg(errorText(result.error)));
        start(*result.value);
    });
}

void MoveToV2Check::start(const azure::ManagedCluster &cluster)
{
    m_loading = true;
    m_cluster = cluster;
    m_pending = 4; // the compute, the workspace's computes, VM sizes, extensions
    azure::ComputeGetJob *compute = m_session->computes(m_workspace).get(m_computeName);
    m_jobs.append(compute);
    connect(compute, &azure::ServiceJob::finished, this, [this, compute] {
        const auto &result = compute->result();
        if (!result.ok())
            return fail(tr("The compute cannot be read: %1").arg(errorText(result.error)));
        m_compute = result.value->raw;
        done();
    });
    azure::ComputeListJob *computes = m_session->computes(m_workspace).list();
    m_jobs.append(computes);
    connect(computes, &azure::ServiceJob::finished, this, [this, computes] {
        const auto &result = computes->result();
        if (!result.ok())
            return fail(tr("The workspace's computes cannot be listed: %1").arg(errorText(result.error)));
        m_computes = *result.value;
        done();
    });
    azure::ExtensionListJob *extensions = azure::ExtensionService(m_session->connection()).list(cluster.id);
    m_jobs.append(extensions);
    connect(extensions, &azure::ServiceJob::finished, this, [this, extensions] {
        const auto &result = extensions->result();
        // No extension API on the cluster (404) is no extension.
        if (!result.ok() && !(result.error && result.error->httpStatus == 404))
            return fail(tr("The cluster's extensions cannot be listed: %1").arg(errorText(result.error)));
        if (result.ok())
            m_extensions = *result.value;
        for (const azure::ExtensionResource &e : std::as_const(m_extensions))
            if (isAzureMl(e))
                m_extension = e;
        done();
    });
    // The session's cache: the clusters table has usually read this region's sizes already.
    m_session->vmSizes()->sizes(cluster.subscriptionId, cluster.location, this,
                                [this](const azure::VmSizeCache::Answer &answer) {
                                    m_sizes = answer.catalogue;
                                    m_sizesError = answer.error;
                                    done();
                                });
}

void MoveToV2Check::done()
{
    if (!m_loading || --m_pending > 0)
        return;
    m_loading = false;
    m_findings = moveToV2Findings(m_compute, m_workspace, *m_cluster, m_sizes, m_sizesError, m_computes, m_extensions,
                                  m_computeName, &m_settings);
    Q_EMIT finished();
}

void MoveToV2Check::fail(const QString &error)
{
    if (!m_loading)
        return;
    m_loading = false;
    m_error = error;
    Q_EMIT finished();
}

} // namespace cw::ui
