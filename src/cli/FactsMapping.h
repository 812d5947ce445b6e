#pragma once
// The azure layer's models mapped into the plain fact structs the rules and the preflight read
// (clusters and computes: azure/RulesFacts.h; certificates: tls/CertificateRulesFacts.h; both
// shared with the wizard). Mapping only: every
// decision stays in src/rules.
#include <QList>

#include "azure/ComputeResource.h"
#include "azure/ManagedCluster.h"
#include "azure/OrchestratorVersion.h"
#include "azure/RulesFacts.h"
#include "azure/VmSize.h"
#include "rules/Preflight.h"
#include "tls/CertificateRulesFacts.h"

namespace cw::cli {

// "pass", "warn", "fail".
QString statusWord(rules::CheckStatus status);

} // namespace cw::cli
