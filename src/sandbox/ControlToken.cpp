#include "sandbox/ControlToken.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace cw::sandbox {

QByteArray newControlToken()
{
    QByteArray raw(32, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(raw.data()), int(raw.size())) != 1)
        return {};
    return raw.toHex();
}

std::optional<HttpReply> checkControlToken(const HttpCall &call, const QByteArray &token)
{
    const QByteArray authorization = call.header("Authorization");
    const QByteArray prefix = QByteArrayLiteral("Bearer ");
    const QByteArray given = authorization.startsWith(prefix) ? authorization.mid(prefix.size()).trimmed() : QByteArray();
    // Same length first (the length is public: 64 hex digits), then a constant-time comparison.
    if (!token.isEmpty() && given.size() == token.size() && CRYPTO_memcmp(given.constData(), token.constData(), size_t(token.size())) == 0)
        return std::nullopt;
    HttpReply refused = HttpReply::armError(
        401, QStringLiteral("Unauthorized"),
        QStringLiteral("The sandbox control API needs 'Authorization: Bearer <controlToken>': the token of this start "
                       "is in the ready line and in the state directory's %1 file.")
            .arg(QLatin1String(kControlTokenFile)));
    refused.withHeader("WWW-Authenticate", "Bearer realm=\"clusterwright-sandbox-control\"");
    return refused;
}

} // namespace cw::sandbox
