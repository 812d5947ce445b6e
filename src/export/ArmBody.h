#pragma once
// THE single builder of the compute PUT body (azure-contract.md); the request around it, path
// and api-version, is azure/ComputeRequests.h. The operations send it, the export shows it, the
// tests round-trip it through the official Python SDK's models: there is no second builder.
#include "rules/ComputeSpec.h"

#include <nlohmann/json.hpp>

namespace cw::exporting {

// Create: location, computeType, computeLocation, description and inside agentCount,
// agentVmSize, clusterPurpose, sslConfiguration, aksNetworkingConfiguration (with subnetId),
// loadBalancerType, loadBalancerSubnet. Attach: location, computeType, resourceId, description
// and inside only clusterPurpose, sslConfiguration, loadBalancerType, loadBalancerSubnet.
// Key material is included as given: redact before showing (see ArmRequestExport.h).
nlohmann::json computeResourceBody(const rules::ComputeSpec &spec);

} // namespace cw::exporting
