#pragma once
// All the static rules for one spec in one call (what the wizard shows before preflight).
#include "rules/AttachRules.h"
#include "rules/ComputeSpec.h"
#include "rules/Finding.h"
#include "rules/Ipv4Cidr.h"
#include "rules/VmSizeCatalogue.h"

#include <optional>

namespace cw::rules {

struct SpecContext {
    QList<ExistingCompute> computes;           // the workspace's computes (names, resource IDs)
    std::optional<VmSizeCatalogue> vmSizes;    // the region's, when read
    QString vmSizesError;                      // why they could not be read, when known
    std::optional<Ipv4Cidr> subnetRange;       // when known
};

Findings validateSpec(const ComputeSpec &spec, const SpecContext &context = {});

} // namespace cw::rules
