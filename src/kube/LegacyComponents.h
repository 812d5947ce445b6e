#pragma once
// The eight objects an Azure ML v1 attach leaves in a cluster (v2-contract.md section 2), which
// fail the v2 extension's install (E45004/E45005) while they exist: found and deleted through
// the Kubernetes API, each by its exact path, never by a selector, so nothing else is touched.
#include "kube/KubeError.h"
#include "common/AsyncJob.h"
#include "common/RetryRules.h"

#include <QList>
#include <QNetworkRequest>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace cw::kube {

struct LegacyComponent {
    const char *group;    // "" for the core group
    const char *version;
    const char *resource; // plural, as in URLs
    const char *kind;
    bool namespaced;
    const char *name;

    // "/api/v1/namespaces/default/services/azureml-fe", "/apis/rbac.authorization.k8s.io/v1/clusterroles/..."
    QString path(const QString &ns) const;
};

// The eight, in the order they are deleted: the deployment first (its pods stop serving), the
// service account last (nothing refers to it any more).
const QList<LegacyComponent> &legacyComponents();
// Where the v1 attach put the namespaced ones.
inline constexpr char kLegacyNamespace[] = "default";

enum class LegacyOutcome {
    Present,   // find: it exists
    Absent,    // find: 404
    Deleted,   // delete: 200 (gone)
    Deleting,  // delete: 202 (accepted; finalizers still run in the cluster)
    WasAbsent, // delete: 404, nothing to delete
    Failed,    // either: the API refused or could not be reached; `error` says why
};

struct LegacyComponentResult {
    QString kind;
    QString ns;   // empty for cluster-scoped kinds
    QString name;
    LegacyOutcome outcome = LegacyOutcome::Failed;
    KubeError error; // meaningful when Failed: the API's Status message in error.message
    // "Deployment default/azureml-fe", "ClusterRole azureml-fe-role"
    QString display() const;
};

struct LegacyComponentsReport {
    QList<LegacyComponentResult> results; // one per component tried, in order
    bool canceled = false;
    // Every component got an answer (found / absent / deleted) and none failed.
    bool ok() const;
    // find: the ones that exist.
    QList<LegacyComponentResult> present() const;
    QList<LegacyComponentResult> failed() const;
};

// Finds (GET) or deletes (DELETE, propagationPolicy Background, as kubectl delete) the eight, one
// request at a time, emitting componentDone() after each and finished() once at the end (or on
// cancel(), with what was done so far). Reads are retried like KubeSecretJob's (network,
// 408/429/5xx with Retry-After, a 401 once); a DELETE whose answer was lost is asked again, and
// its 404 then reported as WasAbsent. An AsyncJob that delivers Immediately and deletes itself.
class LegacyComponentsJob : public AsyncJob
{
    Q_OBJECT
public:
    enum class Mode { Find, Delete };
    // makeRequest: the authenticated request for an API path (KubeClient's).
    LegacyComponentsJob(QNetworkAccessManager *nam, std::function<QNetworkRequest(const QString &path)> makeRequest,
                        Mode mode, QString ns, const retry::RetryOptions &retryOptions, QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    // For a client that could not be configured: finishes with every component Failed.
    void failAllLater(const KubeError &error);

Q_SIGNALS:
    void componentDone(const cw::kube::LegacyComponentResult &result);
    void finished(const cw::kube::LegacyComponentsReport &report);

protected:
    void doStart() override;
    void doCancel() override;

private:
    void sendCurrent();
    void onReplyFinished();
    bool retryLater(std::optional<qint64> serverDelayMs);
    void record(LegacyComponentResult result);
    LegacyComponentResult resultFor(int httpStatus, const QByteArray &body) const;
    LegacyComponentResult blank() const;

    QPointer<QNetworkAccessManager> m_nam;
    std::function<QNetworkRequest(const QString &)> m_makeRequest;
    Mode m_mode;
    QString m_ns;
    retry::RetryOptions m_retry;
    int m_index = 0;
    int m_tries = 0;
    bool m_retried401 = false;
    QString m_sslErrors;
    QPointer<QNetworkReply> m_reply;
    LegacyComponentsReport m_report;
};

} // namespace cw::kube

Q_DECLARE_METATYPE(cw::kube::LegacyComponentResult)
Q_DECLARE_METATYPE(cw::kube::LegacyComponentsReport)
