#include "auth/TokenCredential.h"

#include "auth/AuthLogging.h"

#include <QDateTime>

namespace cw::auth {

TokenJob::TokenJob(QObject *parent)
    : AsyncJob(parent)
{
}

void TokenJob::finishLater(const TokenResult &result)
{
    finishWith([this, result] { Q_EMIT finished(result); });
}

TokenCredential::TokenCredential(CloudEnvironment env, QObject *parent)
    : QObject(parent)
    , m_env(std::move(env))
{
}

TokenCredential::~TokenCredential() = default;

std::optional<AccessToken> TokenCredential::cachedToken(const QString &scope) const
{
    if (m_waiting.contains(scope))
        return std::nullopt;
    return m_cache.usable(scope, QDateTime::currentDateTimeUtc());
}

TokenJob *TokenCredential::requestToken(const QString &scope, bool forceRefresh)
{
    auto *job = new TokenJob(this);
    if (m_waiting.contains(scope)) {
        // A fetch is already running: its token is as fresh as a forced refresh would give.
        m_waiting[scope].append(job);
        return job;
    }
    if (forceRefresh) {
        m_cache.invalidate(scope);
    } else if (auto cached = m_cache.usable(scope, QDateTime::currentDateTimeUtc())) {
        job->finishLater(TokenResult::success(*cached));
        return job;
    }

    m_waiting[scope].append(job);
    ++m_fetchCount;
    qCDebug(lcAuth) << displayName() << "fetching a token for" << scope << (forceRefresh ? "(forced)" : "");
    QPointer<TokenCredential> self(this);
    fetchToken(scope, [self, scope](const TokenResult &result) {
        if (self)
            self->completeFetch(scope, result);
    });
    return job;
}

void TokenCredential::completeFetch(const QString &scope, const TokenResult &result)
{
    if (result.ok()) {
        m_cache.store(scope, result.token, QDateTime::currentDateTimeUtc());
        qCDebug(lcAuth) << displayName() << "token obtained, expires" << result.token.expiresOn;
    } else {
        qCInfo(lcAuth) << displayName() << "could not obtain a token:" << result.error.code
                       << result.error.message;
    }
    const auto waiting = m_waiting.take(scope);
    for (const auto &job : waiting) {
        if (job)
            job->finishLater(result);
    }
}

} // namespace cw::auth
