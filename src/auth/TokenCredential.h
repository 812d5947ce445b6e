#pragma once
#include "auth/AuthError.h"
#include "auth/CloudEnvironment.h"
#include "auth/TokenCache.h"
#include "common/AsyncJob.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace cw::secrets {
class HttpTraceWriter;
}

namespace cw::auth {

// One pending token request (an AsyncJob with the default options): finished() is emitted
// exactly once, always from the event loop (never inside requestToken()), then the job deletes
// itself. It starts when requested and cannot be cancelled.
class TokenJob : public AsyncJob
{
    Q_OBJECT
public:
    explicit TokenJob(QObject *parent = nullptr);
    void finishLater(const TokenResult &result);

Q_SIGNALS:
    void finished(const cw::auth::TokenResult &result);
};

// The one interface every credential implements: asynchronously obtain an access token for a
// scope. The base class holds the in-memory TokenCache (tokens are refreshed before expiry) and
// shares one in-flight fetch between concurrent requests for the same scope.
class TokenCredential : public QObject
{
    Q_OBJECT
public:
    explicit TokenCredential(CloudEnvironment env, QObject *parent = nullptr);
    ~TokenCredential() override;

    // forceRefresh drops the cached token first (after a 401). Concurrent callers share the
    // fetch that is already running.
    TokenJob *requestToken(const QString &scope, bool forceRefresh = false);
    // The cached token for `scope` when it is usable now and no fetch is running: a caller that
    // has one sends at once instead of waiting a turn of the event loop for a TokenJob (every ARM
    // request asks; with hundreds in flight those turns were a tenth of the GUI thread's work).
    std::optional<AccessToken> cachedToken(const QString &scope) const;

    // For logs and the UI, never secret ("service principal 1234…", "Azure CLI", ...).
    virtual QString displayName() const = 0;

    const CloudEnvironment &environment() const { return m_env; }
    // Drops every cached access token (sign-out).
    void clearCache() { m_cache.clear(); }

    // Redacted HTTP tracing of the Azure AD traffic (`--trace-http`); null turns it off.
    void setTracer(std::shared_ptr<secrets::HttpTraceWriter> tracer) { m_tracer = std::move(tracer); }
    std::shared_ptr<secrets::HttpTraceWriter> tracer() const { return m_tracer; }

    // How many fetches reached the token source (not the cache): for tests and diagnostics.
    int fetchCount() const { return m_fetchCount; }

protected:
    using FetchCallback = std::function<void(const TokenResult &)>;
    // Obtains a fresh token from the source. Must call `done` exactly once, asynchronously.
    virtual void fetchToken(const QString &scope, FetchCallback done) = 0;

private:
    void completeFetch(const QString &scope, const TokenResult &result);

    CloudEnvironment m_env;
    TokenCache m_cache;
    QHash<QString, QList<QPointer<TokenJob>>> m_waiting; // scope -> jobs waiting on the fetch
    std::shared_ptr<secrets::HttpTraceWriter> m_tracer;
    int m_fetchCount = 0;
};

} // namespace cw::auth
