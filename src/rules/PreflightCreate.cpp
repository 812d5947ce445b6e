// Preflight checks specific to creating a new AKS cluster from Azure ML.
#include "rules/NetworkRules.h"
#include "rules/Preflight.h"
#include "rules/PreflightSupport.h"
#include "rules/RegionRules.h"
#include "rules/SizeRules.h"

namespace cw::rules {

using namespace preflight_detail;

QList<PreflightCheck> preflightCreateChecks(const PreflightInput &in)
{
    QList<PreflightCheck> out;
    const ComputeSpec &spec = in.spec;

    if (in.service.aksCreationDisabled) {
        out.append(fail(QStringLiteral("create.available"), Text::tr("AKS creation"),
                        Text::tr("The service refuses to create new AKS computes in this workspace."),
                        Text::tr("Create the cluster in AKS (portal, az aks create) and attach it.")));
    } else {
        out.append(pass(QStringLiteral("create.available"), Text::tr("AKS creation"),
                        Text::tr("The service did not report that AKS creation is disabled.")));
    }

    if (spec.effectiveRegion().isEmpty()) {
        out.append(fail(QStringLiteral("create.region"), Text::tr("Region"),
                        Text::tr("No region was chosen and the workspace's region is unknown."),
                        Text::tr("Choose the region for the cluster.")));
    } else if (!in.locations) {
        out.append(warn(QStringLiteral("create.region"), Text::tr("Region"),
                        Text::tr("The subscription's regions could not be read, so %1 was not checked; "
                                 "Azure refuses a region it does not offer only after the request is sent.")
                            .arg(spec.effectiveRegion()),
                        Text::tr("Check the connection and run the checks again.")));
    } else if (const Findings region = validateRegion(spec.effectiveRegion(), in.locations); hasErrors(region)) {
        out.append(fail(QStringLiteral("create.region"), Text::tr("Region"), region.first().message,
                        Text::tr("Choose one of the subscription's regions.")));
    } else {
        out.append(pass(QStringLiteral("create.region"), Text::tr("Region"),
                        Text::tr("The cluster will be created in %1.").arg(spec.effectiveRegion())));
    }

    const Findings sizeFindings = validatePurposeAndSize(spec.purpose, spec.vmSize, spec.nodeCount,
                                                         in.vmSizes, in.vmSizesError);
    const std::optional<VmSize> size = in.vmSizes ? in.vmSizes->find(spec.vmSize) : std::nullopt;
    Findings capacityOnly;
    for (const Finding &f : sizeFindings) {
        if (f.code != QLatin1String("size.acceleratorChooseNow"))
            capacityOnly.append(f);
    }
    // Not checked for want of the region's sizes (and nothing else wrong): reading them again is the fix.
    const bool sizesUnread = !in.vmSizes && !hasErrors(capacityOnly);
    out.append(fromFindings(QStringLiteral("size"), Text::tr("vCPUs and node count"), capacityOnly,
                            size ? Text::tr("%n node(s) x %1 vCPUs (%2) = %3 vCPUs.", nullptr, spec.nodeCount)
                                       .arg(size->vCPUs)
                                       .arg(size->name)
                                       .arg(spec.nodeCount * size->vCPUs)
                                 : QString(),
                            sizesUnread ? Text::tr("Check the connection and run the checks again; Azure "
                                                   "refuses a size the region does not offer only after "
                                                   "the request is sent.")
                                        : Text::tr("Add nodes, choose a VM size with more vCPUs, or choose the "
                                                   "dev-test purpose.")));
    // The region's vCPU quota: Azure would accept the request and fail it minutes later.
    // Unread (no permission on Microsoft.Compute, or not asked, as in the CLI), or the cluster's
    // vCPUs unknown (the size not in the region's list, or the list not read): no check is shown
    // rather than a pass that was never verified; the service still decides.
    const CoreQuotaVerdict quota = checkRegionalCoreQuota(size ? in.regionalCores : std::nullopt,
                                                          size ? spec.nodeCount * size->vCPUs : 0);
    if (quota.known && !quota.fits) {
        out.append(fail(QStringLiteral("create.quota"), Text::tr("Regional vCPU quota"),
                        Text::tr("%1: the cluster needs more vCPUs than the %2 left in %3.")
                            .arg(quota.text).arg(quota.available).arg(spec.effectiveRegion()),
                        Text::tr("Use fewer or smaller nodes, another region, or ask for a higher quota "
                                 "(Subscriptions → Usage + quotas).")));
    } else if (quota.known) {
        out.append(pass(QStringLiteral("create.quota"), Text::tr("Regional vCPU quota"), quota.text + QLatin1Char('.')));
    }
    if (size && acceleratorOf(*size) != Accelerator::None) {
        out.append(warn(QStringLiteral("size.accelerator"), Text::tr("GPU / FPGA nodes"),
                        Text::tr("%1 is an accelerated size: node pools cannot be added later for "
                                 "deployments, so this choice is final.")
                            .arg(size->name),
                        Text::tr("Make sure this is the size your models need; the VM size cannot "
                                 "be changed after creation, only the node count.")));
    }

    out.append(fromFindings(QStringLiteral("networking"), Text::tr("Networking"),
                            validateNetworking(spec.networking, in.subnetRange),
                            spec.networking.isEmpty()
                                ? Text::tr("Default networking (no custom virtual network).")
                                : Text::tr("The virtual network settings are consistent."),
                            Text::tr("Correct the networking fields as described, or clear them all "
                                     "to use the default network.")));

    out.append(pass(QStringLiteral("create.loadBalancerSku"), Text::tr("Cluster features"),
                    Text::tr("A cluster created from Azure ML cannot have a Standard Load Balancer "
                             "of your choice, a private API server or authorized IP ranges."),
                    Text::tr("If you need any of these, create the cluster in AKS first and attach it.")));

    const std::optional<OrchestratorVersion> def = in.orchestrators.defaultVersion();
    out.append(pass(QStringLiteral("create.version"), Text::tr("Kubernetes version"),
                    def ? Text::tr("The region's default version %1 will be used.").arg(def->version)
                        : Text::tr("The region's default version will be used.")));
    return out;
}

} // namespace cw::rules
