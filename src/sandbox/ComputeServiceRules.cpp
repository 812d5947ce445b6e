#include "sandbox/ComputeServiceRules.h"

#include "sandbox/ResourceFactory.h"
#include "sandbox/SandboxState.h"
#include "sandbox/VmCatalog.h"

#include <QRegularExpression>

namespace cw::sandbox {
namespace {

HttpReply serviceBadArgument(const QString &message, const QString &target = {})
{
    return HttpReply::armError(400, QStringLiteral("BadArgument"), message, target);
}

bool sameServiceText(const QString &a, const char *b) { return a.compare(QLatin1String(b), Qt::CaseInsensitive) == 0; }

Json errorArray(std::initializer_list<std::pair<const char *, QString>> errors)
{
    Json list = Json::array();
    for (const auto &[code, message] : errors)
        list.push_back(provisioningError(QLatin1String(code), message));
    return list;
}

QString fastProdMachines(int nodes)
{
    return QStringLiteral("At least 3 machine(s) are required for cluster with purpose 'FastProd'. "
                          "Available machine(s) : %1").arg(nodes);
}

QString coresMessage(int needed)
{
    return QStringLiteral("Cluster should have at least %1 cores to operate.").arg(needed);
}

} // namespace

std::optional<HttpReply> parseComputeRequest(const QByteArray &body, const QString &name,
                                             const QString &workspaceLocation, ComputeRequest *out)
{
    bool tooDeep = false;
    const std::optional<Json> parsed = parseJson(body, kMaxRequestJsonDepth, &tooDeep);
    if (tooDeep)
        return HttpReply::armError(400, QStringLiteral("InvalidRequestContent"),
                                   QStringLiteral("The request content was invalid and could not be deserialized: "
                                                  "JSON nested more than %1 levels deep.").arg(kMaxRequestJsonDepth));
    if (!parsed || !parsed->is_object())
        return HttpReply::armError(400, QStringLiteral("InvalidRequestContent"),
                                   QStringLiteral("The request content was invalid and could not be deserialized."));
    const Json *props = jsonfields::find(*parsed, "properties", Keys::AnyCase);
    if (!props || !props->is_object())
        return serviceBadArgument(QStringLiteral("The request body must contain 'properties'."), QStringLiteral("properties"));
    ComputeRequest r;
    r.name = name;
    r.computeType = jsonfields::string(*props, "computeType", Keys::AnyCase);
    r.computeLocation = jsonfields::string(*props, "computeLocation", Keys::AnyCase);
    if (r.computeLocation.isEmpty())
        r.computeLocation = jsonfields::string(*parsed, "location", Keys::AnyCase);
    if (r.computeLocation.isEmpty())
        r.computeLocation = workspaceLocation;
    r.resourceId = jsonfields::string(*props, "resourceId", Keys::AnyCase);
    r.description = jsonfields::string(*props, "description", Keys::AnyCase);
    const Json empty = Json::object();
    const Json *innerPtr = jsonfields::find(*props, "properties", Keys::AnyCase);
    const Json &inner = innerPtr && innerPtr->is_object() ? *innerPtr : empty;
    if (const QString purpose = jsonfields::string(inner, "clusterPurpose", Keys::AnyCase); !purpose.isEmpty())
        r.clusterPurpose = purpose;
    if (const Json *count = jsonfields::find(inner, "agentCount", Keys::AnyCase); count && !count->is_null()) {
        if (!count->is_number_integer())
            return serviceBadArgument(QStringLiteral("agentCount must be an integer."), QStringLiteral("agentCount"));
        // AKS allows at most 1,000 nodes per pool; the bound also keeps agentCount * vCPUs and
        // the regional core sums far from int overflow (4294967297 must not read as 1).
        if (count->is_number_unsigned() ? count->get<quint64>() > 1000
                                        : (count->get<qint64>() < 0 || count->get<qint64>() > 1000))
            return serviceBadArgument(QStringLiteral("agentCount must be between 0 and 1000."), QStringLiteral("agentCount"));
        r.agentCount = int(count->get<qint64>());
        r.hasAgentCount = true;
    }
    if (const QString size = jsonfields::string(inner, "agentVmSize", Keys::AnyCase); !size.isEmpty()) {
        r.agentVmSize = size;
        r.hasAgentVmSize = true;
    }
    if (const Json *ssl = jsonfields::find(inner, "sslConfiguration", Keys::AnyCase); ssl && ssl->is_object()) {
        if (const QString status = jsonfields::string(*ssl, "status", Keys::AnyCase); !status.isEmpty())
            r.sslStatus = status;
        r.sslCert = jsonfields::string(*ssl, "cert", Keys::AnyCase);
        r.sslKey = jsonfields::string(*ssl, "key", Keys::AnyCase);
        r.sslCname = jsonfields::string(*ssl, "cname", Keys::AnyCase);
        r.leafDomainLabel = jsonfields::string(*ssl, "leafDomainLabel", Keys::AnyCase);
        r.overwriteExistingDomain = jsonfields::boolean(*ssl, "overwriteExistingDomain", Keys::AnyCase).value_or(false);
    }
    if (const QString lb = jsonfields::string(inner, "loadBalancerType", Keys::AnyCase); !lb.isEmpty())
        r.loadBalancerType = lb;
    r.loadBalancerSubnet = jsonfields::string(inner, "loadBalancerSubnet", Keys::AnyCase);
    if (const Json *net = jsonfields::find(inner, "aksNetworkingConfiguration", Keys::AnyCase); net && net->is_object())
        r.networking = *net;
    *out = r;
    return std::nullopt;
}

std::optional<HttpReply> checkComputeRequest(const ComputeRequest &r)
{
    static const QRegularExpression nameRule(QStringLiteral("^[A-Za-z][A-Za-z0-9-]{1,22}[A-Za-z0-9]$"));
    if (!nameRule.match(r.name).hasMatch())
        return serviceBadArgument(QStringLiteral("Compute name '%1' is invalid. It can include letters, digits and "
                                          "dashes. It must start with a letter, end with a letter or digit, "
                                          "and be between 3 and 24 characters long.").arg(r.name),
                           QStringLiteral("computeName"));
    if (!sameServiceText(r.computeType, "AKS"))
        return serviceBadArgument(QStringLiteral("Compute type '%1' is not supported by this service; use 'AKS' or 'Kubernetes'.")
                               .arg(r.computeType), QStringLiteral("computeType"));
    if (!sameServiceText(r.clusterPurpose, "FastProd") && !sameServiceText(r.clusterPurpose, "DenseProd") && !sameServiceText(r.clusterPurpose, "DevTest"))
        return serviceBadArgument(QStringLiteral("Invalid cluster purpose '%1'. Allowed values are FastProd, DenseProd, DevTest.")
                               .arg(r.clusterPurpose), QStringLiteral("clusterPurpose"));
    const bool internal = sameServiceText(r.loadBalancerType, "InternalLoadBalancer");
    if (!internal && !sameServiceText(r.loadBalancerType, "PublicIp"))
        return serviceBadArgument(QStringLiteral("Invalid load balancer type '%1'. Allowed values are PublicIp, InternalLoadBalancer.")
                               .arg(r.loadBalancerType), QStringLiteral("loadBalancerType"));
    const bool enabled = sameServiceText(r.sslStatus, "Enabled");
    const bool autoSsl = sameServiceText(r.sslStatus, "Auto");
    if (!enabled && !autoSsl && !sameServiceText(r.sslStatus, "Disabled"))
        return serviceBadArgument(QStringLiteral("Invalid SSL status '%1'. Allowed values are Disabled, Enabled, Auto.")
                               .arg(r.sslStatus), QStringLiteral("sslConfiguration.status"));
    if (enabled && (r.sslCert.isEmpty() || r.sslKey.isEmpty() || r.sslCname.isEmpty()))
        return serviceBadArgument(QStringLiteral("Certificate, key and CNAME are required when SSL status is 'Enabled'."),
                           QStringLiteral("sslConfiguration"));
    if (enabled && (!r.sslCert.contains(QLatin1String("-----BEGIN CERTIFICATE-----"))
                    || !r.sslKey.contains(QLatin1String("PRIVATE KEY-----"))))
        return serviceBadArgument(QStringLiteral("The SSL certificate or key is not valid PEM."), QStringLiteral("sslConfiguration"));
    if (autoSsl && r.leafDomainLabel.isEmpty())
        return serviceBadArgument(QStringLiteral("A leaf domain label is required when SSL status is 'Auto'."),
                           QStringLiteral("sslConfiguration.leafDomainLabel"));
    if (internal && (enabled || autoSsl))
        return serviceBadArgument(QStringLiteral("SSL termination is not supported with an internal load balancer."),
                           QStringLiteral("loadBalancerType"));
    if (internal && r.loadBalancerSubnet.isEmpty())
        return serviceBadArgument(QStringLiteral("A load balancer subnet is required when the load balancer type is 'InternalLoadBalancer'."),
                           QStringLiteral("loadBalancerSubnet"));
    return std::nullopt;
}

std::optional<HttpReply> checkCreate(const ComputeRequest &r, const SandboxSettings &settings)
{
    if (settings.aksCreationDisabled)
        return serviceBadArgument(QStringLiteral("Creating new AKS computes is no longer supported. Create the cluster in "
                                          "Azure Kubernetes Service and attach it, or use a Kubernetes compute."));
    if (!findVmSize(r.agentVmSize))
        return serviceBadArgument(QStringLiteral("The VM size '%1' is not available in location '%2'.")
                               .arg(r.agentVmSize, r.computeLocation), QStringLiteral("agentVmSize"));
    if (!isKnownLocation(r.computeLocation))
        return serviceBadArgument(QStringLiteral("Location '%1' is not supported.").arg(r.computeLocation),
                           QStringLiteral("computeLocation"));
    if (r.agentCount < 1)
        return serviceBadArgument(QStringLiteral("agentCount must be at least 1."), QStringLiteral("agentCount"));
    if (sameServiceText(r.clusterPurpose, "FastProd") && r.agentCount < 3)
        return serviceBadArgument(fastProdMachines(r.agentCount), QStringLiteral("agentCount"));
    return std::nullopt;
}

Json createOutcomeErrors(const ComputeRequest &r, const SandboxSettings &settings, int regionalCoresInUse)
{
    const VmSize *size = findVmSize(r.agentVmSize);
    const int cores = r.agentCount * (size ? size->vCPUs : 0);
    const bool devTest = sameServiceText(r.clusterPurpose, "DevTest");
    if (!devTest && cores < 12)
        return errorArray({{"BadArgument", coresMessage(12)}});
    if (devTest && cores < 2)
        return errorArray({{"BadArgument", coresMessage(2)}});
    if (settings.policyDenyPublicIp)
        return errorArray({{"RequestDisallowedByPolicy",
                            QStringLiteral("Resource 'kubernetes' was disallowed by policy. Policy: "
                                           "Load Balancers should not have public IPs")}});
    if (regionalCoresInUse + cores > settings.regionalCoreQuota)
        return errorArray({{"QuotaExceeded",
                            QStringLiteral("Operation could not be completed as it results in exceeding approved "
                                           "Total Regional Cores quota. Additional details - Deployment Model: "
                                           "Resource Manager, Location: %1, Current Limit: %2, Current Usage: %3, "
                                           "Additional Required: %4, (Minimum) New Limit Required: %5.")
                                .arg(r.computeLocation).arg(settings.regionalCoreQuota).arg(regionalCoresInUse)
                                .arg(cores).arg(regionalCoresInUse + cores)}});
    return Json::array();
}

Json attachOutcomeErrors(const ComputeRequest &r, const Json &cluster)
{
    const QString version = q(cluster["properties"].value("currentKubernetesVersion", std::string()));
    if (!isSupportedKubernetesVersion(version))
        return errorArray({{"BadArgument", QStringLiteral("Specified kubernetes version %1 is not supported. "
                                                          "Supported versions are between %2")
                                               .arg(version, supportedKubernetesWindow())}});
    const int nodes = clusterNodeCount(cluster);
    const int cores = clusterVCpus(cluster);
    const bool devTest = sameServiceText(r.clusterPurpose, "DevTest");
    if (!devTest && nodes < 3)
        return errorArray({{"BadArgument", fastProdMachines(nodes)}});
    if (!devTest && cores < 12)
        return errorArray({{"BadArgument", coresMessage(12)}});
    if (devTest && cores < 2)
        return errorArray({{"BadArgument", coresMessage(2)}});
    return Json::array();
}

Json visibleSslConfiguration(const ComputeRequest &r, const QString &location, QString *generatedFqdn)
{
    if (sameServiceText(r.sslStatus, "Enabled"))
        return {{"status", "Enabled"}, {"cname", s(r.sslCname)}, {"overwriteExistingDomain", r.overwriteExistingDomain}};
    if (sameServiceText(r.sslStatus, "Auto")) {
        const QString fqdn = QStringLiteral("%1%2.%3.cloudapp.azure.com")
                                 .arg(r.leafDomainLabel.toLower(), randomSuffix(6, true), location);
        if (generatedFqdn)
            *generatedFqdn = fqdn;
        return {{"status", "Auto"}, {"leafDomainLabel", s(r.leafDomainLabel)},
                {"overwriteExistingDomain", r.overwriteExistingDomain}, {"cname", s(fqdn)}};
    }
    return {{"status", "Disabled"}};
}

} // namespace cw::sandbox
