#pragma once
// Azure's subnet name rule (Microsoft.Network naming rules): 1-80 characters of letters, digits,
// underscores, periods and hyphens, starting with a letter, digit or underscore and ending with a
// letter, digit or underscore. Used for the internal load balancer's subnet (wizard, Switch load
// balancer dialog, CLI) and the bring-your-own network's subnet.
#include "rules/Finding.h"

namespace cw::rules {

inline constexpr int kSubnetNameMaxLength = 80;

// Findings with codes "<codePrefix>.tooLong", ".characters", ".start", ".end" (every one that
// applies) on `field`. An empty name gives no finding: whether one is needed is the caller's rule.
Findings validateSubnetName(const QString &name, const QString &field, const QString &codePrefix);

} // namespace cw::rules
