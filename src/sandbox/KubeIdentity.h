#pragma once
#include "sandbox/SandboxPki.h"

// The per-cluster client identities of the emulated Kubernetes API servers: a short key naming
// the cluster in the API server URL and a client certificate (CN "clusterUser:<key>" or
// "clusterAdmin:<key>") signed by the sandbox CA, distinct per cluster and kept in the state.
namespace cw::sandbox {

class SandboxService;

struct KubeIdentity {
    QString clusterKey;
    PemPair pem;
};

QString kubeClusterKey(const QString &clusterId);
KubeIdentity kubeIdentityFor(SandboxService &svc, const QString &clusterId, bool admin);

} // namespace cw::sandbox
