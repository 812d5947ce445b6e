#pragma once
#include "kube/KubeError.h"
#include "kube/Kubeconfig.h"
#include "kube/LegacyComponents.h"
#include "common/AsyncJob.h"
#include "common/RetryRules.h"

#include <QByteArray>
#include <QMap>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QString>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace cw::kube {

inline constexpr auto kTlsSecretName = "azuremlfessl";

// A Secret as read; `data` is base64-decoded. Values are key material: memory only, never log.
struct KubeSecret {
    QString name;
    QString ns;
    QString type;
    QMap<QString, QByteArray> data;
};

struct KubeSecretResult {
    std::optional<KubeSecret> secret;
    KubeError error;  // meaningful when !ok()
    bool ok() const { return secret.has_value(); }
    // For the azuremlfessl secret: data["cert.pem"] / data["key.pem"] (PEM bytes).
    QByteArray certPem() const;
    QByteArray keyPem() const;
};

// The API server's answer to a GET of the Secret ns/name (status and body), read: the Secret,
// or why not (Status error, not a Secret, cert.pem/key.pem missing when `requireTlsPair`).
KubeSecretResult readSecretAnswer(int httpStatus, const QByteArray &body, const QString &ns, const QString &name,
                                  bool requireTlsPair);

// One GET of a Secret, retried like an ARM read (a GET changes nothing): after a dropped
// connection, a timeout, a 408/429/5xx (honouring Retry-After) or an unreadable answer, with
// backoff and a bounded number of tries; a 401 once (an API server may refuse a client
// certificate while it rotates its own). Emits finished() exactly once (never before the
// creating call returned) and then deletes itself: an AsyncJob that delivers Immediately (inside
// the reply's slot, or inside cancel(), which stops waiting with a "Canceled" error).
class KubeSecretJob : public AsyncJob
{
    Q_OBJECT
public:
    explicit KubeSecretJob(QObject *parent = nullptr);

Q_SIGNALS:
    void finished(const cw::kube::KubeSecretResult &result);

protected:
    void doStart() override;
    void doCancel() override;

private:
    friend class KubeClient;
    void prepare(QNetworkAccessManager *nam, const QNetworkRequest &request, QString ns, QString name,
                 bool requireTlsPair, const retry::RetryOptions &retryOptions);
    void send();
    void failLater(const KubeError &error);
    void onReplyFinished();
    // Sends the request again after the backoff (or the server's wait); false when no try is left.
    bool retryLater(std::optional<qint64> serverDelayMs);
    void finish(const KubeSecretResult &result);

    QPointer<QNetworkAccessManager> m_nam;
    QNetworkRequest m_request;
    retry::RetryOptions m_retry;
    int m_tries = 0;
    bool m_retried401 = false;
    QPointer<QNetworkReply> m_reply;
    QString m_ns;
    QString m_name;
    bool m_requireTlsPair = false;
    QString m_sslErrors;
};

// A Kubernetes API client for one resolved kubeconfig context: mutual TLS with the
// kubeconfig's client certificate and key (or a bearer token), trusting only the cluster CA
// from certificate-authority-data (the system store when none is given). TLS verification is
// never disabled; a kubeconfig asking for insecure-skip-tls-verify is refused.
class KubeClient : public QObject
{
    Q_OBJECT
public:
    explicit KubeClient(KubeTarget target, QObject *parent = nullptr);
    ~KubeClient() override;

    // Empty when the target is usable, else why not (checked in the constructor).
    QString configurationError() const { return m_configError.sentence; }
    const KubeTarget &target() const { return m_target; }
    void setTransferTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void setRetryOptions(const retry::RetryOptions &options) { m_retry = options; }

    KubeSecretJob *readSecret(const QString &ns, const QString &name);
    // The azuremlfessl secret in the context's namespace; the result must hold cert.pem and
    // key.pem, else it fails with a clear error.
    KubeSecretJob *readTlsSecret();

    // The eight legacy v1 components (LegacyComponents.h): which exist, or delete exactly them;
    // the namespaced ones in `ns` (where the v1 attach put them).
    LegacyComponentsJob *findLegacyComponents(const QString &ns = QLatin1String(kLegacyNamespace));
    LegacyComponentsJob *deleteLegacyComponents(const QString &ns = QLatin1String(kLegacyNamespace));

private:
    QUrl urlFor(const QString &path) const;
    // The authenticated request for an API path (client certificate or bearer token, the
    // cluster CA, the TLS server name, the transfer timeout).
    QNetworkRequest requestFor(const QString &path) const;
    LegacyComponentsJob *startLegacyJob(LegacyComponentsJob::Mode mode, const QString &ns);
    KubeSecretJob *startSecretJob(const QString &ns, const QString &name, bool requireTlsPair);
    void configure();

    KubeTarget m_target;
    QNetworkAccessManager *m_nam = nullptr;
    QSslConfiguration m_ssl;
    KubeError m_configError;
    bool m_configured = false;
    int m_timeoutMs = 30000;
    retry::RetryOptions m_retry;
};

} // namespace cw::kube

Q_DECLARE_METATYPE(cw::kube::KubeSecretResult)
