#include "export/ArmBody.h"

#include "rules/AksResourceId.h"
#include "rules/NetworkRules.h"

namespace cw::exporting {
namespace {

std::string utf8(const QString &s) { return s.toStdString(); }

nlohmann::json sslConfiguration(const rules::TlsSpec &tls)
{
    switch (tls.mode) {
    case rules::TlsMode::LeafLabel:
        return {{"status", "Auto"},
                {"leafDomainLabel", utf8(tls.leafLabel.trimmed())},
                {"overwriteExistingDomain", tls.overwriteExistingDomain}};
    case rules::TlsMode::Custom:
        return {{"status", "Enabled"},
                {"cert", utf8(tls.certPem)},
                {"key", utf8(tls.keyPem)},
                {"cname", utf8(tls.cname.trimmed())}};
    case rules::TlsMode::None:
        break;
    }
    return {{"status", "Disabled"}};
}

} // namespace

nlohmann::json computeResourceBody(const rules::ComputeSpec &spec)
{
    nlohmann::json inner = nlohmann::json::object();
    nlohmann::json props = {{"computeType", "AKS"}};

    std::string location;
    if (spec.isCreate()) {
        location = utf8(spec.effectiveRegion());
        props["computeLocation"] = location;
        inner["agentCount"] = spec.nodeCount;
        inner["agentVmSize"] = utf8(spec.vmSize.trimmed());
        if (!spec.networking.isEmpty()) {
            const rules::NetworkingSpec &n = spec.networking;
            inner["aksNetworkingConfiguration"] = {
                {"subnetId", utf8(rules::subnetId(spec.workspace.subscriptionId, n))},
                {"serviceCidr", utf8(n.serviceCidr.trimmed())},
                {"dnsServiceIP", utf8(n.dnsServiceIp.trimmed())},
                {"dockerBridgeCidr", utf8(n.dockerBridgeCidr.trimmed())}};
        }
    } else {
        // The compute resource lives with the workspace; the cluster may be elsewhere.
        location = utf8(rules::normalizeRegion(spec.workspace.location));
        const rules::AksResourceIdParse id = rules::parseAksResourceId(spec.aksResourceId);
        props["resourceId"] = utf8(id.ok() ? id.id->toString() : spec.aksResourceId.trimmed());
    }
    if (!spec.description.isEmpty())
        props["description"] = utf8(spec.description);

    inner["clusterPurpose"] = utf8(rules::wireValue(spec.purpose));
    if (spec.tls.mode != rules::TlsMode::None)
        inner["sslConfiguration"] = sslConfiguration(spec.tls);
    inner["loadBalancerType"] = utf8(rules::wireValue(spec.loadBalancer));
    if (spec.loadBalancer == rules::LoadBalancerType::InternalLoadBalancer
        && !spec.loadBalancerSubnet.trimmed().isEmpty())
        inner["loadBalancerSubnet"] = utf8(spec.loadBalancerSubnet.trimmed());

    props["properties"] = std::move(inner);
    nlohmann::json body = nlohmann::json::object();
    if (!location.empty())
        body["location"] = location;
    body["properties"] = std::move(props);
    return body;
}

} // namespace cw::exporting
