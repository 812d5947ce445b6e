#include "export/V2AttachExport.h"

#include "azure/ComputeRequests.h"
#include "azure/ExtensionRequests.h"
#include "azure/KubernetesProperties.h"
#include "export/Quoting.h"
#include "rules/AksResourceId.h"

#include <QStringList>

namespace cw::exporting {
namespace {

namespace ext = rules::extension;

QString joinContinued(const QStringList &lines)
{
    return lines.join(QStringLiteral(" \\\n    ")) + QLatin1Char('\n');
}

// The protected value of `key` as the commands give it: read from its file.
QString protectedFile(const V2AttachExportInput &input, const QString &key)
{
    return key == QLatin1String(ext::kSslKeyPemFile) ? input.keyFileName : input.certFileName;
}

QString requestText(const arm::ArmRequest &request, nlohmann::json body, const QString &armEndpoint)
{
    QString base = armEndpoint.trimmed();
    while (base.endsWith(u'/'))
        base.chop(1);
    return QString::fromLatin1(request.method) + QLatin1Char(' ') + base + request.pathOrUrl
        + QStringLiteral("?api-version=") + request.apiVersion + QStringLiteral("\nContent-Type: application/json\n\n")
        + QString::fromStdString(body.dump(2)) + QLatin1Char('\n');
}

} // namespace

QString v2AzCommands(const V2AttachExportInput &input)
{
    QString out;
    if (!input.workspace.subscriptionId.trimmed().isEmpty())
        out += QStringLiteral("az account set --subscription ") + shellQuote(input.workspace.subscriptionId.trimmed()) + QLatin1Char('\n');
    const rules::AksResourceIdParse id = rules::parseAksResourceId(input.clusterId);
    if (input.reuseExtension) {
        out += QStringLiteral("# The Azure ML extension %1 is installed on the cluster and is reused.\n").arg(input.extensionName);
    } else {
        QStringList lines{QStringLiteral("az k8s-extension create"),
                          QStringLiteral("--name ") + shellQuote(input.extensionName),
                          QStringLiteral("--extension-type ") + QLatin1String(ext::kExtensionType),
                          QStringLiteral("--cluster-type managedClusters"),
                          QStringLiteral("--cluster-name ") + shellQuote(id.ok() ? id.id->name : input.clusterId),
                          QStringLiteral("--resource-group ") + shellQuote(id.ok() ? id.id->resourceGroup : QString()),
                          QStringLiteral("--scope cluster"),
                          QStringLiteral("--release-namespace ") + QLatin1String(ext::kReleaseNamespace),
                          QStringLiteral("--release-train ") + QLatin1String(ext::kReleaseTrain)};
        if (!input.extension.settings.isEmpty()) {
            QStringList pairs;
            for (auto it = input.extension.settings.cbegin(); it != input.extension.settings.cend(); ++it)
                pairs.append(shellQuote(it.key() + QLatin1Char('=') + it.value()));
            lines.append(QStringLiteral("--config ") + pairs.join(QLatin1Char(' ')));
        }
        if (!input.extension.protectedSettings.isEmpty()) {
            // The PEM contents through the shell: the value itself never appears in the text.
            QStringList pairs;
            for (auto it = input.extension.protectedSettings.cbegin(); it != input.extension.protectedSettings.cend(); ++it)
                pairs.append(QStringLiteral("\"%1=$(cat %2)\"").arg(it.key(), shellQuote(protectedFile(input, it.key()))));
            lines.append(QStringLiteral("--config-protected ") + pairs.join(QLatin1Char(' ')));
        }
        out += joinContinued(lines);
    }
    const azure::KubernetesComputeSpec &c = input.compute;
    QStringList attach{QStringLiteral("az ml compute attach"),
                       QStringLiteral("--resource-group ") + shellQuote(input.workspace.resourceGroup.trimmed()),
                       QStringLiteral("--workspace-name ") + shellQuote(input.workspace.workspace.trimmed()),
                       QStringLiteral("--type Kubernetes"),
                       QStringLiteral("--name ") + shellQuote(c.name),
                       QStringLiteral("--resource-id ") + shellQuote(id.ok() ? id.id->toString() : input.clusterId),
                       QStringLiteral("--namespace ") + shellQuote(c.kubernetesNamespace)};
    if (!c.identityType.isEmpty())
        attach.append(QStringLiteral("--identity-type ") + shellQuote(c.identityType));
    out += joinContinued(attach);
    if (!c.instanceTypes.isEmpty()) {
        // `az ml compute attach` has no instance type option: the types are set with the
        // extension's InstanceType custom resources or the ARM request.
        out += QStringLiteral("# Instance types (%1) are not options of az ml compute attach: use the ARM request, or\n"
                              "# kubectl apply InstanceType resources (amlarc.azureml.com/v1alpha1) on the cluster.\n")
                   .arg(azure::KubernetesProperties{.defaultInstanceType = c.defaultInstanceType,
                                                    .instanceTypes = c.instanceTypes}
                            .instanceTypesText());
    }
    return out;
}

QString v2PythonSdk(const V2AttachExportInput &input)
{
    const azure::KubernetesComputeSpec &c = input.compute;
    QString out = QStringLiteral(
        "# pip install azure-ai-ml azure-identity azure-mgmt-kubernetesconfiguration\n"
        "from azure.ai.ml import MLClient\n"
        "from azure.ai.ml.entities import KubernetesCompute\n"
        "from azure.identity import DefaultAzureCredential\n");
    if (!input.reuseExtension)
        out += QStringLiteral("from azure.mgmt.kubernetesconfiguration import SourceControlConfigurationClient\n"
                              "from azure.mgmt.kubernetesconfiguration.models import Extension, Scope, ScopeCluster\n");
    out += QStringLiteral("\ncredential = DefaultAzureCredential()\n");
    const rules::AksResourceIdParse id = rules::parseAksResourceId(input.clusterId);
    if (!input.reuseExtension) {
        out += QStringLiteral("\n# 1. The Azure ML cluster extension.\n");
        for (auto it = input.extension.protectedSettings.cbegin(); it != input.extension.protectedSettings.cend(); ++it) {
            out += QStringLiteral("with open(%1) as f:\n    %2 = f.read()\n")
                       .arg(pythonString(protectedFile(input, it.key())),
                            it.key() == QLatin1String(ext::kSslKeyPemFile) ? QStringLiteral("key_pem") : QStringLiteral("cert_pem"));
        }
        out += QStringLiteral("k8s = SourceControlConfigurationClient(credential, %1)\n")
                   .arg(pythonString(id.ok() ? id.id->subscription : input.workspace.subscriptionId));
        // extensions.begin_create(resource_group_name, cluster_rp, cluster_resource_name,
        // cluster_name, extension_name, extension) of azure-mgmt-kubernetesconfiguration.
        out += QStringLiteral("extension = k8s.extensions.begin_create(\n    %1,\n    \"Microsoft.ContainerService\",\n"
                              "    \"managedClusters\",\n    %2,\n    %3,\n    Extension(\n"
                              "        extension_type=%4,\n        auto_upgrade_minor_version=True,\n"
                              "        release_train=%5,\n        scope=Scope(cluster=ScopeCluster(release_namespace=%6)),\n"
                              "        configuration_settings={\n")
                   .arg(pythonString(id.ok() ? id.id->resourceGroup : QString()), pythonString(id.ok() ? id.id->name : input.clusterId),
                        pythonString(input.extensionName), pythonString(QLatin1String(ext::kExtensionType)),
                        pythonString(QLatin1String(ext::kReleaseTrain)), pythonString(QLatin1String(ext::kReleaseNamespace)));
        for (auto it = input.extension.settings.cbegin(); it != input.extension.settings.cend(); ++it)
            out += QStringLiteral("            %1: %2,\n").arg(pythonString(it.key()), pythonString(it.value()));
        out += QStringLiteral("        },\n");
        if (!input.extension.protectedSettings.isEmpty()) {
            out += QStringLiteral("        configuration_protected_settings={\n");
            for (auto it = input.extension.protectedSettings.cbegin(); it != input.extension.protectedSettings.cend(); ++it) {
                out += QStringLiteral("            %1: %2,\n")
                           .arg(pythonString(it.key()), it.key() == QLatin1String(ext::kSslKeyPemFile) ? QStringLiteral("key_pem")
                                                                                                       : QStringLiteral("cert_pem"));
            }
            out += QStringLiteral("        },\n");
        }
        out += QStringLiteral("    ),\n).result()\n");
    } else {
        out += QStringLiteral("\n# The Azure ML extension %1 is installed on the cluster and is reused.\n").arg(input.extensionName);
    }
    out += QStringLiteral("\n# %1. The Kubernetes compute.\n").arg(input.reuseExtension ? 1 : 2);
    out += QStringLiteral("ml_client = MLClient(credential, %1, %2, %3)\n")
               .arg(pythonString(input.workspace.subscriptionId), pythonString(input.workspace.resourceGroup),
                    pythonString(input.workspace.workspace));
    out += QStringLiteral("compute = KubernetesCompute(\n    name=%1,\n    resource_id=%2,\n    namespace=%3,\n")
               .arg(pythonString(c.name), pythonString(id.ok() ? id.id->toString() : input.clusterId),
                    pythonString(c.kubernetesNamespace));
    if (!c.instanceTypes.isEmpty()) {
        // KubernetesCompute takes the instance types as the service's dictionary.
        out += QStringLiteral("    default_instance_type=%1,\n    instance_types=").arg(pythonString(c.defaultInstanceType));
        nlohmann::json types = nlohmann::json::object();
        for (const azure::InstanceType &t : c.instanceTypes)
            types[t.name.toStdString()] = azure::instanceTypeJson(t);
        QString json = QString::fromStdString(types.dump(4));
        json.replace(QStringLiteral("null"), QStringLiteral("None"));
        json.replace(QLatin1Char('\n'), QStringLiteral("\n    "));
        out += json + QStringLiteral(",\n");
    }
    out += QStringLiteral(")\nml_client.compute.begin_create_or_update(compute).result()\n");
    return out;
}

QString v2ArmRequests(const V2AttachExportInput &input, const QString &armEndpoint)
{
    QString out;
    if (input.reuseExtension) {
        out += QStringLiteral("# The Azure ML extension %1 is installed on the cluster and is reused.\n\n").arg(input.extensionName);
    } else {
        const arm::ArmRequest put = azure::extensionrequest::createOrUpdate(input.clusterId, input.extensionName, input.extension);
        nlohmann::json body = put.body.value_or(nlohmann::json::object());
        // Protected values are secrets: never in an export.
        if (auto props = body.find("properties"); props != body.end() && props->contains("configurationProtectedSettings")) {
            for (auto &[key, value] : (*props)["configurationProtectedSettings"].items())
                value = kProtectedRedacted;
        }
        out += QStringLiteral("# 1. Install the Azure ML extension (long-running: poll Azure-AsyncOperation until Succeeded).\n");
        out += requestText(put, body, armEndpoint) + QLatin1Char('\n');
        out += QStringLiteral("# 2. Attach the cluster as a Kubernetes compute.\n");
    }
    const arm::ArmRequest attach =
        azure::computerequest::put(input.workspace, input.compute.name, azure::kubernetesAttachBody(input.compute), true);
    out += requestText(attach, attach.body.value_or(nlohmann::json::object()), armEndpoint);
    return out;
}

} // namespace cw::exporting
