#pragma once
#include "sandbox/SandboxHttp.h"

// How the sandbox answers an update PUT of an existing compute. Real Azure ML answers either
// 201 + Azure-AsyncOperation (the update runs) or 200 + the updated resource (it completed at
// once; the "Update a AKS Compute" example of the 2022-10-01 spec shows both), and a resource
// provider may also answer 201 with the resource "Updating" and no operation header, leaving the
// client to poll the resource itself. The sandbox answers all three.
namespace cw::sandbox {

enum class UpdateReply {
    Async, // 201 + body "Updating" + Azure-AsyncOperation
    Sync,  // 200 + the updated body, applied at once
    Poll,  // 201 + body "Updating", no operation headers
};

// `setting` is SandboxSettings::updateReply. A request that changes nothing but the description
// or tags (`request` as stored for the operation, against the `existing` compute) completes at
// once whatever the setting; a scripted failure (`failing`) always runs as an operation.
UpdateReply chooseUpdateReply(const QString &setting, const Json &request, const Json &existing, bool failing);

// True when `request` leaves every property of `existing` that an update runs for unchanged.
bool changesOnlyMetadata(const Json &request, const Json &existing);

} // namespace cw::sandbox
