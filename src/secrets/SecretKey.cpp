#include "secrets/SecretKey.h"

#include <QStringList>

namespace cw::secrets {

namespace {
QString part(const QString &value)
{
    if (value.isEmpty())
        return QStringLiteral("-");
    QString escaped = value;
    // A slash inside a part would make two different keys collide.
    escaped.replace(QLatin1Char('/'), QLatin1Char('_'));
    return escaped;
}
} // namespace

QString SecretKey::toString() const
{
    return QStringList{part(cloud), part(tenant), part(account), part(kind)}.join(QLatin1Char('/'));
}

} // namespace cw::secrets
