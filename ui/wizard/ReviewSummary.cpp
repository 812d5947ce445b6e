#include "wizard/ReviewSummary.h"

#include "rules/TlsRules.h"

#include <QCoreApplication>

namespace cw::ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cw::ui", text);
}
} // namespace

QStringList describeSpec(const rules::ComputeSpec &spec)
{
    QStringList lines;
    lines << (spec.isCreate() ? tr("Create a new AKS cluster named %1 in workspace %2 (resource group %3).")
                              : tr("Attach an existing AKS cluster as %1 to workspace %2 (resource group %3)."))
                 .arg(spec.name, spec.workspace.workspace, spec.workspace.resourceGroup);
    lines << (spec.purpose == rules::ClusterPurpose::FastProd ? tr("Purpose: production.")
                                                              : tr("Purpose: dev-test (no fault tolerance, not for production traffic)."));
    if (spec.isCreate()) {
        lines << tr("Region: %1.").arg(spec.effectiveRegion());
        lines << tr("Nodes: %1 × %2.").arg(spec.nodeCount).arg(spec.vmSize);
        lines << (spec.networking.isEmpty()
                      ? tr("Network: a new virtual network is created.")
                      : tr("Network: subnet %1 of virtual network %2 (resource group %3); service CIDR %4, "
                           "DNS service IP %5, docker bridge %6.")
                            .arg(spec.networking.subnetName, spec.networking.vnetName,
                                 spec.networking.vnetResourceGroup, spec.networking.serviceCidr,
                                 spec.networking.dnsServiceIp, spec.networking.dockerBridgeCidr));
    } else {
        lines << tr("Cluster: %1.").arg(spec.aksResourceId);
    }
    lines << (spec.loadBalancer == rules::LoadBalancerType::InternalLoadBalancer
                  ? tr("Scoring endpoint: internal load balancer in subnet %1.").arg(spec.loadBalancerSubnet)
                  : tr("Scoring endpoint: public IP address."));
    switch (spec.tls.mode) {
    case rules::TlsMode::None:
        lines << tr("TLS: none (HTTP only).");
        break;
    case rules::TlsMode::LeafLabel:
        lines << tr("TLS: Microsoft certificate for %1%2.")
                     .arg(rules::leafFqdnPreview(spec.tls.leafLabel, spec.effectiveRegion()),
                          spec.tls.overwriteExistingDomain ? tr(" (overwriting an existing domain)") : QString());
        break;
    case rules::TlsMode::Custom:
        lines << tr("TLS: your certificate for %1.").arg(spec.tls.cname);
        break;
    }
    return lines;
}

QStringList describeV2(const rules::ComputeSpec &spec, const V2AttachSpec &v2)
{
    QStringList lines;
    lines << tr("Attach an AKS cluster with Azure ML v2 as Kubernetes compute %1 to workspace %2 (resource group %3).")
                 .arg(spec.name, spec.workspace.workspace, spec.workspace.resourceGroup);
    lines << tr("Cluster: %1.").arg(spec.aksResourceId);
    lines << (spec.purpose == rules::ClusterPurpose::FastProd ? tr("Purpose: production.")
                                                              : tr("Purpose: dev-test (no fault tolerance, not for production traffic)."));
    if (v2.reuseExtension) {
        lines << tr("Azure ML extension: %1 is installed and reused as it is.").arg(v2.extensionName);
    } else {
        const V2ExtensionChoices &e = v2.extension;
        lines << tr("Azure ML extension: install %1 with inference%2.").arg(v2.extensionName, e.training ? tr(" and training") : QString());
        const QString ha = spec.purpose == rules::ClusterPurpose::FastProd ? tr("high availability on (3 replicas)")
                                                                           : tr("high availability off (1 replica)");
        lines << (e.internalLoadBalancer ? tr("Inference router: %1 on an internal load balancer, %2.").arg(e.routerServiceType, ha)
                                         : tr("Inference router: %1, %2.").arg(e.routerServiceType, ha));
        lines << (e.https ? tr("Scoring endpoint: HTTPS with your certificate for %1.").arg(e.tls.cname.trimmed())
                          : tr("Scoring endpoint: HTTP only (no TLS)."));
        if (!e.nodeSelector.trimmed().isEmpty())
            lines << tr("Extension node selector: %1.").arg(e.nodeSelector.trimmed());
    }
    QStringList types;
    for (const rules::InstanceTypeInput &t : v2.instanceTypes)
        types << (t.name.trimmed() == v2.defaultInstanceTypeName.trimmed() ? tr("%1 (default)").arg(t.name.trimmed()) : t.name.trimmed());
    lines << (types.isEmpty() ? tr("Namespace: %1; instance types: the extension's defaultinstancetype.").arg(v2.kubernetesNamespace)
                              : tr("Namespace: %1; instance types: %2.").arg(v2.kubernetesNamespace, types.join(QStringLiteral(", "))));
    return lines;
}

} // namespace cw::ui
