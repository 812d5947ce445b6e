#pragma once
// Every ARM request about the Microsoft.KubernetesConfiguration extensions of a managed cluster,
// built in one place (api-version apiversion::kKubernetesConfiguration): ExtensionService sends
// them; an export of the equivalent ARM requests can render the PUT from here too.
#include "arm/ArmTypes.h"
#include "rules/ExtensionConfiguration.h"

#include <nlohmann/json.hpp>

namespace cw::azure::extensionrequest {

// What an install sends besides the settings (defaults: the Azure ML extension as
// `az k8s-extension create --extension-type Microsoft.AzureML.Kubernetes --scope cluster` sends it).
struct InstallOptions {
    QString extensionType = QLatin1String(rules::extension::kExtensionType);
    QString releaseTrain = QLatin1String(rules::extension::kReleaseTrain);
    QString releaseNamespace = QLatin1String(rules::extension::kReleaseNamespace);
    bool autoUpgradeMinorVersion = true;
};

// {clusterId}/providers/Microsoft.KubernetesConfiguration/extensions[/{name}] (name percent-encoded).
QString path(const QString &clusterId, const QString &name = {});

// The PUT body: properties.extensionType, autoUpgradeMinorVersion, releaseTrain,
// scope.cluster.releaseNamespace, configurationSettings and — only when there are any —
// configurationProtectedSettings. The protected values are secrets: this body must never be
// logged as is (the trace redacts the member, secrets/Redaction.cpp).
nlohmann::json installBody(const rules::ExtensionConfiguration &config, const InstallOptions &options = {});
// The PATCH body: the settings to change (merged key by key by the service) and, when given,
// the complete protected settings (they replace the stored ones).
nlohmann::json updateBody(const rules::ExtensionConfiguration &changes);

arm::ArmRequest get(const QString &clusterId, const QString &name);
arm::ArmRequest list(const QString &clusterId);
arm::ArmRequest createOrUpdate(const QString &clusterId, const QString &name, const rules::ExtensionConfiguration &config,
                               const InstallOptions &options = {});
arm::ArmRequest update(const QString &clusterId, const QString &name, const rules::ExtensionConfiguration &changes);
arm::ArmRequest remove(const QString &clusterId, const QString &name);

} // namespace cw::azure::extensionrequest
