#pragma once
#include "sandbox/SandboxService.h"

namespace cw::sandbox {

// Applies a scenario document: {"settings":{...}, "faults":[fault...],
// "failNext":[{"path","errors":[{"code","message"}]}], "bulkComputes":[{"subscription",
// "resourceGroup","workspace","count"}]}. Returns an error sentence, empty on success.
QString applyScenario(SandboxService &svc, const Json &scenario);

} // namespace cw::sandbox
