#include "azure/AksProperties.h"

#include "azure/JsonFields.h"

namespace cw::azure {

using jsonfields::FieldReader;
using Json = nlohmann::json;

namespace {

Json baseObject(const Json &raw)
{
    return raw.is_object() ? raw : Json::object();
}

bool equalsCi(const std::optional<QString> &v, QLatin1String expected)
{
    return v && v->compare(expected, Qt::CaseInsensitive) == 0;
}

} // namespace

bool SslConfiguration::isEnabled() const
{
    return equalsCi(status, QLatin1String("Enabled")) || equalsCi(status, QLatin1String("Auto"));
}

SslConfiguration SslConfiguration::fromJson(const Json &json, const QString &path, QStringList *warnings)
{
    SslConfiguration s;
    const FieldReader f(json, path, warnings);
    s.status = f.string("status");
    s.cert = f.string("cert");
    s.key = f.string("key");
    s.cname = f.string("cname");
    s.leafDomainLabel = f.string("leafDomainLabel");
    s.overwriteExistingDomain = f.boolean("overwriteExistingDomain");
    s.raw = json;
    return s;
}

Json SslConfiguration::toJson() const
{
    Json out = baseObject(raw);
    jsonfields::putString(out, "status", status);
    jsonfields::putString(out, "cert", cert);
    jsonfields::putString(out, "key", key);
    jsonfields::putString(out, "cname", cname);
    jsonfields::putString(out, "leafDomainLabel", leafDomainLabel);
    jsonfields::putBool(out, "overwriteExistingDomain", overwriteExistingDomain);
    return out;
}

AksNetworkingConfiguration AksNetworkingConfiguration::fromJson(const Json &json, const QString &path,
                                                                QStringList *warnings)
{
    AksNetworkingConfiguration n;
    const FieldReader f(json, path, warnings);
    n.subnetId = f.string("subnetId");
    n.serviceCidr = f.string("serviceCidr");
    n.dnsServiceIP = f.string("dnsServiceIP");
    n.dockerBridgeCidr = f.string("dockerBridgeCidr");
    n.raw = json;
    return n;
}

Json AksNetworkingConfiguration::toJson() const
{
    Json out = baseObject(raw);
    jsonfields::putString(out, "subnetId", subnetId);
    jsonfields::putString(out, "serviceCidr", serviceCidr);
    jsonfields::putString(out, "dnsServiceIP", dnsServiceIP);
    jsonfields::putString(out, "dockerBridgeCidr", dockerBridgeCidr);
    return out;
}

bool AksProperties::isInternalLoadBalancer() const
{
    return equalsCi(loadBalancerType, QLatin1String("InternalLoadBalancer"));
}

AksProperties AksProperties::fromJson(const Json &json, const QString &path, QStringList *warnings)
{
    AksProperties a;
    const FieldReader f(json, path, warnings);
    a.agentCount = f.integer("agentCount");
    a.agentVmSize = f.string("agentVmSize");
    a.clusterPurpose = f.string("clusterPurpose");
    a.clusterFqdn = f.string("clusterFqdn");
    if (const Json *services = f.array("systemServices")) {
        int i = 0;
        for (const Json &item : *services) {
            const QString itemPath = f.pathOf("systemServices") + QStringLiteral("[%1]").arg(i++);
            if (!item.is_object()) {
                if (warnings)
                    warnings->append(itemPath + QLatin1String(": expected an object"));
                continue;
            }
            const FieldReader s(item, itemPath, warnings);
            a.systemServices.append({s.string("systemServiceType").value_or(QString()),
                                     s.string("publicIpAddress").value_or(QString()),
                                     s.string("version").value_or(QString())});
        }
    }
    if (const Json *ssl = f.object("sslConfiguration"))
        a.sslConfiguration = SslConfiguration::fromJson(*ssl, f.pathOf("sslConfiguration"), warnings);
    if (const Json *net = f.object("aksNetworkingConfiguration"))
        a.aksNetworkingConfiguration =
            AksNetworkingConfiguration::fromJson(*net, f.pathOf("aksNetworkingConfiguration"), warnings);
    // find() is case-insensitive, so the capitalised 2021-04-01 spellings are read too.
    a.loadBalancerType = f.string("loadBalancerType");
    a.loadBalancerSubnet = f.string("loadBalancerSubnet");
    a.raw = json;
    return a;
}

Json AksProperties::toJson() const
{
    Json out = baseObject(raw);
    jsonfields::putInt(out, "agentCount", agentCount);
    jsonfields::putString(out, "agentVmSize", agentVmSize);
    jsonfields::putString(out, "clusterPurpose", clusterPurpose);
    jsonfields::putString(out, "clusterFqdn", clusterFqdn);
    jsonfields::putObject(out, "sslConfiguration",
                          sslConfiguration ? std::optional<Json>(sslConfiguration->toJson()) : std::nullopt);
    jsonfields::putObject(out, "aksNetworkingConfiguration",
                          aksNetworkingConfiguration ? std::optional<Json>(aksNetworkingConfiguration->toJson())
                                                     : std::nullopt);
    jsonfields::putString(out, "loadBalancerType", loadBalancerType);
    jsonfields::putString(out, "loadBalancerSubnet", loadBalancerSubnet);
    return out;
}

} // namespace cw::azure
