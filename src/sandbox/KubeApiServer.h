#pragma once
#include "sandbox/SandboxHttp.h"

// The emulated Kubernetes API servers of all clusters, one URL prefix per cluster
// (/clusters/{key}) on the sandbox's second HTTPS port, authenticated by the client certificate
// of the kubeconfig (mutual TLS). Enough of the API for kubectl: discovery (/api, /apis,
// /api/v1, /version) and Secrets (get, list). Errors are Kubernetes Status objects.
namespace cw::sandbox {

class SandboxService;

HttpReply handleKube(SandboxService &svc, const HttpCall &call);

} // namespace cw::sandbox
