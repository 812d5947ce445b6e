#pragma once
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

#include <nlohmann/json.hpp>

#include "arm/LroState.h"
#include "ops/OperationPlan.h"
#include "ops/OperationRecord.h"
#include "tls/AzureMlFeSecret.h"

namespace cw::arm {
class ArmConnection;
}
namespace cw::rules {
struct ComputeSpec;
}
namespace cw::azure {
struct KubernetesComputeSpec;
}
namespace cw::secrets {
class SecretJob;
class SecretStore;
}

namespace cw::ops {

class Journal;
class OperationDriver;

// Runs operations on computes as journaled steps, asynchronously, and outlives any window that
// started one ("Run in background"). Every step is written to the journal before and after each
// request, so resumeUnfinished() after a crash or restart finishes each operation without
// repeating a non-idempotent request (a create/attach PUT is never sent twice: after an
// interrupted PUT the compute is looked up first).
//
// TLS key material of a running operation is kept in the SecretStore (never in the journal)
// under the record's secretRef, and removed when the operation ends.
class OperationRunner : public QObject
{
    Q_OBJECT
public:
    OperationRunner(arm::ArmConnection *connection, Journal *journal,
                    secrets::SecretStore *secretStore = nullptr, QObject *parent = nullptr);
    ~OperationRunner() override;

    // The cloud name recorded in every operation's WorkspaceRef (e.g. "Sandbox", "AzureCloud").
    QString cloudName() const;
    // Whether an operation of `workspace` is this runner's to drive: its URLs and tokens belong
    // to the cloud it was started on.
    bool drivesCloudOf(const WorkspaceRef &workspace) const;

    // Create or attach from a validated spec (the body is export::computeResourceBody(spec)).
    // Steps: check the name is free, submit, wait, verify. Returns the operation id.
    QString startCreateOrAttach(const rules::ComputeSpec &spec);
    // Attach an AKS cluster that has the Azure ML extension as a v2 Kubernetes compute (the body is
    // azure::kubernetesAttachBody(spec)); the steps of an attach. With `install`, the extension is
    // installed (or reused) first, in the same journaled operation; its protected settings are kept
    // in the keychain under the record's secretRef while the PUT may still have to be sent.
    // Returns the operation id.
    QString startAttachKubernetes(const WorkspaceRef &workspace, const azure::KubernetesComputeSpec &spec,
                                  const std::optional<ExtensionInstall> &install = std::nullopt);
    // Detach (keeps the AKS cluster) or delete (also deletes a cluster the workspace created).
    QString startDetach(const WorkspaceRef &workspace, const QString &computeName, bool deleteCluster = false);
    // Read the compute, apply `mergePatch` (RFC 7386) to its properties document, PUT it back,
    // wait, verify. `summary` is the line shown in lists ("Switch 'x' to an internal load balancer").
    QString startUpdate(const WorkspaceRef &workspace, const QString &computeName,
                        const nlohmann::json &mergePatch, const QString &summary);

    // Re-attach to update: read the compute's attach spec, recover its TLS certificate and key
    // (from the cluster's azuremlfessl secret, or `userProvided`), keep them in the keychain
    // under the record's secretRef, detach, wait, attach again with the same name, purpose,
    // TLS and load balancer, wait, verify. A failure after the detach keeps the key material in
    // the keychain and says in the record what was detached, so the user can finish by hand.
    // Without a keychain the material must be kept durably before the detach: in
    // `tlsBackupFile` (a new 0600 file, the user's explicit choice) when given, else it is read
    // back from the AKS cluster's azuremlfessl secret; when neither works nothing is detached.
    QString startReattach(const WorkspaceRef &workspace, const QString &computeName,
                          std::optional<tls::TlsMaterial> userProvided = {}, const QString &tlsBackupFile = {});

    // Move to v2 (issue 15, item 4): check the cluster for Azure ML v2, recover the v1 TLS
    // certificate and key into `options.tlsBackupFile` (a new 0600 file that stays after the move;
    // default migrationBackupPath()), detach the v1 compute (the cluster is kept), delete the eight
    // legacy azureml-fe objects, install the Azure ML extension with the v1 choices carried over
    // (or reuse a Succeeded one), attach the cluster as a Kubernetes compute, verify. A failure
    // says the state the cluster is left in and the way back (startAttachBack).
    QString startMigrate(const WorkspaceRef &workspace, const QString &computeName, MigrationOptions options = {});
    // The way back from a move to v2 that detached its v1 compute: attach it again as v1 with the
    // move's settings and the certificate of its backup file. Empty (with `error`) when the
    // operation is not such a move or its backup cannot be read.
    QString startAttachBack(const QString &migrationId, QString *error = nullptr);
    // Where a move keeps the v1 certificate and key when no file is chosen: a new file under the
    // application's data folder (tls-backups/, 0700), named after the compute and the operation.
    static QString migrationBackupPath(const QString &computeName, const QString &operationId);

    // Picks up every unfinished operation of this runner's cloud in the journal (its process
    // ended while driving it): each record notes when it was interrupted (interruptedAt) and
    // resumedAfterInterruption() is emitted for it. Returns how many were resumed.
    int resumeUnfinished();
    // Resumes one operation (unfinished, or failed while waiting) from its current step; false
    // when it is unknown, succeeded, or belongs to another cloud.
    bool resume(const QString &id);
    // Stops waiting for an operation; it goes on in Azure and can be resumed later.
    void stopWaiting(const QString &id);
    // Stops driving every operation (application shutdown); they stay resumable.
    void stopAll();

    bool isActive(const QString &id) const;
    std::optional<OperationRecord> record(const QString &id) const;
    QList<OperationRecord> activeRecords() const;
    Journal *journal() const { return m_journal; }

    // The wait between polls when the service gives none (default 5 s as azureml-core).
    void setDefaultPollIntervalMs(int ms) { m_pollIntervalMs = ms; }

Q_SIGNALS:
    void operationStarted(const cw::ops::OperationRecord &record);
    // Any change: a step started or ended, a message, the state.
    void operationChanged(const cw::ops::OperationRecord &record);
    // Progress of the long-running part (status, percent, elapsed, next poll).
    void operationProgress(const QString &id, const cw::arm::LroProgress &progress);
    void operationFinished(const cw::ops::OperationRecord &record);
    // resumeUnfinished() picked up an operation whose process ended while driving it.
    void resumedAfterInterruption(const cw::ops::OperationRecord &record);

private:
    QString launch(OperationRecord record, nlohmann::json fullBody, const QMap<QString, QString> &extensionProtected = {});
    void drive(OperationRecord record, std::optional<nlohmann::json> fullBody,
               std::optional<tls::TlsMaterial> providedTls = {}, const QString &tlsBackupFile = {},
               const QMap<QString, QString> &extensionProtected = {}, secrets::SecretJob *keyMaterialKept = nullptr);
    // A v2 attach resumed before its extension PUT was acknowledged: its protected settings back
    // from the keychain (the driver says what is missing when they cannot be read).
    void driveWithExtensionSecrets(OperationRecord record);
    void onDriverChanged(const OperationRecord &record);
    void onDriverFinished(const OperationRecord &record);

    arm::ArmConnection *m_connection;
    Journal *m_journal;
    QPointer<secrets::SecretStore> m_secrets;
    QHash<QString, QPointer<OperationDriver>> m_drivers;
    int m_pollIntervalMs = 5000;
};

} // namespace cw::ops
