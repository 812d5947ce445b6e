#pragma once
#include <QCoreApplication>
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "kube/YamlTree.h"

#include <nlohmann/json.hpp>

#include <optional>

namespace cw::kube {

struct KubeCluster {
    QString name;
    QString server;                       // https://host:port
    QByteArray certificateAuthorityData;  // decoded PEM (the file carries base64)
    QString tlsServerName;
    bool insecureSkipTlsVerify = false;   // read so it can be refused, never honoured
};

// Holds key material: keep in memory only, never log.
struct KubeUser {
    QString name;
    QByteArray clientCertificateData;  // decoded PEM
    QByteArray clientKeyData;          // decoded PEM private key
    QString token;
    bool usesExecPlugin = false;       // exec/auth-provider users cannot be served by this client
};

struct KubeContext {
    QString name;
    QString cluster;
    QString user;
    QString ns;  // "namespace"; empty means "default"
};

// What a client needs to talk to one cluster: the chosen context resolved.
struct KubeTarget {
    QString contextName;
    KubeCluster cluster;
    KubeUser user;
    QString ns;  // never empty ("default" when the context has none)
};

struct KubeconfigParseResult;

// A kubeconfig (YAML as written by AKS, kubectl and the sandbox, or JSON). The whole document
// is kept, with each scalar's text and plain/quoted style and every key's order, so merging and
// writing back preserve what this client does not model, typed as kubectl typed it.
class Kubeconfig
{
public:
    Kubeconfig();  // an empty "kind: Config"

    static KubeconfigParseResult parse(const QByteArray &text);
    static KubeconfigParseResult fromJson(const nlohmann::json &document);
    static KubeconfigParseResult fromTree(yaml::Node document);

    const QList<KubeCluster> &clusters() const { return m_clusters; }
    const QList<KubeUser> &users() const { return m_users; }
    const QList<KubeContext> &contexts() const { return m_contexts; }
    QString currentContext() const { return m_currentContext; }
    const yaml::Node &document() const { return m_document; }

    // Resolves `contextName` (the current context when empty); nullopt with a sentence in
    // `error` when a name does not resolve.
    std::optional<KubeTarget> resolve(const QString &contextName = {}, QString *error = nullptr) const;

    QByteArray toYaml() const;

private:
    yaml::Node m_document;
    QList<KubeCluster> m_clusters;
    QList<KubeUser> m_users;
    QList<KubeContext> m_contexts;
    QString m_currentContext;

    // tr() in the member functions: the same context lupdate gives them.
    Q_DECLARE_TR_FUNCTIONS(cw::kube::Kubeconfig)
};

struct KubeconfigParseResult {
    std::optional<Kubeconfig> value;
    QString error;
    QStringList warnings;  // fields ignored (e.g. invalid base64), without their values
    bool ok() const { return value.has_value(); }
};

struct KubeconfigMerge {
    Kubeconfig result;
    QStringList added;      // "cluster foo", "user bar", "context baz"
    QStringList replaced;   // same-named entries taken from `incoming` that differed
    QStringList unchanged;  // same-named entries already identical
    bool currentContextChanged = false;
    QString error;          // non-empty: `existing` is not mergeable (result is `existing`)
    bool ok() const { return error.isEmpty(); }
};

// Merges `incoming` into `existing` as `az aks get-credentials` does: entries are matched by
// name per list; only incoming's names are touched (same-named entries replaced in place, new
// ones appended); every other entry, key and value of `existing` stays exactly as it was.
// current-context changes only with `makeCurrent` (or when `existing` names none).
KubeconfigMerge mergeKubeconfig(const Kubeconfig &existing, const Kubeconfig &incoming, bool makeCurrent = false);

} // namespace cw::kube
