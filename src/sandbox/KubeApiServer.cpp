#include "sandbox/KubeApiServer.h"

#include "sandbox/KubeIdentity.h"
#include "sandbox/KubeObjectCache.h"
#include "sandbox/KubeProtobuf.h"
#include "sandbox/SandboxService.h"

#include <QDateTime>

namespace cw::sandbox {
namespace {

HttpReply kubeStatus(int code, const char *reason, const QString &message, const Json &details = nullptr)
{
    Json body = {{"kind", "Status"}, {"apiVersion", "v1"}, {"metadata", Json::object()},
                 {"status", "Failure"}, {"message", s(message)}, {"reason", reason}, {"code", code}};
    if (!details.is_null())
        body["details"] = details;
    return HttpReply::json(code, body);
}

// "deployments.apps", "services": how the API server names a resource in its messages.
QString qualifiedResource(const KubeResource &resource)
{
    return *resource.group ? QString(QLatin1String(resource.name) + QLatin1Char('.') + QLatin1String(resource.group))
                           : QString(QLatin1String(resource.name));
}

// What an immediate DELETE answers: the deleted object for the stores that return it (pods,
// services, service accounts: ReturnDeletedObject in the API server's registries), a Success
// Status naming it for the others (deployments, config maps, secrets, RBAC objects).
Json deleteAnswer(const KubeResource &resource, const Json &deleted)
{
    const std::string name = resource.name;
    if (name == "pods" || name == "services" || name == "serviceaccounts")
        return deleted;
    Json details = {{"name", deleted["metadata"].value("name", std::string())}, {"kind", resource.name}};
    if (*resource.group)
        details["group"] = resource.group;
    if (deleted["metadata"].contains("uid"))
        details["uid"] = deleted["metadata"]["uid"];
    return {{"kind", "Status"}, {"apiVersion", "v1"}, {"metadata", Json::object()}, {"status", "Success"}, {"details", details}};
}

HttpReply notFoundPath()
{
    return kubeStatus(404, "NotFound", QStringLiteral("the server could not find the requested resource"));
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

Json resourceList(const QString &gv)
{
    Json resources = Json::array();
    for (const KubeResource &r : kubeResources()) {
        if (groupVersion(r) != gv)
            continue;
        Json entry = {{"name", r.name}, {"singularName", r.singular}, {"namespaced", r.namespaced},
                      {"kind", r.kind}, {"verbs", r.verbs}};
        if (!r.shortNames.empty())
            entry["shortNames"] = r.shortNames;
        if (r.category)
            entry["categories"] = Json::array({r.category});
        resources.push_back(entry);
    }
    return {{"kind", "APIResourceList"}, {"apiVersion", "v1"}, {"groupVersion", s(gv)}, {"resources", resources}};
}

HttpReply discovery(const QString &path, const Json &cluster, const QString &serverAddress)
{
    if (path == QLatin1String("api"))
        return HttpReply::json(200, {{"kind", "APIVersions"}, {"versions", Json::array({"v1"})},
                                     {"serverAddressByClientCIDRs", Json::array({{{"clientCIDR", "0.0.0.0/0"}, {"serverAddress", s(serverAddress)}}})}});
    if (path == QLatin1String("apis")) {
        Json groups = Json::array();
        QStringList seen;
        for (const KubeResource &r : kubeResources()) {
            if (!*r.group || seen.contains(QLatin1String(r.group)))
                continue;
            seen << QLatin1String(r.group);
            const Json version = {{"groupVersion", s(groupVersion(r))}, {"version", r.version}};
            groups.push_back({{"name", r.group}, {"versions", Json::array({version})}, {"preferredVersion", version}});
        }
        return HttpReply::json(200, {{"kind", "APIGroupList"}, {"apiVersion", "v1"}, {"groups", groups}});
    }
    if (path == QLatin1String("api/v1"))
        return HttpReply::json(200, resourceList(QStringLiteral("v1")));
    const QStringList seg = path.split(QLatin1Char('/'));
    if (seg.size() == 2 && seg[0] == QLatin1String("apis")) { // /apis/{group}: APIGroup
        for (const KubeResource &r : kubeResources())
            if (seg[1] == QLatin1String(r.group)) {
                const Json version = {{"groupVersion", s(groupVersion(r))}, {"version", r.version}};
                return HttpReply::json(200, {{"kind", "APIGroup"}, {"apiVersion", "v1"}, {"name", r.group},
                                             {"versions", Json::array({version})}, {"preferredVersion", version}});
            }
    }
    if (seg.size() == 3 && seg[0] == QLatin1String("apis")) {
        const Json list = resourceList(seg[1] + QLatin1Char('/') + seg[2]);
        if (!list["resources"].empty())
            return HttpReply::json(200, list);
    }
    if (path == QLatin1String("version")) {
        const std::string v = cluster["properties"].value("currentKubernetesVersion", std::string("1.24.9"));
        const QStringList parts = q(v).split(QLatin1Char('.'));
        return HttpReply::json(200, {{"major", s(parts.value(0))}, {"minor", s(parts.value(1))},
                                     {"gitVersion", "v" + v}, {"gitCommit", "fa3d7990104d7c1f16943a67f11b154b71f6a132"},
                                     {"gitTreeState", "clean"}, {"buildDate", "2023-01-11T18:07:19Z"},
                                     {"goVersion", "go1.19.4"}, {"compiler", "gc"}, {"platform", "linux/amd64"}});
    }
    return HttpReply::empty(0);
}

// k8s.io/apimachinery duration.HumanDuration, which `kubectl get` shows in the AGE column.
QString humanDuration(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    const qint64 minutes = seconds / 60, hours = seconds / 3600, days = hours / 24, years = days / 365;
    if (seconds < 120)
        return QStringLiteral("%1s").arg(seconds);
    if (minutes < 10)
        return seconds % 60 ? QStringLiteral("%1m%2s").arg(minutes).arg(seconds % 60) : QStringLiteral("%1m").arg(minutes);
    if (minutes < 180)
        return QStringLiteral("%1m").arg(minutes);
    if (hours < 8)
        return minutes % 60 ? QStringLiteral("%1h%2m").arg(hours).arg(minutes % 60) : QStringLiteral("%1h").arg(hours);
    if (hours < 48)
        return QStringLiteral("%1h").arg(hours);
    if (hours < 24 * 8)
        return hours % 24 ? QStringLiteral("%1d%2h").arg(days).arg(hours % 24) : QStringLiteral("%1d").arg(days);
    if (hours < 24 * 365 * 2)
        return QStringLiteral("%1d").arg(days);
    if (years < 8)
        return days % 365 ? QStringLiteral("%1y%2d").arg(years).arg(days % 365) : QStringLiteral("%1y").arg(years);
    return QStringLiteral("%1y").arg(years);
}

QString age(const Json &object)
{
    const QDateTime created = QDateTime::fromString(q(object["metadata"].value("creationTimestamp", std::string())), Qt::ISODate);
    return created.isValid() ? humanDuration(created.secsTo(QDateTime::currentDateTimeUtc())) : QStringLiteral("<unknown>");
}

struct Column {
    const char *name;
    const char *type;
    int priority;
};

QString join(const Json &array, const std::function<QString(const Json &)> &text, const QString &empty = QStringLiteral("<none>"))
{
    QStringList parts;
    for (const Json &item : array)
        parts << text(item);
    return parts.isEmpty() ? empty : parts.join(QLatin1Char(','));
}

QString selectorText(const Json &selector)
{
    QStringList parts;
    for (auto it = selector.begin(); it != selector.end(); ++it)
        parts << q(it.key()) + QLatin1Char('=') + q(it.value().is_string() ? it.value().get<std::string>() : std::string());
    return parts.isEmpty() ? QStringLiteral("<none>") : parts.join(QLatin1Char(','));
}

// The columns and cells the real API server's table convertors produce for each resource.
std::vector<Column> columnsFor(const std::string &resource)
{
    if (resource == "namespaces")
        return {{"Name", "string", 0}, {"Status", "string", 0}, {"Age", "string", 0}};
    if (resource == "nodes")
        return {{"Name", "string", 0}, {"Status", "string", 0}, {"Roles", "string", 0}, {"Age", "string", 0},
                {"Version", "string", 0}, {"Internal-IP", "string", 1}, {"External-IP", "string", 1},
                {"OS-Image", "string", 1}, {"Kernel-Version", "string", 1}, {"Container-Runtime", "string", 1}};
    if (resource == "services")
        return {{"Name", "string", 0}, {"Type", "string", 0}, {"Cluster-IP", "string", 0}, {"External-IP", "string", 0},
                {"Port(s)", "string", 0}, {"Age", "string", 0}, {"Selector", "string", 1}};
    if (resource == "deployments")
        return {{"Name", "string", 0}, {"Ready", "string", 0}, {"Up-to-date", "integer", 0}, {"Available", "integer", 0},
                {"Age", "string", 0}, {"Containers", "string", 1}, {"Images", "string", 1}, {"Selector", "string", 1}};
    if (resource == "secrets")
        return {{"Name", "string", 0}, {"Type", "string", 0}, {"Data", "string", 0}, {"Age", "string", 0}};
    if (resource == "configmaps")
        return {{"Name", "string", 0}, {"Data", "string", 0}, {"Age", "string", 0}};
    if (resource == "serviceaccounts")
        return {{"Name", "string", 0}, {"Secrets", "string", 0}, {"Age", "string", 0}};
    if (resource == "clusterrolebindings")
        return {{"Name", "string", 0}, {"Role", "string", 0}, {"Age", "string", 0}};
    if (resource == "clusterroles")
        return {{"Name", "string", 0}, {"Created At", "date", 0}};
    return {{"Name", "string", 0}, {"Ready", "string", 0}, {"Status", "string", 0}, {"Restarts", "integer", 0}, {"Age", "string", 0},
            {"IP", "string", 1}, {"Node", "string", 1}, {"Nominated Node", "string", 1}, {"Readiness Gates", "string", 1}};
}

Json cellsFor(const std::string &resource, const Json &o)
{
    const QString name = jsonfields::string(o["metadata"], "name");
    if (resource == "namespaces")
        return {s(name), s(jsonfields::string(o["status"], "phase")), s(age(o))};
    if (resource == "nodes") {
        QString ready = QStringLiteral("Unknown");
        for (const Json &c : o["status"].value("conditions", Json::array()))
            if (jsonfields::string(c, "type") == QLatin1String("Ready"))
                ready = jsonfields::string(c, "status") == QLatin1String("True") ? QStringLiteral("Ready") : QStringLiteral("NotReady");
        QStringList roles;
        const Json &labels = o["metadata"].value("labels", Json::object());
        for (auto it = labels.begin(); it != labels.end(); ++it)
            if (q(it.key()).startsWith(QLatin1String("node-role.kubernetes.io/")))
                roles << q(it.key()).section(QLatin1Char('/'), 1);
        QString internal = QStringLiteral("<none>"), external = QStringLiteral("<none>");
        for (const Json &a : o["status"].value("addresses", Json::array())) {
            if (jsonfields::string(a, "type") == QLatin1String("InternalIP"))
                internal = jsonfields::string(a, "address");
            if (jsonfields::string(a, "type") == QLatin1String("ExternalIP"))
                external = jsonfields::string(a, "address");
        }
        const Json &info = o["status"]["nodeInfo"];
        return {s(name), s(ready), s(roles.isEmpty() ? QStringLiteral("<none>") : roles.join(QLatin1Char(','))), s(age(o)),
                s(jsonfields::string(info, "kubeletVersion")), s(internal), s(external), s(jsonfields::string(info, "osImage")),
                s(jsonfields::string(info, "kernelVersion")), s(jsonfields::string(info, "containerRuntimeVersion"))};
    }
    if (resource == "services") {
        const Json &spec = o["spec"];
        const QString type = jsonfields::string(spec, "type");
        QString external = type == QLatin1String("LoadBalancer") ? QStringLiteral("<pending>") : QStringLiteral("<none>");
        const Json ingress = o["status"]["loadBalancer"].value("ingress", Json::array());
        if (!ingress.empty())
            external = join(ingress, [](const Json &i) { return jsonfields::string(i, "ip"); });
        const QString ports = join(spec.value("ports", Json::array()), [](const Json &p) -> QString {
            QString text = QString::number(p.value("port", 0));
            if (p.contains("nodePort"))
                text += QLatin1Char(':') + QString::number(p.value("nodePort", 0));
            return text + QLatin1Char('/') + jsonfields::string(p, "protocol", Keys::Exact, QStringLiteral("TCP"));
        });
        return {s(name), s(type), s(jsonfields::string(spec, "clusterIP")), s(external), s(ports), s(age(o)),
                s(selectorText(spec.value("selector", Json::object())))};
    }
    if (resource == "deployments") {
        const Json &st = o["status"];
        const Json containers = o["spec"]["template"]["spec"].value("containers", Json::array());
        return {s(name), s(QStringLiteral("%1/%2").arg(st.value("readyReplicas", 0)).arg(o["spec"].value("replicas", 0))),
                st.value("updatedReplicas", 0), st.value("availableReplicas", 0), s(age(o)),
                s(join(containers, [](const Json &c) { return jsonfields::string(c, "name"); })),
                s(join(containers, [](const Json &c) { return jsonfields::string(c, "image"); })),
                s(selectorText(o["spec"]["selector"].value("matchLabels", Json::object())))};
    }
    if (resource == "secrets")
        return {s(name), s(jsonfields::string(o, "type")), s(QString::number(o.value("data", Json::object()).size())), s(age(o))};
    if (resource == "configmaps")
        return {s(name), s(QString::number(o.value("data", Json::object()).size())), s(age(o))};
    if (resource == "serviceaccounts")
        return {s(name), s(QString::number(o.value("secrets", Json::array()).size())), s(age(o))};
    if (resource == "clusterrolebindings")
        return {s(name), s(QStringLiteral("ClusterRole/") + jsonfields::string(o["roleRef"], "name")), s(age(o))};
    if (resource == "clusterroles")
        return {s(name), o["metadata"].value("creationTimestamp", std::string())};
    // pods
    int ready = 0, restarts = 0;
    const Json statuses = o["status"].value("containerStatuses", Json::array());
    for (const Json &c : statuses) {
        ready += c.value("ready", false) ? 1 : 0;
        restarts += c.value("restartCount", 0);
    }
    return {s(name), s(QStringLiteral("%1/%2").arg(ready).arg(statuses.size())), s(jsonfields::string(o["status"], "phase")),
            restarts, s(age(o)), s(jsonfields::string(o["status"], "podIP", Keys::Exact, QStringLiteral("<none>"))),
            s(jsonfields::string(o["spec"], "nodeName", Keys::Exact, QStringLiteral("<none>"))), "<none>", "<none>"};
}

bool wantsTable(const HttpCall &call)
{
    return call.header("Accept").contains("as=Table");
}

HttpReply table(const HttpCall &call, const KubeResource &resource, const std::vector<const Json *> &objects)
{
    Json columns = Json::array();
    for (const Column &c : columnsFor(resource.name))
        columns.push_back({{"name", c.name}, {"type", c.type}, {"format", c.name == std::string("Name") ? "name" : ""},
                           {"description", ""}, {"priority", c.priority}});
    const QString include = call.queryValue(QStringLiteral("includeObject"));
    Json rows = Json::array();
    for (const Json *object : objects) {
        const Json &o = *object;
        Json row = {{"cells", cellsFor(resource.name, o)}};
        if (include == QLatin1String("Object"))
            row["object"] = o;
        else if (include != QLatin1String("None"))
            row["object"] = {{"kind", "PartialObjectMetadata"}, {"apiVersion", "meta.k8s.io/v1"}, {"metadata", o["metadata"]}};
        rows.push_back(row);
    }
    return HttpReply::json(200, {{"kind", "Table"}, {"apiVersion", "meta.k8s.io/v1"}, {"metadata", {{"resourceVersion", "1"}}},
                                 {"columnDefinitions", columns}, {"rows", rows}});
}

// Keeps the objects matching a labelSelector of equality terms ("a=b,c!=d,e"); others are kept.
bool matchesLabels(const Json &object, const QString &selector)
{
    const Json &labels = object["metadata"].value("labels", Json::object());
    for (const QString &term : selector.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const bool negate = term.contains(QLatin1String("!="));
        const QString key = term.section(negate ? QStringLiteral("!=") : QStringLiteral("="), 0, 0).remove(QLatin1Char('=')).trimmed();
        const QString value = term.contains(QLatin1Char('=')) ? term.section(QLatin1Char('='), -1).trimmed() : QString();
        const auto it = labels.find(s(key));
        const bool has = it != labels.end();
        if (!term.contains(QLatin1Char('='))) {
            if (!has)
                return false;
            continue;
        }
        const bool equal = has && it->is_string() && q(it->get<std::string>()) == value;
        if (negate == equal)
            return false;
    }
    return true;
}

HttpReply accessReview(const HttpCall &call, const QString &subject)
{
    // kubectl sends the review as protobuf; other clients as JSON. The answer is JSON, which
    // kubectl accepts too (its Accept header lists application/json).
    std::optional<Json> body = call.header("Content-Type").startsWith("application/vnd.kubernetes.protobuf")
                                   ? decodeProtobufAccessReview(call.body)
                                   : parseJson(call.body);
    if (!body || !body->is_object() || !body->contains("spec"))
        return kubeStatus(400, "BadRequest", QStringLiteral("the body of the request is not a SelfSubjectAccessReview"));
    // AKS clusters without Azure AD integration give the clusterUser and clusterAdmin
    // certificates the same rights (both are local accounts): everything is allowed.
    Json review = {{"kind", "SelfSubjectAccessReview"}, {"apiVersion", "authorization.k8s.io/v1"},
                   {"metadata", {{"creationTimestamp", nullptr}}}, {"spec", (*body)["spec"]},
                   {"status", {{"allowed", true},
                               {"reason", s(QStringLiteral("RBAC: allowed by ClusterRoleBinding \"cluster-admin\" of ClusterRole "
                                                           "\"cluster-admin\" to Group \"system:masters\" (%1)").arg(subject))}}}};
    return HttpReply::json(201, review);
}

// /api/v1/... or /apis/{group}/{version}/...: [namespaces/{ns}/]{resource}[/{name}]
HttpReply resources(SandboxService &svc, const HttpCall &call, const QString &clusterId, const QStringList &r,
                    const QString &subject)
{
    QString group, version;
    int at = 0;
    if (r.value(0) == QLatin1String("api") && r.size() >= 3) {
        version = r[1];
        at = 2;
    } else if (r.value(0) == QLatin1String("apis") && r.size() >= 4) {
        group = r[1];
        version = r[2];
        at = 3;
    } else {
        return notFoundPath();
    }
    QString ns;
    QStringList rest = r.mid(at);
    // namespaces/{ns}/{resource}[/{name}] is a namespaced call; namespaces[/{name}] the namespaces themselves.
    if (rest.size() >= 3 && rest[0] == QLatin1String("namespaces")) {
        ns = rest[1];
        rest = rest.mid(2);
    }
    const KubeResource *resource = findKubeResource(group, version, rest.value(0));
    if (!resource || rest.size() > 2 || (!ns.isEmpty() && !resource->namespaced))
        return notFoundPath();
    if (std::string(resource->name) == "selfsubjectaccessreviews")
        return call.method == "POST" && rest.size() == 1 ? accessReview(call, subject)
                                                         : kubeStatus(405, "MethodNotAllowed", QStringLiteral("the server does not allow this method on the requested resource"));
    // Cached until the state changes; a DELETE changes it, so what it answers is copied first.
    const KubeObjectCache::Objects &cached = svc.kubeObjectCache.objects(svc.state, clusterId, *resource);
    const std::vector<Json> &all = cached.objects;
    const QString name = rest.value(1);
    auto inScope = [&](const Json &o) { return ns.isEmpty() || jsonfields::string(o["metadata"], "namespace") == ns; };
    if (!name.isEmpty()) {
        const auto it = std::find_if(all.begin(), all.end(), [&](const Json &o) { return inScope(o) && jsonfields::string(o["metadata"], "name") == name; });
        if (it == all.end()) {
            // As the API server words it: the group-qualified resource ("deployments.apps").
            Json details = {{"name", s(name)}, {"kind", resource->name}};
            if (*resource->group)
                details["group"] = resource->group;
            return kubeStatus(404, "NotFound", QStringLiteral("%1 \"%2\" not found").arg(qualifiedResource(*resource), name),
                          details);
        }
        if (call.method == "DELETE") {
            const Json deleted = *it;
            if (!deleteKubeObject(svc.state, clusterId, *resource, ns, name))
                return kubeStatus(405, "MethodNotAllowed", QStringLiteral("the sandbox does not delete %1 \"%2\"")
                                                           .arg(QLatin1String(resource->name), name));
            return HttpReply::json(200, deleteAnswer(*resource, deleted));
        }
        if (call.method != "GET")
            return kubeStatus(405, "MethodNotAllowed", QStringLiteral("the server does not allow this method on the requested resource"));
        if (wantsTable(call))
            return table(call, *resource, {&*it});
        return HttpReply::jsonText(200, QByteArray::fromStdString(cached.text(size_t(it - all.begin()))));
    }
    if (call.method != "GET")
        return kubeStatus(405, "MethodNotAllowed", QStringLiteral("the server does not allow this method on the requested resource"));
    const QString labelSelector = call.queryValue(QStringLiteral("labelSelector"));
    const QString fieldSelector = call.queryValue(QStringLiteral("fieldSelector"));
    std::vector<size_t> items;
    for (size_t i = 0; i < all.size(); ++i) {
        const Json &o = all[i];
        if (!inScope(o) || !matchesLabels(o, labelSelector))
            continue;
        // kubectl uses metadata.name=X field selectors (e.g. `get --field-selector`).
        if (fieldSelector.startsWith(QLatin1String("metadata.name="))
            && jsonfields::string(o["metadata"], "name") != fieldSelector.section(QLatin1Char('='), 1))
            continue;
        items.push_back(i);
    }
    if (wantsTable(call)) {
        std::vector<const Json *> objects;
        for (size_t i : items)
            objects.push_back(&all[i]);
        return table(call, *resource, objects);
    }
    // {"apiVersion", "items", "kind", "metadata"} as nlohmann writes it (keys in order), the items
    // from their cached texts.
    QByteArray body = "{\"apiVersion\":" + QByteArray::fromStdString(Json(s(groupVersion(*resource))).dump()) + ",\"items\":[";
    for (size_t i : items) {
        if (i != items.front())
            body += ',';
        const std::string &text = cached.text(i);
        body.append(text.data(), qsizetype(text.size()));
    }
    body += "],\"kind\":" + QByteArray::fromStdString(Json(std::string(resource->kind) + "List").dump())
            + ",\"metadata\":{\"resourceVersion\":\"1\"}}";
    return HttpReply::jsonText(200, std::move(body));
}

HttpReply serve(SandboxService &svc, const HttpCall &call, const QString &key, const QStringList &path,
                const QString &serverAddress)
{
    if (call.peerCertificateDer.isEmpty() || !svc.pki.isIssuedByCa(call.peerCertificateDer))
        return kubeStatus(401, "Unauthorized", QStringLiteral("Unauthorized"));
    const QString subject = svc.pki.commonName(call.peerCertificateDer);
    const QString clusterId = clusterForKey(svc, key);
    if (clusterId.isEmpty())
        return notFoundPath();
    if (subject.section(QLatin1Char(':'), 1) != key)
        return kubeStatus(403, "Forbidden",
                      QStringLiteral("forbidden: User \"%1\" cannot %2 path \"%3\"")
                          .arg(subject, QString::fromLatin1(call.method).toLower(), call.path));
    const Json &cluster = *svc.state.cluster(clusterId);
    if (call.method == "GET")
        if (HttpReply d = discovery(path.join(QLatin1Char('/')), cluster, serverAddress); d.status != 0)
            return d;
    if (call.method != "GET" && call.method != "POST" && call.method != "DELETE")
        return kubeStatus(405, "MethodNotAllowed", QStringLiteral("the server does not allow this method on the requested resource"));
    return resources(svc, call, clusterId, path, subject);
}

} // namespace

HttpReply handleKube(SandboxService &svc, const HttpCall &call)
{
    const QStringList seg = call.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (seg.size() < 2 || seg[0] != QLatin1String("clusters"))
        return notFoundPath();
    const QString base = svc.kubeBaseUrl();
    return serve(svc, call, seg[1], seg.mid(2), base.mid(base.indexOf(QLatin1String("://")) + 3));
}

HttpReply handleKubeCluster(SandboxService &svc, const HttpCall &call, const QString &key, const QString &serverAddress)
{
    return serve(svc, call, key, call.path.split(QLatin1Char('/'), Qt::SkipEmptyParts), serverAddress);
}

} // namespace cw::sandbox
