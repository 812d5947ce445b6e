#pragma once
#include <nlohmann/json.hpp>

#include "ops/OperationRecord.h"
#include "rules/ExtensionConfiguration.h"

namespace cw::rules {
struct ComputeSpec;
}

namespace cw::ops {

// Step ids, shared by the planner, the driver and the views.
namespace step {
inline constexpr auto kCheckName = "check-name"; // the name is free in the workspace
inline constexpr auto kRead = "read";            // read the compute's current document (update)
inline constexpr auto kSubmit = "submit";        // the PUT (create, attach, update)
inline constexpr auto kDetach = "detach";        // the DELETE (detach, delete)
inline constexpr auto kWait = "wait";            // the long-running part
inline constexpr auto kVerify = "verify";        // read the final state back
// Re-attach to update (detach, then attach the same cluster again with the same settings).
inline constexpr auto kReadSpec = "read-spec";           // GET → the attach spec of the compute
inline constexpr auto kRecoverTls = "recover-tls";       // certificate and key → keychain
inline constexpr auto kWaitDetach = "wait-detach";       // the detach's long-running part
inline constexpr auto kVerifyDetached = "verify-detached"; // the compute is gone
// Move to v2 (OperationDriverMigrate.cpp): preflight-v2, recover-tls, detach, wait-detach,
// verify-detached, then these.
inline constexpr auto kPreflightV2 = "preflight-v2";           // the cluster's v2 limits, the carried-over settings
inline constexpr auto kDeleteLegacy = "delete-legacy";         // the eight azureml-fe objects, one by one
inline constexpr auto kInstallExtension = "install-extension"; // the extension PUT (or reuse)
inline constexpr auto kWaitExtension = "wait-extension";       // its long-running part
inline constexpr auto kAttachKubernetes = "attach-kubernetes"; // the Kubernetes compute PUT
inline constexpr auto kWaitAttach = "wait-attach";             // its long-running part
inline constexpr auto kVerifyV2 = "verify-v2";                 // compute Kubernetes + Succeeded, extension Succeeded
} // namespace step

// What a move to v2 is asked for besides the v1 compute's name.
struct MigrationOptions {
    QString newName;                              // the Kubernetes compute's; empty: the v1 name
    QString kubernetesNamespace = QStringLiteral("default");
    // Where the recovered v1 certificate and key are kept (a new 0600 file). Empty: the runner
    // picks one under the application's data folder (migrationBackupPath).
    QString tlsBackupFile;
};

// The Azure ML extension a v2 attach installs before it attaches (the wizard's v2 mode), or reuses
// when one is installed and Succeeded. Its protected settings (the TLS certificate and key) are
// key material: the runner keeps them in memory and in the keychain, never in the journal.
struct ExtensionInstall {
    QString clusterId;
    QString name = QLatin1String(rules::extension::kDefaultName);
    bool reuse = false;
    rules::ExtensionConfiguration configuration;
};

// New records with their steps planned and titled (translated), state Running, step 0.
OperationRecord planCreateOrAttach(const rules::ComputeSpec &spec, const QString &cloud);
// Attach of an AKS cluster (with the Azure ML extension) as a v2 Kubernetes compute: the steps of
// an attach (check-name, submit, wait, verify); titleFacts name the cluster and the type. With
// `install`, the extension comes first, journaled as a move's: check-name, install-extension,
// wait-extension (none when it is reused), submit, wait, verify; record.migration holds the
// extension's facts ({"clusterId", "extensionName", "reuseExtension", "extensionSettings",
// "protectedSettings" (the names only), "extensionPut"}).
OperationRecord planAttachKubernetes(const WorkspaceRef &workspace, const QString &computeName,
                                     const QString &clusterId, const QString &cloud,
                                     const ExtensionInstall *install = nullptr);
OperationRecord planDetach(const WorkspaceRef &workspace, const QString &computeName, bool deleteCluster);
OperationRecord planUpdate(const WorkspaceRef &workspace, const QString &computeName,
                           const nlohmann::json &mergePatch, const QString &summary);
// Re-attach: read-spec, recover-tls, detach, wait-detach, verify-detached, submit, wait, verify.
OperationRecord planReattach(const WorkspaceRef &workspace, const QString &computeName);

// Move to v2: preflight-v2, recover-tls, detach, wait-detach, verify-detached, delete-legacy,
// install-extension, wait-extension, attach-kubernetes, wait-attach, verify-v2.
OperationRecord planMigrate(const WorkspaceRef &workspace, const QString &computeName, const MigrationOptions &options);
// The way back from a move to v2 that detached the v1 compute: attach it again as v1 with the
// same settings (the move's requestBody) and the recovered certificate (its backup file).
OperationRecord planAttachBack(const OperationRecord &migration);

// --- The compute document (pure JSON helpers) ---

// (A compute's provisioning state and errors: arm/LroDocuments.h; the body of an update:
// azure::computerequest::updateBody.)
// True when the body carries a custom certificate whose key material must come along.
bool bodyCarriesKeyMaterial(const nlohmann::json &body);
// True when the body enables a custom certificate but its cert or key is missing (scrubbed).
bool bodyLacksKeyMaterial(const nlohmann::json &body);
// The key material of a body ({"cert","key"} of sslConfiguration), to keep in the keychain.
nlohmann::json extractKeyMaterial(const nlohmann::json &body);
// Puts key material kept in the keychain back into a scrubbed body.
void restoreKeyMaterial(nlohmann::json &body, const nlohmann::json &material);

} // namespace cw::ops
