#pragma once
#include "sandbox/SandboxHttp.h"

// The life of a Microsoft.KubernetesConfiguration extension document in the state (layout in
// ClusterExtensions.h): made at PUT, completed when its operation is due (the Azure ML
// extension's health check, its components in the cluster), removed at DELETE. Works on the
// state document itself so the seed builds its extensions with the same code; the callers mark
// the state dirty.
namespace cw::sandbox {

// The version the sandbox's "stable" release train installs.
inline constexpr char kAzureMlExtensionVersion[] = "1.1.62";

struct ExtensionRequest {
    QString name;
    QString extensionType;
    QString releaseTrain = QStringLiteral("Stable");
    QString releaseNamespace; // empty: "azureml" for the Azure ML extension, else the name
    QString version;          // pinned version (autoUpgradeMinorVersion false); empty: none
    bool autoUpgradeMinorVersion = true;
    Json settings = Json::object(); // configurationSettings
};

// A new extension document, provisioningState Creating, as the PUT answers it.
Json makeExtensionDocument(const QString &clusterId, const ExtensionRequest &request, const QString &nowIso);

// Completes an install or update of the stored extension `extKey` (lower-cased id): for the
// Azure ML extension runs its health check with the stored protected settings, writes the
// azureml/arcml-healthcheck config map and, when it passes, installs the components. Sets
// provisioningState Succeeded or Failed, statuses and installedVersion. Returns the failed
// statuses (empty on success).
Json completeExtensionInstall(Json &root, const std::string &extKey, const QString &nowIso);

// Removes the extension, its protected settings and (Azure ML) its components.
void removeExtension(Json &root, const std::string &extKey);

} // namespace cw::sandbox
