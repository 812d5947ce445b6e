#include "sandbox/ComputeUpdateReply.h"

namespace cw::sandbox {

namespace {

QString text(const Json &object, const char *key)
{
    const Json *member = findMember(object, key);
    return member && member->is_string() ? q(member->get<std::string>()) : QString();
}

bool same(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

bool changesOnlyMetadata(const Json &request, const Json &existing)
{
    const Json empty = Json::object();
    const Json *props = findMember(existing, "properties");
    const Json *innerPtr = props ? findMember(*props, "properties") : nullptr;
    const Json &inner = innerPtr && innerPtr->is_object() ? *innerPtr : empty;
    const Json *sslPtr = findMember(inner, "sslConfiguration");
    const Json &ssl = sslPtr && sslPtr->is_object() ? *sslPtr : empty;

    const std::optional<qint64> count = integerMember(request, "agentCount", -1, -1, 1000);
    const std::optional<qint64> currentCount = integerMember(inner, "agentCount", -1, -1, 1000);
    if (!count || !currentCount || *count != *currentCount)
        return false;
    if (!same(text(request, "clusterPurpose"), text(inner, "clusterPurpose"))
        || !same(text(request, "loadBalancerType"), text(inner, "loadBalancerType"))
        || !same(text(request, "loadBalancerSubnet"), text(inner, "loadBalancerSubnet")))
        return false;
    const QString status = text(request, "sslStatus");
    if (!same(status, text(ssl, "status").isEmpty() ? QStringLiteral("Disabled") : text(ssl, "status")))
        return false;
    if (same(status, QStringLiteral("Enabled")))
        return text(request, "cert").isEmpty() && same(text(request, "cname"), text(ssl, "cname"));
    if (same(status, QStringLiteral("Auto")))
        return same(text(request, "leafDomainLabel"), text(ssl, "leafDomainLabel"));
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
