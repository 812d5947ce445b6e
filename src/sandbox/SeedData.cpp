#include "sandbox/SeedData.h"

#include "sandbox/ClusterExtensions.h"
#include "sandbox/ExtensionLifecycle.h"
#include "sandbox/KubeObjects.h"
#include "sandbox/ResourceFactory.h"
#include "sandbox/SandboxPki.h"
#include "sandbox/SandboxState.h"
#include "sandbox/SeedLocations.h"

#include <QDateTime>

#include <tuple>

namespace cw::sandbox {
namespace {

struct SeedCluster {
    const char *sub;
    const char *rg;
    const char *name;
    ClusterTraits traits;
};

ClusterTraits traits(std::function<void(ClusterTraits &)> edit)
{
    ClusterTraits t;
    edit(t);
    return t;
}

Json tlsSecret(const PemPair &pem)
{
    return {{"cert.pem", pem.certPem.toBase64().toStdString()},
            {"key.pem", pem.keyPem.toBase64().toStdString()}};
}

} // namespace

Json buildSeed(const SandboxPki &pki)
{
    const QString sub1 = QLatin1String(kSubscriptionId);
    const QString sub2 = QLatin1String(kSecondSubscriptionId);
    Json root = Json::object();
    root["subscriptions"][SandboxState::key(sub1)] = {
        {"subscriptionId", s(sub1)}, {"displayName", "Clusterwright Sandbox"}, {"state", "Enabled"},
        {"tenantId", kTenantId}, {"resourceGroups", Json::array({"rg-ml", "rg-aks", "rg-aks-eus"})}};
    root["subscriptions"][SandboxState::key(sub2)] = {
        {"subscriptionId", s(sub2)}, {"displayName", "Clusterwright Sandbox (second)"},
        {"state", "Enabled"}, {"tenantId", kTenantId},
        {"resourceGroups", Json::array({"rg-other"})}};

    root["locations"] = seedLocations();

    const QString wsId = workspaceId(sub1, QLatin1String(kWorkspaceRg), QLatin1String(kWorkspaceName));
    root["workspaces"][SandboxState::key(wsId)] = makeWorkspace(
        sub1, QLatin1String(kWorkspaceRg), QLatin1String(kWorkspaceName), QLatin1String(kWorkspaceLocation));
    const QString otherWsId = workspaceId(sub2, QStringLiteral("rg-other"), QStringLiteral("ws-other"));
    root["workspaces"][SandboxState::key(otherWsId)] =
        makeWorkspace(sub2, QStringLiteral("rg-other"), QStringLiteral("ws-other"), QStringLiteral("northeurope"));

    const std::vector<SeedCluster> clusters = {
        {kSubscriptionId, "rg-aks", "aks-plain", {}},
        {kSubscriptionId, "rg-aks-eus", "aks-eastus",
         traits([](auto &t) { t.location = QStringLiteral("eastus"); t.kubernetesVersion = QStringLiteral("1.25.5"); })},
        {kSubscriptionId, "rg-aks", "aks-standard-lb",
         traits([](auto &t) { t.loadBalancerSku = QStringLiteral("standard"); t.networkPlugin = QStringLiteral("azure"); })},
        {kSubscriptionId, "rg-aks", "aks-private",
         traits([](auto &t) { t.privateCluster = true; t.loadBalancerSku = QStringLiteral("standard"); })},
        {kSubscriptionId, "rg-aks", "aks-authorized-ips",
         traits([](auto &t) { t.authorizedIpRanges = {QStringLiteral("203.0.113.0/24")}; t.loadBalancerSku = QStringLiteral("standard"); })},
        {kSubscriptionId, "rg-aks", "aks-old-version",
         traits([](auto &t) { t.kubernetesVersion = QStringLiteral("1.21.2"); })},
        {kSubscriptionId, "rg-aks", "aks-preview",
         traits([](auto &t) { t.kubernetesVersion = QStringLiteral("1.26.0"); })},
        {kSubscriptionId, "rg-aks", "aks-attached", {}},
        {kSubscriptionId, "rg-aks", "aks-small",
         traits([](auto &t) { t.nodeCount = 2; t.vmSize = QStringLiteral("Standard_D2_v2"); })},
        {kSubscriptionId, "rg-aks", "aks-gpu",
         traits([](auto &t) { t.vmSize = QStringLiteral("Standard_NC6s_v3"); })},
        {kSubscriptionId, "rg-aks", "aks-legacy",
         traits([](auto &t) { t.kubernetesVersion = QStringLiteral("1.19.11"); })},
        // A Standard load balancer, so that its move to v2 keeps the loadBalancer router (E40001 on Basic).
        {kSubscriptionId, "rg-ml", "tls-prod-aks", traits([](auto &t) { t.loadBalancerSku = QStringLiteral("standard"); })},
        {kSecondSubscriptionId, "rg-other", "aks-other-sub",
         traits([](auto &t) { t.location = QStringLiteral("northeurope"); })},
        // Azure ML v2 limits (v2-contract.md section 2); the identity and local accounts are set below.
        {kSubscriptionId, "rg-aks", "aks-service-principal", traits([](auto &t) { t.nodeCount = 1; })},
        {kSubscriptionId, "rg-aks", "aks-no-local-accounts", traits([](auto &t) { t.nodeCount = 1; })},
        {kSubscriptionId, "rg-aks", "aks-tiny",
         traits([](auto &t) { t.nodeCount = 1; t.vmSize = QStringLiteral("Standard_D2_v2"); })},
        {kSubscriptionId, "rg-aks", "aks-v1-leftovers", traits([](auto &t) { t.nodeCount = 1; })},
    };
    for (const SeedCluster &c : clusters) {
        Json cluster = makeManagedCluster(QLatin1String(c.sub), QLatin1String(c.rg),
                                          QLatin1String(c.name), c.traits);
        // GPU node pools are commonly tainted so only GPU workloads land there.
        if (c.traits.vmSize.startsWith(QLatin1String("Standard_NC")))
            cluster["properties"]["agentPoolProfiles"][0]["nodeTaints"] = Json::array({"sku=gpu:NoSchedule"});
        root["clusters"][SandboxState::key(q(cluster["id"].get<std::string>()))] = cluster;
    }
    auto idOf = [](const char *rg, const char *name) {
        return clusterId(QLatin1String(kSubscriptionId), QLatin1String(rg), QLatin1String(name));
    };
    // v2 limits: a service-principal cluster (no managed identity), one with local accounts
    // disabled, and one a v1 attach was removed from without its azureml-fe objects (and TLS secret).
    Json &v2sp = root["clusters"][SandboxState::key(idOf("rg-aks", "aks-service-principal"))];
    v2sp["properties"]["servicePrincipalProfile"] = {{"clientId", "5f0c6a1e-3b7d-4e2a-9c8f-1d2e3f4a5b6c"}};
    root["clusters"][SandboxState::key(idOf("rg-aks", "aks-no-local-accounts"))]["properties"]["disableLocalAccounts"] = true;
    installAzuremlFe(root, idOf("rg-aks", "aks-v1-leftovers"), 1);
    root["clusterSecrets"][SandboxState::key(idOf("rg-aks", "aks-v1-leftovers"))]["default/azuremlfessl"] =
        tlsSecret(pki.issueServerCertificate(QStringLiteral("scoring.contoso.com"), 365));

    const qint64 weekAgo = QDateTime::currentMSecsSinceEpoch() - 7LL * 24 * 3600 * 1000;
    Json &computes = root["computes"][SandboxState::key(wsId)];
    const QString location = QLatin1String(kWorkspaceLocation);

    AksComputeFacts attached;
    attached.resourceId = idOf("rg-aks", "aks-attached");
    attached.computeLocation = location;
    attached.description = QStringLiteral("Production scoring (attached)");
    attached.createdMs = weekAgo;
    attached.clusterFqdn = QStringLiteral("aks-attached-dns-4f1c2d3e.hcp.westeurope.azmk8s.io");
    computes["inference-prod"] = makeComputeResource(wsId, QStringLiteral("inference-prod"), location,
                                                     makeAksComputeProperties(attached));
    installAzuremlFe(root, attached.resourceId, 3);

    // A created cluster with a custom TLS certificate; its azuremlfessl secret holds the pair.
    const PemPair tls = pki.issueServerCertificate(QStringLiteral("www.contoso.com"), 365);
    AksComputeFacts withTls;
    withTls.resourceId = idOf("rg-ml", "tls-prod-aks");
    withTls.computeLocation = location;
    withTls.attached = false;
    withTls.createdMs = weekAgo;
    withTls.description = QStringLiteral("TLS scoring endpoint");
    withTls.clusterFqdn = QStringLiteral("tls-prod-aks-dns-9a8b7c6d.hcp.westeurope.azmk8s.io");
    withTls.sslConfiguration = {{"status", "Enabled"}, {"cname", "www.contoso.com"},
                                {"overwriteExistingDomain", false}};
    computes["tls-prod"] = makeComputeResource(wsId, QStringLiteral("tls-prod"), location,
                                               makeAksComputeProperties(withTls));
    root["clusterSecrets"][SandboxState::key(withTls.resourceId)]["default/azuremlfessl"] = tlsSecret(tls);
    installAzuremlFe(root, withTls.resourceId, 3);

    AksComputeFacts failed;
    failed.resourceId = idOf("rg-aks", "aks-legacy");
    failed.computeLocation = location;
    failed.createdMs = weekAgo;
    failed.provisioningState = QStringLiteral("Failed");
    failed.provisioningErrors = Json::array({provisioningError(
        QStringLiteral("BadArgument"),
        QStringLiteral("Specified kubernetes version 1.19.11 is not supported. Supported versions are between 1.23 - 1.26"))});
    computes["legacy-failed"] = makeComputeResource(wsId, QStringLiteral("legacy-failed"), location,
                                                    makeAksComputeProperties(failed));

    AksComputeFacts devtest;
    devtest.resourceId = clusterId(QLatin1String(kSubscriptionId), QStringLiteral("rg-ml"), QStringLiteral("devtest-aks"));
    devtest.computeLocation = location;
    devtest.attached = false;
    devtest.clusterPurpose = QStringLiteral("DevTest");
    devtest.agentCount = 1;
    devtest.createdMs = weekAgo;
    computes["devtest"] = makeComputeResource(wsId, QStringLiteral("devtest"), location,
                                              makeAksComputeProperties(devtest));
    const Json devCluster = makeManagedCluster(QLatin1String(kSubscriptionId), QStringLiteral("rg-ml"),
                                               QStringLiteral("devtest-aks"),
                                               traits([](auto &t) { t.nodeCount = 1; }));
    root["clusters"][SandboxState::key(devtest.resourceId)] = devCluster;
    installAzuremlFe(root, devtest.resourceId, 1);

    // A non-AKS compute, so clients must filter on computeType.
    computes["cpu-cluster"] = makeComputeResource(
        wsId, QStringLiteral("cpu-cluster"), location,
        {{"computeType", "AmlCompute"}, {"computeLocation", s(location)},
         {"provisioningState", "Succeeded"}, {"isAttachedCompute", false},
         {"createdOn", s(isoUtc(weekAgo))}, {"modifiedOn", s(isoUtc(weekAgo))},
         {"properties", {{"vmSize", "STANDARD_DS3_V2"}, {"vmPriority", "Dedicated"},
                         {"scaleSettings", {{"minNodeCount", 0}, {"maxNodeCount", 4}}},
                         {"allocationState", "Steady"}, {"currentNodeCount", 2}, {"targetNodeCount", 2},
                         {"nodeStateCounts", {{"idleNodeCount", 1}, {"runningNodeCount", 1}, {"preparingNodeCount", 0},
                                              {"unusableNodeCount", 0}, {"leavingNodeCount", 0}, {"preemptedNodeCount", 0}}}}}});

    // Azure ML v2: a cluster whose Azure ML extension is installed (Succeeded, its components in
    // namespace azureml) and one whose install failed its health check (E40002: inference router
    // HA on 2 nodes). Both have Standard load balancers and no v1 components, in northeurope.
    const QString weekAgoIso = isoUtc(weekAgo);
    for (const auto &[name, nodes, ha] : {std::tuple{"aks-v2-ready", 3, "True"}, std::tuple{"aks-v2-failed", 2, "True"}}) {
        Json cluster = makeManagedCluster(sub1, QStringLiteral("rg-aks"), QLatin1String(name), traits([n = nodes](auto &t) {
                                              t.nodeCount = n;
                                              t.loadBalancerSku = QStringLiteral("standard");
                                              t.kubernetesVersion = QStringLiteral("1.25.5");
                                              // Not in westeurope or eastus: the vCPU use the quota and usage
                                              // tests count on stays (westeurope: 200 cores, creates of 12 must fit).
                                              t.location = QStringLiteral("northeurope");
                                          }));
        const QString id = q(cluster["id"].get<std::string>());
        root["clusters"][SandboxState::key(id)] = cluster;
        ExtensionRequest ext;
        ext.name = QLatin1String(kAzureMlDefaultExtensionName);
        ext.extensionType = QLatin1String(kAzureMlExtensionType);
        ext.settings = {{"enableTraining", "False"}, {"enableInference", "True"}, {"inferenceRouterServiceType", "loadBalancer"},
                        {"allowInsecureConnections", "True"}, {"inferenceRouterHA", ha}};
        const std::string extKey = SandboxState::key(extensionId(id, ext.name));
        root["extensions"][extKey] = makeExtensionDocument(id, ext, weekAgoIso);
        root["extensionSecrets"][extKey] = Json::object();
        completeExtensionInstall(root, extKey, weekAgoIso);
    }
    return root;
}

int addBulkComputes(Json &root, const QString &wsId, const QString &location, int count)
{
    Json &computes = root["computes"][SandboxState::key(wsId)];
    if (!computes.is_object())
        computes = Json::object();
    const QString sub = wsId.section(QLatin1Char('/'), 2, 2);
    int added = 0;
    for (int i = 1; added < count; ++i) {
        const QString name = QStringLiteral("bulk-%1").arg(i, 5, 10, QLatin1Char('0'));
        if (computes.contains(s(name)))
            continue;
        AksComputeFacts facts;
        facts.resourceId = clusterId(sub, QStringLiteral("rg-bulk"), name);
        facts.computeLocation = location;
        computes[s(name)] = makeComputeResource(wsId, name, location, makeAksComputeProperties(facts));
        ++added;
    }
    return added;
}

} // namespace cw::sandbox
