#include "kube/LegacyComponents.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslError>
#include <QTimer>
#include <QUrl>

#include <limits>

Q_LOGGING_CATEGORY(lcLegacy, "cw.kube.legacy", QtInfoMsg)

namespace cw::kube {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(cw::kube::LegacyComponents)
};

QString encoded(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

} // namespace

QString LegacyComponent::path(const QString &ns) const
{
    QString p = *group ? QStringLiteral("/apis/%1/%2").arg(QLatin1String(group), QLatin1String(version))
                       : QStringLiteral("/api/%1").arg(QLatin1String(version));
    if (namespaced)
        p += QStringLiteral("/namespaces/") + encoded(ns);
    return p + QLatin1Char('/') + QLatin1String(resource) + QLatin1Char('/') + QLatin1String(name);
}

const QList<LegacyComponent> &legacyComponents()
{
    static const QList<LegacyComponent> list{
        {"apps", "v1", "deployments", "Deployment", true, "azureml-fe"},
        {"", "v1", "services", "Service", true, "azureml-fe"},
        {"", "v1", "services", "Service", true, "azureml-fe-int-http"},
        {"", "v1", "configmaps", "ConfigMap", true, "azuremlfeconfig"},
        {"", "v1", "secrets", "Secret", true, "azuremlfessl"},
        {"rbac.authorization.k8s.io", "v1", "clusterrolebindings", "ClusterRoleBinding", false, "azureml-fe-binding"},
        {"rbac.authorization.k8s.io", "v1", "clusterroles", "ClusterRole", false, "azureml-fe-role"},
        {"", "v1", "serviceaccounts", "ServiceAccount", true, "azureml-fe"},
    };
    return list;
}

QString LegacyComponentResult::display() const
{
    return ns.isEmpty() ? QString(kind + QLatin1Char(' ') + name) : QString(kind + QLatin1Char(' ') + ns + QLatin1Char('/') + name);
}

bool LegacyComponentsReport::ok() const
{
    return !canceled && results.size() == legacyComponents().size() && failed().isEmpty();
}

QList<LegacyComponentResult> LegacyComponentsReport::present() const
{
    QList<LegacyComponentResult> out;
    for (const LegacyComponentResult &r : results) {
        if (r.outcome == LegacyOutcome::Present)
            out.append(r);
    }
    return out;
}

QList<LegacyComponentResult> LegacyComponentsReport::failed() const
{
    QList<LegacyComponentResult> out;
    for (const LegacyComponentResult &r : results) {
        if (r.outcome == LegacyOutcome::Failed)
            out.append(r);
    }
    return out;
}

LegacyComponentsJob::LegacyComponentsJob(QNetworkAccessManager *nam,
                                         std::function<QNetworkRequest(const QString &path)> makeRequest, Mode mode,
                                         QString ns, const retry::RetryOptions &retryOptions, QObject *parent)
    : AsyncJob(parent, Delivery::Immediate)
    , m_nam(nam)
    , m_makeRequest(std::move(makeRequest))
    , m_mode(mode)
    , m_ns(std::move(ns))
    , m_retry(retryOptions)
{
}

LegacyComponentResult LegacyComponentsJob::blank() const
{
    const LegacyComponent &c = legacyComponents().at(m_index);
    LegacyComponentResult r;
    r.kind = QLatin1String(c.kind);
    r.ns = c.namespaced ? m_ns : QString();
    r.name = QLatin1String(c.name);
    return r;
}

void LegacyComponentsJob::failAllLater(const KubeError &error)
{
    QTimer::singleShot(0, this, [this, error] {
        while (!isFinished() && m_index < legacyComponents().size()) {
            LegacyComponentResult r = blank();
            r.error = error;
            record(r);
        }
        finishWith([this, report = m_report] { Q_EMIT finished(report); });
    });
}

void LegacyComponentsJob::doStart()
{
    if (m_makeRequest)
        sendCurrent();
}

void LegacyComponentsJob::sendCurrent()
{
    if (isFinished() || !m_nam)
        return;
    if (m_index >= legacyComponents().size()) {
        finishWith([this, report = m_report] { Q_EMIT finished(report); });
        return;
    }
    ++m_tries;
    m_sslErrors.clear();
    const QNetworkRequest request = m_makeRequest(legacyComponents().at(m_index).path(m_ns));
    qCDebug(lcLegacy) << (m_mode == Mode::Find ? "GET" : "DELETE") << request.url().path() << "try" << m_tries;
    if (m_mode == Mode::Find) {
        m_reply = m_nam->get(request);
    } else {
        QNetworkRequest del = request;
        del.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        m_reply = m_nam->sendCustomRequest(
            del, "DELETE", QByteArrayLiteral(R"({"kind":"DeleteOptions","apiVersion":"v1","propagationPolicy":"Background"})"));
    }
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts; // for the message only; the errors are never ignored
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        m_sslErrors = texts.join(QLatin1String("; "));
    });
    connect(m_reply, &QNetworkReply::finished, this, &LegacyComponentsJob::onReplyFinished);
}

bool LegacyComponentsJob::retryLater(std::optional<qint64> serverDelayMs)
{
    const auto delay =
        retry::nextRetryDelayMs(m_tries, m_retry, serverDelayMs, QRandomGenerator::global()->generateDouble());
    if (!delay)
        return false;
    QTimer::singleShot(int(std::min<qint64>(*delay, std::numeric_limits<int>::max())), this,
                       &LegacyComponentsJob::sendCurrent);
    return true;
}

LegacyComponentResult LegacyComponentsJob::resultFor(int httpStatus, const QByteArray &body) const
{
    LegacyComponentResult r = blank();
    const bool find = m_mode == Mode::Find;
    if (httpStatus == 404) {
        r.outcome = find ? LegacyOutcome::Absent : LegacyOutcome::WasAbsent;
        return r;
    }
    if (httpStatus >= 200 && httpStatus <= 299) {
        r.outcome = find ? LegacyOutcome::Present : httpStatus == 202 ? LegacyOutcome::Deleting : LegacyOutcome::Deleted;
        return r;
    }
    r.outcome = LegacyOutcome::Failed;
    r.error = KubeError::fromHttp(httpStatus, body, r.display());
    const QString why = r.error.message.isEmpty() ? QStringLiteral("HTTP %1").arg(httpStatus) : r.error.message;
    r.error.sentence = find ? Text::tr("Could not read %1: %2").arg(r.display(), why)
                            : Text::tr("Could not delete %1: %2").arg(r.display(), why);
    return r;
}

void LegacyComponentsJob::record(LegacyComponentResult result)
{
    m_report.results.append(result);
    ++m_index;
    m_tries = 0;
    m_retried401 = false;
    Q_EMIT componentDone(result);
}

void LegacyComponentsJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();

    if (status == 0) {
        const bool tls = !m_sslErrors.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError;
        if (!tls && retryLater(std::nullopt))
            return;
        const QString text = m_sslErrors.isEmpty()
            ? reply->errorString()
            : Text::tr("The cluster's TLS certificate was not trusted: %1").arg(m_sslErrors);
        const KubeError error = KubeError::local(tls ? QStringLiteral("TlsError") : QStringLiteral("NetworkError"),
                                                 Text::tr("Could not reach the Kubernetes API server: %1").arg(text));
        // The server cannot be reached: the components not tried yet fail with the same reason
        // instead of each waiting through its own retries.
        while (m_index < legacyComponents().size()) {
            LegacyComponentResult r = blank();
            r.error = error;
            record(r);
        }
        sendCurrent();
        return;
    }
    if (status == 401 && !m_retried401) {
        m_retried401 = true;
        if (retryLater(std::nullopt))
            return;
    }
    if (retry::isTransientStatus(status)
        && retryLater(retry::retryAfterMs(reply->rawHeaderPairs(), QDateTime::currentDateTimeUtc())))
        return;
    record(resultFor(status, body));
    sendCurrent();
}

void LegacyComponentsJob::doCancel()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_report.canceled = true;
    finishWith([this, report = m_report] { Q_EMIT finished(report); });
}

} // namespace cw::kube
