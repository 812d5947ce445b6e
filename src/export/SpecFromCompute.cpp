#include "export/SpecFromCompute.h"

#include "common/JsonFields.h"
#include "rules/AksResourceId.h"

#include <QCoreApplication>

#include <string_view>

namespace cw::exporting {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(cw::exporting::SpecFromCompute)
};

// ARM property names are case-insensitive (the service itself writes some in other cases).
const nlohmann::json *member(const nlohmann::json &object, std::string_view key)
{
    return jsonfields::find(object, key, jsonfields::Keys::AnyCase);
}

QString text(const nlohmann::json &object, std::string_view key)
{
    return jsonfields::string(object, key, jsonfields::Keys::AnyCase);
}

SpecFromComputeResult failure(const QString &message) { return {std::nullopt, message}; }

} // namespace

SpecFromComputeResult attachSpecFromCompute(const nlohmann::json &compute, const WorkspaceRef &workspace)
{
    const nlohmann::json *props = member(compute, "properties");
    if (!props || !props->is_object())
        return failure(Text::tr("The compute has no properties."));
    if (text(*props, "computeType").compare(QLatin1String("AKS"), Qt::CaseInsensitive) != 0)
        return failure(Text::tr("The compute is not an AKS inference cluster."));
    const QString resourceId = text(*props, "resourceId");
    const rules::AksResourceIdParse id = rules::parseAksResourceId(resourceId);
    if (!id.ok())
        return failure(Text::tr("The compute does not name its AKS cluster: %1").arg(id.message));

    rules::ComputeSpec spec;
    spec.mode = rules::ComputeMode::Attach;
    spec.workspace = workspace;
    spec.name = text(compute, "name");
    spec.aksResourceId = id.id->toString();
    spec.description = text(*props, "description");
    const nlohmann::json empty = nlohmann::json::object();
    const nlohmann::json *innerPtr = member(*props, "properties");
    const nlohmann::json &inner = innerPtr && innerPtr->is_object() ? *innerPtr : empty;

    spec.purpose = rules::clusterPurposeFromWire(text(inner, "clusterPurpose")).value_or(rules::ClusterPurpose::FastProd);
    spec.loadBalancer = rules::loadBalancerTypeFromWire(text(inner, "loadBalancerType")).value_or(rules::LoadBalancerType::PublicIp);
    if (spec.loadBalancer == rules::LoadBalancerType::InternalLoadBalancer)
        spec.loadBalancerSubnet = text(inner, "loadBalancerSubnet");

    if (const nlohmann::json *ssl = member(inner, "sslConfiguration"); ssl && ssl->is_object()) {
        const QString status = text(*ssl, "status");
        if (status.compare(QLatin1String("Enabled"), Qt::CaseInsensitive) == 0) {
            spec.tls.mode = rules::TlsMode::Custom;
            spec.tls.cname = text(*ssl, "cname");
        } else if (status.compare(QLatin1String("Auto"), Qt::CaseInsensitive) == 0) {
            spec.tls.mode = rules::TlsMode::LeafLabel;
            spec.tls.leafLabel = text(*ssl, "leafDomainLabel");
            // Keep the same domain name: the label is already registered by this cluster.
            spec.tls.overwriteExistingDomain = true;
        }
    }
    return {spec, {}};
}

} // namespace cw::exporting
