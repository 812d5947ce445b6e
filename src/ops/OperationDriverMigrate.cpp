// The steps only a move to v2 has (issue 15, item 4): check the cluster for Azure ML v2, keep the
// v1 certificate and key in a 0600 backup file, delete the eight legacy azureml-fe objects,
// install the Azure ML extension with the v1 choices carried over, attach the cluster as a
// Kubernetes compute and verify both. The detach in between is a re-attach's (OperationDriverWait).
// Both PUTs are journaled as a create's: intent on disk before the request leaves, a lookup
// instead of a second PUT after a restart. The key material lives in memory (m_fullBody, the v1
// attach body with its certificate restored) and in the backup file, never in the journal.
#include "ops/OperationDriver.h"
#include "ops/OpsTr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <memory>

#include "arm/ArmConnection.h"
#include "arm/ArmJob.h"
#include "arm/LroDocuments.h"
#include "arm/LroPoller.h"
#include "azure/AccountServices.h"
#include "azure/ComputeRequests.h"
#include "azure/ComputeService.h"
#include "azure/ExtensionRequests.h"
#include "azure/ExtensionResource.h"
#include "azure/KubernetesComputeSpec.h"
#include "azure/ManagedClusterService.h"
#include "azure/ResourceId.h"
#include "azure/RulesFacts.h"
#include "common/JsonFields.h"
#include "export/ArmBody.h"
#include "export/SpecFromCompute.h"
#include "kube/KubeClient.h"
#include "kube/Kubeconfig.h"
#include "ops/Journal.h"
#include "ops/OperationPlan.h"
#include "ops/PutAnswer.h"
#include "ops/TlsBackupFile.h"
#include "ops/TlsRecovery.h"
#include "ops/V2RecordFacts.h"
#include "rules/ExtensionRules.h"
#include "rules/MigrationRules.h"
#include "tls/CertificateReport.h"
#include "tls/CertificateRulesFacts.h"

namespace cw::ops {
namespace {

using nlohmann::json;

QString migrationField(const json &object, const char *key)
{
    return jsonfields::string(object, key);
}

std::string str(const QString &s)
{
    return s.toStdString();
}

QString outcomeText(const kube::LegacyComponentResult &r)
{
    switch (r.outcome) {
    case kube::LegacyOutcome::Deleted: return tr("%1: deleted").arg(r.display());
    case kube::LegacyOutcome::Deleting: return tr("%1: deleting (the cluster finishes it)").arg(r.display());
    case kube::LegacyOutcome::WasAbsent: return tr("%1: already absent").arg(r.display());
    case kube::LegacyOutcome::Present: return tr("%1: present").arg(r.display());
    case kube::LegacyOutcome::Absent: return tr("%1: absent").arg(r.display());
    case kube::LegacyOutcome::Failed: return tr("%1: not deleted (%2)").arg(r.display(), r.error.sentence);
    }
    return r.display();
}

// What the preflight gathers before it judges (every read is a plain GET).
struct MigrationGather {
    json compute;
    std::optional<rules::ComputeSpec> spec;
    std::optional<azure::ManagedCluster> cluster;
    QList<azure::ComputeResource> computes;
    std::optional<rules::VmSizeCatalogue> sizes;
    QString sizesError;
    QList<azure::ExtensionResource> extensions;
};

} // namespace

arm::ArmRequest OperationDriver::kubernetesComputeGet() const
{
    return azure::computerequest::get(m_record.workspace, migrationField(m_record.migration, "newName"));
}

// --- 1. preflight ---------------------------------------------------------------------------

void OperationDriver::stepPreflightV2()
{
    auto gather = std::make_shared<MigrationGather>();
    const auto judge = [this, gather] {
        const rules::ComputeSpec &spec = *gather->spec;
        const azure::ManagedCluster &cluster = *gather->cluster;
        azure::Workspace workspace;
        workspace.subscriptionId = m_record.workspace.subscriptionId;
        rules::V2ClusterFacts facts = azure::toV2ClusterFacts(cluster, gather->sizes, workspace, gather->computes, gather->sizesError);
        std::optional<azure::ExtensionResource> reuse;
        for (const azure::ExtensionResource &e : std::as_const(gather->extensions)) {
            rules::ExtensionFact fact{e.name, e.extensionType, e.provisioningState, e.installedVersion.isEmpty() ? e.version : e.installedVersion, {}};
            for (const azure::ExtensionStatus &st : e.statuses)
                fact.statuses.append({st.code, st.displayStatus, st.level, st.message});
            facts.extensions.append(fact);
            if (e.extensionType.compare(QLatin1String(rules::extension::kExtensionType), Qt::CaseInsensitive) == 0 && e.succeeded())
                reuse = e;
        }
        const rules::ExtensionConfiguration config = rules::migrationExtensionConfiguration(spec);
        rules::Findings findings = rules::checkMigration(spec, m_record.computeName, migrationField(gather->compute["properties"], "computeType"),
                                                         arm::provisioningState(gather->compute), facts, cluster.loadBalancerSku, config);
        const QString newName = migrationField(m_record.migration, "newName");
        if (newName.compare(m_record.computeName, Qt::CaseInsensitive) != 0)
            for (const azure::ComputeResource &c : std::as_const(gather->computes))
                if (c.name.compare(newName, Qt::CaseInsensitive) == 0)
                    findings.append(rules::error(QStringLiteral("migrate.nameTaken"), QStringLiteral("newName"),
                                                 tr("A compute named '%1' already exists in this workspace; choose another "
                                                    "name for the Kubernetes compute.").arg(newName)));
        QStringList refused, notes;
        for (const rules::Finding &f : std::as_const(findings))
            (f.severity == rules::Severity::Error ? refused : notes).append(f.message);
        if (!refused.isEmpty())
            return failOperation(tr("The cluster is not ready for Azure ML v2: %1").arg(refused.join(QLatin1Char(' '))));

        m_record.migration["clusterId"] = str(cluster.id);
        m_record.migration["location"] = str(jsonfields::string(gather->compute, "location"));
        m_record.migration["tls"] = spec.tls.mode == rules::TlsMode::Custom ? "custom" : "none";
        m_record.migration["cname"] = str(spec.tls.cname);
        m_record.migration["purpose"] = str(rules::wireValue(spec.purpose));
        m_record.migration["reuseExtension"] = reuse.has_value();
        m_record.migration["extensionName"] = str(reuse ? reuse->name : QLatin1String(rules::extension::kDefaultName));
        json settings = json::object();
        for (auto it = config.settings.begin(); it != config.settings.end(); ++it)
            settings[str(it.key())] = str(it.value());
        m_record.migration["extensionSettings"] = settings;
        json body = exporting::computeResourceBody(spec);
        Journal::scrubSecrets(body); // the certificate and key come in the next step
        m_record.requestBody = std::move(body); // the v1 attach: the way back
        QStringList carried;
        for (auto it = config.settings.begin(); it != config.settings.end(); ++it)
            carried << it.key() + QLatin1Char('=') + it.value();
        QString said = tr("Cluster %1 can take Azure ML v2.").arg(cluster.name) + QLatin1Char(' ')
                       + (reuse ? tr("The installed Azure ML extension %1 (Succeeded) is reused.").arg(reuse->name)
                                : tr("The extension will be installed with %1.").arg(carried.join(QStringLiteral(", "))));
        if (!notes.isEmpty())
            said += QLatin1Char(' ') + notes.join(QLatin1Char(' '));
        completeStep(said);
    };
    const auto readExtensions = [this, gather, judge] {
        arm::ArmJob *job = send(azure::extensionrequest::list(gather->cluster->id));
        connect(job, &arm::ArmJob::finished, this, [this, gather, judge](const arm::ArmResponse &answer) {
            if (!answer.ok() && answer.httpStatus != 404)
                return failOnAnswer(answer);
            if (answer.ok())
                for (const json &item : answer.json().value("value", json::array()))
                    if (auto parsed = azure::ExtensionResource::fromJson(item); parsed.ok())
                        gather->extensions.append(*parsed.value);
            judge();
        });
    };
    const auto readSizes = [this, gather, readExtensions] {
        azure::VmSizeListJob *job = azure::LocationService(m_connection).vmSizes(gather->cluster->subscriptionId, gather->cluster->location);
        connect(job, &azure::ServiceJob::finished, this, [gather, job, readExtensions] {
            const auto &result = job->result();
            if (result.ok())
                gather->sizes = azure::toVmSizeCatalogue(*result.value);
            else
                gather->sizesError = result.error ? result.error->humanMessage() : QString();
            readExtensions();
        });
    };
    const auto readComputes = [this, gather, readSizes] {
        azure::ComputeListJob *job = azure::ComputeService(m_connection, m_record.workspace).list();
        connect(job, &azure::ServiceJob::finished, this, [this, gather, job, readSizes] {
            const auto &result = job->result();
            if (!result.ok())
                return failOperation(tr("Cannot list the workspace's computes: %1")
                                         .arg(result.error ? result.error->humanMessage() : QString()));
            gather->computes = *result.value;
            readSizes();
        });
    };
    arm::ArmJob *job = readCompute();
    connect(job, &arm::ArmJob::finished, this, [this, gather, readComputes](const arm::ArmResponse &answer) {
        if (answer.httpStatus == 404)
            return failOperation(tr("There is no compute named '%1' in this workspace.").arg(m_record.computeName));
        if (!answer.ok())
            return failOnAnswer(answer);
        gather->compute = answer.json();
        WorkspaceRef ws = m_record.workspace;
        ws.location = jsonfields::string(gather->compute, "location");
        const exporting::SpecFromComputeResult read = exporting::attachSpecFromCompute(gather->compute, ws);
        if (!read.spec)
            return failOperation(tr("'%1' cannot be moved to v2: %2").arg(m_record.computeName, read.error));
        gather->spec = read.spec;
        azure::ManagedClusterGetJob *clusterJob = azure::ManagedClusterService(m_connection).get(read.spec->aksResourceId);
        connect(clusterJob, &azure::ServiceJob::finished, this, [this, gather, clusterJob, readComputes] {
            const auto &result = clusterJob->result();
            if (!result.ok())
                return failOperation(tr("Cannot read the AKS cluster %1: %2")
                                         .arg(gather->spec->aksResourceId, result.error ? result.error->humanMessage() : QString()));
            gather->cluster = *result.value;
            readComputes();
        });
    });
}

// --- 2. the certificate and key -------------------------------------------------------------

void OperationDriver::stepMigrateRecoverTls()
{
    if (migrationField(m_record.migration, "tls") != QLatin1String("custom"))
        return skipStep(tr("The v1 compute serves HTTP (no certificate): the extension allows insecure connections as before."));
    if (m_fullBody && bodyCarriesKeyMaterial(*m_fullBody) && !bodyLacksKeyMaterial(*m_fullBody))
        return completeStep(tr("The certificate and key are kept in the backup file %1.").arg(m_record.tlsBackupFile));
    if (m_tlsBackupFile.isEmpty())
        return failOperation(tr("No backup file was chosen for the certificate and key. Nothing was changed."));
    setStepMessage(tr("Reading the azuremlfessl secret from the cluster…"));
    m_recovery = new TlsRecovery(m_connection, m_record.workspace, m_record.computeName, this);
    connect(m_recovery, &TlsRecovery::finished, this, [this](const tls::TlsMaterial &material) {
        m_recovery->deleteLater();
        if (!material.ok())
            return failOperation(tr("%1 Nothing was changed.").arg(material.message));
        // The pair as the extension will check it (E40007), before anything is detached.
        const QString cname = migrationField(m_record.migration, "cname");
        rules::ExtensionConfiguration config = v2record::extensionSettings(m_record.migration);
        config.protectedSettings.insert(QLatin1String(rules::extension::kSslCertPemFile), QString::fromUtf8(material.certPem));
        config.protectedSettings.insert(QLatin1String(rules::extension::kSslKeyPemFile), QString::fromUtf8(material.keyPem));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const rules::CertificateFacts facts =
            tls::toCertificateFacts(tls::inspectPair(material.certPem, material.keyPem, {}, cname, now));
        rules::V2ClusterFacts cluster; // the TLS checks need no cluster facts
        QStringList refused;
        for (const rules::Finding &f : rules::checkExtensionConfiguration(config, cluster, facts, now))
            if (f.severity == rules::Severity::Error)
                refused.append(f.message);
        if (!refused.isEmpty())
            return failOperation(tr("The v1 certificate cannot be carried over: %1 Nothing was changed.")
                                     .arg(refused.join(QLatin1Char(' '))));
        const json pair = {{"cert", material.certPem.toStdString()}, {"key", material.keyPem.toStdString()}};
        QDir().mkpath(QFileInfo(m_tlsBackupFile).absolutePath());
        const QString error = writeTlsBackupFile(m_tlsBackupFile, QByteArray::fromStdString(pair.dump()));
        if (!error.isEmpty())
            return failOperation(tr("%1 Nothing was changed.").arg(error));
        json full = m_record.requestBody;
        restoreKeyMaterial(full, pair);
        m_fullBody = std::move(full);
        m_record.tlsKept = QStringLiteral("backup-file");
        m_record.tlsBackupFile = m_tlsBackupFile;
        completeStep(tr("Recovered from the cluster's azuremlfessl secret (CNAME %1) and kept in the backup file %2 "
                        "(0600): the extension gets it as protected settings, and it stays there after the move.")
                         .arg(cname, m_tlsBackupFile));
    });
    m_recovery->start();
}

// --- 4. the legacy components ---------------------------------------------------------------

void OperationDriver::stepDeleteLegacy()
{
    const std::optional<azure::ResourceId> id = azure::ResourceId::parse(migrationField(m_record.migration, "clusterId"));
    if (!id)
        return failOperation(tr("The move names no AKS cluster."));
    setStepMessage(tr("Reading the AKS cluster's credentials…"));
    azure::ClusterCredentialsJob *job = azure::ManagedClusterService(m_connection).adminCredentials(id->subscriptionId, id->resourceGroup, id->name());
    connect(job, &azure::ServiceJob::finished, this, [this, job, name = id->name()] {
        const auto &result = job->result();
        if (!result.ok())
            return failResumable(tr("Cannot read the credentials of the AKS cluster %1: %2")
                                     .arg(name, result.error ? result.error->humanMessage() : QString()));
        QByteArray config;
        for (const azure::ClusterCredential &credential : *result.value)
            if (config.isEmpty())
                config = credential.kubeconfig;
        const kube::KubeconfigParseResult parsed = kube::Kubeconfig::parse(config);
        QString error;
        const std::optional<kube::KubeTarget> target = parsed.ok() ? parsed.value->resolve({}, &error) : std::nullopt;
        if (!target)
            return failResumable(tr("The AKS cluster's kubeconfig cannot be used: %1").arg(parsed.ok() ? error : parsed.error));
        delete m_kube.data();
        m_kube = new kube::KubeClient(*target, this);
        kube::LegacyComponentsJob *legacy = m_kube->deleteLegacyComponents();
        auto lines = std::make_shared<QStringList>();
        connect(legacy, &kube::LegacyComponentsJob::componentDone, this, [this, lines](const kube::LegacyComponentResult &r) {
            lines->append(outcomeText(r));
            setStepMessage(lines->join(QStringLiteral("; ")));
        });
        connect(legacy, &kube::LegacyComponentsJob::finished, this, [this, lines](const kube::LegacyComponentsReport &report) {
            json done = json::array();
            for (const kube::LegacyComponentResult &r : report.results)
                done.push_back(str(outcomeText(r)));
            m_record.migration["legacy"] = done;
            if (!report.ok())
                // Deleting is idempotent: resuming asks again for each one.
                return failResumable(tr("Not every v1 component could be deleted: %1").arg(lines->join(QStringLiteral("; "))));
            completeStep(lines->join(QStringLiteral("; ")));
        });
    });
}

void OperationDriver::stepVerifyV2()
{
    arm::ArmJob *job = send(kubernetesComputeGet());
    connect(job, &arm::ArmJob::finished, this, [this](const arm::ArmResponse &answer) {
        const QString newName = migrationField(m_record.migration, "newName");
        if (answer.httpStatus == 404)
            return failOperation(tr("The Kubernetes compute '%1' is not in the workspace.").arg(newName));
        if (!answer.ok())
            return failOnAnswer(answer);
        const json compute = answer.json();
        const QString type = migrationField(compute.value("properties", json::object()), "computeType");
        const QString state = arm::provisioningState(compute);
        if (type.compare(QLatin1String("Kubernetes"), Qt::CaseInsensitive) != 0)
            return failOperation(tr("'%1' is a compute of type %2, not Kubernetes.").arg(newName, type));
        if (state.compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) != 0)
            return failWithProvisioningErrors(compute, tr("The service reports the compute as %1.").arg(state));
        arm::ArmJob *extJob = send(extensionGet());
        connect(extJob, &arm::ArmJob::finished, this, [this, newName](const arm::ArmResponse &ext) {
            if (!ext.ok())
                return failOnAnswer(ext);
            const auto parsed = azure::ExtensionResource::fromJson(ext.json());
            if (!parsed.ok() || !parsed.value->succeeded())
                return failOperation(tr("The Azure ML extension is in state %1.")
                                         .arg(parsed.ok() ? parsed.value->provisioningState : parsed.error));
            const azure::ExtensionResource &e = *parsed.value;
            const QString tlsText = e.settings.value(QLatin1String(rules::extension::kSslCname)).isEmpty()
                                        ? tr("HTTP allowed")
                                        : tr("TLS for %1").arg(e.settings.value(QLatin1String(rules::extension::kSslCname)));
            completeStep(tr("'%1' is a Kubernetes compute (Succeeded, namespace %2); the extension %3 is Succeeded "
                            "(version %4, %5).")
                             .arg(newName, migrationField(m_record.migration, "namespace"), e.name,
                                  e.installedVersion.isEmpty() ? e.version : e.installedVersion, tlsText));
        });
    });
}

// --- a failure: the state and the way back --------------------------------------------------

QString OperationDriver::describeMigrationFailure(const QString &human)
{
    const auto stateOf = [this](const char *id) -> std::optional<StepState> {
        for (const OperationStep &st : std::as_const(m_record.steps))
            if (st.id == QLatin1String(id))
                return st.state;
        return std::nullopt;
    };
    const auto done = [&stateOf](const char *id) {
        const auto st = stateOf(id);
        return st && (*st == StepState::Done || *st == StepState::Skipped);
    };
    const QString failing = m_record.currentStep < m_record.steps.size() ? m_record.steps.at(m_record.currentStep).id : QString();
    const bool detachStarted = done(step::kDetach) || failing == QLatin1String(step::kDetach);
    if (!detachStarted) {
        m_record.migration["clusterState"] = str(tr("unchanged"));
        m_record.migration.erase("wayBack");
        return tr("Nothing was changed: '%1' is still attached as v1. %2").arg(m_record.computeName, human);
    }
    QStringList state;
    state << (done(step::kVerifyDetached) ? tr("v1 compute '%1' detached").arg(m_record.computeName)
                                           : tr("v1 compute '%1' being detached").arg(m_record.computeName));
    if (done(step::kDeleteLegacy))
        state << tr("legacy components deleted");
    else if (failing == QLatin1String(step::kDeleteLegacy))
        state << tr("legacy components not all deleted");
    const QString ext = migrationField(m_record.migration, "extensionName");
    if (done(step::kWaitExtension))
        state << tr("extension %1 installed").arg(ext);
    else if (failing == QLatin1String(step::kInstallExtension) || failing == QLatin1String(step::kWaitExtension))
        state << tr("extension failed: %1").arg(human);
    const QString newName = migrationField(m_record.migration, "newName");
    const bool attached = v2record::putPhase(m_record.migration, "computePut") != PutPhase::NotSent;
    if (done(step::kWaitAttach))
        state << tr("Kubernetes compute '%1' attached").arg(newName);
    else if (failing == QLatin1String(step::kAttachKubernetes) || failing == QLatin1String(step::kWaitAttach))
        state << tr("Kubernetes compute attach failed: %1").arg(human);
    if (failing == QLatin1String(step::kVerifyV2) || failing == QLatin1String(step::kDeleteLegacy)
        || failing == QLatin1String(step::kDetach) || failing == QLatin1String(step::kWaitDetach)
        || failing == QLatin1String(step::kVerifyDetached))
        state << human;
    // One sentence however the last part ends (a service message often ends with "." already).
    QString clusterState = state.join(QStringLiteral(", ")).trimmed();
    while (clusterState.endsWith(QLatin1Char('.')))
        clusterState.chop(1);
    m_record.migration["clusterState"] = str(clusterState);
    // The way back: the v1 compute attached again with its settings and certificate.
    const QString command = QStringLiteral("clusterwright-cli migrate --back %1").arg(m_record.id);
    m_record.migration["wayBack"] = str(command);
    QString way = m_record.tlsKept == QLatin1String("backup-file")
                      ? tr("Way back: `%1` attaches '%2' again as v1 with the recovered certificate (backup file %3).")
                            .arg(command, m_record.computeName, m_record.tlsBackupFile)
                      : tr("Way back: `%1` attaches '%2' again as v1 with its settings.").arg(command, m_record.computeName);
    if (attached)
        way = tr("Way back: detach the Kubernetes compute first (clusterwright-cli detach %1), then %2")
                  .arg(newName, way.mid(way.indexOf(QLatin1Char('`'))));
    return clusterState + QStringLiteral(". ") + way;
}

} // namespace cw::ops
