#pragma once
#include "sandbox/SandboxHttp.h"

// The fixed identities and the seed world of the sandbox (product-spec "Seed data").
namespace cw::sandbox {

inline constexpr auto kTenantId = "72f988bf-0000-4000-8000-00000000cafe";
inline constexpr auto kSubscriptionId = "00000000-0000-4000-8000-000000000001";
inline constexpr auto kSecondSubscriptionId = "00000000-0000-4000-8000-000000000002";
inline constexpr auto kClientId = "5a4db0c5-0000-4000-8000-00000000c11e";
// The sandbox service principal's well-known secret: test data, not a real secret.
inline constexpr auto kClientSecret = "sandbox-service-principal-secret";
inline constexpr auto kPublicClientId = "04b07795-8ddb-461a-bbee-02f9e1bf7b46";
inline constexpr auto kWorkspaceRg = "rg-ml";
inline constexpr auto kWorkspaceName = "ws-demo";
inline constexpr auto kWorkspaceLocation = "westeurope";

class SandboxPki;

// Subscriptions, the ws-demo workspace, the AKS clusters with their traits and the existing
// computes (one Failed with provisioningErrors, one with TLS and its azuremlfessl secret).
Json buildSeed(const SandboxPki &pki);

// Adds `count` attached AKS computes named bulk-00001... to a workspace (fast, for paging).
int addBulkComputes(Json &root, const QString &wsId, const QString &location, int count);

} // namespace cw::sandbox
