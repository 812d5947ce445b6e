#include "azure/ManagedCluster.h"

#include "common/JsonFields.h"
#include "azure/ResourceId.h"

#include <QCoreApplication>

#include <algorithm>

namespace cw::azure {

using jsonfields::FieldReader;
using Json = nlohmann::json;

int ManagedCluster::totalNodeCount() const
{
    int total = 0;
    for (const AgentPoolProfile &p : agentPoolProfiles)
        total += std::max(0, p.count);
    return total;
}

QString ManagedCluster::effectiveKubernetesVersion() const
{
    return currentKubernetesVersion.isEmpty() ? kubernetesVersion : currentKubernetesVersion;
}

bool ManagedCluster::hasManagedIdentity() const
{
    return identityType.compare(QLatin1String("SystemAssigned"), Qt::CaseInsensitive) == 0
        || identityType.compare(QLatin1String("UserAssigned"), Qt::CaseInsensitive) == 0;
}

bool ManagedCluster::usesServicePrincipal() const
{
    return !hasManagedIdentity() && !servicePrincipalClientId.isEmpty()
        && servicePrincipalClientId.compare(QLatin1String("msi"), Qt::CaseInsensitive) != 0;
}

ParseResult<ManagedCluster> ManagedCluster::fromJson(const Json &json)
{
    if (!json.is_object())
        return ParseResult<ManagedCluster>::failure(
            QCoreApplication::translate("cw::azure", "The cluster description is not a JSON object."));
    ParseResult<ManagedCluster> r;
    QStringList *w = &r.warnings;
    ManagedCluster m;
    const FieldReader f(json, {}, w);
    m.id = f.string("id").value_or(QString());
    m.name = f.string("name").value_or(QString());
    m.location = f.string("location").value_or(QString());
    if (const Json *identity = f.object("identity"))
        m.identityType = FieldReader(*identity, QStringLiteral("identity"), w).string("type").value_or(QString());
    if (const Json *props = f.object("properties")) {
        const FieldReader p(*props, QStringLiteral("properties"), w);
        m.disableLocalAccounts = p.boolean("disableLocalAccounts").value_or(false);
        if (const Json *sp = p.object("servicePrincipalProfile"))
            m.servicePrincipalClientId =
                FieldReader(*sp, p.pathOf("servicePrincipalProfile"), w).string("clientId").value_or(QString());
        m.provisioningState = p.string("provisioningState").value_or(QString());
        if (const Json *power = p.object("powerState"))
            m.powerState = FieldReader(*power, p.pathOf("powerState"), w).string("code").value_or(QString());
        m.kubernetesVersion = p.string("kubernetesVersion").value_or(QString());
        m.currentKubernetesVersion = p.string("currentKubernetesVersion").value_or(QString());
        m.fqdn = p.string("fqdn").value_or(QString());
        m.privateFqdn = p.string("privateFQDN").value_or(QString());
        m.nodeResourceGroup = p.string("nodeResourceGroup").value_or(QString());
        if (const Json *pools = p.array("agentPoolProfiles")) {
            int i = 0;
            for (const Json &pool : *pools) {
                const QString path = p.pathOf("agentPoolProfiles") + QStringLiteral("[%1]").arg(i++);
                if (!pool.is_object()) {
                    w->append(path + QLatin1String(": expected an object"));
                    continue;
                }
                const FieldReader a(pool, path, w);
                m.agentPoolProfiles.append({a.string("name").value_or(QString()), a.integer("count").value_or(0),
                                            a.string("vmSize").value_or(QString()),
                                            a.string("osType").value_or(QString()),
                                            a.string("mode").value_or(QString())});
            }
        }
        if (const Json *access = p.object("apiServerAccessProfile")) {
            const FieldReader a(*access, p.pathOf("apiServerAccessProfile"), w);
            m.enablePrivateCluster = a.boolean("enablePrivateCluster").value_or(false);
            if (const Json *ranges = a.array("authorizedIPRanges")) {
                for (const Json &range : *ranges) {
                    if (range.is_string())
                        m.authorizedIpRanges.append(jsonfields::toQString(range.get_ref<const std::string &>()));
                }
            }
        }
        if (const Json *net = p.object("networkProfile")) {
            const FieldReader n(*net, p.pathOf("networkProfile"), w);
            m.loadBalancerSku = n.string("loadBalancerSku").value_or(QString());
            m.networkPlugin = n.string("networkPlugin").value_or(QString());
            m.serviceCidr = n.string("serviceCidr").value_or(QString());
            m.dnsServiceIp = n.string("dnsServiceIP").value_or(QString());
            m.dockerBridgeCidr = n.string("dockerBridgeCidr").value_or(QString());
        }
    }
    if (const auto rid = ResourceId::parse(m.id)) {
        m.subscriptionId = rid->subscriptionId;
        m.resourceGroup = rid->resourceGroup;
        if (m.name.isEmpty())
            m.name = rid->name();
    }
    m.raw = json;
    if (m.name.isEmpty())
        return ParseResult<ManagedCluster>::failure(
            QCoreApplication::translate("cw::azure", "The cluster description has neither a name nor an id."));
    r.value = std::move(m);
    return r;
}

} // namespace cw::azure
