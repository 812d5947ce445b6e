#pragma once
#include <nlohmann/json.hpp>

#include "ops/OperationRecord.h"

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
} // namespace step

// New records with their steps planned and titled (translated), state Running, step 0.
OperationRecord planCreateOrAttach(const rules::ComputeSpec &spec, const QString &cloud);
// Attach of an AKS cluster (with the Azure ML extension) as a v2 Kubernetes compute: the steps of
// an attach (check-name, submit, wait, verify); titleFacts name the cluster and the type.
OperationRecord planAttachKubernetes(const WorkspaceRef &workspace, const QString &computeName,
                                     const QString &clusterId, const QString &cloud);
OperationRecord planDetach(const WorkspaceRef &workspace, const QString &computeName, bool deleteCluster);
OperationRecord planUpdate(const WorkspaceRef &workspace, const QString &computeName,
                           const nlohmann::json &mergePatch, const QString &summary);
// Re-attach: read-spec, recover-tls, detach, wait-detach, verify-detached, submit, wait, verify.
OperationRecord planReattach(const WorkspaceRef &workspace, const QString &computeName);

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
