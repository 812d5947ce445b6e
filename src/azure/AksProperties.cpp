#include "azure/AksProperties.h"

#include "common/JsonFields.h"

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

// The text members of a struct with their JSON names: fromJson() and toJson() both walk one
// table, so a name is spelt once and reading and writing cannot drift apart.
template <typename T>
struct TextField {
    const char *key;
    std::optional<QString> T::*member;
};

constexpr TextField<SslConfiguration> kSslText[] = {
    {"status", &SslConfiguration::status}, {"cert", &SslConfiguration::cert}, {"key", &SslConfiguration::key},
    {"cname", &SslConfiguration::cname}, {"leafDomainLabel", &SslConfiguration::leafDomainLabel}};

constexpr TextField<AksNetworkingConfiguration> kNetworkingText[] = {
    {"subnetId", &AksNetworkingConfiguration::subnetId},
    {"serviceCidr", &AksNetworkingConfiguration::serviceCidr},
    {"dnsServiceIP", &AksNetworkingConfiguration::dnsServiceIP},
    {"dockerBridgeCidr", &AksNetworkingConfiguration::dockerBridgeCidr}};

template <typename T, size_t N>
void readText(const FieldReader &f, T &into, const TextField<T> (&fields)[N])
{
    for (const TextField<T> &field : fields)
        into.*field.member = f.string(field.key);
}

template <typename T, size_t N>
void writeText(Json &out, const T &from, const TextField<T> (&fields)[N])
{
    for (const TextField<T> &field : fields)
        jsonfields::putString(out, field.key, from.*field.member);
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
    readText(f, s, kSslText);
    s.overwriteExistingDomain = f.boolean("overwriteExistingDomain");
    s.raw = json;
    return s;
}

Json SslConfiguration::toJson() const
{
    Json out = baseObject(raw);
    writeText(out, *this, kSslText);
    jsonfields::putBool(out, "overwriteExistingDomain", overwriteExistingDomain);
    return out;
}

AksNetworkingConfiguration AksNetworkingConfiguration::fromJson(const Json &json, const QString &path,
                                                                QStringList *warnings)
{
    AksNetworkingConfiguration n;
    readText(FieldReader(json, path, warnings), n, kNetworkingText);
    n.raw = json;
    return n;
}

Json AksNetworkingConfiguration::toJson() const
{
    Json out = baseObject(raw);
    writeText(out, *this, kNetworkingText);
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
    // FieldReader matches any case, so the capitalised 2021-04-01 spellings are read too.
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
