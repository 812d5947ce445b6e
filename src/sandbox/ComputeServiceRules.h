#pragma once
#include "sandbox/SandboxHttp.h"

// The emulated Azure ML service's own checks of a compute PUT. Deliberately independent of
// src/rules (the client's preflight), so tests compare two implementations, not one with itself.
// Some refusals come at PUT time (400), others as provisioningErrors after the operation ran,
// as the real service does.
namespace cw::sandbox {

struct SandboxSettings;

struct ComputeRequest {
    QString name;
    QString computeType;
    QString computeLocation;
    QString resourceId;
    QString description;
    QString clusterPurpose = QStringLiteral("FastProd");
    int agentCount = 3;
    bool hasAgentCount = false;
    QString agentVmSize = QStringLiteral("Standard_D3_v2");
    bool hasAgentVmSize = false;
    QString sslStatus = QStringLiteral("Disabled");
    QString sslCert;
    QString sslKey;
    QString sslCname;
    QString leafDomainLabel;
    bool overwriteExistingDomain = false;
    QString loadBalancerType = QStringLiteral("PublicIp");
    QString loadBalancerSubnet;
    Json networking; // aksNetworkingConfiguration or null
};

// Parses the body (property names case-insensitive); a 400 reply when it cannot.
std::optional<HttpReply> parseComputeRequest(const QByteArray &body, const QString &name,
                                             const QString &workspaceLocation, ComputeRequest *out);
// Name rule, purpose, TLS and load-balancer rules shared by create, attach and update.
std::optional<HttpReply> checkComputeRequest(const ComputeRequest &request);
// Create-only PUT-time checks (creation switch, node count, VM size).
std::optional<HttpReply> checkCreate(const ComputeRequest &request, const SandboxSettings &settings);
// Errors the create operation ends with (cores, policy, quota); empty array when it succeeds.
Json createOutcomeErrors(const ComputeRequest &request, const SandboxSettings &settings,
                         int regionalCoresInUse);
// Errors an attach ends with for this cluster (version window, nodes, cores).
Json attachOutcomeErrors(const ComputeRequest &request, const Json &cluster);
// The sslConfiguration to store and show (never cert or key).
Json visibleSslConfiguration(const ComputeRequest &request, const QString &location,
                             QString *generatedFqdn);

} // namespace cw::sandbox
