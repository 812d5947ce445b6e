#pragma once
// The reverse of computeResourceBody for "Re-attach to update": from the GET of an attached AKS
// compute, the attach spec that re-attaches the same cluster with the same settings (purpose,
// load balancer, TLS mode, cname / leaf label, description). The service never returns the TLS
// certificate and key: the caller fills spec.tls.certPem / keyPem (recovered from the
// azuremlfessl secret) before sending; the body is then built by computeResourceBody as usual.
#include "rules/ComputeSpec.h"

#include <nlohmann/json.hpp>

#include <optional>

namespace cw::exporting {

struct SpecFromComputeResult {
    std::optional<rules::ComputeSpec> spec;
    QString error; // translated, when spec is empty
};

// Property names are matched case-insensitively (2021-04-01 spells LoadBalancerType with a
// capital L). "DenseProd" maps to production (FastProd).
SpecFromComputeResult attachSpecFromCompute(const nlohmann::json &computeResource,
                                            const WorkspaceRef &workspace);

} // namespace cw::exporting
