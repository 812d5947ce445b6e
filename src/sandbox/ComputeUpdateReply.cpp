#include "sandbox/ComputeUpdateReply.h"

namespace cw::sandbox {

namespace {

bool sameUpdateText(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// The string member `key` reads the same (ignoring case) in both objects.
bool sameMember(const Json &a, const Json &b, const char *key)
{
    return sameUpdateText(jsonfields::string(a, key, Keys::AnyCase), jsonfields::string(b, key, Keys::AnyCase));
}

} // namespace

bool changesOnlyMetadata(const Json &request, const Json &existing)
{
    const Json empty = Json::object();
    const Json *props = jsonfields::find(existing, "properties", Keys::AnyCase);
    const Json *innerPtr = props ? jsonfields::find(*props, "properties", Keys::AnyCase) : nullptr;
    const Json &inner = innerPtr && innerPtr->is_object() ? *innerPtr : empty;
    const Json *sslPtr = jsonfields::find(inner, "sslConfiguration", Keys::AnyCase);
    const Json &ssl = sslPtr && sslPtr->is_object() ? *sslPtr : empty;

    const std::optional<qint64> count = integerMember(request, "agentCount", -1, -1, 1000);
    const std::optional<qint64> currentCount = integerMember(inner, "agentCount", -1, -1, 1000);
    if (!count || !currentCount || *count != *currentCount)
        return false;
    if (!sameMember(request, inner, "clusterPurpose") || !sameMember(request, inner, "loadBalancerType")
        || !sameMember(request, inner, "loadBalancerSubnet"))
        return false;
    const QString status = jsonfields::string(request, "sslStatus", Keys::AnyCase);
    const QString currentStatus = jsonfields::string(ssl, "status", Keys::AnyCase);
    if (!sameUpdateText(status, currentStatus.isEmpty() ? QStringLiteral("Disabled") : currentStatus))
        return false;
    if (sameUpdateText(status, QStringLiteral("Enabled")))
        return jsonfields::string(request, "cert", Keys::AnyCase).isEmpty() && sameMember(request, ssl, "cname");
    if (sameUpdateText(status, QStringLiteral("Auto")))
        return sameMember(request, ssl, "leafDomainLabel");
    return true;
}

UpdateReply chooseUpdateReply(const QString &setting, const Json &request, const Json &existing, bool failing)
{
    if (failing)
        return setting == QLatin1String("poll") ? UpdateReply::Poll : UpdateReply::Async;
    if (setting == QLatin1String("sync") || changesOnlyMetadata(request, existing))
        return UpdateReply::Sync;
    return setting == QLatin1String("poll") ? UpdateReply::Poll : UpdateReply::Async;
}

} // namespace cw::sandbox
