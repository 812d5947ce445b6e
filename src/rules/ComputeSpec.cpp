#include "rules/ComputeSpec.h"

namespace cw::rules {

bool NetworkingSpec::isEmpty() const
{
    return vnetName.trimmed().isEmpty() && vnetResourceGroup.trimmed().isEmpty()
        && subnetName.trimmed().isEmpty() && serviceCidr.trimmed().isEmpty()
        && dnsServiceIp.trimmed().isEmpty() && dockerBridgeCidr.trimmed().isEmpty();
}

bool NetworkingSpec::isComplete() const
{
    return !vnetName.trimmed().isEmpty() && !vnetResourceGroup.trimmed().isEmpty()
        && !subnetName.trimmed().isEmpty() && !serviceCidr.trimmed().isEmpty()
        && !dnsServiceIp.trimmed().isEmpty() && !dockerBridgeCidr.trimmed().isEmpty();
}

QString ComputeSpec::effectiveRegion() const
{
    const QString r = normalizeRegion(region);
    return r.isEmpty() ? normalizeRegion(workspace.location) : r;
}

QString wireValue(ClusterPurpose purpose)
{
    return purpose == ClusterPurpose::DevTest ? QStringLiteral("DevTest") : QStringLiteral("FastProd");
}

QString wireValue(LoadBalancerType type)
{
    return type == LoadBalancerType::InternalLoadBalancer ? QStringLiteral("InternalLoadBalancer")
                                                          : QStringLiteral("PublicIp");
}

std::optional<ClusterPurpose> clusterPurposeFromWire(const QString &value)
{
    if (value.compare(QLatin1String("FastProd"), Qt::CaseInsensitive) == 0)
        return ClusterPurpose::FastProd;
    if (value.compare(QLatin1String("DevTest"), Qt::CaseInsensitive) == 0)
        return ClusterPurpose::DevTest;
    return std::nullopt;
}

std::optional<LoadBalancerType> loadBalancerTypeFromWire(const QString &value)
{
    if (value.compare(QLatin1String("PublicIp"), Qt::CaseInsensitive) == 0)
        return LoadBalancerType::PublicIp;
    if (value.compare(QLatin1String("InternalLoadBalancer"), Qt::CaseInsensitive) == 0)
        return LoadBalancerType::InternalLoadBalancer;
    return std::nullopt;
}

QString normalizeRegion(const QString &region)
{
    QString out;
    out.reserve(region.size());
    for (const QChar c : region) {
        if (!c.isSpace())
            out.append(c.toLower());
    }
    return out;
}

} // namespace cw::rules
