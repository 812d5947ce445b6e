#include "kube/Kubeconfig.h"

#include "common/JsonNesting.h"

#include "kube/MiniYaml.h"

#include <QCoreApplication>

#include <algorithm>

namespace cw::kube {

using Json = nlohmann::json;

namespace {

QString qs(const Json &obj, const char *key)
{
    if (!obj.is_object())
        return {};
    const auto it = obj.find(key);
    if (it == obj.end() || !it->is_string())
        return {};
    const std::string &s = it->get_ref<const std::string &>();
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

bool truthy(const Json &obj, const char *key)
{
    if (!obj.is_object())
        return false;
    const auto it = obj.find(key);
    if (it == obj.end())
        return false;
    if (it->is_boolean())
        return it->get<bool>();
    if (it->is_string()) {
        const std::string &s = it->get_ref<const std::string &>();
        return s == "true" || s == "True" || s == "TRUE";
    }
    return false;
}

QByteArray base64Field(const Json &obj, const char *key, const QString &where, QStringList *warnings)
{
    const QString text = qs(obj, key);
    if (text.isEmpty())
        return {};
    QByteArray compact = text.toLatin1();
    compact.replace(' ', QByteArray()).replace('\n', QByteArray()).replace('\r', QByteArray());
    auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        warnings->append(where + QLatin1Char('.') + QLatin1String(key) + QLatin1String(": not valid base64"));
        return {};
    }
    return decoded.decoded;
}

const Json &inner(const Json &entry, const char *key)
{
    static const Json kEmpty = Json::object();
    if (!entry.is_object())
        return kEmpty;
    const auto it = entry.find(key);
    return it != entry.end() && it->is_object() ? *it : kEmpty;
}

Json skeleton()
{
    return Json{{"apiVersion", "v1"}, {"kind", "Config"},      {"preferences", Json::object()},
                {"clusters", Json::array()}, {"users", Json::array()}, {"contexts", Json::array()},
                {"current-context", ""}};
}

} // namespace

Kubeconfig::Kubeconfig()
    : m_document(skeleton())
{
}

KubeconfigParseResult Kubeconfig::parse(const QByteArray &text)
{
    const QByteArray trimmed = text.trimmed();
    if (trimmed.startsWith('{')) {
        KubeconfigParseResult r;
        JsonParseError problem = JsonParseError::None;
        Json doc = parseBoundedJson(trimmed, yaml::kMaxDepth, &problem);
        if (problem == JsonParseError::TooDeep) {
            r.error = tr("The kubeconfig is nested too deeply.");
            return r;
        }
        if (doc.is_discarded()) {
            r.error = tr("The kubeconfig is not valid JSON.");
            return r;
        }
        return fromJson(doc);
    }
    const yaml::ReadResult y = yaml::read(text);
    if (!y.ok()) {
        KubeconfigParseResult r;
        r.error = tr("The kubeconfig could not be read (%1).").arg(y.error);
        return r;
    }
    return fromJson(y.value);
}

KubeconfigParseResult Kubeconfig::fromJson(const Json &document)
{
    KubeconfigParseResult r;
    if (!document.is_object()) {
        r.error = tr("The kubeconfig is not a mapping of clusters, users and contexts.");
        return r;
    }
    Kubeconfig k;
    k.m_document = document;
    QStringList *w = &r.warnings;
    auto list = [&](const char *key) -> const Json & {
        static const Json kEmpty = Json::array();
        const auto it = document.find(key);
        if (it == document.end() || it->is_null())
            return kEmpty;
        if (!it->is_array()) {
            w->append(QLatin1String(key) + QLatin1String(": expected a list"));
            return kEmpty;
        }
        return *it;
    };
    int i = 0;
    for (const Json &entry : list("clusters")) {
        const QString where = QStringLiteral("clusters[%1]").arg(i++);
        const Json &c = inner(entry, "cluster");
        KubeCluster cluster;
        cluster.name = qs(entry, "name");
        cluster.server = qs(c, "server");
        cluster.certificateAuthorityData = base64Field(c, "certificate-authority-data", where, w);
        cluster.tlsServerName = qs(c, "tls-server-name");
        cluster.insecureSkipTlsVerify = truthy(c, "insecure-skip-tls-verify");
        k.m_clusters.append(cluster);
    }
    i = 0;
    for (const Json &entry : list("users")) {
        const QString where = QStringLiteral("users[%1]").arg(i++);
        const Json &u = inner(entry, "user");
        KubeUser user;
        user.name = qs(entry, "name");
        user.clientCertificateData = base64Field(u, "client-certificate-data", where, w);
        user.clientKeyData = base64Field(u, "client-key-data", where, w);
        user.token = qs(u, "token");
        user.usesExecPlugin = u.contains("exec") || u.contains("auth-provider");
        k.m_users.append(user);
    }
    for (const Json &entry : list("contexts")) {
        const Json &c = inner(entry, "context");
        k.m_contexts.append({qs(entry, "name"), qs(c, "cluster"), qs(c, "user"), qs(c, "namespace")});
    }
    k.m_currentContext = qs(document, "current-context");
    r.value = std::move(k);
    return r;
}

std::optional<KubeTarget> Kubeconfig::resolve(const QString &contextName, QString *error) const
{
    auto setError = [error](const QString &message) {
        if (error)
            *error = message;
    };
    const QString wanted = contextName.isEmpty() ? m_currentContext : contextName;
    if (wanted.isEmpty()) {
        if (m_contexts.size() != 1) {
            setError(tr("The kubeconfig names no current context."));
            return std::nullopt;
        }
    }
    const KubeContext *context = nullptr;
    for (const KubeContext &c : m_contexts) {
        if (wanted.isEmpty() || c.name == wanted) {
            context = &c;
            break;
        }
    }
    if (!context) {
        setError(tr("The kubeconfig has no context named \"%1\".").arg(wanted));
        return std::nullopt;
    }
    KubeTarget t;
    t.contextName = context->name;
    t.ns = context->ns.isEmpty() ? QStringLiteral("default") : context->ns;
    bool foundCluster = false;
    for (const KubeCluster &c : m_clusters) {
        if (c.name == context->cluster) {
            t.cluster = c;
            foundCluster = true;
            break;
        }
    }
    if (!foundCluster) {
        setError(tr("The kubeconfig has no cluster named \"%1\".").arg(context->cluster));
        return std::nullopt;
    }
    bool foundUser = false;
    for (const KubeUser &u : m_users) {
        if (u.name == context->user) {
            t.user = u;
            foundUser = true;
            break;
        }
    }
    if (!foundUser) {
        setError(tr("The kubeconfig has no user named \"%1\".").arg(context->user));
        return std::nullopt;
    }
    if (t.cluster.server.isEmpty()) {
        setError(tr("The cluster \"%1\" has no server address.").arg(t.cluster.name));
        return std::nullopt;
    }
    return t;
}

QByteArray Kubeconfig::toYaml() const
{
    return yaml::write(m_document);
}

KubeconfigMerge mergeKubeconfig(const Kubeconfig &existing, const Kubeconfig &incoming, bool makeCurrent)
{
    KubeconfigMerge merge;
    Json doc = existing.document().is_object() ? existing.document() : skeleton();
    const Json &in = incoming.document();
    static const struct {
        const char *list;
        const char *label;
    } kLists[] = {{"clusters", "cluster"}, {"users", "user"}, {"contexts", "context"}};
    for (const auto &[listKey, label] : kLists) {
        Json &target = doc[listKey];
        if (!target.is_array())
            target = Json::array();
        const auto source = in.find(listKey);
        if (source == in.end() || !source->is_array())
            continue;
        for (const Json &entry : *source) {
            const QString name = qs(entry, "name");
            const QString what = QLatin1String(label) + QLatin1Char(' ') + name;
            bool replaced = false;
            for (Json &old : target) {
                if (!name.isEmpty() && qs(old, "name") == name) {
                    old = entry;
                    replaced = true;
                    break;
                }
            }
            if (replaced) {
                merge.replaced.append(what);
            } else {
                target.push_back(entry);
                merge.added.append(what);
            }
        }
    }
    const QString incomingCurrent = incoming.currentContext();
    if (makeCurrent && !incomingCurrent.isEmpty())
        doc["current-context"] = incomingCurrent.toStdString();
    KubeconfigParseResult parsed = Kubeconfig::fromJson(doc);
    merge.result = parsed.value ? std::move(*parsed.value) : Kubeconfig();
    return merge;
}

} // namespace cw::kube
