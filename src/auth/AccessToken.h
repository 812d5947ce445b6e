#pragma once
#include <QByteArray>
#include <QDateTime>

namespace cw::auth {

// A bearer token. Lives in memory only: never persisted, logged or traced.
struct AccessToken {
    QByteArray token;
    QDateTime expiresOn; // UTC

    bool isEmpty() const { return token.isEmpty(); }
};

} // namespace cw::auth
