#pragma once
#include "sandbox/SandboxHttp.h"

#include <QElapsedTimer>
#include <QString>
#include <QTimer>

// The emulated world: one JSON document kept in memory and written atomically (0600: it holds
// the emulated clusters' keys and tokens) shortly after each change, so a restarted sandbox keeps
// its subscriptions, workspaces, computes, clusters, operations and tokens. A write is the whole
// document (tens of ms with thousands of computes and clusters), so writes are paced by their
// cost (savePauseMs): a busy sandbox must not spend its CPU, which the user's app shares,
// rewriting the file. SIGTERM, SIGINT and stop() write at once: only a crash loses the changes
// of the last pause (at most kMaxSavePauseMs).
//
// Layout of `root` (keys of maps are lower-cased ARM ids / names, so lookups are
// case-insensitive like ARM's):
//   settings       SandboxSettings as JSON
//   subscriptions  { subId: {subscriptionId, displayName, state, tenantId, resourceGroups:[...]} }
//   locations      [ {name, type, displayName, regionalDisplayName, metadata} ] (every subscription's)
//   workspaces     { wsIdLower: Workspace resource }
//   computes       { wsIdLower: { computeNameLower: ComputeResource } }
//   clusters       { clusterIdLower: ManagedCluster resource }
//   clusterSecrets { clusterIdLower: { "ns/name": {dataKey: base64} } }
//   kubeIdentities { clusterIdLower: {key, port, user:{cert,key}, admin:{cert,key}} } (port: the
//                  cluster's own Kubernetes API listener, KubeListeners)
//   kubeObjects    { clusterIdLower: { "resource/ns/name": Kubernetes object } } (KubeObjects.h)
//   extensions, extensionSecrets: the clusters' Microsoft.KubernetesConfiguration extensions
//                  (ClusterExtensions.h)
//   operations     { opId: {id,name,status,...,"_":{private bookkeeping}} }
//   tokens         { token: {kind:"access"|"refresh", clientId, expiresAtMs} }
//   deviceCodes    { deviceCode: {userCode, clientId, scope, state, expiresAtMs, lastPollMs} }
namespace cw::sandbox {

struct SandboxSettings {
    double speed = 1.0; // multiplies every simulated operation duration (0 = instant)
    int pageSize = 100; // computes (and managed clusters) per list page
    int tokenLifetimeSeconds = 3600;
    bool deviceCodeAutoApprove = false;
    int deviceCodeIntervalSeconds = 5;
    int deviceCodeLifetimeSeconds = 900;
    bool aksCreationDisabled = false;
    bool policyDenyPublicIp = false;
    // Total Regional Cores per subscription and region. The seed uses 196 vCPUs in westeurope
    // (ws-demo's region); 300 leaves a newcomer room for several default creates (12 vCPUs each).
    int regionalCoreQuota = 300;
    // How Azure ML provider errors look (ServiceErrorShape.h): "flat" {"code":"QuotaExceeded"},
    // "wrapped" {"code":"UserError","details":[{"code":"QuotaExceeded"}],"additionalInfo":[...]}
    // or "innerError" (the specific code only in additionalInfo's InnerError item).
    QString errorShape = QStringLiteral("flat");
    // How an update PUT of an existing compute answers: "async" (201 + Azure-AsyncOperation),
    // "sync" (200 + the updated resource, as the spec's "Update a AKS Compute" example) or "poll"
    // (201 + the resource Updating, no operation headers: the client polls the resource).
    // Description/tags-only updates always answer "sync".
    QString updateReply = QStringLiteral("async");

    Json toJson() const;
    // Applies any subset; returns an error sentence for a wrong type, else empty.
    QString apply(const Json &patch);
};

class SandboxState {
public:
    SandboxState();

    // Loads `path` (or, when absent, fresh or unreadable, takes `seed`). Remembers the path.
    bool load(const QString &path, bool fresh, const std::function<Json()> &seed, QString *error);
    // Writes now (used at shutdown); markDirty() coalesces writes of a burst of changes.
    bool saveNow(QString *error = nullptr);

    // How long after a change the next write waits: at least kMinSavePauseMs (a burst of changes
    // is one write), and long enough that writing takes at most 1/kSaveCostShare of the time:
    // kSaveCostShare times the last write's duration from that write's end (`sinceLastWriteMs`
    // ago); never more than kMaxSavePauseMs.
    static constexpr qint64 kMinSavePauseMs = 100;
    static constexpr qint64 kMaxSavePauseMs = 2000;
    static constexpr qint64 kSaveCostShare = 20;
    static qint64 savePauseMs(qint64 lastWriteMs, qint64 sinceLastWriteMs);
    // Every change of `root` or `settings` is followed by markDirty() before the next request is
    // answered: it schedules the write and moves version() on, which is what the caches of
    // rendered answers (ComputeListCache, KubeObjectCache) compare to know they are still true.
    void markDirty();
    quint64 version() const { return m_version; }
    // How many times load() replaced the world (indexes kept beside `root` start over).
    quint64 loads() const { return m_loads; }

    Json root;
    SandboxSettings settings;

    static std::string key(const QString &value) { return value.toLower().toStdString(); }

    Json *subscription(const QString &subscriptionId);
    bool hasResourceGroup(const QString &subscriptionId, const QString &resourceGroup);
    Json *workspace(const QString &wsId);
    Json &computes(const QString &wsId); // map name -> compute; created on demand
    Json *cluster(const QString &clusterId);
    Json &clusterSecrets(const QString &clusterId);

private:
    QString m_path;
    QTimer m_saveTimer;
    qint64 m_lastWriteMs = 0;
    QElapsedTimer m_sinceLastWrite; // from the end of the last write
    quint64 m_version = 1;
    quint64 m_loads = 0;
};

// ARM id helpers.
QString workspaceId(const QString &sub, const QString &rg, const QString &name);
QString clusterId(const QString &sub, const QString &rg, const QString &name);
// Splits "/subscriptions/{s}/resourceGroups/{rg}/providers/{ns}/{type}/{name}"; false if not.
bool parseResourceId(const QString &id, QString *sub, QString *rg, QString *name);

} // namespace cw::sandbox
