#include "clusters/ClusterFactsLoader.h"

#include "azure/AccountServices.h"
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
            } else {
                m_facts.clusterError = result.error ? result.error->humanMessage() : QString();
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
