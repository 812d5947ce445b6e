#pragma once
// The Azure CLI ML extension v1 command equivalent to a spec:
// `az ml computetarget create aks ...` or `az ml computetarget attach aks ...`. The attach
// command only takes the name and the resource ID; settings it cannot express (purpose other
// than production, TLS, internal load balancer) are listed in a comment, not silently dropped.
#include "rules/ComputeSpec.h"

namespace cw::exporting {

QString azCommand(const rules::ComputeSpec &spec);

} // namespace cw::exporting
