#include "auth/TokenCache.h"

#include <algorithm>

namespace cw::auth {

qint64 TokenCache::refreshMarginSeconds(const QDateTime &obtained, const QDateTime &expires)
{
    const qint64 lifetime = std::max<qint64>(0, obtained.secsTo(expires));
    return std::min<qint64>(300, lifetime / 5);
}

std::optional<AccessToken> TokenCache::usable(const QString &scope, const QDateTime &nowUtc) const
{
    const auto it = m_entries.constFind(scope);
    if (it == m_entries.cend() || nowUtc >= it->refreshAfter)
        return std::nullopt;
    return it->token;
}

void TokenCache::store(const QString &scope, const AccessToken &token, const QDateTime &obtainedUtc)
{
    const qint64 margin = refreshMarginSeconds(obtainedUtc, token.expiresOn);
    m_entries.insert(scope, {token, token.expiresOn.addSecs(-margin)});
}

void TokenCache::invalidate(const QString &scope)
{
    m_entries.remove(scope);
}

void TokenCache::clear()
{
    m_entries.clear();
}

} // namespace cw::auth
