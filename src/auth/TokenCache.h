#pragma once
#include "auth/AccessToken.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace cw::auth {

// Access tokens per scope, in memory only. A token counts as usable until a margin before its
// expiry (5 minutes, or a fifth of its lifetime for short-lived tokens) so that it is refreshed
// before a request could carry an expired token.
class TokenCache
{
public:
    std::optional<AccessToken> usable(const QString &scope, const QDateTime &nowUtc) const;
    void store(const QString &scope, const AccessToken &token, const QDateTime &obtainedUtc);
    void invalidate(const QString &scope);
    void clear();

    // The refresh margin for a token obtained at `obtained` that expires at `expires`.
    static qint64 refreshMarginSeconds(const QDateTime &obtained, const QDateTime &expires);

private:
    struct Entry {
        AccessToken token;
        QDateTime refreshAfter;
    };
    QHash<QString, Entry> m_entries;
};

} // namespace cw::auth
