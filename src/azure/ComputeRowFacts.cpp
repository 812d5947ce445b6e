#include "azure/ComputeRowFacts.h"

#include "common/JsonFields.h"
#include "common/JsonText.h"

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

std::optional<int> integer(std::string_view value)
{
    if (value.empty() || !(value.front() == '-' || (value.front() >= '0' && value.front() <= '9')))
        return std::nullopt;
    // The number as the parsed document holds it (integer, unsigned or double), then the same
    // range checks as FieldReader::integer.
    const nlohmann::json number = parseBoundedJson(value);
    return number.is_number() ? jsonfields::integerValue<int>(number) : std::nullopt;
}

bool isObject(std::string_view value)
{
    return !value.empty() && value.front() == '{';
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

ComputeRowFacts ComputeRowFacts::fromModel(const ComputeResource &c)
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
    return f;
}

std::optional<ComputeRowFacts> ComputeRowFacts::fromText(std::string_view document)
{
    document.remove_prefix(jsontext::skipSpace(document, 0));
    if (!isObject(document))
        return std::nullopt;
    ComputeRowFacts f;
    std::string_view root[3];
    jsontext::members(document, {"name", "location", "properties"}, root, true);
    f.name = text(root[0]).value_or(QString());
    f.location = text(root[1]);
    if (!isObject(root[2]))
        return f;
    std::string_view props[5];
    jsontext::members(root[2],
                      {"computeType", "computeLocation", "provisioningState", "isAttachedCompute", "properties"}, props,
                      true);
    f.computeType = text(props[0]);
    f.computeLocation = text(props[1]);
    f.provisioningState = text(props[2]);
    f.isAttachedCompute = boolean(props[3]);
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
    std::string_view aks[5];
    jsontext::members(props[4], {"clusterPurpose", "agentCount", "agentVmSize", "loadBalancerType", "sslConfiguration"},
                      aks, true);
    f.clusterPurpose = text(aks[0]);
    f.agentCount = integer(aks[1]);
    f.agentVmSize = text(aks[2]);
    f.loadBalancerType = text(aks[3]);
    if (isObject(aks[4])) {
        f.hasSsl = true;
        f.sslStatus = text(jsontext::member(aks[4], "status", true));
    }
    return f;
}

} // namespace cw::azure
