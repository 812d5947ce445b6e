#pragma once
#include "sandbox/SandboxHttp.h"

// The Azure ML extension's own health check, run by the sandbox when an install or an update of
// a Microsoft.AzureML.Kubernetes extension completes (the real extension runs it as a pre-install
// hook and reports it in the extension's statuses and in the config map
// azureml/arcml-healthcheck). Independent of src/rules on purpose: the app's rules predict these
// outcomes, the sandbox decides them. Each failure is one status {code, displayStatus, level,
// message}; an empty array means the check passed. Choices (sandbox README "Cluster
// extensions"):
//   E40001 inferenceRouterServiceType loadBalancer on a cluster whose load balancer SKU is not
//          "standard" (AKS's Basic load balancer is retired and not supported by the extension);
//   E40002 inferenceRouterHA not "False" with fewer than 3 nodes (inference on);
//   E40003 internalLoadBalancerProvider set and not "azure", or not a managed (AKS) cluster, or
//          without the loadBalancer router;
//   E40007 inference on without allowInsecureConnections=True and: no sslCname, no certificate
//          (sslSecret in namespace azureml or sslCertPemFile/sslKeyPemFile), a certificate or key
//          that is not valid PEM, a key that does not match, or a CNAME the certificate does not
//          cover;
//   E45004 the v1 RBAC objects (cluster role azureml-fe-role, binding azureml-fe-binding, service
//          account default/azureml-fe) are in the cluster;
//   E45005 the v1 workload (deployment, services azureml-fe / azureml-fe-int-http, config map
//          azuremlfeconfig, secret azuremlfessl in namespace default) is in the cluster.
namespace cw::sandbox {

struct ExtensionCheckInput {
    Json cluster;            // the ManagedCluster document
    bool managedCluster = true; // false for an Arc connected cluster
    Json settings;           // configurationSettings (string map)
    Json protectedSettings;  // configurationProtectedSettings (string map)
    Json kubeStore;          // the cluster's stored Kubernetes objects ("resource/ns/name" -> object)
    Json secrets;            // the cluster's secrets ("ns/name" -> {dataKey: base64})
};

Json runExtensionHealthCheck(const ExtensionCheckInput &input, const QString &nowIso);

// A settings value read as the extension reads booleans ("True"/"true" ...); `fallback` when absent.
bool settingIsTrue(const Json &settings, const char *key, bool fallback);

// Empty when `certPem`/`keyPem` form a usable pair for `cname`, else why not (E40007's reasons).
QString tlsPairProblem(const QByteArray &certPem, const QByteArray &keyPem, const QString &cname);

} // namespace cw::sandbox
