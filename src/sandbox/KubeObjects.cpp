#include "sandbox/KubeObjects.h"

#include "sandbox/KubeIdentity.h"
#include "sandbox/SandboxState.h"
#include "sandbox/VmCatalog.h"

#include <QCryptographicHash>
#include <QDateTime>

#include <cmath>

namespace cw::sandbox {
namespace {

// Derived objects have no recorded creation time; they carry this one (AKS clusters in the seed
// are older than any test run, so `kubectl get` shows a plausible age).
constexpr auto kDerivedCreation = "2024-01-15T09:30:00Z";

QString uidFor(const QString &clusterId, const QString &what)
{
    const QByteArray h = QCryptographicHash::hash((clusterId.toLower() + QLatin1Char('|') + what).toUtf8(),
                                                  QCryptographicHash::Sha256).toHex();
    return QString::fromLatin1(h.left(8) + '-' + h.mid(8, 4) + '-' + h.mid(12, 4) + '-' + h.mid(16, 4) + '-' + h.mid(20, 12));
}

Json meta(const QString &clusterId, const char *resource, const QString &ns, const QString &name,
          const char *created = kDerivedCreation)
{
    Json m = {{"name", s(name)}, {"uid", s(uidFor(clusterId, QLatin1String(resource) + QLatin1Char('/') + ns + QLatin1Char('/') + name))},
              {"resourceVersion", "1"}, {"creationTimestamp", created}};
    if (!ns.isEmpty())
        m["namespace"] = s(ns);
    return m;
}

// A number of 8 decimal digits stable per cluster and pool (AKS names VMSS nodes
// aks-<pool>-<digits>-vmss<index>).
QString poolDigits(const QString &clusterId, const QString &pool)
{
    const QByteArray h = QCryptographicHash::hash((clusterId.toLower() + QLatin1Char('/') + pool).toUtf8(),
                                                  QCryptographicHash::Sha256);
    quint32 v = 0;
    for (int i = 0; i < 4; ++i)
        v = (v << 8) | quint8(h[i]);
    return QStringLiteral("%1").arg(v % 100000000u, 8, 10, QLatin1Char('0'));
}

QString vmssIndex(int i)
{
    return QStringLiteral("%1").arg(i, 6, 36, QLatin1Char('0'));
}

std::vector<Json> nodesOf(const Json &cluster)
{
    std::vector<Json> nodes;
    const QString id = q(cluster.value("id", std::string()));
    const Json &props = cluster["properties"];
    const QString location = q(cluster.value("location", std::string()));
    const QString nodeRg = q(props.value("nodeResourceGroup", std::string())).toLower();
    const QString sub = id.section(QLatin1Char('/'), 2, 2);
    const bool azureCni = props["networkProfile"].value("networkPlugin", std::string()) == "azure";
    int address = 4; // Azure reserves .0-.3 of the node subnet
    int podRange = 0;
    for (const Json &pool : props.value("agentPoolProfiles", Json::array())) {
        const QString poolName = q(pool.value("name", std::string("agentpool")));
        const QString vmSize = q(pool.value("vmSize", std::string()));
        const VmSize *size = findVmSize(vmSize);
        const int cores = size ? size->vCPUs : 2;
        const qint64 memoryKi = qint64(std::llround((size ? size->memoryGB : 7.0) * 1024 * 1024));
        const QString version = q(pool.value("orchestratorVersion", props.value("currentKubernetesVersion", std::string("1.24.9"))));
        const QString mode = q(pool.value("mode", std::string("System"))).toLower();
        const QString digits = poolDigits(id, poolName);
        const int maxPods = pool.value("maxPods", azureCni ? 30 : 110);
        Json taints = Json::array();
        for (const Json &t : pool.value("nodeTaints", Json::array())) {
            // "key=value:Effect" as in the AKS API
            const QString text = q(t.is_string() ? t.get<std::string>() : std::string());
            const QString kv = text.section(QLatin1Char(':'), 0, 0);
            Json taint = {{"key", s(kv.section(QLatin1Char('='), 0, 0))}, {"effect", s(text.section(QLatin1Char(':'), 1))}};
            if (kv.contains(QLatin1Char('=')))
                taint["value"] = s(kv.section(QLatin1Char('='), 1));
            taints.push_back(taint);
        }
        for (int i = 0; i < pool.value("count", 0); ++i) {
            const QString name = QStringLiteral("aks-%1-%2-vmss%3").arg(poolName, digits, vmssIndex(i));
            const QString ip = QStringLiteral("10.224.0.%1").arg(address++);
            Json labels = {{"agentpool", s(poolName)},
                           {"beta.kubernetes.io/arch", "amd64"},
                           {"beta.kubernetes.io/instance-type", s(vmSize)},
                           {"beta.kubernetes.io/os", "linux"},
                           {"failure-domain.beta.kubernetes.io/region", s(location)},
                           {"failure-domain.beta.kubernetes.io/zone", "0"},
                           {"kubernetes.azure.com/agentpool", s(poolName)},
                           {"kubernetes.azure.com/cluster", props.value("nodeResourceGroup", std::string())},
                           {"kubernetes.azure.com/mode", s(mode)},
                           {"kubernetes.azure.com/node-image-version", "AKSUbuntu-1804gen2containerd-2023.01.10"},
                           {"kubernetes.azure.com/os-sku", "Ubuntu"},
                           {"kubernetes.azure.com/role", "agent"},
                           {"kubernetes.io/arch", "amd64"},
                           {"kubernetes.io/hostname", s(name)},
                           {"kubernetes.io/os", "linux"},
                           {"kubernetes.io/role", "agent"},
                           {"node-role.kubernetes.io/agent", ""},
                           {"node.kubernetes.io/instance-type", s(vmSize)},
                           {"topology.kubernetes.io/region", s(location)},
                           {"topology.kubernetes.io/zone", "0"}};
            if (size && size->gpus > 0)
                labels["accelerator"] = "nvidia";
            const Json poolLabels = pool.value("nodeLabels", Json::object());
            for (auto it = poolLabels.begin(); it != poolLabels.end(); ++it)
                labels[it.key()] = it.value();
            Json capacity = {{"cpu", s(QString::number(cores))},
                             {"ephemeral-storage", "129886128Ki"},
                             {"hugepages-1Gi", "0"},
                             {"hugepages-2Mi", "0"},
                             {"memory", s(QString::number(memoryKi) + QStringLiteral("Ki"))},
                             {"pods", s(QString::number(maxPods))}};
            Json allocatable = capacity;
            allocatable["cpu"] = s(QString::number(aksAllocatableMilliCpu(cores)) + QStringLiteral("m"));
            allocatable["memory"] = s(QString::number(aksAllocatableMemoryKi(memoryKi)) + QStringLiteral("Ki"));
            allocatable["ephemeral-storage"] = "119703055367";
            if (size && size->gpus > 0) {
                capacity["nvidia.com/gpu"] = s(QString::number(size->gpus));
                allocatable["nvidia.com/gpu"] = s(QString::number(size->gpus));
            }
            Json spec = {{"providerID", s(QStringLiteral("azure:///subscriptions/%1/resourceGroups/%2/providers/Microsoft.Compute/"
                                                         "virtualMachineScaleSets/aks-%3-%4-vmss/virtualMachines/%5")
                                              .arg(sub, nodeRg, poolName, digits).arg(i))}};
            if (!azureCni)
                spec["podCIDR"] = s(QStringLiteral("10.244.%1.0/24").arg(podRange++));
            if (!taints.empty())
                spec["taints"] = taints;
            auto condition = [](const char *type, const char *status, const char *reason, const char *message) {
                return Json{{"type", type}, {"status", status}, {"reason", reason}, {"message", message},
                            {"lastHeartbeatTime", kDerivedCreation}, {"lastTransitionTime", kDerivedCreation}};
            };
            Json node = {{"apiVersion", "v1"}, {"kind", "Node"}, {"metadata", meta(id, "nodes", {}, name)}, {"spec", spec}};
            node["metadata"]["labels"] = labels;
            node["metadata"]["annotations"] = {{"node.alpha.kubernetes.io/ttl", "0"},
                                               {"volumes.kubernetes.io/controller-managed-attach-detach", "true"}};
            node["status"] = {
                {"capacity", capacity},
                {"allocatable", allocatable},
                {"conditions", Json::array({condition("MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available"),
                                            condition("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"),
                                            condition("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available"),
                                            condition("Ready", "True", "KubeletReady", "kubelet is posting ready status. AppArmor enabled")})},
                {"addresses", Json::array({{{"type", "InternalIP"}, {"address", s(ip)}}, {{"type", "Hostname"}, {"address", s(name)}}})},
                {"daemonEndpoints", {{"kubeletEndpoint", {{"Port", 10250}}}}},
                {"nodeInfo", {{"architecture", "amd64"},
                              {"bootID", s(uidFor(id, name + QStringLiteral("/boot")))},
                              {"containerRuntimeVersion", "containerd://1.6.4+azure-4"},
                              {"kernelVersion", "5.4.0-1100-azure"},
                              {"kubeProxyVersion", s(QLatin1Char('v') + version)},
                              {"kubeletVersion", s(QLatin1Char('v') + version)},
                              {"machineID", s(uidFor(id, name).remove(QLatin1Char('-')))},
                              {"operatingSystem", "linux"},
                              {"osImage", "Ubuntu 18.04.6 LTS"},
                              {"systemUUID", s(uidFor(id, name + QStringLiteral("/system")))}}}};
            nodes.push_back(node);
        }
    }
    return nodes;
}

Json service(const QString &clusterId, const QString &ns, const QString &name, const char *type, const QString &clusterIp,
             const Json &ports, const Json &selector, const Json &labels)
{
    Json svc = {{"apiVersion", "v1"}, {"kind", "Service"}, {"metadata", meta(clusterId, "services", ns, name)},
                {"spec", {{"type", type}, {"clusterIP", s(clusterIp)}, {"clusterIPs", Json::array({s(clusterIp)})},
                          {"ports", ports}, {"sessionAffinity", "None"}, {"ipFamilies", Json::array({"IPv4"})},
                          {"ipFamilyPolicy", "SingleStack"}, {"internalTrafficPolicy", "Cluster"}}},
                {"status", {{"loadBalancer", Json::object()}}}};
    if (!selector.is_null())
        svc["spec"]["selector"] = selector;
    if (!labels.is_null())
        svc["metadata"]["labels"] = labels;
    return svc;
}

Json port(const char *name, const char *protocol, int number, const Json &target)
{
    Json p = {{"protocol", protocol}, {"port", number}, {"targetPort", target}};
    if (name)
        p["name"] = name;
    return p;
}

Json deployment(const QString &clusterId, const QString &ns, const QString &name, int replicas, const char *image,
                const Json &labels, const char *created = kDerivedCreation)
{
    Json d = {{"apiVersion", "apps/v1"}, {"kind", "Deployment"}, {"metadata", meta(clusterId, "deployments", ns, name, created)}};
    d["metadata"]["labels"] = labels;
    d["metadata"]["generation"] = 1;
    d["metadata"]["annotations"] = {{"deployment.kubernetes.io/revision", "1"}};
    d["spec"] = {{"replicas", replicas},
                 {"selector", {{"matchLabels", labels}}},
                 {"strategy", {{"type", "RollingUpdate"}, {"rollingUpdate", {{"maxSurge", "25%"}, {"maxUnavailable", "25%"}}}}},
                 {"template", {{"metadata", {{"labels", labels}}},
                               {"spec", {{"containers", Json::array({{{"name", s(name)}, {"image", image}}})}}}}}};
    d["status"] = {{"observedGeneration", 1}, {"replicas", replicas}, {"updatedReplicas", replicas},
                   {"readyReplicas", replicas}, {"availableReplicas", replicas},
                   {"conditions", Json::array({{{"type", "Available"}, {"status", "True"}, {"reason", "MinimumReplicasAvailable"}},
                                               {{"type", "Progressing"}, {"status", "True"}, {"reason", "NewReplicaSetAvailable"}}})}};
    return d;
}

// What AKS itself runs in every cluster (the subset kubectl users see first).
std::vector<std::pair<const char *, Json>> systemObjects(const QString &clusterId, const Json &cluster)
{
    const std::string dns = cluster["properties"]["networkProfile"].value("dnsServiceIP", std::string("10.0.0.10"));
    const Json k8sApp = {{"k8s-app", "kube-dns"}};
    std::vector<std::pair<const char *, Json>> out;
    out.emplace_back("services", service(clusterId, QStringLiteral("default"), QStringLiteral("kubernetes"), "ClusterIP",
                                         QStringLiteral("10.0.0.1"), Json::array({port("https", "TCP", 443, 443)}), nullptr,
                                         {{"component", "apiserver"}, {"provider", "kubernetes"}}));
    out.emplace_back("services", service(clusterId, QStringLiteral("kube-system"), QStringLiteral("kube-dns"), "ClusterIP", q(dns),
                                         Json::array({port("dns", "UDP", 53, 53), port("dns-tcp", "TCP", 53, 53)}), k8sApp,
                                         {{"k8s-app", "kube-dns"}, {"kubernetes.io/cluster-service", "true"}, {"kubernetes.io/name", "CoreDNS"}}));
    out.emplace_back("services", service(clusterId, QStringLiteral("kube-system"), QStringLiteral("metrics-server"), "ClusterIP",
                                         QStringLiteral("10.0.94.182"), Json::array({port(nullptr, "TCP", 443, "https")}),
                                         {{"k8s-app", "metrics-server"}}, {{"k8s-app", "metrics-server"}}));
    out.emplace_back("deployments", deployment(clusterId, QStringLiteral("kube-system"), QStringLiteral("coredns"), 2,
                                               "mcr.microsoft.com/oss/kubernetes/coredns:v1.9.3", k8sApp));
    out.emplace_back("deployments", deployment(clusterId, QStringLiteral("kube-system"), QStringLiteral("metrics-server"), 2,
                                               "mcr.microsoft.com/oss/kubernetes/metrics-server:v0.6.1", {{"k8s-app", "metrics-server"}}));
    out.emplace_back("deployments", deployment(clusterId, QStringLiteral("kube-system"), QStringLiteral("konnectivity-agent"), 2,
                                               "mcr.microsoft.com/oss/kubernetes/apiserver-network-proxy/agent:v0.0.33", {{"app", "konnectivity-agent"}}));
    for (const char *ns : {"default", "kube-system", "kube-public", "kube-node-lease"}) {
        Json account = {{"apiVersion", "v1"}, {"kind", "ServiceAccount"},
                        {"metadata", meta(clusterId, "serviceaccounts", QLatin1String(ns), QStringLiteral("default"))}};
        out.emplace_back("serviceaccounts", account);
        Json cm = {{"apiVersion", "v1"}, {"kind", "ConfigMap"},
                   {"metadata", meta(clusterId, "configmaps", QLatin1String(ns), QStringLiteral("kube-root-ca.crt"))},
                   {"data", {{"ca.crt", "(the cluster CA)"}}}};
        out.emplace_back("configmaps", cm);
    }
    Json admin = {{"apiVersion", "rbac.authorization.k8s.io/v1"}, {"kind", "ClusterRole"},
                  {"metadata", meta(clusterId, "clusterroles", {}, QStringLiteral("cluster-admin"))},
                  {"rules", Json::array({{{"apiGroups", {"*"}}, {"resources", {"*"}}, {"verbs", {"*"}}},
                                         {{"nonResourceURLs", {"*"}}, {"verbs", {"*"}}}})}};
    admin["metadata"]["labels"] = {{"kubernetes.io/bootstrapping", "rbac-defaults"}};
    out.emplace_back("clusterroles", admin);
    Json binding = {{"apiVersion", "rbac.authorization.k8s.io/v1"}, {"kind", "ClusterRoleBinding"},
                    {"metadata", meta(clusterId, "clusterrolebindings", {}, QStringLiteral("cluster-admin"))},
                    {"roleRef", {{"apiGroup", "rbac.authorization.k8s.io"}, {"kind", "ClusterRole"}, {"name", "cluster-admin"}}},
                    {"subjects", Json::array({{{"apiGroup", "rbac.authorization.k8s.io"}, {"kind", "Group"}, {"name", "system:masters"}}})}};
    out.emplace_back("clusterrolebindings", binding);
    return out;
}

// The pods of the deployments (their ReplicaSets' pods), spread over the Ready nodes and
// running; none when the cluster has no node (then kubectl shows no pod at all, a simplification:
// a real cluster would list them Pending).
std::vector<Json> podsOf(const QString &clusterId, const std::vector<Json> &deployments, const std::vector<Json> &nodes)
{
    std::vector<Json> pods;
    if (nodes.empty())
        return pods;
    static const char alphabet[] = "bcdfghjklmnpqrstvwxz2456789"; // the apimachinery rand.String alphabet
    int next = 0;
    for (const Json &d : deployments) {
        const QString ns = q(d["metadata"].value("namespace", std::string()));
        const QString name = q(d["metadata"].value("name", std::string()));
        const QByteArray h = QCryptographicHash::hash((clusterId.toLower() + QLatin1Char('/') + ns + QLatin1Char('/') + name).toUtf8(),
                                                      QCryptographicHash::Sha256);
        QString templateHash;
        for (int i = 0; i < 10; ++i)
            templateHash += QLatin1Char(alphabet[quint8(h[i]) % 27]);
        const int replicas = d["spec"].value("replicas", 0);
        for (int r = 0; r < replicas; ++r) {
            const QByteArray hr = QCryptographicHash::hash(QByteArray(h + QByteArray::number(r)), QCryptographicHash::Sha256);
            QString suffix;
            for (int i = 0; i < 5; ++i)
                suffix += QLatin1Char(alphabet[quint8(hr[i]) % 27]);
            const QString podName = name + QLatin1Char('-') + templateHash + QLatin1Char('-') + suffix;
            const Json &node = nodes[size_t(next++) % nodes.size()];
            // In the node's pod range (kubenet); Azure CNI gives pods addresses of the node subnet.
            const QString cidr = q(node["spec"].value("podCIDR", std::string()));
            const QString podIp = cidr.isEmpty() ? QStringLiteral("10.224.0.%1").arg(40 + next % 200)
                                                 : cidr.section(QLatin1Char('.'), 0, 2) + QStringLiteral(".%1").arg(2 + next % 250);
            const std::string nodeName = node["metadata"].value("name", std::string());
            const std::string hostIp = node["status"]["addresses"][0].value("address", std::string());
            const std::string started = d["metadata"].value("creationTimestamp", std::string(kDerivedCreation));
            Json labels = d["spec"]["template"]["metadata"].value("labels", Json::object());
            labels["pod-template-hash"] = s(templateHash);
            Json statuses = Json::array();
            for (const Json &c : d["spec"]["template"]["spec"].value("containers", Json::array()))
                statuses.push_back({{"name", c.value("name", std::string())}, {"image", c.value("image", std::string())},
                                    {"ready", true}, {"started", true}, {"restartCount", 0},
                                    {"state", {{"running", {{"startedAt", started}}}}}});
            Json pod = {{"apiVersion", "v1"}, {"kind", "Pod"}, {"metadata", meta(clusterId, "pods", ns, podName, started.c_str())},
                        {"spec", {{"nodeName", nodeName}, {"containers", d["spec"]["template"]["spec"].value("containers", Json::array())},
                                  {"restartPolicy", "Always"}, {"serviceAccountName", "default"}}},
                        {"status", {{"phase", "Running"}, {"hostIP", hostIp},
                                    {"podIP", s(podIp)}, {"podIPs", Json::array({{{"ip", s(podIp)}}})},
                                    {"startTime", started}, {"qosClass", "BestEffort"},
                                    {"conditions", Json::array({{{"type", "Initialized"}, {"status", "True"}},
                                                                {{"type", "Ready"}, {"status", "True"}},
                                                                {{"type", "ContainersReady"}, {"status", "True"}},
                                                                {{"type", "PodScheduled"}, {"status", "True"}}})},
                                    {"containerStatuses", statuses}}}};
            pod["metadata"]["labels"] = labels;
            pod["metadata"]["ownerReferences"] = Json::array({{{"apiVersion", "apps/v1"}, {"kind", "ReplicaSet"},
                                                               {"name", s(name + QLatin1Char('-') + templateHash)},
                                                               {"controller", true}, {"blockOwnerDeletion", true},
                                                               {"uid", s(uidFor(clusterId, QStringLiteral("replicasets/") + ns + QLatin1Char('/') + name))}}});
            pods.push_back(pod);
        }
    }
    return pods;
}

Json namespaceJson(const QString &clusterId, const QString &name)
{
    Json ns = {{"apiVersion", "v1"}, {"kind", "Namespace"}, {"metadata", meta(clusterId, "namespaces", {}, name)},
               {"spec", {{"finalizers", Json::array({"kubernetes"})}}}, {"status", {{"phase", "Active"}}}};
    ns["metadata"]["labels"] = {{"kubernetes.io/metadata.name", s(name)}};
    return ns;
}

Json secretJson(const QString &ns, const QString &name, const Json &data)
{
    return {{"apiVersion", "v1"}, {"kind", "Secret"}, {"type", "Opaque"},
            {"metadata", {{"name", s(name)}, {"namespace", s(ns)},
                          {"uid", s(kubeClusterKey(ns + QLatin1Char('/') + name))},
                          {"resourceVersion", "1"}, {"creationTimestamp", "2023-01-01T00:00:00Z"}}},
            {"data", data}};
}

Json &storeOf(Json &root, const QString &clusterId)
{
    Json &store = root["kubeObjects"][SandboxState::key(clusterId)];
    if (!store.is_object())
        store = Json::object();
    return store;
}

std::string storeKey(const char *resource, const QString &ns, const QString &name)
{
    return s(QLatin1String(resource) + QLatin1Char('/') + ns + QLatin1Char('/') + name);
}

} // namespace

const std::vector<KubeResource> &kubeResources()
{
    static const std::vector<const char *> readWrite = {"create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"};
    static const std::vector<KubeResource> all = {
        {"", "v1", "configmaps", "configmap", "ConfigMap", true, {"cm"}, readWrite},
        {"", "v1", "namespaces", "namespace", "Namespace", false, {"ns"}, {"create", "delete", "get", "list", "patch", "update", "watch"}},
        {"", "v1", "nodes", "node", "Node", false, {"no"}, readWrite},
        {"", "v1", "pods", "pod", "Pod", true, {"po"}, readWrite, "all"},
        {"", "v1", "secrets", "secret", "Secret", true, {}, readWrite},
        {"", "v1", "serviceaccounts", "serviceaccount", "ServiceAccount", true, {"sa"}, readWrite},
        {"", "v1", "services", "service", "Service", true, {"svc"}, {"create", "delete", "get", "list", "patch", "update", "watch"}, "all"},
        {"apps", "v1", "deployments", "deployment", "Deployment", true, {"deploy"}, readWrite, "all"},
        {"authorization.k8s.io", "v1", "selfsubjectaccessreviews", "selfsubjectaccessreview", "SelfSubjectAccessReview", false, {}, {"create"}},
        {"rbac.authorization.k8s.io", "v1", "clusterrolebindings", "clusterrolebinding", "ClusterRoleBinding", false, {}, readWrite},
        {"rbac.authorization.k8s.io", "v1", "clusterroles", "clusterrole", "ClusterRole", false, {}, readWrite},
    };
    return all;
}

const KubeResource *findKubeResource(const QString &group, const QString &version, const QString &name)
{
    for (const KubeResource &r : kubeResources())
        if (group == QLatin1String(r.group) && version == QLatin1String(r.version) && name == QLatin1String(r.name))
            return &r;
    return nullptr;
}

QString groupVersion(const KubeResource &resource)
{
    if (!*resource.group)
        return QLatin1String(resource.version);
    return QLatin1String(resource.group) + QLatin1Char('/') + QLatin1String(resource.version);
}

std::vector<Json> kubeObjects(SandboxState &state, const QString &clusterId, const KubeResource &resource)
{
    std::vector<Json> out;
    const Json *cluster = state.cluster(clusterId);
    if (!cluster)
        return out;
    const std::string name = resource.name;
    if (name == "nodes")
        return nodesOf(*cluster);
    if (name == "pods") {
        static const KubeResource *deployments = findKubeResource(QStringLiteral("apps"), QStringLiteral("v1"), QStringLiteral("deployments"));
        return podsOf(clusterId, kubeObjects(state, clusterId, *deployments), nodesOf(*cluster));
    }
    if (name == "secrets") {
        const Json &secrets = state.clusterSecrets(clusterId);
        for (auto it = secrets.begin(); it != secrets.end(); ++it) {
            const QString full = q(it.key());
            out.push_back(secretJson(full.section(QLatin1Char('/'), 0, 0), full.section(QLatin1Char('/'), 1), it.value()));
        }
        return out;
    }
    for (auto &[kind, object] : systemObjects(clusterId, *cluster))
        if (name == kind)
            out.push_back(object);
    const Json &store = storeOf(state.root, clusterId);
    for (auto it = store.begin(); it != store.end(); ++it)
        if (q(it.key()).section(QLatin1Char('/'), 0, 0) == QLatin1String(resource.name))
            out.push_back(it.value());
    if (name == "namespaces") {
        QStringList names = {QStringLiteral("default"), QStringLiteral("kube-node-lease"), QStringLiteral("kube-public"),
                             QStringLiteral("kube-system")};
        // A namespace some stored object or secret lives in exists too.
        for (auto it = store.begin(); it != store.end(); ++it)
            names << q(it.key()).section(QLatin1Char('/'), 1, 1);
        const Json &secrets = state.clusterSecrets(clusterId);
        for (auto it = secrets.begin(); it != secrets.end(); ++it)
            names << q(it.key()).section(QLatin1Char('/'), 0, 0);
        names.removeAll(QString());
        names.removeDuplicates();
        names.sort();
        for (const QString &ns : names)
            out.push_back(namespaceJson(clusterId, ns));
    }
    return out;
}

bool deleteKubeObject(SandboxState &state, const QString &clusterId, const KubeResource &resource, const QString &ns,
                      const QString &name)
{
    if (std::string(resource.name) == "secrets") {
        const bool erased = state.clusterSecrets(clusterId).erase(s(ns + QLatin1Char('/') + name)) > 0;
        if (erased)
            state.markDirty();
        return erased;
    }
    const bool erased = storeOf(state.root, clusterId).erase(storeKey(resource.name, ns, name)) > 0;
    if (erased)
        state.markDirty();
    return erased;
}

void installAzuremlFe(Json &root, const QString &clusterId, int replicas)
{
    Json &store = storeOf(root, clusterId);
    const QString ns = QStringLiteral("default");
    const QString fe = QStringLiteral("azureml-fe");
    if (store.contains(storeKey("deployments", ns, fe)))
        return;
    // Kubernetes timestamps are RFC 3339 to the second.
    const std::string now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    const char *created = now.c_str();
    const Json labels = {{"azuremlappname", "azureml-fe"}};
    auto stamped = [&](Json object) {
        object["metadata"]["creationTimestamp"] = now;
        object["metadata"]["labels"] = labels;
        return object;
    };
    store[storeKey("deployments", ns, fe)] =
        deployment(clusterId, ns, fe, replicas, "mcr.microsoft.com/azureml/azureml-fe:1.48.0", labels, created);
    store[storeKey("serviceaccounts", ns, fe)] = stamped(
        {{"apiVersion", "v1"}, {"kind", "ServiceAccount"}, {"metadata", meta(clusterId, "serviceaccounts", ns, fe)}});
    store[storeKey("configmaps", ns, QStringLiteral("azuremlfeconfig"))] = stamped(
        {{"apiVersion", "v1"}, {"kind", "ConfigMap"}, {"metadata", meta(clusterId, "configmaps", ns, QStringLiteral("azuremlfeconfig"))},
         {"data", {{"config.json", "{\"scoringFeVersion\":\"1.48.0\",\"clusterPurpose\":\"" + std::string(replicas >= 3 ? "FastProd" : "DevTest") + "\"}"}}}});
    Json role = stamped({{"apiVersion", "rbac.authorization.k8s.io/v1"}, {"kind", "ClusterRole"},
                         {"metadata", meta(clusterId, "clusterroles", {}, QStringLiteral("azureml-fe-role"))},
                         {"rules", Json::array({{{"apiGroups", {""}}, {"resources", {"pods", "services", "endpoints", "configmaps", "secrets"}},
                                                 {"verbs", {"get", "list", "watch"}}},
                                                {{"apiGroups", {"apps"}}, {"resources", {"deployments"}}, {"verbs", {"get", "list", "watch"}}}})}});
    store[storeKey("clusterroles", {}, QStringLiteral("azureml-fe-role"))] = role;
    store[storeKey("clusterrolebindings", {}, QStringLiteral("azureml-fe-binding"))] = stamped(
        {{"apiVersion", "rbac.authorization.k8s.io/v1"}, {"kind", "ClusterRoleBinding"},
         {"metadata", meta(clusterId, "clusterrolebindings", {}, QStringLiteral("azureml-fe-binding"))},
         {"roleRef", {{"apiGroup", "rbac.authorization.k8s.io"}, {"kind", "ClusterRole"}, {"name", "azureml-fe-role"}}},
         {"subjects", Json::array({{{"kind", "ServiceAccount"}, {"name", "azureml-fe"}, {"namespace", s(ns)}}})}});
    // The scoring front end: public on 80/443, and the in-cluster HTTP service.
    Json publicSvc = service(clusterId, ns, fe, "LoadBalancer", QStringLiteral("10.0.%1.%2").arg(20 + int(qHash(clusterId) % 200)).arg(10),
                             Json::array({port("http", "TCP", 80, 9001), port("https", "TCP", 443, 9001)}), labels, labels);
    const quint32 h = quint32(qHash(clusterId.toLower()));
    publicSvc["status"]["loadBalancer"]["ingress"] = Json::array({{{"ip", s(QStringLiteral("20.%1.%2.%3").arg(50 + h % 150).arg((h >> 8) % 250).arg(4 + (h >> 16) % 250))}}});
    publicSvc["spec"]["externalTrafficPolicy"] = "Cluster";
    int nodePort = 30000 + int(h % 2000);
    for (Json &p : publicSvc["spec"]["ports"])
        p["nodePort"] = nodePort++;
    publicSvc["metadata"]["creationTimestamp"] = now;
    store[storeKey("services", ns, fe)] = publicSvc;
    Json internal = service(clusterId, ns, QStringLiteral("azureml-fe-int-http"), "ClusterIP",
                            QStringLiteral("10.0.%1.%2").arg(20 + int(qHash(clusterId) % 200)).arg(11),
                            Json::array({port(nullptr, "TCP", 9001, 9001)}), labels, labels);
    internal["metadata"]["creationTimestamp"] = now;
    store[storeKey("services", ns, QStringLiteral("azureml-fe-int-http"))] = internal;
}

qint64 aksAllocatableMemoryKi(qint64 capacityKi)
{
    constexpr qint64 gi = 1024 * 1024; // Ki per GiB
    const double total = double(capacityKi);
    double reserved = 0;
    const double tiers[][2] = {{4.0 * gi, 0.25}, {4.0 * gi, 0.20}, {8.0 * gi, 0.10}, {112.0 * gi, 0.06}};
    double left = total;
    for (const auto &tier : tiers) {
        const double part = std::min(left, tier[0]);
        reserved += part * tier[1];
        left -= part;
    }
    reserved += std::max(0.0, left) * 0.02;
    constexpr qint64 evictionKi = 750 * 1024; // memory.available<750Mi
    return std::max<qint64>(0, capacityKi - qint64(std::llround(reserved)) - evictionKi);
}

int aksAllocatableMilliCpu(int cores)
{
    // kube-reserved CPU per core count (AKS docs): 1:60m 2:100m 4:140m 8:180m 16:260m 32:420m 64:740m
    const std::pair<int, int> table[] = {{1, 60}, {2, 100}, {4, 140}, {8, 180}, {16, 260}, {32, 420}, {64, 740}};
    int reserved = 740;
    for (const auto &[n, m] : table)
        if (cores <= n) {
            reserved = m;
            break;
        }
    return std::max(0, cores * 1000 - reserved);
}

} // namespace cw::sandbox
