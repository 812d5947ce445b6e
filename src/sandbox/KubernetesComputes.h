#pragma once
#include "sandbox/SandboxHttp.h"

// Azure ML v2 computes of `computeType: "Kubernetes"` (an AKS cluster with the Azure ML cluster
// extension, attached to a workspace): the service's checks of an attach PUT, the document it
// stores and serves (official examples Compute/createOrUpdate|get/KubernetesCompute.json of
// 2022-10-01) and the end of the attach operation (the request side in KubernetesComputeRequest.cpp,
// the cluster side in KubernetesComputes.cpp). The HTTP part (201 + Azure-AsyncOperation,
// detach, list) is the computes' own, in ArmComputeEndpoints.cpp.
namespace cw::sandbox {

class SandboxState;

struct KubernetesComputeRequest {
    QString name;
    QString location;   // the resource's (the body's "location", else the workspace's)
    QString resourceId; // the managed cluster
    QString description;
    QString kubernetesNamespace = QStringLiteral("default");
    QString defaultInstanceType;
    Json instanceTypes = Json::object(); // name → {nodeSelector, resources:{requests, limits}}
    Json identity;                       // null, or {"type", "userAssignedIdentities"}
};

// True when the PUT body asks for a Kubernetes compute (properties.computeType, any case).
bool isKubernetesComputeBody(const QByteArray &body);

// Parses the body; a 400 reply when it cannot, or when its shape is wrong (instance types that
// are not objects, quantities that are not strings, an identity type the service does not know).
std::optional<HttpReply> parseKubernetesComputeRequest(const QByteArray &body, const QString &name,
                                                       const QString &workspaceLocation,
                                                       KubernetesComputeRequest *out);
// Name, namespace, instance types (quantities, requests <= limits, GPU requests == limits, the
// default among them) — the checks that need nothing but the request.
std::optional<HttpReply> checkKubernetesComputeRequest(const KubernetesComputeRequest &request);
// The cluster checks of an attach: a managed cluster of the workspace's subscription that exists,
// has a Succeeded Azure ML extension and is not attached as a v1 AKS compute anywhere. On
// success `*cluster` is the stored cluster document.
std::optional<HttpReply> checkKubernetesAttachCluster(const SandboxState &state, const QString &workspaceSubscription,
                                                      const KubernetesComputeRequest &request, const Json **cluster);

// The id of a compute (any workspace, any state) of `computeType` using `clusterId`; empty when
// none. Used both ways: a Kubernetes attach refuses a cluster of a v1 AKS compute, and a v1
// attach refuses a cluster of a Kubernetes compute (a cluster is one or the other).
QString computeUsingCluster(const SandboxState &state, const QString &clusterId, const char *computeType);

// The compute resource as the PUT answers it (provisioningState Creating).
Json makeKubernetesComputeResource(const QString &wsId, const KubernetesComputeRequest &request,
                                   const QString &computeLocation);
// Ends the attach: Succeeded with the extension's release train and principal, or Failed when the
// extension is gone meanwhile.
void completeKubernetesAttach(SandboxState &state, Json &op, Json &compute);

} // namespace cw::sandbox
