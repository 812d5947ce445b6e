#include "clusters/ClusterFactsLoader.h"

#include "azure/AccountServices.h"
#include "azure/ExtensionService.h"
#include "clusters/MoveToV2Check.h"
#include "rules/ExtensionConfiguration.h"
#include "azure/OrchestratorVersion.h"
#include "ops/TlsRecovery.h"
#include "session/Session.h"
#include "tls/CertificateParser.h"

namespace cw::ui {

ClusterFactsLoader::ClusterFactsLoader(session::Session *session, WorkspaceRef workspace,
                                       QString computeName, QString aksResourceId, bool tlsEnabled,
                                       QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_workspace(std::move(workspace))
    , m_computeName(std::move(computeName))
    , m_aksResourceId(std::move(aksResourceId))
    , m_tlsEnabled(tlsEnabled)
{
}

ClusterFactsLoader::~ClusterFactsLoader()
{
    // Disconnect first: a cancelled job's finished() must not reach a half-destroyed loader.
    for (const auto &job : std::as_const(m_jobs))
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
}

void ClusterFactsLoader::start()
{
    if (m_kubernetes)
        loadKubernetes();
    if (m_moveCheck && !m_aksResourceId.isEmpty())
        m_facts.moveCheckLoading = true; // once the cluster is read
    if (!m_aksResourceId.isEmpty()) {
        m_facts.clusterLoading = true;
        azure::ManagedClusterGetJob *job = m_session->managedClusters().get(m_aksResourceId);
        m_jobs.append(job);
        connect(job, &azure::ServiceJob::finished, this, [this, job] {
            const auto &result = job->result();
            m_facts.clusterLoading = false;
            if (result.ok()) {
                m_facts.cluster = *result.value;
                loadUpgrades(*result.value); // before changed(): the facts are not complete yet
                if (m_moveCheck)
                    checkMove(*result.value);
            } else {
                m_facts.clusterError = result.error ? result.error->humanMessage() : QString();
                if (m_facts.moveCheckLoading) {
                    m_facts.moveCheckLoading = false;
                    m_facts.moveCheckError = m_facts.clusterError;
                }
            }
            Q_EMIT changed();
        });
    }
    if (m_tlsEnabled) {
        m_facts.certificateLoading = true;
        auto *recovery = new ops::TlsRecovery(m_session->connection(), m_workspace, m_computeName, this);
        connect(recovery, &ops::TlsRecovery::finished, this, [this, recovery](const tls::TlsMaterial &material) {
            recovery->deleteLater(); // deferred: we are inside its own signal
            // Only the certificate is needed here: the key is not kept.
            onCertificate(material.ok() ? material.certPem : QByteArray(), material.ok() ? QString() : material.message);
        });
        recovery->start();
    }
}

void ClusterFactsLoader::loadUpgrades(const azure::ManagedCluster &cluster)
{
    const QString version = cluster.effectiveKubernetesVersion();
    if (version.isEmpty() || cluster.location.isEmpty())
        return;
    azure::OrchestratorVersionsJob *job = m_session->locations().orchestratorVersions(cluster.subscriptionId,
                                                                                      cluster.location);
    m_jobs.append(job);
    m_facts.upgradesLoading = true;
    connect(job, &azure::ServiceJob::finished, this, [this, job, version] {
        const auto &result = job->result();
        m_facts.upgradesLoading = false;
        if (!result.ok())
            return Q_EMIT changed(); // upgrades are a nicety: the rest of the facts stand without them
        QStringList upgrades;
        for (const azure::OrchestratorVersion &v : *result.value)
            if (v.orchestratorVersion == version)
                for (const azure::OrchestratorUpgrade &u : v.upgrades)
                    upgrades.append(u.isPreview ? tr("%1 (preview)").arg(u.orchestratorVersion) : u.orchestratorVersion);
        m_facts.upgrades = upgrades;
        Q_EMIT changed();
    });
}

void ClusterFactsLoader::loadKubernetes()
{
    // The compute again, for its instance types' requests and limits.
    m_facts.computeLoading = true;
    azure::ComputeGetJob *compute = m_session->computes(m_workspace).get(m_computeName);
    m_jobs.append(compute);
    connect(compute, &azure::ServiceJob::finished, this, [this, compute] {
        const auto &result = compute->result();
        m_facts.computeLoading = false;
        if (result.ok() && result.value->kubernetes)
            m_facts.kubernetes = *result.value->kubernetes;
        else if (!result.ok())
            m_facts.computeError = result.error ? result.error->humanMessage() : QString();
        Q_EMIT changed();
    });
    if (m_aksResourceId.isEmpty())
        return;
    // The Azure ML extension on the cluster: found by its type, whatever it was named.
    m_facts.extensionLoading = true;
    azure::ExtensionListJob *extensions = azure::ExtensionService(m_session->connection()).list(m_aksResourceId);
    m_jobs.append(extensions);
    connect(extensions, &azure::ServiceJob::finished, this, [this, extensions] {
        const auto &result = extensions->result();
        m_facts.extensionLoading = false;
        if (result.ok()) {
            m_facts.extensionRead = true;
            for (const azure::ExtensionResource &e : *result.value)
                if (e.extensionType.compare(QLatin1String(rules::extension::kExtensionType), Qt::CaseInsensitive) == 0)
                    m_facts.extension = e;
        } else {
            m_facts.extensionError = result.error ? result.error->humanMessage() : QString();
        }
        Q_EMIT changed();
    });
}

void ClusterFactsLoader::checkMove(const azure::ManagedCluster &cluster)
{
    auto *check = new MoveToV2Check(m_session, m_workspace, m_computeName, this);
    connect(check, &MoveToV2Check::finished, this, [this, check] {
        m_facts.moveCheckLoading = false;
        m_facts.moveFindings = check->findings();
        m_facts.moveCheckError = check->error();
        check->deleteLater();
        Q_EMIT changed();
    });
    check->start(cluster);
}

void ClusterFactsLoader::onCertificate(const QByteArray &certPem, const QString &error)
{
    m_facts.certificateLoading = false;
    if (certPem.isEmpty()) {
        m_facts.certificateError = error;
    } else {
        const tls::CertificateChainResult chain = tls::parseCertificateChain(certPem);
        if (!chain.ok() || chain.certificates.isEmpty()) {
            m_facts.certificateError = chain.message;
        } else {
            const tls::CertificateInfo &leaf = chain.certificates.first();
            m_facts.certificate = ServedCertificate{leaf.subject, leaf.issuer, leaf.notAfter};
        }
    }
    Q_EMIT changed();
}

} // namespace cw::ui
