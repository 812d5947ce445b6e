#pragma once
#include "sandbox/SandboxHttp.h"

// What a Succeeded Azure ML extension puts in its cluster's Kubernetes API (stored in
// root["kubeObjects"], so `kubectl get all -n azureml` lists the deployments, their pods and the
// services), the health check's config map, and their removal when the extension is deleted.
// The list of components is one table in ExtensionComponents.cpp.
namespace cw::sandbox {

// Installs the components the settings ask for in namespace `ns` (replacing earlier ones).
// `managedCluster` false = an Arc connected cluster (adds the relay server). `root` is the state
// document; the caller marks it dirty.
void installExtensionComponents(Json &root, const QString &clusterId, const QString &ns, const Json &settings,
                                bool managedCluster);
// Writes the config map `arcml-healthcheck` in `ns` with the check's outcome.
void writeHealthCheckConfigMap(Json &root, const QString &clusterId, const QString &ns, const Json &statuses,
                               const QString &nowIso);
// Removes every stored object of namespace `ns` (components and the health check config map).
void removeExtensionComponents(Json &root, const QString &clusterId, const QString &ns);

} // namespace cw::sandbox
