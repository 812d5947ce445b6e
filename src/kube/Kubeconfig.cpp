#include "kube/Kubeconfig.h"

#include "common/JsonNesting.h"


#include <QCoreApplication>

#include <algorithm>

namespace cw::kube {

using Json = nlohmann::json;
using yaml::Node;

namespace {

QString qs(const Node &obj, const char *key)
{
    const Node *v = obj.find(key);
    if (!v || !v->isScalar())
        return {};
    return QString::fromUtf8(v->text.data(), static_cast<qsizetype>(v->text.size()));
}

// kubectl's reader is YAML 1.1: a plain true/yes/on is true; a quoted "true" is a string and
// kubectl refuses the file, so it counts as false here.
bool truthy(const Node &obj, const char *key)
{
    const Node *v = obj.find(key);
    if (!v || !v->isScalar() || v->style == yaml::Style::Quoted)
        return false;
    static const char *const kTrue[] = {"true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON", "y", "Y"};
    for (const char *t : kTrue) {
        if (v->text == t)
            return true;
    }
    return false;
}

QByteArray base64Field(const Node &obj, const char *key, const QString &where, QStringList *warnings)
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

const Node &inner(const Node &entry, const char *key)
{
    static const Node kEmpty = Node::mapping();
    const Node *v = entry.find(key);
    return v && v->isMapping() ? *v : kEmpty;
}

// Nodes of a JSON document (its depth is already bounded), so the tree built from it is bounded
// like the one yaml::read builds.
template <typename J>
int jsonNodeCount(const J &value)
{
    int n = 1;
    if (value.is_structured()) {
        for (const auto &child : value) {
            n += jsonNodeCount(child);
            if (n > yaml::kMaxNodes)
                break;
        }
    }
    return n;
}

// DEL or CR in a string or key: YAML (and kubectl) refuse them in the text and yaml-cpp writes
// them unescaped, so a JSON kubeconfig holding one could not be written back as YAML that reads
// again (fuzz_kubeconfig found a key "s-tls-v\rify"). The YAML reader refuses the same bytes.
constexpr char kUnwritable[] = "\x7f\r";

template <typename J>
bool jsonHasUnwritableCharacter(const J &value)
{
    if (value.is_string())
        return value.template get_ref<const std::string &>().find_first_of(kUnwritable) != std::string::npos;
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it) {
            if (it.key().find_first_of(kUnwritable) != std::string::npos || jsonHasUnwritableCharacter(it.value()))
                return true;
        }
    } else if (value.is_array()) {
        for (const auto &child : value) {
            if (jsonHasUnwritableCharacter(child))
                return true;
        }
    }
    return false;
}

Node skeleton()
{
    Node doc = Node::mapping();
    doc.set("apiVersion", Node::string("v1"));
    doc.set("kind", Node::string("Config"));
    Node prefs = Node::mapping();
    prefs.flow = true;
    doc.set("preferences", prefs);
    for (const char *list : {"clusters", "users", "contexts"})
        doc.set(list, Node::sequence());
    doc.set("current-context", Node::string(""));
    return doc;
}

} // namespace

Kubeconfig::Kubeconfig()
    : m_document(skeleton())
{
}

KubeconfigParseResult Kubeconfig::parse(const QByteArray &text)
{
    // JSON (as some tools write kubeconfigs) through nlohmann_json, which keeps its numbers and
    // booleans typed; anything else, including a YAML flow mapping that is not JSON, as YAML.
    const QByteArray trimmed = text.trimmed();
    if (trimmed.startsWith('{')) {
        JsonParseError problem = JsonParseError::None;
        const nlohmann::ordered_json doc = parseBoundedOrderedJson(std::string_view(trimmed.constData(), size_t(trimmed.size())), yaml::kMaxDepth, &problem);
        KubeconfigParseResult r;
        if (problem == JsonParseError::TooDeep) {
            r.error = tr("The kubeconfig is nested too deeply.");
            return r;
        }
        if (!doc.is_discarded()) {
            if (jsonNodeCount(doc) > yaml::kMaxNodes) {
                r.error = tr("The kubeconfig has too many entries.");
                return r;
            }
            if (jsonHasUnwritableCharacter(doc)) {
                r.error = tr("The kubeconfig holds control characters.");
                return r;
            }
            return fromTree(yaml::fromJson(doc));
        }
    }
    yaml::ReadResult y = yaml::read(text);
    if (!y.ok()) {
        KubeconfigParseResult r;
        r.error = tr("The kubeconfig could not be read (%1).").arg(y.error);
        return r;
    }
    return fromTree(std::move(y.value));
}

KubeconfigParseResult Kubeconfig::fromJson(const Json &document)
{
    return fromTree(yaml::fromJson(document));
}

KubeconfigParseResult Kubeconfig::fromTree(Node document)
{
    KubeconfigParseResult r;
    if (!document.isMapping()) {
        r.error = tr("The kubeconfig is not a mapping of clusters, users and contexts.");
        return r;
    }
    Kubeconfig k;
    k.m_document = std::move(document);
    const Node &doc = k.m_document;
    QStringList *w = &r.warnings;
    auto list = [&](const char *key) -> const std::vector<Node> & {
        static const std::vector<Node> kEmpty;
        const Node *v = doc.find(key);
        if (!v || v->isNull())
            return kEmpty;
        if (!v->isSequence()) {
            w->append(QLatin1String(key) + QLatin1String(": expected a list"));
            return kEmpty;
        }
        return v->items;
    };
    int i = 0;
    for (const Node &entry : list("clusters")) {
        const QString where = QStringLiteral("clusters[%1]").arg(i++);
        const Node &c = inner(entry, "cluster");
        KubeCluster cluster;
        cluster.name = qs(entry, "name");
        cluster.server = qs(c, "server");
        cluster.certificateAuthorityData = base64Field(c, "certificate-authority-data", where, w);
        cluster.tlsServerName = qs(c, "tls-server-name");
        cluster.insecureSkipTlsVerify = truthy(c, "insecure-skip-tls-verify");
        k.m_clusters.append(cluster);
    }
    i = 0;
    for (const Node &entry : list("users")) {
        const QString where = QStringLiteral("users[%1]").arg(i++);
        const Node &u = inner(entry, "user");
        KubeUser user;
        user.name = qs(entry, "name");
        user.clientCertificateData = base64Field(u, "client-certificate-data", where, w);
        user.clientKeyData = base64Field(u, "client-key-data", where, w);
        user.token = qs(u, "token");
        user.usesExecPlugin = u.find("exec") || u.find("auth-provider");
        k.m_users.append(user);
    }
    for (const Node &entry : list("contexts")) {
        const Node &c = inner(entry, "context");
        k.m_contexts.append({qs(entry, "name"), qs(c, "cluster"), qs(c, "user"), qs(c, "namespace")});
    }
    k.m_currentContext = qs(doc, "current-context");
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
    merge.result = existing;
    Node doc = existing.document().isMapping() ? existing.document() : skeleton();
    const Node &in = incoming.document();
    static const struct {
        const char *list;
        const char *label;
    } kLists[] = {{"clusters", "cluster"}, {"users", "user"}, {"contexts", "context"}};
    for (const auto &[listKey, label] : kLists) {
        Node *target = doc.find(listKey);
        if (!target || target->isNull())
            target = &doc.set(listKey, Node::sequence());
        if (!target->isSequence()) {
            merge.error = Kubeconfig::tr("Its \"%1\" is not a list.").arg(QLatin1String(listKey));
            return merge;
        }
        const Node *source = in.find(listKey);
        if (!source || !source->isSequence())
            continue;
        for (const Node &entry : source->items) {
            const QString name = qs(entry, "name");
            const QString what = QLatin1String(label) + QLatin1Char(' ') + name;
            Node *same = nullptr;
            for (Node &old : target->items) {
                if (!name.isEmpty() && qs(old, "name") == name) {
                    same = &old;
                    break;
                }
            }
            if (!same) {
                target->items.push_back(entry);
                target->flow = false;  // block entries cannot sit in a flow list
                merge.added.append(what);
            } else if (*same == entry) {
                merge.unchanged.append(what);
            } else {
                *same = entry;
                target->flow = false;
                merge.replaced.append(what);
            }
        }
    }
    // An existing file that names no current context and holds no other context (an empty
    // file) gets incoming's; otherwise the user's choice stays unless they asked.
    const QString incomingCurrent = incoming.currentContext();
    const bool nothingCurrent = existing.currentContext().isEmpty() && existing.contexts().isEmpty();
    if ((makeCurrent || nothingCurrent) && !incomingCurrent.isEmpty() && incomingCurrent != existing.currentContext()) {
        doc.set("current-context", Node::string(incomingCurrent.toStdString()));
        merge.currentContextChanged = true;
    }
    KubeconfigParseResult parsed = Kubeconfig::fromTree(std::move(doc));
    if (!parsed.value) {
        merge.error = parsed.error;
        return merge;
    }
    merge.result = std::move(*parsed.value);
    return merge;
}

} // namespace cw::kube
