#pragma once
#include "sandbox/SandboxHttp.h"

#include <vector>

// Where the sandbox keeps the Microsoft.KubernetesConfiguration extensions of its clusters, and
// how other endpoint files read them (ArmExtensionEndpoints.cpp writes them).
//
//   root["extensions"]         { extensionIdLower: the extension document exactly as ARM returns
//                                it (properties.extensionType, properties.provisioningState,
//                                configurationSettings, statuses, ...), never the protected settings }
//   root["extensionSecrets"]   { extensionIdLower: configurationProtectedSettings (string map) }
//
// extensionIdLower is the lower-cased full id
// "{clusterId}/providers/Microsoft.KubernetesConfiguration/extensions/{name}".
namespace cw::sandbox {

class SandboxState;

inline constexpr char kAzureMlExtensionType[] = "Microsoft.AzureML.Kubernetes";
inline constexpr char kAzureMlDefaultExtensionName[] = "azureml";

// "{clusterId}/providers/Microsoft.KubernetesConfiguration/extensions/{name}" (case kept).
QString extensionId(const QString &clusterId, const QString &name);
// The stored document of one extension, nullptr when absent.
const Json *storedExtension(const SandboxState &state, const QString &extensionId);
// Every extension of a cluster, in id order.
std::vector<const Json *> extensionsOfCluster(const SandboxState &state, const QString &clusterId);
// The cluster's extension of type Microsoft.AzureML.Kubernetes when its provisioningState is
// Succeeded; nullptr otherwise (none, Creating, Updating, Deleting, Failed). What the Azure ML
// service asks before it attaches a cluster as a Kubernetes compute.
const Json *succeededAzureMlExtension(const SandboxState &state, const QString &clusterId);

} // namespace cw::sandbox
