#include "export/PythonSdkExport.h"

#include "export/Quoting.h"
#include "rules/AksResourceId.h"

#include <QStringList>

namespace cw::exporting {
namespace {

QString purposeConstant(rules::ClusterPurpose purpose)
{
    return purpose == rules::ClusterPurpose::DevTest ? QStringLiteral("AksCompute.ClusterPurpose.DEV_TEST")
                                                     : QStringLiteral("AksCompute.ClusterPurpose.FAST_PROD");
}

// "name(\n    a=1,\n    b=2)" or "name()" for no arguments.
QString call(const QString &function, const QList<std::pair<QString, QString>> &args)
{
    if (args.isEmpty())
        return function + QStringLiteral("()");
    QStringList parts;
    for (const auto &[key, value] : args)
        parts.append(QStringLiteral("    ") + key + QLatin1Char('=') + value);
    return function + QStringLiteral("(\n") + parts.join(QStringLiteral(",\n")) + QLatin1Char(')');
}

void loadBalancerArgs(const rules::ComputeSpec &spec, QList<std::pair<QString, QString>> &args)
{
    if (spec.loadBalancer == rules::LoadBalancerType::InternalLoadBalancer) {
        args.append({QStringLiteral("load_balancer_type"), pythonString(QStringLiteral("InternalLoadBalancer"))});
        if (!spec.loadBalancerSubnet.trimmed().isEmpty())
            args.append({QStringLiteral("load_balancer_subnet"), pythonString(spec.loadBalancerSubnet.trimmed())});
    }
}

QString enableSsl(const QString &config, const rules::TlsSpec &tls)
{
    switch (tls.mode) {
    case rules::TlsMode::None:
        return {};
    case rules::TlsMode::LeafLabel: {
        QString s = QStringLiteral("\n# Leaf domain label: the FQDN is \"<label>######.<region>.cloudapp.azure.com\"\n")
            + config + QStringLiteral(".enable_ssl(leaf_domain_label=") + pythonString(tls.leafLabel.trimmed());
        if (tls.overwriteExistingDomain)
            s += QStringLiteral(", overwrite_existing_domain=True");
        return s + QStringLiteral(")\n");
    }
    case rules::TlsMode::Custom:
        return QStringLiteral("\n# Custom certificate: point the DNS record of the CNAME at the scoring endpoint's IP\n")
            + config + QStringLiteral(".enable_ssl(ssl_cert_pem_file=") + pythonString(tls.certFileName)
            + QStringLiteral(",\n") + QString(config.size() + 12, u' ')
            + QStringLiteral("ssl_key_pem_file=") + pythonString(tls.keyFileName)
            + QStringLiteral(", ssl_cname=") + pythonString(tls.cname.trimmed()) + QStringLiteral(")\n");
    }
    return {};
}

} // namespace

QString pythonSdkV1(const rules::ComputeSpec &spec)
{
    QString out = QStringLiteral("from azureml.core import Workspace\n"
                                 "from azureml.core.compute import AksCompute, ComputeTarget\n\n");
    out += QStringLiteral("ws = Workspace(subscription_id=") + pythonString(spec.workspace.subscriptionId.trimmed())
        + QStringLiteral(",\n               resource_group=") + pythonString(spec.workspace.resourceGroup.trimmed())
        + QStringLiteral(",\n               workspace_name=") + pythonString(spec.workspace.workspace.trimmed())
        + QStringLiteral(")\n\n");

    QList<std::pair<QString, QString>> args;
    if (spec.isCreate()) {
        args.append({QStringLiteral("agent_count"), QString::number(spec.nodeCount)});
        args.append({QStringLiteral("vm_size"), pythonString(spec.vmSize.trimmed())});
        if (!spec.effectiveRegion().isEmpty())
            args.append({QStringLiteral("location"), pythonString(spec.effectiveRegion())});
        args.append({QStringLiteral("cluster_purpose"), purposeConstant(spec.purpose)});
        const rules::NetworkingSpec &n = spec.networking;
        if (!n.isEmpty()) {
            args.append({QStringLiteral("vnet_name"), pythonString(n.vnetName.trimmed())});
            args.append({QStringLiteral("vnet_resourcegroup_name"), pythonString(n.vnetResourceGroup.trimmed())});
            args.append({QStringLiteral("subnet_name"), pythonString(n.subnetName.trimmed())});
            args.append({QStringLiteral("service_cidr"), pythonString(n.serviceCidr.trimmed())});
            args.append({QStringLiteral("dns_service_ip"), pythonString(n.dnsServiceIp.trimmed())});
            args.append({QStringLiteral("docker_bridge_cidr"), pythonString(n.dockerBridgeCidr.trimmed())});
        }
        loadBalancerArgs(spec, args);
        out += QStringLiteral("prov_config = ") + call(QStringLiteral("AksCompute.provisioning_configuration"), args)
            + QLatin1Char('\n');
        out += enableSsl(QStringLiteral("prov_config"), spec.tls);
        out += QStringLiteral("\naks_target = ComputeTarget.create(workspace=ws,\n"
                              "                                  name=")
            + pythonString(spec.name.trimmed())
            + QStringLiteral(",\n                                  provisioning_configuration=prov_config)\n");
    } else {
        const rules::AksResourceIdParse id = rules::parseAksResourceId(spec.aksResourceId);
        if (id.ok()) {
            args.append({QStringLiteral("resource_group"), pythonString(id.id->resourceGroup)});
            args.append({QStringLiteral("cluster_name"), pythonString(id.id->name)});
        } else {
            args.append({QStringLiteral("resource_id"), pythonString(spec.aksResourceId.trimmed())});
        }
        args.append({QStringLiteral("cluster_purpose"), purposeConstant(spec.purpose)});
        loadBalancerArgs(spec, args);
        out += QStringLiteral("attach_config = ") + call(QStringLiteral("AksCompute.attach_configuration"), args)
            + QLatin1Char('\n');
        out += enableSsl(QStringLiteral("attach_config"), spec.tls);
        out += QStringLiteral("\naks_target = ComputeTarget.attach(ws, ") + pythonString(spec.name.trimmed())
            + QStringLiteral(", attach_config)\n");
    }
    out += QStringLiteral("\n# Wait for the operation to complete\n"
                          "aks_target.wait_for_completion(show_output=True)\n");
    return out;
}

} // namespace cw::exporting
