#include "export/AzCliExport.h"

#include "export/Quoting.h"
#include "rules/AksResourceId.h"

#include <QStringList>

namespace cw::exporting {
namespace {

void option(QStringList &lines, const char *flag, const QString &value)
{
    lines.append(QLatin1String(flag) + QLatin1Char(' ') + shellQuote(value));
}

} // namespace

QString azCommand(const rules::ComputeSpec &spec)
{
    QString out;
    if (!spec.workspace.subscriptionId.trimmed().isEmpty()) {
        out += QStringLiteral("az account set --subscription ")
            + shellQuote(spec.workspace.subscriptionId.trimmed()) + QLatin1Char('\n');
    }
    QStringList lines;
    QStringList notExpressible;
    if (spec.isCreate()) {
        lines.append(QStringLiteral("az ml computetarget create aks"));
        option(lines, "--name", spec.name.trimmed());
        option(lines, "--resource-group", spec.workspace.resourceGroup.trimmed());
        option(lines, "--workspace-name", spec.workspace.workspace.trimmed());
        if (!spec.effectiveRegion().isEmpty())
            option(lines, "--location", spec.effectiveRegion());
        option(lines, "--agent-count", QString::number(spec.nodeCount));
        option(lines, "--vm-size", spec.vmSize.trimmed());
        option(lines, "--cluster-purpose", rules::wireValue(spec.purpose));
        const rules::NetworkingSpec &n = spec.networking;
        if (!n.isEmpty()) {
            option(lines, "--vnet-name", n.vnetName.trimmed());
            option(lines, "--vnet-resourcegroup-name", n.vnetResourceGroup.trimmed());
            option(lines, "--subnet-name", n.subnetName.trimmed());
            option(lines, "--service-cidr", n.serviceCidr.trimmed());
            option(lines, "--dns-service-ip", n.dnsServiceIp.trimmed());
            option(lines, "--docker-bridge-cidr", n.dockerBridgeCidr.trimmed());
        }
        if (spec.loadBalancer == rules::LoadBalancerType::InternalLoadBalancer) {
            option(lines, "--load-balancer-type", rules::wireValue(spec.loadBalancer));
            if (!spec.loadBalancerSubnet.trimmed().isEmpty())
                option(lines, "--load-balancer-subnet", spec.loadBalancerSubnet.trimmed());
        }
        switch (spec.tls.mode) {
        case rules::TlsMode::None:
            break;
        case rules::TlsMode::LeafLabel:
            option(lines, "--ssl-leaf-domain-label", spec.tls.leafLabel.trimmed());
            if (spec.tls.overwriteExistingDomain)
                lines.append(QStringLiteral("--ssl-overwrite-existing-domain"));
            break;
        case rules::TlsMode::Custom:
            option(lines, "--ssl-cert-file", spec.tls.certFileName);
            option(lines, "--ssl-key-file", spec.tls.keyFileName);
            option(lines, "--ssl-cname", spec.tls.cname.trimmed());
            break;
        }
        if (!spec.description.isEmpty())
            notExpressible.append(QStringLiteral("description"));
    } else {
        const rules::AksResourceIdParse id = rules::parseAksResourceId(spec.aksResourceId);
        lines.append(QStringLiteral("az ml computetarget attach aks"));
        option(lines, "--name", spec.name.trimmed());
        option(lines, "--compute-resource-id", id.ok() ? id.id->toString() : spec.aksResourceId.trimmed());
        option(lines, "--resource-group", spec.workspace.resourceGroup.trimmed());
        option(lines, "--workspace-name", spec.workspace.workspace.trimmed());
        if (spec.purpose != rules::ClusterPurpose::FastProd)
            notExpressible.append(QStringLiteral("cluster purpose ") + rules::wireValue(spec.purpose));
        if (spec.tls.mode != rules::TlsMode::None)
            notExpressible.append(QStringLiteral("TLS"));
        if (spec.loadBalancer != rules::LoadBalancerType::PublicIp)
            notExpressible.append(QStringLiteral("internal load balancer"));
        if (!spec.description.isEmpty())
            notExpressible.append(QStringLiteral("description"));
    }
    if (!notExpressible.isEmpty()) {
        out += QStringLiteral("# This command cannot set: ") + notExpressible.join(QStringLiteral(", "))
            + QStringLiteral(".\n# Use the Python SDK code or the ARM request for these settings.\n");
    }
    out += lines.join(QStringLiteral(" \\\n    ")) + QLatin1Char('\n');
    return out;
}

} // namespace cw::exporting
