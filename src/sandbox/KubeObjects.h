#pragma once
#include "sandbox/SandboxHttp.h"

#include <vector>

// The Kubernetes objects an emulated cluster holds, as the API server serves them:
// - derived from the ManagedCluster document on every read: its Nodes (one per node of each
//   agent pool: VM size -> capacity/allocatable from the VmCatalog and AKS's reservations, pool
//   labels and taints), the four system namespaces, AKS's system services/deployments and the
//   pods of every deployment;
// - stored in the state (`kubeObjects`): what the Azure ML v1 attach installs (azureml-fe
//   deployment, services, service account, config map, cluster role and binding), kept after a
//   v1 detach like on a real cluster;
// - the secrets of `clusterSecrets` (azuremlfessl).
namespace cw::sandbox {

class SandboxState;

struct KubeResource {
    const char *group; // "" for the core group
    const char *version;
    const char *name; // plural, as in URLs
    const char *singular;
    const char *kind;
    bool namespaced;
    std::vector<const char *> shortNames;
    std::vector<const char *> verbs;
    const char *category = nullptr; // "all" for the resources `kubectl get all` lists
};

const std::vector<KubeResource> &kubeResources();
const KubeResource *findKubeResource(const QString &group, const QString &version, const QString &name);
QString groupVersion(const KubeResource &resource); // "v1", "apps/v1"

// Every object of `resource` in the cluster (all namespaces), secrets included.
std::vector<Json> kubeObjects(SandboxState &state, const QString &clusterId, const KubeResource &resource);
// Deletes a stored object (or secret); false when it is not a stored one.
bool deleteKubeObject(SandboxState &state, const QString &clusterId, const KubeResource &resource,
                      const QString &ns, const QString &name);

// Installs the azureml-fe components of an Azure ML v1 attach/create (idempotent): `replicas`
// follows the compute's purpose (3 FastProd, 1 DevTest). Namespaced ones go to `default`, where
// the v1 attach put them (the v2 extension's health check E45004/5 looks for them there).
// `root` is the state document (the caller marks it dirty).
void installAzuremlFe(Json &root, const QString &clusterId, int replicas);

// Allocatable memory (Ki) and CPU (millicores) of a node after AKS's kube-reserved and
// eviction reservations (AKS "resource reservations", the regressive pre-1.29 rates).
qint64 aksAllocatableMemoryKi(qint64 capacityKi);
int aksAllocatableMilliCpu(int cores);

} // namespace cw::sandbox
