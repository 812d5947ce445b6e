#include "azure/ComputeRowFacts.h"

#include "common/JsonFields.h"
#include "common/JsonText.h"

#include <algorithm>
#include <charconv>
#include <map>

namespace cw::azure {

namespace {

// FieldReader's rules on a member's text: absent, null or of another type reads as nullopt.
std::optional<QString> text(std::string_view value)
{
    return jsontext::stringValue(value);
}

std::optional<bool> boolean(std::string_view value)
{
    if (value == "true")
        return true;
    if (value == "false")
        return false;
    return std::nullopt;
}

// -?(0|[1-9][0-9]{0,8}): a JSON integer that fits an int whatever its digits.
bool isShortInteger(std::string_view value)
{
    const std::string_view digits = value.starts_with('-') ? value.substr(1) : value;
    if (digits.empty() || digits.size() > 9 || (digits.front() == '0' && digits.size() > 1))
        return false;
    return std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<int> integer(std::string_view value)
{
    if (value.empty() || !(value.front() == '-' || (value.front() >= '0' && value.front() <= '9')))
        return std::nullopt;
    // The common case (a node count) read directly: a parser per row was 1.4% of a list's work.
    if (isShortInteger(value)) {
        int n = 0;
        (void)std::from_chars(value.data(), value.data() + value.size(), n); // cannot fail: checked above
        return n;
    }
    // The number as the parsed document holds it (integer, unsigned or double), then the same
    // range checks as FieldReader::integer.
    const nlohmann::json number = parseBoundedJson(value);
    return number.is_number() ? jsonfields::integerValue<int>(number) : std::nullopt;
}

bool isObject(std::string_view value)
{
    return !value.empty() && value.front() == '{';
}

bool isArray(std::string_view value)
{
    return !value.empty() && value.front() == '[';
}

// provisioningErrors as ComputeResource reads them: objects only, {"error":{code,message}} or a
// bare {code,message}.
QList<ComputeRowFacts::Error> errors(std::string_view list)
{
    QList<ComputeRowFacts::Error> out;
    for (jsontext::Elements e(list); e.next();) {
        if (!isObject(e.value()))
            continue;
        const std::string_view inner = jsontext::member(e.value(), "error", true);
        std::string_view fields[2];
        jsontext::members(isObject(inner) ? inner : e.value(), {"code", "message"}, fields, true);
        out.append({text(fields[0]).value_or(QString()), text(fields[1]).value_or(QString())});
    }
    return out;
}

// The publicIpAddress of the last ScoringFront entry of systemServices (objects only).
std::optional<QString> scoringFront(std::string_view list)
{
    std::optional<QString> address;
    for (jsontext::Elements e(list); e.next();) {
        if (!isObject(e.value()))
            continue;
        std::string_view fields[2];
        jsontext::members(e.value(), {"systemServiceType", "publicIpAddress"}, fields, true);
        if (text(fields[0]).value_or(QString()).compare(QLatin1String("ScoringFront"), Qt::CaseInsensitive) == 0)
            address = text(fields[1]).value_or(QString());
    }
    return address;
}

} // namespace

QString ComputeRowFacts::tlsText() const
{
    const bool enabled = sslStatus
        && (sslStatus->compare(QLatin1String("Enabled"), Qt::CaseInsensitive) == 0
            || sslStatus->compare(QLatin1String("Auto"), Qt::CaseInsensitive) == 0);
    if (hasSsl && enabled)
        return *sslStatus;
    return QStringLiteral("-");
}

QString ComputeRowFacts::namespaceText() const
{
    return hasKubernetes ? kubernetesNamespace.value_or(QStringLiteral("default")) : QString();
}

QString ComputeRowFacts::instanceTypesText() const
{
    QStringList names;
    for (const QString &name : instanceTypes)
        names.append(defaultInstanceType && name == *defaultInstanceType ? defaultMarked(name) : name);
    if (names.isEmpty() && defaultInstanceType)
        names.append(defaultMarked(*defaultInstanceType));
    return names.join(QStringLiteral(", "));
}

ComputeRowFacts ComputeRowFacts::fromModel(const ComputeResource &c, Detail detail)
{
    ComputeRowFacts f;
    f.name = c.name;
    f.computeType = c.computeType;
    f.provisioningState = c.provisioningState;
    f.computeLocation = c.computeLocation;
    f.location = c.location;
    f.isAttachedCompute = c.isAttachedCompute;
    if (c.kubernetes) {
        f.hasKubernetes = true;
        f.kubernetesNamespace = c.kubernetes->kubernetesNamespace;
        f.defaultInstanceType = c.kubernetes->defaultInstanceType;
        for (const InstanceType &type : c.kubernetes->instanceTypes)
            f.instanceTypes.append(type.name);
    }
    if (c.aks) {
        f.hasAks = true;
        f.clusterPurpose = c.aks->clusterPurpose;
        f.agentCount = c.aks->agentCount;
        f.agentVmSize = c.aks->agentVmSize;
        f.loadBalancerType = c.aks->loadBalancerType;
        if (c.aks->sslConfiguration) {
            f.hasSsl = true;
            f.sslStatus = c.aks->sslConfiguration->status;
        }
    }
    if (detail == Detail::Summary)
        return f;
    f.id = c.id;
    f.resourceId = c.resourceId;
    f.createdOn = c.createdOn;
    f.modifiedOn = c.modifiedOn;
    for (const ProvisioningError &error : c.provisioningErrors)
        f.provisioningErrors.append({error.code, error.message});
    if (!c.aks)
        return f;
    f.clusterFqdn = c.aks->clusterFqdn;
    f.loadBalancerSubnet = c.aks->loadBalancerSubnet;
    for (const SystemService &service : c.aks->systemServices)
        if (service.systemServiceType.compare(QLatin1String("ScoringFront"), Qt::CaseInsensitive) == 0)
            f.scoringFrontAddress = service.publicIpAddress;
    if (c.aks->sslConfiguration) {
        f.sslCname = c.aks->sslConfiguration->cname;
        f.sslLeafDomainLabel = c.aks->sslConfiguration->leafDomainLabel;
    }
    return f;
}

std::optional<ComputeRowFacts> ComputeRowFacts::fromText(std::string_view document, Detail detail)
{
    document.remove_prefix(jsontext::skipSpace(document, 0));
    if (!isObject(document))
        return std::nullopt;
    const bool row = detail == Detail::Row;
    ComputeRowFacts f;
    // One walk per object for every member either detail reads; the Summary ignores the rest.
    std::string_view root[4];
    jsontext::members(document, {"name", "location", "properties", "id"}, root, true);
    f.name = text(root[0]).value_or(QString());
    f.location = text(root[1]);
    if (row)
        f.id = text(root[3]).value_or(QString());
    if (!isObject(root[2]))
        return f;
    std::string_view props[9];
    jsontext::members(root[2],
                      {"computeType", "computeLocation", "provisioningState", "isAttachedCompute", "properties",
                       "resourceId", "createdOn", "modifiedOn", "provisioningErrors"},
                      props, true);
    f.computeType = text(props[0]);
    f.computeLocation = text(props[1]);
    f.provisioningState = text(props[2]);
    f.isAttachedCompute = boolean(props[3]);
    if (row) {
        f.resourceId = text(props[5]);
        f.createdOn = text(props[6]);
        f.modifiedOn = text(props[7]);
        if (isArray(props[8]))
            f.provisioningErrors = errors(props[8]);
    }
    if (!isObject(props[4]))
        return f;
    if (isKubernetesComputeType(f.computeType)) {
        f.hasKubernetes = true;
        std::string_view k8s[3];
        jsontext::members(props[4], {"namespace", "defaultInstanceType", "instanceTypes"}, k8s, true);
        f.kubernetesNamespace = text(k8s[0]);
        f.defaultInstanceType = text(k8s[1]);
        if (isObject(k8s[2])) {
            // As the parsed document holds them: sorted, and a repeated name keeps its last value.
            std::map<std::string, bool> names;
            for (jsontext::Members m(k8s[2]); m.next();)
                if (const std::optional<std::string> name = jsontext::decodeRawKey(m.rawKey()))
                    names[*name] = isObject(m.value());
            for (const auto &[name, object] : names)
                if (object)
                    f.instanceTypes.append(QString::fromStdString(name));
        }
        return f;
    }
    f.hasAks = true;
    std::string_view aks[8];
    jsontext::members(props[4],
                      {"clusterPurpose", "agentCount", "agentVmSize", "loadBalancerType", "sslConfiguration",
                       "clusterFqdn", "loadBalancerSubnet", "systemServices"},
                      aks, true);
    f.clusterPurpose = text(aks[0]);
    f.agentCount = integer(aks[1]);
    f.agentVmSize = text(aks[2]);
    f.loadBalancerType = text(aks[3]);
    if (row) {
        f.clusterFqdn = text(aks[5]);
        f.loadBalancerSubnet = text(aks[6]);
        if (isArray(aks[7]))
            f.scoringFrontAddress = scoringFront(aks[7]);
    }
    if (isObject(aks[4])) {
        f.hasSsl = true;
        if (!row) {
            f.sslStatus = text(jsontext::member(aks[4], "status", true));
        } else {
            std::string_view ssl[3];
            jsontext::members(aks[4], {"status", "cname", "leafDomainLabel"}, ssl, true);
            f.sslStatus = text(ssl[0]);
            f.sslCname = text(ssl[1]);
            f.sslLeafDomainLabel = text(ssl[2]);
        }
    }
    return f;
}

} // namespace cw::azure
