#include "azure/ResourceId.h"

#include <QStringList>
#include <QUrl>

namespace cw::azure {

namespace {

const QLatin1String kSubscriptions("subscriptions");
const QLatin1String kResourceGroups("resourceGroups");
const QLatin1String kProviders("providers");

bool same(const QString &a, QLatin1String b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

std::optional<ResourceId> ResourceId::parse(const QString &id)
{
    QStringList parts = id.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (QString &p : parts)
        p = QUrl::fromPercentEncoding(p.toUtf8());
    if (parts.size() < 2 || !same(parts[0], kSubscriptions) || parts[1].isEmpty())
        return std::nullopt;
    ResourceId r;
    r.subscriptionId = parts[1];
    qsizetype i = 2;
    if (i < parts.size() && same(parts[i], kResourceGroups)) {
        if (i + 1 >= parts.size())
            return std::nullopt;
        r.resourceGroup = parts[i + 1];
        i += 2;
    }
    if (i < parts.size()) {
        if (!same(parts[i], kProviders) || i + 1 >= parts.size())
            return std::nullopt;
        r.provider = parts[i + 1];
        i += 2;
        // Type/name pairs; a trailing type without name (a collection path) is refused.
        if ((parts.size() - i) % 2 != 0)
            return std::nullopt;
        for (; i + 1 < parts.size(); i += 2)
            r.typeNames.append({parts[i], parts[i + 1]});
    }
    return r;
}

QString ResourceId::name() const
{
    if (!typeNames.isEmpty())
        return typeNames.last().second;
    if (!resourceGroup.isEmpty())
        return resourceGroup;
    return subscriptionId;
}

QString ResourceId::resourceType() const
{
    QString t = provider;
    for (const auto &[type, n] : typeNames)
        t += QLatin1Char('/') + type;
    return t;
}

QString ResourceId::toString() const
{
    QString s = armpath::subscription(subscriptionId);
    if (!resourceGroup.isEmpty())
        s += QLatin1String("/resourceGroups/") + armpath::segment(resourceGroup);
    if (!provider.isEmpty()) {
        s += QLatin1String("/providers/") + armpath::segment(provider);
        for (const auto &[type, n] : typeNames)
            s += QLatin1Char('/') + armpath::segment(type) + QLatin1Char('/') + armpath::segment(n);
    }
    return s;
}

namespace armpath {

QString segment(const QString &name)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QString subscriptions()
{
    return QStringLiteral("/subscriptions");
}

QString subscription(const QString &subscriptionId)
{
    return QLatin1String("/subscriptions/") + segment(subscriptionId);
}

QString resourceGroup(const QString &subscriptionId, const QString &rg)
{
    return subscription(subscriptionId) + QLatin1String("/resourceGroups/") + segment(rg);
}

QString workspacesInSubscription(const QString &subscriptionId)
{
    return subscription(subscriptionId) + QLatin1String("/providers/") + QLatin1String(kMachineLearningProvider)
        + QLatin1String("/workspaces");
}

QString workspacesInResourceGroup(const QString &subscriptionId, const QString &rg)
{
    return resourceGroup(subscriptionId, rg) + QLatin1String("/providers/") + QLatin1String(kMachineLearningProvider)
        + QLatin1String("/workspaces");
}

QString workspace(const QString &subscriptionId, const QString &rg, const QString &ws)
{
    return workspacesInResourceGroup(subscriptionId, rg) + QLatin1Char('/') + segment(ws);
}

QString computes(const QString &subscriptionId, const QString &rg, const QString &ws)
{
    return workspace(subscriptionId, rg, ws) + QLatin1String("/computes");
}

QString compute(const QString &subscriptionId, const QString &rg, const QString &ws, const QString &computeName)
{
    return computes(subscriptionId, rg, ws) + QLatin1Char('/') + segment(computeName);
}

QString workspace(const WorkspaceRef &ws)
{
    return workspace(ws.subscriptionId.trimmed(), ws.resourceGroup.trimmed(), ws.workspace.trimmed());
}

QString computes(const WorkspaceRef &ws)
{
    return workspace(ws) + QLatin1String("/computes");
}

QString compute(const WorkspaceRef &ws, const QString &computeName)
{
    return computes(ws) + QLatin1Char('/') + segment(computeName.trimmed());
}

QString managedClusters(const QString &subscriptionId, const QString &rg)
{
    const QString scope = rg.isEmpty() ? subscription(subscriptionId) : resourceGroup(subscriptionId, rg);
    return scope + QLatin1String("/providers/") + QLatin1String(kContainerServiceProvider)
        + QLatin1String("/managedClusters");
}

QString managedCluster(const QString &subscriptionId, const QString &rg, const QString &name)
{
    return managedClusters(subscriptionId, rg) + QLatin1Char('/') + segment(name);
}

QString vmSizes(const QString &subscriptionId, const QString &location)
{
    return subscription(subscriptionId) + QLatin1String("/providers/") + QLatin1String(kMachineLearningProvider)
        + QLatin1String("/locations/") + segment(location) + QLatin1String("/vmSizes");
}

QString computeUsages(const QString &subscriptionId, const QString &location)
{
    return subscription(subscriptionId) + QLatin1String("/providers/Microsoft.Compute/locations/") + segment(location)
        + QLatin1String("/usages");
}

QString orchestrators(const QString &subscriptionId, const QString &location)
{
    return subscription(subscriptionId) + QLatin1String("/providers/") + QLatin1String(kContainerServiceProvider)
        + QLatin1String("/locations/") + segment(location) + QLatin1String("/orchestrators");
}

} // namespace armpath
} // namespace cw::azure
