#include "sandbox/KubeApiServer.h"

#include "sandbox/KubeIdentity.h"
#include "sandbox/SandboxService.h"

namespace cw::sandbox {
namespace {

HttpReply status(int code, const char *reason, const QString &message, const Json &details = nullptr)
{
    Json body = {{"kind", "Status"}, {"apiVersion", "v1"}, {"metadata", Json::object()},
                 {"status", "Failure"}, {"message", s(message)}, {"reason", reason}, {"code", code}};
    if (!details.is_null())
        body["details"] = details;
    return HttpReply::json(code, body);
}

// The cluster id whose identity key is `key`, empty when none.
QString clusterForKey(SandboxService &svc, const QString &key)
{
    const Json &ids = svc.state.root["kubeIdentities"];
    for (auto it = ids.begin(); it != ids.end(); ++it) {
        if (q(it.value().value("key", std::string())) == key && svc.state.cluster(q(it.key())))
            return q(it.key());
    }
    return {};
}

Json secretJson(const QString &ns, const QString &name, const Json &data)
{
    return {{"apiVersion", "v1"}, {"kind", "Secret"}, {"type", "Opaque"},
            {"metadata", {{"name", s(name)}, {"namespace", s(ns)},
                          {"uid", s(kubeClusterKey(ns + QLatin1Char('/') + name))},
                          {"resourceVersion", "1"}, {"creationTimestamp", "2023-01-01T00:00:00Z"}}},
            {"data", data}};
}

HttpReply discovery(const QString &rest, const Json &cluster)
{
    if (rest == QLatin1String("api"))
        return HttpReply::json(200, {{"kind", "APIVersions"}, {"versions", Json::array({"v1"})},
                                     {"serverAddressByClientCIDRs", Json::array({{{"clientCIDR", "0.0.0.0/0"}, {"serverAddress", "127.0.0.1:443"}}})}});
    if (rest == QLatin1String("apis"))
        return HttpReply::json(200, {{"kind", "APIGroupList"}, {"apiVersion", "v1"}, {"groups", Json::array()}});
    if (rest == QLatin1String("api/v1")) {
        Json resources = Json::array({
            {{"name", "secrets"}, {"singularName", "secret"}, {"namespaced", true}, {"kind", "Secret"},
             {"verbs", Json::array({"get", "list"})}},
            {{"name", "namespaces"}, {"singularName", "namespace"}, {"namespaced", false}, {"kind", "Namespace"},
             {"verbs", Json::array({"get", "list"})}, {"shortNames", Json::array({"ns"})}}});
        return HttpReply::json(200, {{"kind", "APIResourceList"}, {"groupVersion", "v1"}, {"resources", resources}});
    }
    if (rest == QLatin1String("version")) {
        const std::string v = cluster["properties"].value("currentKubernetesVersion", std::string("1.24.9"));
        const QStringList parts = q(v).split(QLatin1Char('.'));
        return HttpReply::json(200, {{"major", s(parts.value(0))}, {"minor", s(parts.value(1))},
                                     {"gitVersion", "v" + v}, {"platform", "linux/amd64"}});
    }
    return HttpReply::empty(0);
}

} // namespace

HttpReply handleKube(SandboxService &svc, const HttpCall &call)
{
    const QStringList seg = call.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (seg.size() < 2 || seg[0] != QLatin1String("clusters"))
        return status(404, "NotFound", QStringLiteral("the server could not find the requested resource"));
    const QString key = seg[1];
    if (call.peerCertificateDer.isEmpty() || !svc.pki.isIssuedByCa(call.peerCertificateDer))
        return status(401, "Unauthorized", QStringLiteral("Unauthorized"));
    const QString subject = SandboxPki::commonName(call.peerCertificateDer);
    const QString clusterId = clusterForKey(svc, key);
    if (clusterId.isEmpty())
        return status(404, "NotFound", QStringLiteral("the server could not find the requested resource"));
    if (subject.section(QLatin1Char(':'), 1) != key)
        return status(403, "Forbidden",
                      QStringLiteral("forbidden: User \"%1\" cannot %2 path \"%3\"")
                          .arg(subject, QString::fromLatin1(call.method).toLower(), call.path));
    const Json &cluster = *svc.state.cluster(clusterId);
    const QString rest = seg.mid(2).join(QLatin1Char('/'));
    if (call.method != "GET")
        return status(405, "MethodNotAllowed", QStringLiteral("the server does not allow this method on the requested resource"));
    if (HttpReply d = discovery(rest, cluster); d.status != 0)
        return d;
    // api/v1/namespaces/{ns}/secrets[/{name}]
    const QStringList r = seg.mid(2);
    if (r.size() >= 5 && r[0] == QLatin1String("api") && r[1] == QLatin1String("v1")
        && r[2] == QLatin1String("namespaces") && r[4] == QLatin1String("secrets")) {
        const QString ns = r[3];
        const Json &secrets = svc.state.clusterSecrets(clusterId);
        if (r.size() == 5) {
            Json items = Json::array();
            for (auto it = secrets.begin(); it != secrets.end(); ++it) {
                const QString full = q(it.key());
                if (full.section(QLatin1Char('/'), 0, 0) == ns)
                    items.push_back(secretJson(ns, full.section(QLatin1Char('/'), 1), it.value()));
            }
            return HttpReply::json(200, {{"kind", "SecretList"}, {"apiVersion", "v1"},
                                         {"metadata", {{"resourceVersion", "1"}}}, {"items", items}});
        }
        if (r.size() == 6) {
            auto it = secrets.find(s(ns + QLatin1Char('/') + r[5]));
            if (it == secrets.end())
                return status(404, "NotFound", QStringLiteral("secrets \"%1\" not found").arg(r[5]),
                              {{"name", s(r[5])}, {"kind", "secrets"}});
            return HttpReply::json(200, secretJson(ns, r[5], *it));
        }
    }
    return status(404, "NotFound", QStringLiteral("the server could not find the requested resource"));
}

} // namespace cw::sandbox
