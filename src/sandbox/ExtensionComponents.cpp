#include "sandbox/ExtensionComponents.h"

#include "sandbox/ExtensionHealthCheck.h"
#include "sandbox/SandboxState.h"

#include <QCryptographicHash>
#include <QDateTime>

namespace cw::sandbox {

namespace {

// When a component is installed, from the extension's configuration settings.
enum class When { Always, Inference, Training, PromOp, Volcano, ArcOnly };

struct Component {
    const char *deployment;
    When when;
    const char *image;
    const char *service; // its Service's name, nullptr when none
    int port;            // the service's port
};

// The components of the Azure ML extension ("Review Azure Machine Learning extension
// components", learn.microsoft.com), as deployments (kubectl shows their pods) and services.
// DaemonSets (fluent-bit, nvidia-device-plugin, dcgm-exporter) and StatefulSets (prometheus) are
// left out: the sandbox's Kubernetes API does not serve those resources. The relay server exists
// on Arc clusters only. The inference router's service is named azureml-fe, of the type
// inferenceRouterServiceType asks for, with 3 router replicas when inferenceRouterHA (default)
// and 1 otherwise.
constexpr Component kComponents[] = {
    {"amlarc-identity-controller", When::Always, "mcr.microsoft.com/azureml/amlarc/docker/identity-controller:1.1.62", nullptr, 0},
    {"amlarc-identity-proxy", When::Always, "mcr.microsoft.com/azureml/amlarc/docker/identity-proxy:1.1.62", "amlarc-identity-proxy", 8080},
    {"gateway", When::Always, "mcr.microsoft.com/azureml/amlarc/docker/gateway:1.1.62", "gateway", 8080},
    {"metrics-controller-manager", When::Always, "mcr.microsoft.com/azureml/amlarc/docker/metrics-controller:1.1.62", nullptr, 0},
    {"aml-operator", When::Training, "mcr.microsoft.com/azureml/amlarc/docker/aml-operator:1.1.62", nullptr, 0},
    {"inference-operator-controller-manager", When::Inference, "mcr.microsoft.com/azureml/amlarc/docker/inference-operator:1.1.62",
     "inference-operator-controller-manager-metrics-service", 8443},
    {"azureml-fe-v2", When::Inference, "mcr.microsoft.com/azureml/amlarc/docker/azureml-fe-v2:1.1.62", "azureml-fe", 80},
    {"prometheus-operator", When::PromOp, "mcr.microsoft.com/azureml/amlarc/docker/prometheus-operator:v0.62.0", "prometheus-prom-prometheus", 9090},
    {"volcano-admission", When::Volcano, "mcr.microsoft.com/azureml/amlarc/docker/volcano-webhook-manager:v1.7.0", "volcano-admission-service", 443},
    {"volcano-controllers", When::Volcano, "mcr.microsoft.com/azureml/amlarc/docker/volcano-controller-manager:v1.7.0", nullptr, 0},
    {"volcano-scheduler", When::Volcano, "mcr.microsoft.com/azureml/amlarc/docker/volcano-scheduler:v1.7.0", "volcano-scheduler-service", 8080},
    {"relayserver", When::ArcOnly, "mcr.microsoft.com/azureml/amlarc/docker/relayserver:1.1.62", "relayserver", 80},
};

bool wanted(When when, const Json &settings, bool managedCluster)
{
    const bool training = settingIsTrue(settings, "enableTraining", false);
    switch (when) {
    case When::Always: return true;
    case When::Inference: return settingIsTrue(settings, "enableInference", false);
    case When::Training: return training;
    case When::PromOp: return settingIsTrue(settings, "installPromOp", true);
    case When::Volcano: return training && settingIsTrue(settings, "installVolcano", true);
    case When::ArcOnly: return !managedCluster;
    }
    return false;
}

std::string componentStoreKey(const char *resource, const QString &ns, const QString &name)
{
    return s(QLatin1String(resource) + QLatin1Char('/') + ns + QLatin1Char('/') + name);
}

QString componentUidFor(const QString &clusterId, const std::string &what)
{
    const QByteArray h = QCryptographicHash::hash((clusterId.toLower() + QLatin1Char('|') + q(what)).toUtf8(),
                                                  QCryptographicHash::Sha256).toHex();
    return QString::fromLatin1(h.left(8) + '-' + h.mid(8, 4) + '-' + h.mid(12, 4) + '-' + h.mid(16, 4) + '-' + h.mid(20, 12));
}

Json metadata(const QString &clusterId, const std::string &key, const QString &ns, const QString &name, const std::string &now)
{
    return {{"name", s(name)}, {"namespace", s(ns)}, {"uid", s(componentUidFor(clusterId, key))}, {"resourceVersion", "1"},
            {"creationTimestamp", now},
            {"labels", {{"app.kubernetes.io/managed-by", "Helm"}, {"app.kubernetes.io/name", s(name)}}},
            {"annotations", {{"meta.helm.sh/release-name", "azureml"}, {"meta.helm.sh/release-namespace", s(ns)}}}};
}

Json componentDeployment(const QString &clusterId, const QString &ns, const Component &c, int replicas, const std::string &now)
{
    const QString name = QLatin1String(c.deployment);
    const Json selector = {{"app", c.deployment}};
    Json d = {{"apiVersion", "apps/v1"}, {"kind", "Deployment"},
              {"metadata", metadata(clusterId, componentStoreKey("deployments", ns, name), ns, name, now)}};
    d["metadata"]["generation"] = 1;
    d["metadata"]["labels"]["app"] = c.deployment;
    d["spec"] = {{"replicas", replicas},
                 {"selector", {{"matchLabels", selector}}},
                 {"strategy", {{"type", "RollingUpdate"}, {"rollingUpdate", {{"maxSurge", "25%"}, {"maxUnavailable", "25%"}}}}},
                 {"template", {{"metadata", {{"labels", selector}}},
                               {"spec", {{"containers", Json::array({{{"name", c.deployment}, {"image", c.image}}})}}}}}};
    d["status"] = {{"observedGeneration", 1}, {"replicas", replicas}, {"updatedReplicas", replicas},
                   {"readyReplicas", replicas}, {"availableReplicas", replicas},
                   {"conditions", Json::array({{{"type", "Available"}, {"status", "True"}, {"reason", "MinimumReplicasAvailable"}},
                                               {{"type", "Progressing"}, {"status", "True"}, {"reason", "NewReplicaSetAvailable"}}})}};
    return d;
}

// The Kubernetes Service type of inferenceRouterServiceType (loadBalancer | nodePort | clusterIP).
const char *routerServiceType(const Json &settings)
{
    auto it = settings.find("inferenceRouterServiceType");
    const QString value = it != settings.end() && it->is_string() ? q(it->get<std::string>()).toLower() : QString();
    if (value == QLatin1String("loadbalancer"))
        return "LoadBalancer";
    if (value == QLatin1String("nodeport"))
        return "NodePort";
    return "ClusterIP";
}

Json componentService(const QString &clusterId, const QString &ns, const Component &c, const Json &settings, int index,
             const std::string &now)
{
    const QString name = QLatin1String(c.service);
    const bool router = std::string(c.deployment) == "azureml-fe-v2";
    const char *type = router ? routerServiceType(settings) : "ClusterIP";
    const quint32 h = quint32(qHash(clusterId.toLower()));
    const QString clusterIp = QStringLiteral("10.0.%1.%2").arg(100 + int(h % 100)).arg(20 + index);
    Json ports = Json::array();
    if (router) {
        ports.push_back({{"name", "http"}, {"protocol", "TCP"}, {"port", 80}, {"targetPort", 9001}});
        ports.push_back({{"name", "https"}, {"protocol", "TCP"}, {"port", 443}, {"targetPort", 9001}});
    } else {
        ports.push_back({{"protocol", "TCP"}, {"port", c.port}, {"targetPort", c.port}});
    }
    Json svc = {{"apiVersion", "v1"}, {"kind", "Service"},
                {"metadata", metadata(clusterId, componentStoreKey("services", ns, name), ns, name, now)},
                {"spec", {{"type", type}, {"clusterIP", s(clusterIp)}, {"clusterIPs", Json::array({s(clusterIp)})},
                          {"ports", ports}, {"selector", {{"app", c.deployment}}}, {"sessionAffinity", "None"},
                          {"ipFamilies", Json::array({"IPv4"})}, {"ipFamilyPolicy", "SingleStack"},
                          {"internalTrafficPolicy", "Cluster"}}},
                {"status", {{"loadBalancer", Json::object()}}}};
    if (std::string(type) != "ClusterIP") {
        int nodePort = 31000 + int(h % 1000);
        for (Json &p : svc["spec"]["ports"])
            p["nodePort"] = nodePort++;
        svc["spec"]["externalTrafficPolicy"] = "Cluster";
    }
    if (std::string(type) == "LoadBalancer") {
        const bool internal = settings.contains("internalLoadBalancerProvider");
        if (internal)
            svc["metadata"]["annotations"]["service.beta.kubernetes.io/azure-load-balancer-internal"] = "true";
        const QString ip = internal ? QStringLiteral("10.224.0.%1").arg(200 + int(h % 50))
                                    : QStringLiteral("20.%1.%2.%3").arg(60 + h % 150).arg((h >> 8) % 250).arg(4 + (h >> 16) % 250);
        svc["status"]["loadBalancer"]["ingress"] = Json::array({{{"ip", s(ip)}}});
    }
    return svc;
}

Json &componentStoreOf(Json &root, const QString &clusterId)
{
    Json &store = root["kubeObjects"][SandboxState::key(clusterId)];
    if (!store.is_object())
        store = Json::object();
    return store;
}

std::string nowRfc3339()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
}

} // namespace

void removeExtensionComponents(Json &root, const QString &clusterId, const QString &ns)
{
    Json &store = componentStoreOf(root, clusterId);
    const QString middle = QLatin1Char('/') + ns + QLatin1Char('/');
    for (auto it = store.begin(); it != store.end();) {
        const QString key = q(it.key());
        if (key.section(QLatin1Char('/'), 1, 1) == ns && key.contains(middle))
            it = store.erase(it);
        else
            ++it;
    }
}

void installExtensionComponents(Json &root, const QString &clusterId, const QString &ns, const Json &settings,
                                bool managedCluster)
{
    // The health check's config map stays; the components follow the new settings.
    Json &store = componentStoreOf(root, clusterId);
    const std::string healthKey = componentStoreKey("configmaps", ns, QStringLiteral("arcml-healthcheck"));
    const Json health = store.value(healthKey, Json());
    removeExtensionComponents(root, clusterId, ns);
    if (!health.is_null())
        store[healthKey] = health;
    const std::string now = nowRfc3339();
    const bool ha = settingIsTrue(settings, "inferenceRouterHA", true);
    int index = 0;
    for (const Component &c : kComponents) {
        if (!wanted(c.when, settings, managedCluster))
            continue;
        const int replicas = std::string(c.deployment) == "azureml-fe-v2" && ha ? 3 : 1;
        store[componentStoreKey("deployments", ns, QLatin1String(c.deployment))] = componentDeployment(clusterId, ns, c, replicas, now);
        if (c.service)
            store[componentStoreKey("services", ns, QLatin1String(c.service))] = componentService(clusterId, ns, c, settings, index, now);
        ++index;
    }
}

void writeHealthCheckConfigMap(Json &root, const QString &clusterId, const QString &ns, const Json &statuses,
                               const QString &nowIso)
{
    const QString name = QStringLiteral("arcml-healthcheck");
    const std::string key = componentStoreKey("configmaps", ns, name);
    QStringList codes;
    for (const Json &st : statuses)
        codes << q(st.value("code", std::string()));
    Json cm = {{"apiVersion", "v1"}, {"kind", "ConfigMap"},
               {"metadata", metadata(clusterId, key, ns, name, nowRfc3339())},
               {"data", {{"status", statuses.empty() ? "passed" : "failed"},
                         {"errorCodes", s(codes.join(QLatin1Char(',')))},
                         {"reasons", statuses.dump()},
                         {"lastCheckTime", s(nowIso)}}}};
    componentStoreOf(root, clusterId)[key] = cm;
}

} // namespace cw::sandbox
