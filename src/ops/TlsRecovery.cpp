#include "ops/TlsRecovery.h"

#include <QCoreApplication>

#include "azure/ComputeService.h"
#include "kube/KubeClient.h"
#include "kube/Kubeconfig.h"

namespace cw::ops {

secrets::SecretKey operationSecretKey(const OperationRecord &record)
{
    // Scoped like every other secret; the account part names the operation.
    return {record.workspace.cloud, record.workspace.subscriptionId, QStringLiteral("operation-") + record.id,
            QStringLiteral("tls-material")};
}

TlsRecovery::TlsRecovery(arm::ArmConnection *connection, WorkspaceRef workspace, QString computeName,
                         QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_workspace(std::move(workspace))
    , m_computeName(std::move(computeName))
{
}

TlsRecovery::~TlsRecovery() = default;

void TlsRecovery::start()
{
    azure::ComputeService service(m_connection, {m_workspace.subscriptionId, m_workspace.resourceGroup,
                                                 m_workspace.workspace});
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
        m_done = true;
        Q_EMIT finished(material);
    });
}

void TlsRecovery::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    tls::TlsMaterial material;
    material.error = tls::TlsError::InvalidSecret;
    material.message = message;
    // Queued: a failure found before the caller connected must still reach it.
    QMetaObject::invokeMethod(this, [this, material] { Q_EMIT finished(material); }, Qt::QueuedConnection);
}

} // namespace cw::ops
