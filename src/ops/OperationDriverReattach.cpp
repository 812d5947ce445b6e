// The steps only a re-attach has: read the attach spec back from the compute, and carry its
// TLS certificate and key over the detach (in memory and in the keychain, never the journal).
#include "ops/OperationDriver.h"

#include <QCoreApplication>

#include "arm/ArmConnection.h"
#include "arm/ArmJob.h"
#include "export/ArmBody.h"
#include "export/SpecFromCompute.h"
#include "ops/Journal.h"
#include "ops/OperationPlan.h"
#include "ops/TlsRecovery.h"
#include "secrets/SecretStore.h"

namespace cw::ops {
namespace {

using nlohmann::json;

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::ops", text);
}

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

// Not json::value(): that throws for a non-object answer or a location that is not a string.
QString locationOf(const json &compute)
{
    const auto it = compute.find("location");
    return it != compute.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

} // namespace

void OperationDriver::stepReadSpec()
{
    arm::ArmJob *job = send({"GET", computeUrlPath(), QLatin1String(exporting::kComputeApiVersion), {}, false, {}, {}});
    connect(job, &arm::ArmJob::finished, this, [this](const arm::ArmResponse &answer) {
        if (answer.httpStatus == 404)
            return failOperation(tr("There is no compute named '%1' in this workspace.").arg(m_record.computeName));
        if (!answer.ok())
            return failOperation(answer.error->humanMessage(), answer.error->rawDetail());
        const json compute = answer.json();
        const rules::WorkspaceRef ws{m_record.workspace.subscriptionId, m_record.workspace.resourceGroup,
                                     m_record.workspace.workspace,
                                     locationOf(compute)};
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
        return completeStep(tr("The certificate and key are kept in the keychain."));
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
    if (!m_secrets) {
        return completeStep(tr("Recovered from %1; kept in memory only, so keep a copy of the files until the "
                               "re-attach has finished.").arg(origin));
    }
    const secrets::SecretKey key = operationSecretKey(m_record);
    m_record.secretRef = key.toString();
    secrets::SecretJob *job = m_secrets->write(key, QByteArray::fromStdString(pair.dump()));
    connect(job, &secrets::SecretJob::finished, this, [this, origin](const secrets::SecretResult &result) {
        if (!result.ok())
            return failOperation(tr("The certificate could not be kept in the keychain (%1). Nothing was detached.")
                                     .arg(result.error));
        completeStep(tr("Recovered from %1 and kept in the keychain as %2 until the re-attach has finished.")
                         .arg(origin, m_record.secretRef));
    });
}

void OperationDriver::skipStep(const QString &message)
{
    OperationStep &st = m_record.steps[m_record.currentStep];
    st.state = StepState::Skipped;
    st.endedAt = QDateTime::currentDateTimeUtc();
    st.message = message;
    ++m_record.currentStep;
    save();
    runCurrentStep();
}

} // namespace cw::ops
