#include "sandbox/ArmNotFound.h"

#include <QRegularExpression>

namespace cw::sandbox {

bool isArmPath(const HttpCall &call, const QStringList &segments)
{
    static const QStringList armRoots = {QStringLiteral("providers"), QStringLiteral("tenants"),
                                         QStringLiteral("resources"), QStringLiteral("locations"),
                                         QStringLiteral("operations"), QStringLiteral("resourceGroups"),
                                         QStringLiteral("batch")};
    if (!segments.isEmpty() && armRoots.contains(segments.first(), Qt::CaseInsensitive))
        return true;
    static const QRegularExpression dateVersion(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}(-preview)?$"));
    return dateVersion.match(call.queryValue(QStringLiteral("api-version"))).hasMatch();
}

HttpReply unknownArmResourceType(const HttpCall &call, const QString &type, const QString &providerNamespace)
{
    return HttpReply::armError(404, QStringLiteral("InvalidResourceType"),
                               QStringLiteral("The resource type '%1' could not be found in the namespace '%2' for api version '%3'.")
                                   .arg(type, providerNamespace, call.queryValue(QStringLiteral("api-version"))));
}

HttpReply unknownArmPathReply(const HttpCall &call, const QStringList &segments)
{
    if (segments.size() >= 3 && segments.first().compare(QLatin1String("providers"), Qt::CaseInsensitive) == 0)
        return unknownArmResourceType(call, segments.mid(2).join(QLatin1Char('/')), segments[1]);
    return unknownArmResourceType(call, segments.join(QLatin1Char('/')), QStringLiteral("Microsoft.Resources"));
}

} // namespace cw::sandbox
