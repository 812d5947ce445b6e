#pragma once
// "Move to v2": what a v1 AKS compute's move to the Azure ML extension and a Kubernetes compute
// carries over, and what must hold before anything is changed (issue 15, item 4). Pure: the
// caller reads the v1 compute (its attach spec, as re-attach reads it), the cluster's v2 facts
// and its load balancer SKU.
#include "rules/ComputeSpec.h"
#include "rules/ExtensionConfiguration.h"
#include "rules/Finding.h"
#include "rules/V2Facts.h"

namespace cw::rules {

// The extension's settings that keep the v1 compute's choices: inference on (training off), the
// router a load balancer (internal: internalLoadBalancerProvider=azure), TLS with the v1 CNAME
// (sslCname; the certificate and key go in the protected settings sslCertPemFile/sslKeyPemFile,
// which the caller adds from the recovered material) or allowInsecureConnections=True when the
// v1 compute served HTTP, and inferenceRouterHA from the purpose (DevTest: False).
ExtensionConfiguration migrationExtensionConfiguration(const ComputeSpec &v1);

// Everything that must hold before the move starts: the v1 compute is an AKS compute in a
// settled state whose TLS can be carried over (a Microsoft leaf-domain certificate cannot: its
// domain is Microsoft's); the cluster's v2 limits (checkClusterForV2 without the legacy
// components and without the attachment of `computeName` itself, both of which the move
// resolves); and the carried-over settings (checkExtensionConfiguration; the certificate pair is
// checked once it is recovered, so "no certificate" and "not analysed" are left out). `loadBalancerSku` is the
// cluster's ("basic" fails a loadBalancer router with E40001 in the sandbox and on AKS, whose
// Basic load balancer was retired on 2025-09-30).
Findings checkMigration(const ComputeSpec &v1, const QString &computeName, const QString &computeType,
                        const QString &provisioningState, V2ClusterFacts cluster, const QString &loadBalancerSku,
                        const ExtensionConfiguration &config);

} // namespace cw::rules
