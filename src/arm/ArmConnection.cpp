#include "arm/ArmConnection.h"

#include "arm/ArmJob.h"
#include "auth/TokenCredential.h"
#include "auth/Transport.h"
#include "common/RetryEnvironment.h"

#include <QUrlQuery>

namespace cw::arm {

ArmConnection::ArmConnection(auth::CloudEnvironment env, std::shared_ptr<auth::TokenCredential> credential,
                             QObject *parent)
    : QObject(parent)
    , m_env(std::move(env))
    , m_credential(std::move(credential))
    , m_nam(auth::sharedNetworkAccessManager(m_env))
    , m_retry(retry::withEnvironment({}))
{
    m_ssl = auth::sslConfigurationFor(m_env, &m_trustError);
}

ArmConnection::~ArmConnection() = default;

QUrl ArmConnection::resolve(const ArmRequest &request) const
{
    QUrl url;
    if (request.pathOrUrl.contains(QLatin1String("://"))
        && !request.pathOrUrl.startsWith(QLatin1Char('/'))) { // absolute (nextLink, operation URLs)
        url = QUrl(request.pathOrUrl, QUrl::StrictMode);
    } else {
        url = m_env.armEndpoint;
        QString base = url.path();
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        const qsizetype question = request.pathOrUrl.indexOf(QLatin1Char('?'));
        const QString path = question < 0 ? request.pathOrUrl : request.pathOrUrl.left(question);
        url.setPath(base + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path));
        if (question >= 0)
            url.setQuery(request.pathOrUrl.mid(question + 1));
    }
    if (!request.apiVersion.isEmpty()) {
        QUrlQuery query(url);
        if (!query.hasQueryItem(QStringLiteral("api-version"))) {
            query.addQueryItem(QStringLiteral("api-version"), request.apiVersion);
            url.setQuery(query);
        }
    }
    return url;
}

bool ArmConnection::mayCarryToken(const QUrl &url) const
{
    return url.host().compare(m_env.armEndpoint.host(), Qt::CaseInsensitive) == 0
           && url.port(443) == m_env.armEndpoint.port(443)
           && url.scheme().compare(m_env.armEndpoint.scheme(), Qt::CaseInsensitive) == 0;
}

ArmJob *ArmConnection::send(ArmRequest request)
{
    auto *job = new ArmJob(this, std::move(request));
    job->start();
    return job;
}

} // namespace cw::arm
