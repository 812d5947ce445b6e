#pragma once
// THE single builder of the compute PUT body (azure-contract.md, api-version 2022-10-01). The
// operations send it, the export shows it, the tests round-trip it through the official Python
// SDK's models: there is no second builder.
#include "rules/ComputeSpec.h"

#include <nlohmann/json.hpp>

namespace cw::exporting {

inline constexpr auto kComputeApiVersion = "2022-10-01";

// Create: location, computeType, computeLocation, description and inside agentCount,
// agentVmSize, clusterPurpose, sslConfiguration, aksNetworkingConfiguration (with subnetId),
// loadBalancerType, loadBalancerSubnet. Attach: location, computeType, resourceId, description
// and inside only clusterPurpose, sslConfiguration, loadBalancerType, loadBalancerSubnet.
// Key material is included as given: redact before showing (see ArmRequestExport.h).
nlohmann::json computeResourceBody(const rules::ComputeSpec &spec);

// "/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.MachineLearningServices/workspaces/{ws}"
QString workspacePath(const rules::WorkspaceRef &workspace);
// workspacePath + "/computes/{name}" (no api-version).
QString computePath(const rules::ComputeSpec &spec);

} // namespace cw::exporting
