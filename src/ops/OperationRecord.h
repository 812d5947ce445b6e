#pragma once
#include <QDateTime>
#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

#include "arm/LroState.h"
#include "common/WorkspaceRef.h"

namespace cw::ops {

enum class OperationKind { Create, Attach, Update, Detach, Delete, Reattach, Migrate };
enum class OperationState { Running, Succeeded, Failed, Canceled };
enum class StepState { Pending, Running, Done, Failed, Skipped };

QString nameOf(OperationKind kind);
std::optional<OperationKind> operationKindFromString(const QString &text);
QString nameOf(OperationState state);
std::optional<OperationState> operationStateFromString(const QString &text);
QString nameOf(StepState state);
std::optional<StepState> stepStateFromString(const QString &text);

struct OperationStep {
    QString id;              // machine name: "read-config", "detach", "attach", ...
    QString title;           // what the user sees (translated when the step was planned)
    StepState state = StepState::Pending;
    QDateTime startedAt;
    QDateTime endedAt;
    QString message;         // the service's words or our explanation
};

// A non-idempotent request (create/attach PUT) is bracketed in the journal: "intent" is saved
// before the request leaves, "acknowledged" once the service answered. Intent without
// acknowledgement after a crash means: GET the resource first, never re-send blindly.
enum class PutPhase { NotSent, IntentRecorded, Acknowledged };

// One error in the service's own words, as Azure gave it (a compute's provisioningErrors).
struct ServiceErrorEntry {
    QString code;    // "QuotaExceeded"; empty when the service gave none
    QString message;
};

struct OperationRecord {
    QString id;                      // UUID without braces
    OperationKind kind = OperationKind::Create;
    OperationState state = OperationState::Running;
    WorkspaceRef workspace;
    QString computeName;
    QString summary;                 // one line for lists: "Create 'aks-prod' (FastProd, 3 × D3_v2)"
    // What the title says, in no language ({"purpose": "FastProd", "nodeCount": 3, ...}): the
    // UI renders the title from the kind and these in its current language (summary is the
    // one line in the language of the moment it was planned, for logs and older readers).
    nlohmann::json titleFacts;
    nlohmann::json requestBody;      // the compute PUT body, secrets removed (see Journal)
    QString secretRef;               // keychain key of TLS material carried by the operation
    // Where a re-attach keeps the TLS material it carries over the detach, said truthfully:
    // "keychain", "backup-file" (tlsBackupFile), "cluster-secret" (the AKS cluster's
    // azuremlfessl secret, which detach keeps), or "" when it carries none.
    QString tlsKept;
    QString tlsBackupFile;           // the user's 0600 backup file (tlsKept == "backup-file")
    PutPhase putPhase = PutPhase::NotSent;
    arm::LroState lro;               // where the long-running part can be picked up again
    // A move to v2 (kind Migrate, OperationDriverMigrate.cpp): what it carries over and where each
    // of its resources stands, never key material: {"clusterId", "location", "tls", "cname",
    // "newName", "namespace", "extensionName", "extensionSettings", "reuseExtension",
    // "extensionPut" / "computePut" (a PutPhase name each), "legacy" (what was deleted)}. A v2
    // attach that installs the Azure ML extension first (the wizard's) keeps its extension's facts
    // here too: {"clusterId", "extensionName", "reuseExtension", "extensionSettings",
    // "protectedSettings" (their names only), "extensionPut"} (ops/V2RecordFacts.h reads them).
    nlohmann::json migration;
    QList<OperationStep> steps;
    int currentStep = 0;
    QString error;                   // human sentence when Failed
    QString errorDetail;             // raw service detail
    // The service's errors behind `error` when Azure reported them one by one (a Failed
    // compute's provisioningErrors), so views show code and message without parsing `error`.
    QList<ServiceErrorEntry> serviceErrors;
    // A failure that resuming can get past (the request may have reached Azure, the wait lost
    // track, a re-attach stopped after its detach): `operations resume` picks these up, and
    // the TLS material stays kept. Any other failure is final.
    bool resumable = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    // Set when a later start resumed this operation after the process driving it ended (crash,
    // kill, sandbox stop): the last moment the journal saw it, which the views report.
    QDateTime interruptedAt;

    static OperationRecord create(OperationKind kind, const WorkspaceRef &ws, const QString &computeName);
    bool isFinished() const { return state != OperationState::Running; }
    // Running (interrupted or --no-wait) or failed in a way resuming can get past.
    bool canResume() const { return state == OperationState::Running || (state == OperationState::Failed && resumable); }
    OperationStep *step(const QString &stepId);
};

nlohmann::json toJson(const OperationRecord &record);
// Reads a record written by toJson; nullopt (with `error` set) for anything malformed.
std::optional<OperationRecord> recordFromJson(const nlohmann::json &json, QString *error = nullptr);

} // namespace cw::ops
