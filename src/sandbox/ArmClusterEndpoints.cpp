// Microsoft.ContainerService managed clusters: list (subscription, resource group), get and
// the user/admin credential lists whose kubeconfigs reach the sandbox's Kubernetes API server.
#include "sandbox/ArmEndpoints.h"
#include "sandbox/KubeIdentity.h"
#include "sandbox/SeedData.h"

#include <QUuid>

namespace cw::sandbox {
namespace {

QByteArray b64(const QByteArray &pem) { return pem.toBase64(); }

HttpReply credentials(SandboxService &svc, const Json &cluster, bool admin)
{
    const QByteArray config = kubeconfigFor(svc, cluster, admin);
    return HttpReply::json(200, {{"kubeconfigs", Json::array({{{"name", admin ? "clusterAdmin" : "clusterUser"},
                                                              {"value", config.toBase64().toStdString()}}})}});
}

} // namespace

QByteArray kubeconfigFor(SandboxService &svc, const Json &cluster, bool admin)
{
    const QString id = q(cluster["id"].get<std::string>());
    const QString name = q(cluster["name"].get<std::string>());
    const QString rg = id.section(QLatin1Char('/'), 4, 4);
    const KubeIdentity identity = kubeIdentityFor(svc, id, admin);
    const QString user = QStringLiteral("%1_%2_%3").arg(admin ? QStringLiteral("clusterAdmin") : QStringLiteral("clusterUser"), rg, name);
    const QString context = admin ? name + QStringLiteral("-admin") : name;
    QString server = svc.kubeServerFor ? svc.kubeServerFor(id) : QString();
    if (server.isEmpty())
        server = svc.kubeBaseUrl() + QStringLiteral("/clusters/") + identity.clusterKey;
    QByteArray yaml;
    yaml += "apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n";
    yaml += "    certificate-authority-data: " + b64(svc.pki.caPem()) + "\n";
    yaml += "    server: " + server.toUtf8() + "\n";
    yaml += "  name: " + name.toUtf8() + "\n";
    yaml += "contexts:\n- context:\n    cluster: " + name.toUtf8() + "\n";
    yaml += "    namespace: default\n";
    yaml += "    user: " + user.toUtf8() + "\n  name: " + context.toUtf8() + "\n";
    yaml += "current-context: " + context.toUtf8() + "\npreferences: {}\nusers:\n";
    yaml += "- name: " + user.toUtf8() + "\n  user:\n";
    yaml += "    client-certificate-data: " + b64(identity.pem.certPem) + "\n";
    yaml += "    client-key-data: " + b64(identity.pem.keyPem) + "\n";
    return yaml;
}

// A managed cluster as ARM answers it. Real AKS always sends servicePrincipalProfile
// ({"clientId":"msi"} for a managed-identity cluster) and the cluster's identity; clients such
// as `az aks list/show` dereference both. Filled here so documents stored by any sandbox version
// get them; the principal id is derived from the cluster id, so it is the same on every GET.
Json clusterDocument(const Json &stored)
{
    Json doc = stored;
    Json &props = doc["properties"];
    if (!props.contains("servicePrincipalProfile"))
        props["servicePrincipalProfile"] = {{"clientId", "msi"}};
    if (!props.contains("disableLocalAccounts"))
        props["disableLocalAccounts"] = false;
    // A service-principal cluster (clientId an application id, not "msi") has no identity.
    const bool servicePrincipal = props["servicePrincipalProfile"].value("clientId", std::string("msi")) != "msi";
    if (!doc.contains("identity") && !servicePrincipal) {
        const QUuid principal = QUuid::createUuidV5(QUuid(QStringLiteral("{6ba7b811-9dad-11d1-80b4-00c04fd430c8}")),
                                                    q(stored.value("id", std::string())).toLower());
        doc["identity"] = {{"type", "SystemAssigned"},
                           {"principalId", s(principal.toString(QUuid::WithoutBraces))},
                           {"tenantId", kTenantId}};
    }
    if (!doc.contains("tags"))
        doc["tags"] = Json::object();
    return doc;
}

HttpReply listClusters(SandboxService &svc, const HttpCall &call, const QString &sub, const QString &rg)
{
    // Pageable, as ARM's managedClusters list is: pageSize clusters per page (the computes list's
    // setting), a nextLink with $skipToken to the next. One page of every cluster grew past 3 MB
    // once a run had created a thousand, which no client should have to read in one answer.
    const QString prefix = (rg.isEmpty() ? QStringLiteral("/subscriptions/%1/").arg(sub)
                                         : QStringLiteral("/subscriptions/%1/resourcegroups/%2/").arg(sub, rg)).toLower();
    const qint64 pageSize = std::max(1, svc.state.settings.pageSize);
    bool ok = false;
    qint64 skip = call.queryValue(QStringLiteral("$skipToken")).toLongLong(&ok);
    if (!ok || skip < 0)
        skip = 0;
    Json list = Json::array();
    qint64 index = 0;
    bool more = false;
    for (auto it = svc.state.root["clusters"].begin(); it != svc.state.root["clusters"].end(); ++it) {
        if (!q(it.key()).startsWith(prefix))
            continue;
        if (index >= skip + pageSize) {
            more = true;
            break;
        }
        if (index++ >= skip)
            list.push_back(clusterDocument(it.value()));
    }
    Json page = {{"value", list}};
    if (more)
        page["nextLink"] = s(nextPageLink(svc, call, QLatin1String("$skipToken"), skip + pageSize));
    return HttpReply::json(200, page);
}

HttpReply handleClusterCall(SandboxService &svc, const HttpCall &call, const QString &sub,
                            const QString &rg, const QStringList &rest)
{
    const Json *cluster = svc.state.cluster(clusterId(sub, rg, rest[0]));
    if (!cluster)
        return notFound(QStringLiteral("ResourceNotFound"),
                        QStringLiteral("The Resource 'Microsoft.ContainerService/managedClusters/%1' under resource group '%2' was not found.")
                            .arg(rest[0], rg));
    if (rest.size() == 1)
        return call.method == "GET" ? HttpReply::json(200, clusterDocument(*cluster)) : methodNotAllowed(call);
    if (rest.size() == 2 && eq(rest[1], "listClusterUserCredential"))
        return call.method == "POST" ? credentials(svc, *cluster, false) : methodNotAllowed(call);
    if (rest.size() == 2 && eq(rest[1], "listClusterAdminCredential"))
        return call.method == "POST" ? credentials(svc, *cluster, true) : methodNotAllowed(call);
    if (rest.size() >= 3 && eq(rest[1], "providers") && eq(rest[2], "Microsoft.KubernetesConfiguration"))
        return handleClusterExtensions(svc, call, *cluster, rest.mid(3));
    return HttpReply::armError(404, QStringLiteral("NotFound"), QStringLiteral("No such managed cluster action."));
}

} // namespace cw::sandbox
