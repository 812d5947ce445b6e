#pragma once
// The merge patches (RFC 7386) the update dialogs and `clusterwright-cli update` give OperationRunner::startUpdate. Each takes
// its values from export's body builder (computeResourceBody), the one place that spells the
// compute's wire fields, and adds explicit nulls for the fields of the old setting that the new
// one does not have (a merge patch keeps whatever it does not mention).
#include <QString>

#include <nlohmann/json.hpp>

#include "rules/ComputeSpec.h"

namespace cw::exporting {

// {"properties":{"properties":{"sslConfiguration":{...}}}}: a Microsoft certificate for a leaf
// domain label, a custom certificate (cert, key, cname) or TLS off.
nlohmann::json tlsUpdatePatch(const rules::TlsSpec &tls);
// {"properties":{"properties":{"agentCount":n}}}
nlohmann::json nodeCountPatch(int nodes);
// {"properties":{"properties":{"loadBalancerType":..., "loadBalancerSubnet":... or null}}}
nlohmann::json loadBalancerPatch(rules::LoadBalancerType type, const QString &subnet);

} // namespace cw::exporting
