#pragma once
// Every ARM request about the computes of a workspace, built in one place: the api-version is
// apiversion::kMachineLearning, the paths come from armpath. ComputeService sends the reads;
// the operations (ops/OperationDriver) send the writes with their journaling around them; the
// Review page's export (export/ArmRequestExport) renders the create/attach PUT from here too.
#include "arm/ArmTypes.h"
#include "common/WorkspaceRef.h"

#include <nlohmann/json.hpp>

namespace cw::azure::computerequest {

arm::ArmRequest list(const WorkspaceRef &workspace);
arm::ArmRequest get(const WorkspaceRef &workspace, const QString &name);
// PUT the whole body (export/ArmBody.h builds it for a create/attach; an update sends the
// edited document). `isCreate` marks a PUT that must never be blindly re-sent after an
// ambiguous failure (the pipeline GETs the resource instead).
arm::ArmRequest put(const WorkspaceRef &workspace, const QString &name, nlohmann::json body, bool isCreate);

// What to PUT to update a compute: its document as read (with the edits made) without what only
// the service sets (provisioningState, provisioningErrors, createdOn, modifiedOn,
// isAttachedCompute, the AKS systemServices) or accepts only at creation (disableLocalAuth), in
// any spelling of their names. Everything else, unknown fields too, is sent back as it was.
nlohmann::json updateBody(nlohmann::json document);

enum class Underlying {
    Detach, // DELETE ...?underlyingResourceAction=Detach: the AKS cluster stays
    Delete, // ...=Delete: also deletes a cluster the workspace created
};
arm::ArmRequest remove(const WorkspaceRef &workspace, const QString &name, Underlying underlying);
// POST .../listKeys: the kubeconfigs (a read, sent again like a GET after a transient failure).
arm::ArmRequest listKeys(const WorkspaceRef &workspace, const QString &name);

} // namespace cw::azure::computerequest
