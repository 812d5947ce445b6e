// Preflight checks specific to attaching an existing AKS cluster.
#include "rules/AttachRules.h"
#include "rules/Ipv4Cidr.h"
#include "rules/Preflight.h"
#include "rules/PreflightSupport.h"
#include "rules/SizeRules.h"

#include <QCoreApplication>

namespace cw::rules {
namespace {

using namespace preflight_detail;

// An authorized range may be a bare address (meaning /32).
std::optional<Ipv4Cidr> parseRange(const QString &text)
{
    if (std::optional<Ipv4Cidr> c = parseCidr(text))
        return c;
    if (std::optional<std::uint32_t> ip = parseIpv4(text))
        return Ipv4Cidr{*ip, 32};
    return std::nullopt;
}

PreflightCheck authorizedRangesCheck(const PreflightInput &in, const ClusterFacts &cluster)
{
    const QString id = QStringLiteral("attach.authorizedIpRanges");
    const QString title = Text::tr("API server authorized IP ranges");
    if (cluster.authorizedIpRanges.isEmpty())
        return pass(id, title, Text::tr("The API server accepts connections from any address."));
    const QString fix = Text::tr("Add the AzureMachineLearning service tag's ranges (of both "
                                 "paired regions) to the cluster's authorized IP ranges in AKS.");
    if (in.azureMachineLearningRanges.isEmpty()) {
        return warn(id, title,
                    Text::tr("The API server only accepts %1; Azure ML's control plane must be "
                             "among them, which cannot be verified here.")
                        .arg(cluster.authorizedIpRanges.join(QStringLiteral(", "))),
                    fix);
    }
    QList<Ipv4Cidr> allowed;
    for (const QString &r : cluster.authorizedIpRanges) {
        if (std::optional<Ipv4Cidr> c = parseRange(r))
            allowed.append(*c);
    }
    QStringList missing;
    for (const QString &r : in.azureMachineLearningRanges) {
        const std::optional<Ipv4Cidr> need = parseRange(r);
        if (!need)
            continue;
        const bool covered = std::any_of(allowed.cbegin(), allowed.cend(), [&](const Ipv4Cidr &a) {
            return a.prefix <= need->prefix && a.contains(need->network());
        });
        if (!covered)
            missing.append(need->networkString());
    }
    if (missing.isEmpty())
        return pass(id, title, Text::tr("The authorized ranges include Azure ML's control plane."));
    const QString reason = Text::tr("The authorized ranges do not include %n of Azure ML's "
                                    "control-plane range(s), e.g. %1; inference pods cannot be deployed.",
                                    nullptr, int(missing.size()))
                               .arg(missing.first());
    return fail(id, title, reason, fix);
}

void clusterChecks(const PreflightInput &in, const ClusterFacts &cluster, QList<PreflightCheck> &out)
{
    const QString state = cluster.provisioningState;
    if (cluster.powerState.compare(QLatin1String("Stopped"), Qt::CaseInsensitive) == 0) {
        out.append(fail(QStringLiteral("attach.clusterState"), Text::tr("Cluster state"),
                        Text::tr("The cluster is stopped."),
                        Text::tr("Start the cluster in AKS (az aks start), then attach it.")));
    } else if (state.compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) == 0 || state.isEmpty()) {
        out.append(pass(QStringLiteral("attach.clusterState"), Text::tr("Cluster state"),
                        Text::tr("The cluster is provisioned and running.")));
    } else if (state.compare(QLatin1String("Failed"), Qt::CaseInsensitive) == 0) {
        out.append(fail(QStringLiteral("attach.clusterState"), Text::tr("Cluster state"),
                        Text::tr("The cluster's provisioning state is Failed."),
                        Text::tr("Repair the cluster in AKS before attaching it.")));
    } else {
        out.append(warn(QStringLiteral("attach.clusterState"), Text::tr("Cluster state"),
                        Text::tr("The cluster's provisioning state is %1.").arg(state),
                        Text::tr("Wait until the cluster's operation finishes, then attach it.")));
    }

    const VersionVerdict verdict = classifyKubernetesVersion(cluster.effectiveVersion(), in.orchestrators);
    const QString vid = QStringLiteral("attach.version");
    const QString vtitle = Text::tr("Kubernetes version");
    switch (verdict.support) {
    case VersionSupport::Supported:
        out.append(pass(vid, vtitle, verdict.message));
        break;
    case VersionSupport::Preview:
        out.append(warn(vid, vtitle, verdict.message,
                        Text::tr("Use a generally available version for production workloads.")));
        break;
    case VersionSupport::Unsupported:
        out.append(fail(vid, vtitle, verdict.message,
                        Text::tr("Upgrade the cluster in AKS (az aks upgrade) to a supported version.")));
        break;
    case VersionSupport::Unknown:
        out.append(warn(vid, vtitle, verdict.message,
                        Text::tr("Check the version with az aks get-versions before attaching.")));
        break;
    }

    int nodes = 0;
    int vcpus = 0;
    QStringList unknownSizes;
    for (const AgentPoolFacts &pool : cluster.agentPools) {
        if (pool.osType.compare(QLatin1String("Windows"), Qt::CaseInsensitive) == 0)
            continue; // Azure ML schedules its pods on Linux nodes only
        nodes += pool.count;
        if (const std::optional<VmSize> size = in.vmSizes ? in.vmSizes->find(pool.vmSize) : std::nullopt)
            vcpus += pool.count * size->vCPUs;
        else
            unknownSizes.append(pool.vmSize);
    }
    const QString cid = QStringLiteral("attach.capacity");
    const QString ctitle = Text::tr("vCPUs and node count");
    if (!in.vmSizes && !unknownSizes.isEmpty()) {
        // The region's list was not read: not checked, and said so (never a guessed total).
        out.append(warn(cid, ctitle,
                        in.vmSizesError.isEmpty()
                            ? Text::tr("The region's VM sizes are not known, so the vCPUs of %1 and the "
                                       "cluster's capacity were not checked.")
                                  .arg(unknownSizes.join(QStringLiteral(", ")))
                            : Text::tr("The region's VM sizes could not be read (%1), so the vCPUs of %2 "
                                       "and the cluster's capacity were not checked.")
                                  .arg(in.vmSizesError, unknownSizes.join(QStringLiteral(", "))),
                        Text::tr("Check the connection and run the checks again, or make sure the "
                                 "cluster has at least 12 vCPUs and 3 nodes for production, 2 vCPUs "
                                 "for dev-test.")));
    } else if (!unknownSizes.isEmpty()) {
        out.append(warn(cid, ctitle,
                        Text::tr("The vCPUs of %1 are not known; the cluster's capacity cannot be "
                                 "checked.")
                            .arg(unknownSizes.join(QStringLiteral(", "))),
                        Text::tr("Make sure the cluster has at least 12 vCPUs and 3 nodes for "
                                 "production, 2 vCPUs for dev-test.")));
    } else {
        out.append(fromFindings(cid, ctitle, validateCapacity(in.spec.purpose, nodes, vcpus),
                                Text::tr("%n Linux node(s) with %1 vCPUs in total.", nullptr, nodes).arg(vcpus),
                                Text::tr("Scale the cluster in AKS, or attach it with the dev-test "
                                         "purpose.")));
    }

    const QString lbSku = cluster.loadBalancerSku.toLower();
    if (!cluster.authorizedIpRanges.isEmpty() && lbSku == QLatin1String("basic")) {
        out.append(warn(QStringLiteral("attach.loadBalancerSku"), Text::tr("Load balancer"),
                        Text::tr("Authorized IP ranges work only with a Standard Load Balancer, "
                                 "but the cluster uses a Basic one."),
                        Text::tr("Recreate the cluster in AKS with a Standard Load Balancer.")));
    } else if (lbSku == QLatin1String("standard")) {
        out.append(pass(QStringLiteral("attach.loadBalancerSku"), Text::tr("Load balancer"),
                        Text::tr("Standard Load Balancer: such clusters can be attached (Azure ML "
                                 "cannot create them).")));
    } else {
        out.append(pass(QStringLiteral("attach.loadBalancerSku"), Text::tr("Load balancer"),
                        lbSku.isEmpty() ? Text::tr("The load balancer SKU was not reported.")
                                        : Text::tr("Basic Load Balancer.")));
    }

    if (cluster.enablePrivateCluster) {
        out.append(warn(QStringLiteral("attach.privateCluster"), Text::tr("Private cluster"),
                        Text::tr("The API server is private (Private Link). Private clusters can "
                                 "be attached, but Azure ML must reach the API server."),
                        Text::tr("Make sure the workspace can reach the cluster's private network "
                                 "(same or peered virtual network, private DNS zone).")));
    } else {
        out.append(pass(QStringLiteral("attach.privateCluster"), Text::tr("Private cluster"),
                        Text::tr("The API server is public.")));
    }
    out.append(authorizedRangesCheck(in, cluster));

    if (!cluster.location.isEmpty() && !in.workspace.location.isEmpty()
        && normalizeRegion(cluster.location) != normalizeRegion(in.workspace.location)) {
        out.append(pass(QStringLiteral("attach.region"), Text::tr("Region"),
                        Text::tr("The cluster is in %1, the workspace in %2: attaching across "
                                 "regions is supported.")
                            .arg(cluster.location, in.workspace.location)));
    }
}

} // namespace

QString ClusterFacts::effectiveVersion() const
{
    return currentKubernetesVersion.isEmpty() ? kubernetesVersion : currentKubernetesVersion;
}

QList<PreflightCheck> preflightAttachChecks(const PreflightInput &in)
{
    QList<PreflightCheck> out;
    const AksResourceIdParse parsed = parseAksResourceId(in.spec.aksResourceId);
    if (!parsed.ok()) {
        out.append(fail(QStringLiteral("attach.resourceId"), Text::tr("Cluster resource ID"),
                        parsed.message, Text::tr("Pick the cluster from the list or paste its ID.")));
        return out;
    }
    out.append(pass(QStringLiteral("attach.resourceId"), Text::tr("Cluster resource ID"),
                    Text::tr("Cluster %1 in resource group %2.").arg(parsed.id->name, parsed.id->resourceGroup)));
    const QString subscription = in.workspace.subscription.isEmpty() ? in.spec.workspace.subscriptionId
                                                                      : in.workspace.subscription;
    out.append(fromFindings(QStringLiteral("attach.subscription"), Text::tr("Same subscription"),
                            validateSameSubscription(*parsed.id, subscription),
                            Text::tr("The cluster is in the workspace's subscription."),
                            Text::tr("Choose a cluster from the workspace's subscription.")));
    out.append(fromFindings(QStringLiteral("attach.existing"), Text::tr("Existing attachment"),
                            validateNotAlreadyAttached(*parsed.id, in.spec.name, in.workspace.computes),
                            Text::tr("The cluster is not attached to this workspace yet."),
                            Text::tr("Use the existing compute, or detach it first.")));
    if (!in.cluster) {
        out.append(warn(QStringLiteral("attach.cluster"), Text::tr("Cluster details"),
                        Text::tr("The cluster's details could not be read, so its version, size and "
                                 "network settings were not checked."),
                        Text::tr("Check that you can read the cluster (Reader role), then run the "
                                 "preflight again.")));
        return out;
    }
    clusterChecks(in, *in.cluster, out);
    return out;
}

} // namespace cw::rules
