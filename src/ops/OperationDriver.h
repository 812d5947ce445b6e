#pragma once
#include <QPointer>

#include <functional>

#include <optional>

#include <nlohmann/json.hpp>

#include "arm/ArmTypes.h"
#include "arm/LroState.h"
#include "common/AsyncJob.h"
#include "ops/OperationRecord.h"
#include "rules/ExtensionConfiguration.h"
#include "tls/AzureMlFeSecret.h"

namespace cw::arm {
class ArmConnection;
class ArmJob;
class LroPoller;
} // namespace cw::arm
namespace cw::secrets {
class SecretStore;
}
namespace cw::kube {
class KubeClient;
}

namespace cw::ops {

class Journal;
class TlsRecovery;

// Drives one operation through its planned steps, from record.currentStep on. Each step is
// re-runnable, so a driver started on a record read back from the journal after a crash picks
// up where the last one stopped:
//   check-name / read / verify   plain GETs, harmless to repeat;
//   submit                       by putPhase: NotSent → send; IntentRecorded (the process died
//                                while the PUT was out) → GET first: present → wait for it,
//                                absent → send; Acknowledged → go on waiting;
//   detach                       DELETE is idempotent: repeat;
//   wait                         resumes the poller from the journaled LRO state.
// The steps live in OperationDriverSubmit.cpp (check-name, read, submit) and
// OperationDriverWait.cpp (detach, wait, verify). A re-attach adds (OperationDriverReattach.cpp):
//   read-spec                    GET → attach spec → attach body (harmless to repeat);
//   recover-tls                  the user's files, or the cluster's azuremlfessl secret, kept
//                                in the keychain before anything is detached;
//   detach / wait-detach / verify-detached, then submit / wait / verify as an attach.
// A move to v2 (OperationDriverMigrate.cpp): preflight-v2 (GETs, harmless to repeat); recover-tls
// (the certificate and key into a new 0600 backup file before anything changes); detach /
// wait-detach / verify-detached as a re-attach; delete-legacy (DELETEs of the eight azureml-fe
// objects, idempotent); install-extension and attach-kubernetes (PUTs journaled as submit's:
// the record's migration.extensionPut / computePut); wait-extension / wait-attach; verify-v2.
// A v2 attach started with an extension (the wizard) runs check-name, install-extension,
// wait-extension (OperationDriverExtension.cpp, shared with the move), then submit / wait / verify.
// Every request is built by azure/ComputeRequests.h, as the services' and the export's are; the
// driver only adds the journaling around it.
// Emits finished() once: when the operation ended, or when it stopped waiting (cancel(): the
// operation goes on in Azure; the record stays Running and resumable). An AsyncJob that delivers
// Immediately (inside the answer's, the poller's or cancel()'s call: the record is journaled as it
// is emitted) and is KeptByOwner (the runner). start() runs the first step from the event loop.
class OperationDriver : public AsyncJob
{
    Q_OBJECT
public:
    // `fullBody` is the request body with key material (memory only); without it the record's
    // (scrubbed) requestBody is sent.
    OperationDriver(arm::ArmConnection *connection, Journal *journal, OperationRecord record,
                    std::optional<nlohmann::json> fullBody, int pollIntervalMs, QObject *parent = nullptr);
    ~OperationDriver() override;

    // Where a re-attach keeps its TLS material, and the user's own files when given (else the
    // material is read from the cluster). Call before start().
    void setTlsSources(secrets::SecretStore *store, std::optional<tls::TlsMaterial> provided);
    // Without a keychain, keep a re-attach's TLS material in this new 0600 file (the user's
    // explicit choice) before detaching. Call before start().
    void setTlsBackupFile(const QString &path) { m_tlsBackupFile = path; }
    // The protected settings (PEM certificate and key) a v2 attach's extension PUT carries: memory
    // only, the runner keeps them in the keychain too. Call before start().
    void setExtensionProtectedSettings(const QMap<QString, QString> &settings) { m_extensionProtected = settings; }

    const OperationRecord &record() const { return m_record; }

Q_SIGNALS:
    void changed(const cw::ops::OperationRecord &record);
    void progress(const QString &id, const cw::arm::LroProgress &progress);
    void finished(const cw::ops::OperationRecord &record);

protected:
    void doStart() override;
    void doCancel() override;

private:
    void runCurrentStep();
    void stepCheckName();
    void stepRead();
    void stepSubmit();
    void sendPut();
    void onPutAnswer(const arm::ArmRequest &request, const arm::ArmResponse &answer);
    void followAcceptedPut(const arm::ArmRequest &request, const arm::ArmResponse &answer);
    void resolveConflictOnResend(const arm::ArmResponse &conflict);
    void stepDetach();
    void stepWait();
    void onWaitFinished(const arm::LroResult &result);
    void stepVerify();
    void stepReadSpec();
    void stepRecoverTls();
    void keepTlsMaterial(const tls::TlsMaterial &material, const QString &origin);
    void keepTlsDurably(const tls::TlsMaterial &material, const QString &origin);
    void recoverTlsThenSendPut();
    QString aksResourceId() const;

    // Move to v2 (OperationDriverMigrate.cpp).
    void stepPreflightV2();
    void stepMigrateRecoverTls();
    void stepDeleteLegacy();
    void stepInstallExtension();
    void stepAttachKubernetes();
    void stepMigrationWait(bool extension);
    void stepVerifyV2();
    // A PUT journaled as submit's: intent on disk before it leaves; after a restart with the
    // intent only, `lookup` first (present: follow it; 404: send). `phaseKey` names the record's
    // migration member that holds the phase.
    void migrationPut(const char *phaseKey, const arm::ArmRequest &put, const arm::ArmRequest &lookup);
    // Adds the extension PUT's protected settings from memory; false (the operation failed, saying
    // why) when they are gone.
    bool addProtectedSettings(rules::ExtensionConfiguration &config);
    arm::ArmRequest extensionGet() const;
    arm::ArmRequest kubernetesComputeGet() const;
    // The failure of a move, said with the state the cluster is left in and the way back.
    QString describeMigrationFailure(const QString &human);

    void beginStep();
    // Ends the current step as `state` and moves the record on, without saving or running the
    // next step; completeStep and skipStep do both.
    void endStep(StepState state, const QString &message);
    void completeStep(const QString &message = {});
    void skipStep(const QString &message);
    bool isRemovalStep() const;
    void setStepMessage(const QString &message);
    // A final failure (unless the PUT may have reached Azure or a re-attach detached already).
    void failOperation(const QString &human, const QString &detail = {});
    // A compute that ended Failed: its provisioningErrors, as text and one by one in the record
    // (`fallback` when it lists none).
    void failWithProvisioningErrors(const nlohmann::json &compute, const QString &fallback,
                                    const QString &detail = {});
    // A failure that resuming can get past (the record says so; `operations resume` picks it up).
    void failResumable(const QString &human, const QString &detail = {});
    // The service's error: resumable when transient (no answer, timeout, 408/429/5xx, unreadable).
    void failOnAnswer(const arm::ArmResponse &answer);
    void fail(const QString &human, const QString &detail, bool resumable);
    void followDetachInProgress(const arm::ArmResponse &conflict);
    bool hasDetached() const;
    bool extensionInstalledBeforeFailure() const;
    void finishStopped(const QString &message);
    // Journals the record in the background; `thenDurable` runs once it is on disk (unless the
    // operation ended meanwhile).
    void save(std::function<void()> thenDurable = {});
    void emitFinished();

    arm::ArmJob *send(arm::ArmRequest request);
    // What the poller follows when the service gave no operation to poll: `resource` itself
    // (the compute by default), by `method`, from now.
    arm::LroState resourceLroState(const QByteArray &method) const;
    arm::LroState resourceLroState(const QByteArray &method, const arm::ArmRequest &resource) const;
    // Starts m_poller (not yet running): from this run's PUT/DELETE answer, else from the journaled
    // state, else from `fallback` (journaled first). Its progress becomes the step's message.
    void startPolling(const arm::LroState &fallback);
    // The outcomes every wait ends alike: stopped waiting (resumable, still Running) or lost track
    // (failed, resumable). True when `result` was one of them and has been handled.
    bool endStoppedWait(const arm::LroResult &result);
    // GET the compute (every read of a step; the writes are built where they are sent).
    arm::ArmJob *readCompute();
    nlohmann::json bodyToSend() const;
    const char *currentStepId() const;
    bool isCreateLike() const;

    arm::ArmConnection *m_connection;
    Journal *m_journal;
    OperationRecord m_record;
    std::optional<nlohmann::json> m_fullBody;
    int m_pollIntervalMs;
    QPointer<arm::ArmJob> m_job;
    QPointer<arm::LroPoller> m_poller;
    // The answer of a PUT/DELETE sent by this driver, to start the poller from its headers.
    std::optional<std::pair<arm::ArmRequest, arm::ArmResponse>> m_initialAnswer;
    // The resource the poller's final GET returned when it already says Succeeded: the verify step
    // then needs no GET of its own (the contract's minimum is 1 PUT + polls + 1 final GET).
    std::optional<nlohmann::json> m_finalResource;
    QPointer<secrets::SecretStore> m_secrets;
    std::optional<tls::TlsMaterial> m_providedTls;
    QPointer<TlsRecovery> m_recovery;
    QPointer<kube::KubeClient> m_kube; // a move's delete-legacy step
    QString m_tlsBackupFile;
    QMap<QString, QString> m_extensionProtected; // a v2 attach's extension secrets (memory only)
    bool m_triedClusterRecovery = false;
    bool m_resentAfterAbsentProbe = false;
    // The PUT about to leave follows a lookup that found no compute: a 409 to it is looked up.
    bool m_putIsResend = false;
    bool m_stopping = false;
};

} // namespace cw::ops
