// The steps only a re-attach has: read the attach spec back from the compute, and carry its
// TLS certificate and key over the detach (in memory and somewhere durable, never the journal:
// the keychain, the user's backup file, or the AKS cluster's azuremlfessl secret).
#include "ops/OperationDriver.h"
#include "ops/OpsTr.h"

#include <QCoreApplication>

#include "arm/ArmConnection.h"
#include "arm/ArmJob.h"
#include "common/JsonFields.h"
#include "export/ArmBody.h"
#include "export/SpecFromCompute.h"
#include "ops/Journal.h"
#include "ops/OperationPlan.h"
#include "ops/TlsBackupFile.h"
#include "ops/TlsRecovery.h"
#include "secrets/SecretStore.h"

namespace cw::ops {
namespace {

using nlohmann::json;

QString sslStatus(const json &body)
{
    const json *ssl = &body;
    for (const char *field : {"properties", "properties", "sslConfiguration"}) {
        if (!ssl->is_object() || !ssl->contains(field))
            return QStringLiteral("Disabled");
        ssl = &(*ssl)[field];
    }
    return QString::fromStdString(ssl->value("status", std::string("Disabled")));
}

QString describe(const rules::ComputeSpec &spec)
{
    const QString tlsText = spec.tls.mode == rules::TlsMode::Custom
                                ? tr("custom certificate for %1").arg(spec.tls.cname)
                                : spec.tls.mode == rules::TlsMode::LeafLabel ? tr("Microsoft certificate (%1)").arg(spec.tls.leafLabel)
                                                                             : tr("disabled");
    const QString lbText = spec.loadBalancer == rules::LoadBalancerType::InternalLoadBalancer
                               ? tr("internal (subnet %1)").arg(spec.loadBalancerSubnet)
                               : tr("public IP");
    return tr("Cluster %1; purpose %2; load balancer %3; TLS %4.")
        .arg(spec.aksResourceId, rules::wireValue(spec.purpose), lbText, tlsText);
}

QString locationOf(const json &compute)
{
    return jsonfields::string(compute, "location");
}

} // namespace

void OperationDriver::stepReadSpec()
{
    arm::ArmJob *job = readCompute();
    connect(job, &arm::ArmJob::finished, this, [this](const arm::ArmResponse &answer) {
        if (answer.httpStatus == 404)
            return failOperation(tr("There is no compute named '%1' in this workspace.").arg(m_record.computeName));
        if (!answer.ok())
            return failOnAnswer(answer);
        const json compute = answer.json();
        WorkspaceRef ws = m_record.workspace;
        ws.location = locationOf(compute);
        const exporting::SpecFromComputeResult read = exporting::attachSpecFromCompute(compute, ws);
        if (!read.spec)
            return failOperation(tr("This compute cannot be re-attached: %1").arg(read.error));
        json body = exporting::computeResourceBody(*read.spec);
        Journal::scrubSecrets(body); // the certificate and key come in the next step
        m_record.requestBody = std::move(body);
        completeStep(describe(*read.spec));
    });
}

void OperationDriver::stepRecoverTls()
{
    if (sslStatus(m_record.requestBody) != QLatin1String("Enabled"))
        return skipStep(tr("No custom certificate to carry over."));
    if (m_fullBody && bodyCarriesKeyMaterial(*m_fullBody) && !bodyLacksKeyMaterial(*m_fullBody))
        return completeStep(m_record.tlsKept == QLatin1String("backup-file")
                                ? tr("The certificate and key are kept in the backup file %1.").arg(m_record.tlsBackupFile)
                            : m_record.tlsKept == QLatin1String("cluster-secret")
                                ? tr("The certificate and key are read from the AKS cluster's azuremlfessl secret.")
                                : tr("The certificate and key are kept in the keychain."));
    if (m_providedTls)
        return keepTlsMaterial(*m_providedTls, tr("your files"));
    setStepMessage(tr("Reading the azuremlfessl secret from the cluster…"));
    m_recovery = new TlsRecovery(m_connection, m_record.workspace, m_record.computeName, this);
    connect(m_recovery, &TlsRecovery::finished, this, [this](const tls::TlsMaterial &material) {
        m_recovery->deleteLater();
        if (!material.ok())
            return failOperation(tr("%1 Nothing was detached. Re-attach with the certificate and key files instead.")
                                     .arg(material.message));
        keepTlsMaterial(material, tr("the cluster's azuremlfessl secret"));
    });
    m_recovery->start();
}

void OperationDriver::keepTlsMaterial(const tls::TlsMaterial &material, const QString &origin)
{
    const json pair = {{"cert", material.certPem.toStdString()}, {"key", material.keyPem.toStdString()}};
    json full = m_record.requestBody;
    restoreKeyMaterial(full, pair);
    m_fullBody = std::move(full);
    if (!m_secrets)
        return keepTlsDurably(material, origin);
    // In the store even when it is memory only: a resume in this process finds it there.
    const secrets::SecretKey key = operationSecretKey(m_record);
    m_record.secretRef = key.toString();
    secrets::SecretJob *job = m_secrets->write(key, QByteArray::fromStdString(pair.dump()));
    connect(job, &secrets::SecretJob::finished, this, [this, material, origin](const secrets::SecretResult &result) {
        // A keychain that fell back to memory during this write is no durable place either.
        if (result.ok() && m_secrets && m_secrets->isPersistent()) {
            m_record.tlsKept = QStringLiteral("keychain");
            return completeStep(tr("Recovered from %1 and kept in the keychain as %2 until the re-attach has finished.")
                                    .arg(origin, m_record.secretRef));
        }
        keepTlsDurably(material, origin);
    });
}

void OperationDriver::keepTlsDurably(const tls::TlsMaterial &material, const QString &origin)
{
    // No keychain: the detach may only start once the material survives a crash elsewhere.
    if (!m_tlsBackupFile.isEmpty()) {
        const json pair = {{"cert", material.certPem.toStdString()}, {"key", material.keyPem.toStdString()}};
        const QString error = writeTlsBackupFile(m_tlsBackupFile, QByteArray::fromStdString(pair.dump()));
        if (!error.isEmpty())
            return failOperation(tr("%1 Nothing was detached.").arg(error));
        m_record.tlsKept = QStringLiteral("backup-file");
        m_record.tlsBackupFile = m_tlsBackupFile;
        return completeStep(tr("Recovered from %1 and kept in the backup file %2 (0600) until the re-attach has "
                               "finished.").arg(origin, m_tlsBackupFile));
    }
    // The cluster's azuremlfessl secret outlives the detach: a durable source when it can be read
    // back the way a resume reads it (through the AKS cluster) and holds this very material.
    setStepMessage(tr("No keychain: checking that the AKS cluster's azuremlfessl secret can be read back…"));
    m_recovery = TlsRecovery::fromCluster(m_connection, aksResourceId(), this);
    connect(m_recovery, &TlsRecovery::finished, this, [this, material, origin](const tls::TlsMaterial &found) {
        m_recovery->deleteLater();
        const QString reason = m_secrets ? m_secrets->sessionOnlyReason() : QString();
        if (!found.ok() || found.certPem != material.certPem || found.keyPem != material.keyPem)
            return failOperation(
                tr("There is no durable place for the certificate and key: no keychain%1, no backup file chosen, "
                   "and the cluster's azuremlfessl secret %2. Nothing was detached. Re-attach with a backup file "
                   "(clusterwright-cli reattach --tls-backup-file FILE, or the choice in the Re-attach dialog), or "
                   "where a keychain is available.")
                    .arg(reason.isEmpty() ? QString() : tr(" (%1)").arg(reason),
                         found.ok() ? tr("holds another certificate than the one to restore")
                                    : tr("cannot be read back (%1)").arg(found.message)));
        m_record.tlsKept = QStringLiteral("cluster-secret");
        completeStep(tr("Recovered from %1; no keychain, so a resumed re-attach reads it again from the AKS "
                        "cluster's azuremlfessl secret, which the detach keeps.").arg(origin));
    });
    m_recovery->start();
}

void OperationDriver::recoverTlsThenSendPut()
{
    // The material is gone from memory (a restarted process without a keychain, or a keychain
    // entry lost): the detached cluster still holds it in its azuremlfessl secret.
    m_triedClusterRecovery = true;
    setStepMessage(tr("Reading the certificate and key from the AKS cluster's azuremlfessl secret…"));
    m_recovery = TlsRecovery::fromCluster(m_connection, aksResourceId(), this);
    connect(m_recovery, &TlsRecovery::finished, this, [this](const tls::TlsMaterial &material) {
        m_recovery->deleteLater();
        if (!material.ok())
            return failResumable(tr("The certificate and key to restore are not available: %1 Nothing was sent; "
                                    "resume once the cluster can be read again.").arg(material.message));
        json full = m_record.requestBody;
        restoreKeyMaterial(full, {{"cert", material.certPem.toStdString()}, {"key", material.keyPem.toStdString()}});
        m_fullBody = std::move(full);
        // Said where the source is shown (the recover-tls step) as well as on this step.
        const QString said = tr("The certificate and key were read again from the AKS cluster's azuremlfessl secret.");
        if (OperationStep *tlsStep = m_record.step(QLatin1String(step::kRecoverTls)))
            tlsStep->message = said;
        setStepMessage(said);
        sendPut();
    });
    m_recovery->start();
}

QString OperationDriver::aksResourceId() const
{
    const json &body = m_fullBody ? *m_fullBody : m_record.requestBody;
    if (!body.is_object() || !body.contains("properties") || !body["properties"].is_object())
        return {};
    return QString::fromStdString(body["properties"].value("resourceId", std::string()));
}

} // namespace cw::ops
