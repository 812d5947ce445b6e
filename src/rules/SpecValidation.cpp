#include "rules/SpecValidation.h"

#include "rules/NameRules.h"
#include "rules/NetworkRules.h"
#include "rules/SizeRules.h"
#include "rules/TlsRules.h"

namespace cw::rules {

Findings validateSpec(const ComputeSpec &spec, const SpecContext &context)
{
    QStringList names;
    for (const ExistingCompute &c : context.computes)
        names.append(c.name);
    Findings out = validateComputeName(spec.name, names);
    if (spec.isCreate()) {
        out.append(validatePurposeAndSize(spec.purpose, spec.vmSize, spec.nodeCount, context.vmSizes,
                                          context.vmSizesError));
        out.append(validateNetworking(spec.networking, context.subnetRange));
    } else {
        out.append(validateAttachTarget(spec.aksResourceId, spec.workspace.subscriptionId, spec.name,
                                        context.computes));
    }
    out.append(validateTlsAndLoadBalancer(spec));
    return out;
}

} // namespace cw::rules
