#pragma once
// TLS and load balancer combinations: none, a leaf domain label (Microsoft certificate, FQDN
// <label>######.<region>.cloudapp.azure.com) or a custom certificate; TLS is refused with an
// internal load balancer, and an internal load balancer needs a subnet. Deep certificate checks
// (parsing, key match, validity, CNAME coverage) are src/tls's, fed to the preflight.
#include "rules/ComputeSpec.h"
#include "rules/Finding.h"

namespace cw::rules {

// Six random characters follow the label inside one 63-character DNS label.
inline constexpr int kLeafLabelMaxLength = 57;

Findings validateLeafLabel(const QString &label);
Findings validateCname(const QString &cname);
Findings validateTlsAndLoadBalancer(const ComputeSpec &spec);

// "<label>######.<region>.cloudapp.azure.com" ("######" stands for the service's random part).
QString leafFqdnPreview(const QString &label, const QString &region);

} // namespace cw::rules
