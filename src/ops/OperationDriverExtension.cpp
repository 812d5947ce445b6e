// The steps a move to v2 and a v2 attach share (issue 15, items 3 and 4): the Azure ML extension's
// PUT (or its reuse), the Kubernetes compute's PUT of a move, and the waits for both. Each PUT is
// journaled as a create's: intent on disk before the request leaves, a lookup instead of a second
// PUT after a restart. The extension's protected settings (a TLS certificate and key) come from
// memory only: a move's backup file (m_fullBody) or the key material a v2 attach was started with
// (m_extensionProtected, which the runner also keeps in the keychain); never from the journal.
#include "ops/OperationDriver.h"

#include "arm/ArmConnection.h"
#include "arm/ArmJob.h"
#include "arm/LroDocuments.h"
#include "arm/LroPoller.h"
#include "azure/ComputeRequests.h"
#include "azure/ExtensionRequests.h"
#include "azure/ExtensionResource.h"
#include "azure/KubernetesComputeSpec.h"
#include "common/JsonFields.h"
#include "ops/OperationPlan.h"
#include "ops/PutAnswer.h"
#include "ops/V2RecordFacts.h"

namespace cw::ops {
namespace {

using nlohmann::json;

QString migrationText(const json &object, const char *key)
{
    return jsonfields::string(object, key);
}

} // namespace

arm::ArmRequest OperationDriver::extensionGet() const
{
    return azure::extensionrequest::get(migrationText(m_record.migration, "clusterId"), migrationText(m_record.migration, "extensionName"));
}

// --- the journaled PUTs ---------------------------------------------------------------------

void OperationDriver::migrationPut(const char *phaseKey, const arm::ArmRequest &put, const arm::ArmRequest &lookup)
{
    const std::string key = phaseKey;
    switch (v2record::putPhase(m_record.migration, phaseKey)) {
    case PutPhase::Acknowledged:
        return completeStep();
    case PutPhase::IntentRecorded: {
        // The process stopped while this PUT was out: look before sending it again.
        setStepMessage(tr("Checking whether the earlier request reached Azure…"));
        arm::ArmJob *job = send(lookup);
        connect(job, &arm::ArmJob::finished, this, [this, key, put, lookup](const arm::ArmResponse &answer) {
            if (answer.httpStatus == 404) {
                // Not there: the step starts again and builds the PUT with its key material.
                m_record.migration[key] = v2record::putPhaseName(PutPhase::NotSent);
                return runCurrentStep();
            }
            if (!answer.ok())
                return failOnAnswer(answer);
            m_record.migration[key] = v2record::putPhaseName(PutPhase::Acknowledged);
            m_record.lro = resourceLroState("PUT", lookup);
            completeStep(tr("The earlier request had reached Azure; following it."));
        });
        return;
    }
    case PutPhase::NotSent:
        break;
    }
    m_record.migration[key] = v2record::putPhaseName(PutPhase::IntentRecorded);
    m_record.lro = {};
    save([this, key, put, lookup] {
        if (m_stopping)
            return finishStopped(tr("Stopped waiting."));
        arm::ArmJob *job = send(put);
        connect(job, &arm::ArmJob::finished, this, [this, key, put, lookup](const arm::ArmResponse &answer) {
            if (isFinished())
                return;
            if (answer.ok()) {
                m_record.migration[key] = v2record::putPhaseName(PutPhase::Acknowledged);
                m_initialAnswer = std::make_pair(put, answer);
                return completeStep(tr("Accepted by Azure."));
            }
            if (classifyPutAnswer(answer) == PutAnswer::Accepted) {
                // A 2xx whose body could not be read: follow the resource itself, never send again.
                m_record.migration[key] = v2record::putPhaseName(PutPhase::Acknowledged);
                m_record.lro = resourceLroState("PUT", lookup);
                return completeStep(tr("Accepted by Azure (its answer could not be read; following the resource)."));
            }
            if (classifyPutAnswer(answer) == PutAnswer::Refused) {
                m_record.migration[key] = v2record::putPhaseName(PutPhase::NotSent);
                return failOnAnswer(answer);
            }
            // It may have reached Azure: the intent stays, so resuming looks before sending again.
            failResumable(tr("It is not known whether Azure received the request: %1 Resume the operation to check "
                             "and continue.").arg(answer.error ? answer.error->humanMessage() : QString()),
                          answer.error ? answer.error->rawDetail() : QString());
        });
    });
}

void OperationDriver::stepInstallExtension()
{
    if (m_record.migration.value("reuseExtension", false))
        return skipStep(tr("The Azure ML extension %1 is installed (Succeeded): reused as it is.")
                            .arg(migrationText(m_record.migration, "extensionName")));
    rules::ExtensionConfiguration config = v2record::extensionSettings(m_record.migration);
    // The key material is needed only for a PUT about to leave; after a restart with the intent
    // journaled, the lookup comes first and a 404 runs this step again from NotSent.
    if (v2record::putPhase(m_record.migration, "extensionPut") == PutPhase::NotSent && !addProtectedSettings(config))
        return;
    const QString clusterId = migrationText(m_record.migration, "clusterId");
    const QString name = migrationText(m_record.migration, "extensionName");
    if (!config.settings.isEmpty())
        setStepMessage(tr("Settings: %1.").arg(config.settings.keys().join(QStringLiteral(", "))));
    migrationPut("extensionPut", azure::extensionrequest::createOrUpdate(clusterId, name, config), extensionGet());
}

bool OperationDriver::addProtectedSettings(rules::ExtensionConfiguration &config)
{
    if (m_record.kind == OperationKind::Migrate) {
        // A move's: the v1 certificate and key, in memory from its backup file.
        if (migrationText(m_record.migration, "tls") != QLatin1String("custom"))
            return true;
        const json material = m_fullBody ? extractKeyMaterial(*m_fullBody) : json::object();
        if (!material.contains("cert") || !material.contains("key")) {
            failResumable(tr("The v1 certificate and key are not available (the backup file %1 cannot be read). "
                             "Nothing was sent; resume once the file is back.").arg(m_record.tlsBackupFile));
            return false;
        }
        config.protectedSettings.insert(QLatin1String(rules::extension::kSslCertPemFile),
                                        QString::fromStdString(material["cert"].get<std::string>()));
        config.protectedSettings.insert(QLatin1String(rules::extension::kSslKeyPemFile),
                                        QString::fromStdString(material["key"].get<std::string>()));
        return true;
    }
    // A v2 attach's: what the user gave the wizard, in memory or read back from the keychain.
    const QStringList names = v2record::protectedSettingNames(m_record.migration);
    for (const QString &name : names) {
        if (!m_extensionProtected.contains(name)) {
            if (!m_record.secretRef.isEmpty())
                failResumable(tr("The extension's certificate and key could not be read from the keychain. Nothing was "
                                 "sent; resume once the keychain is unlocked, or attach again from the wizard."));
            else
                failOperation(tr("The extension's certificate and key were kept in memory only (there is no keychain) "
                                 "and ended with the process that started the attach. Nothing was sent; attach again "
                                 "from the wizard with the certificate files."));
            return false;
        }
        config.protectedSettings.insert(name, m_extensionProtected.value(name));
    }
    return true;
}

void OperationDriver::stepAttachKubernetes()
{
    azure::KubernetesComputeSpec spec;
    spec.name = migrationText(m_record.migration, "newName");
    spec.clusterId = migrationText(m_record.migration, "clusterId");
    spec.location = migrationText(m_record.migration, "location");
    spec.kubernetesNamespace = migrationText(m_record.migration, "namespace");
    spec.description = tr("Moved from the v1 AKS compute '%1'").arg(m_record.computeName);
    migrationPut("computePut", azure::computerequest::put(m_record.workspace, spec.name, azure::kubernetesAttachBody(spec), true),
                 kubernetesComputeGet());
}

// --- waits and the final check --------------------------------------------------------------

void OperationDriver::stepMigrationWait(bool extension)
{
    if (extension && m_record.migration.value("reuseExtension", false))
        return skipStep(tr("Nothing to wait for."));
    const arm::ArmRequest resource = extension ? extensionGet() : kubernetesComputeGet();
    startPolling(resourceLroState("PUT", resource));
    connect(m_poller, &arm::LroPoller::finished, this, [this, extension, resource](const arm::LroResult &result) {
        using Outcome = arm::LroResult::Outcome;
        if (endStoppedWait(result))
            return;
        switch (result.outcome) {
        case Outcome::Succeeded:
            m_record.lro = {};
            return completeStep(tr("Finished: %1.").arg(result.status.isEmpty() ? tr("Succeeded") : result.status));
        case Outcome::Abandoned:
        case Outcome::Error:
        case Outcome::Failed:
        case Outcome::Canceled:
            break;
        }
        // Failed in Azure: the resource says why in the service's words (an extension's
        // statuses carry its health check's codes; a compute's provisioningErrors).
        const QString operationError = result.error ? result.error->humanMessage() : result.status;
        const QString detail = result.error ? result.error->rawDetail() : QString();
        arm::ArmJob *job = send(resource);
        connect(job, &arm::ArmJob::finished, this, [this, extension, operationError, detail](const arm::ArmResponse &answer) {
            if (!answer.ok())
                return failOperation(operationError, detail);
            if (!extension)
                return failWithProvisioningErrors(answer.json(), operationError, detail);
            const auto parsed = azure::ExtensionResource::fromJson(answer.json());
            m_record.serviceErrors.clear();
            if (parsed.ok())
                for (const azure::ExtensionStatus &st : parsed.value->statuses)
                    if (st.level.compare(QLatin1String("Error"), Qt::CaseInsensitive) == 0)
                        m_record.serviceErrors.append({st.code, st.message});
            const QStringList lines = parsed.ok() ? parsed.value->errorLines() : QStringList();
            failOperation(lines.isEmpty() ? operationError : lines.join(QLatin1Char(' ')), detail);
        });
    });
    m_poller->start();
}

} // namespace cw::ops
