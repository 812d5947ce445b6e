#pragma once
// Bring-your-own virtual network (create only): all six fields or none; valid IPv4 CIDRs; the
// DNS service IP inside the service CIDR and not its network, first (kubernetes service) or
// broadcast address; no overlap among service CIDR, docker bridge CIDR and the subnet's range.
#include "rules/ComputeSpec.h"
#include "rules/Finding.h"
#include "rules/Ipv4Cidr.h"

#include <optional>

namespace cw::rules {

// subnetRange: the subnet's address prefix when the azure layer knows it (else nullopt).
Findings validateNetworking(const NetworkingSpec &networking,
                            const std::optional<Ipv4Cidr> &subnetRange = std::nullopt);

// The same for a person who asked for an existing virtual network: "none" is not an answer
// then, so six empty fields are reported as incomplete.
Findings validateChosenNetworking(const NetworkingSpec &networking,
                                  const std::optional<Ipv4Cidr> &subnetRange = std::nullopt);

// "/subscriptions/{sub}/resourceGroups/{vnetRg}/providers/Microsoft.Network/virtualNetworks/{vnet}/subnets/{subnet}"
QString subnetId(const QString &subscription, const NetworkingSpec &networking);

} // namespace cw::rules
