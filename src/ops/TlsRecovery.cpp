#include "ops/TlsRecovery.h"

#include <QCoreApplication>

#include "azure/ComputeService.h"
#include "azure/ManagedClusterService.h"
#include "azure/ResourceId.h"
#include "kube/KubeClient.h"
#include "kube/Kubeconfig.h"

namespace cw::ops {

secrets::SecretKey operationSecretKey(const OperationRecord &record)
{
    // Scoped like every other secret; the account part names the operation.
    return {record.workspace.cloud, record.workspace.subscriptionId, QStringLiteral("operation-") + record.id,
            QStringLiteral("tls-material")};
}

QString describeTlsKept(const OperationRecord &record)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("cw::ops", text); };
    if (record.tlsKept == QLatin1String("keychain"))
        return tr("The certificate and key are kept in the keychain as %1.").arg(record.secretRef);
    if (record.tlsKept == QLatin1String("backup-file"))
        return tr("The certificate and key are kept in the backup file %1.").arg(record.tlsBackupFile);
    if (record.tlsKept == QLatin1String("cluster-secret"))
        return tr("The certificate and key are read back from the AKS cluster's azuremlfessl secret (no keychain).");
    return {};
}

TlsRecovery::TlsRecovery(arm::ArmConnection *connection, WorkspaceRef workspace, QString computeName,
                         QObject *parent)
    : AsyncJob(parent, Delivery::Queued, Lifetime::KeptByOwner)
    , m_connection(connection)
    , m_workspace(std::move(workspace))
    , m_computeName(std::move(computeName))
{
}

TlsRecovery::~TlsRecovery() = default;

TlsRecovery *TlsRecovery::fromCluster(arm::ArmConnection *connection, const QString &aksResourceId, QObject *parent)
{
    auto *recovery = new TlsRecovery(connection, {}, {}, parent);
    recovery->m_aksResourceId = aksResourceId;
    return recovery;
}

void TlsRecovery::doStart()
{
    if (!m_aksResourceId.isEmpty())
        return startFromCluster();
    azure::ComputeService service(m_connection, m_workspace);
    azure::ComputeKeysJob *job = service.listKeys(m_computeName);
    connect(job, &azure::ServiceJob::finished, this, [this, job] {
        const auto &result = job->result();
        if (!result.ok())
            return fail(tr("Cannot read the cluster's credentials: %1")
                            .arg(result.error ? result.error->humanMessage() : QString()));
        const QByteArray &config = !result.value->adminKubeConfig.isEmpty() ? result.value->adminKubeConfig
                                                                            : result.value->userKubeConfig;
        if (config.isEmpty())
            return fail(tr("The service returned no kubeconfig for '%1'.").arg(m_computeName));
        readSecret(config);
    });
}

void TlsRecovery::startFromCluster()
{
    const std::optional<azure::ResourceId> id = azure::ResourceId::parse(m_aksResourceId);
    if (!id || id->name().isEmpty())
        return fail(tr("The compute names no AKS cluster to read the certificate from."));
    azure::ManagedClusterService service(m_connection);
    azure::ClusterCredentialsJob *job = service.adminCredentials(id->subscriptionId, id->resourceGroup, id->name());
    connect(job, &azure::ServiceJob::finished, this, [this, job, name = id->name()] {
        const auto &result = job->result();
        if (!result.ok())
            return fail(tr("Cannot read the credentials of the AKS cluster %1: %2")
                            .arg(name, result.error ? result.error->humanMessage() : QString()));
        for (const azure::ClusterCredential &credential : *result.value)
            if (!credential.kubeconfig.isEmpty())
                return readSecret(credential.kubeconfig);
        fail(tr("The service returned no kubeconfig for the AKS cluster %1.").arg(name));
    });
}

void TlsRecovery::readSecret(const QByteArray &kubeconfigText)
{
    const kube::KubeconfigParseResult parsed = kube::Kubeconfig::parse(kubeconfigText);
    if (!parsed.ok())
        return fail(tr("The cluster's kubeconfig cannot be read: %1").arg(parsed.error));
    QString error;
    std::optional<kube::KubeTarget> target = parsed.value->resolve({}, &error);
    if (!target)
        return fail(tr("The cluster's kubeconfig cannot be used: %1").arg(error));
    m_kube = std::make_unique<kube::KubeClient>(*target);
    if (!m_kube->configurationError().isEmpty())
        return fail(m_kube->configurationError());
    kube::KubeSecretJob *job = m_kube->readTlsSecret();
    connect(job, &kube::KubeSecretJob::finished, this, [this](const kube::KubeSecretResult &result) {
        if (!result.ok())
            return fail(tr("Cannot read the certificate from the cluster: %1").arg(result.error.sentence));
        tls::TlsMaterial material;
        material.certPem = result.certPem();
        material.keyPem = result.keyPem();
        if (material.certPem.isEmpty() || material.keyPem.isEmpty())
            return fail(tr("The cluster's azuremlfessl secret does not hold both cert.pem and key.pem."));
        finishWith([this, material] { Q_EMIT finished(material); });
    });
}

void TlsRecovery::fail(const QString &message)
{
    tls::TlsMaterial material;
    material.error = tls::TlsError::InvalidSecret;
    material.message = message;
    finishWith([this, material] { Q_EMIT finished(material); });
}

} // namespace cw::ops
