#pragma once
#include "sandbox/SandboxHttp.h"

// The emulated Kubernetes API servers of all clusters. Each cluster is served on its own
// loopback port (KubeListeners) with paths at the root, as kubectl expects (it drops a server
// URL's path for `--raw`); the older form, one URL prefix per cluster (/clusters/{key}) on the
// sandbox's shared Kubernetes port, still answers. Authenticated by the client certificate of
// the kubeconfig (mutual TLS). Enough of the API for kubectl: legacy discovery (/api, /apis,
// /api/v1, /apis/{group}/{version}; aggregated discovery is not offered, so kubectl falls back),
// /version, get/list (JSON or server-side Table) of namespaces, nodes, pods, services,
// deployments, secrets, service accounts, config maps, cluster roles and bindings, delete of
// stored objects, and SelfSubjectAccessReview. Errors are Kubernetes Status objects.
namespace cw::sandbox {

class SandboxService;

// A call on the shared port: /clusters/{key}/...
HttpReply handleKube(SandboxService &svc, const HttpCall &call);
// A call on the listener ("127.0.0.1:port", `serverAddress`) of the cluster whose identity key
// is `key`: /api/..., /version, ...
HttpReply handleKubeCluster(SandboxService &svc, const HttpCall &call, const QString &key, const QString &serverAddress);

} // namespace cw::sandbox
