#include "export/UpdatePatch.h"

#include "export/ArmBody.h"

namespace cw::exporting {
namespace {

// The inner properties document export's builder makes for `spec`.
nlohmann::json builtInner(const rules::ComputeSpec &spec)
{
    return computeResourceBody(spec)["properties"]["properties"];
}

nlohmann::json wrap(nlohmann::json inner)
{
    return {{"properties", {{"properties", std::move(inner)}}}};
}

} // namespace

nlohmann::json tlsUpdatePatch(const rules::TlsSpec &tls)
{
    rules::ComputeSpec spec;
    spec.mode = rules::ComputeMode::Attach;
    spec.tls = tls;
    const nlohmann::json inner = builtInner(spec);
    nlohmann::json ssl = inner.contains("sslConfiguration") ? inner["sslConfiguration"]
                                                            : nlohmann::json{{"status", "Disabled"}};
    // Every field of the other TLS modes is cleared, so nothing of the old setting lingers.
    for (const char *field : {"leafDomainLabel", "overwriteExistingDomain", "cert", "key", "cname"})
        if (!ssl.contains(field))
            ssl[field] = nullptr;
    return wrap({{"sslConfiguration", ssl}});
}

nlohmann::json nodeCountPatch(int nodes)
{
    rules::ComputeSpec spec; // a create spec: the builder writes agentCount for it
    spec.mode = rules::ComputeMode::Create;
    spec.nodeCount = nodes;
    return wrap({{"agentCount", builtInner(spec)["agentCount"]}});
}

nlohmann::json loadBalancerPatch(rules::LoadBalancerType type, const QString &subnet)
{
    rules::ComputeSpec spec;
    spec.mode = rules::ComputeMode::Attach;
    spec.loadBalancer = type;
    spec.loadBalancerSubnet = subnet;
    const nlohmann::json inner = builtInner(spec);
    nlohmann::json patch = {{"loadBalancerType", inner["loadBalancerType"]},
                            {"loadBalancerSubnet", inner.contains("loadBalancerSubnet") ? inner["loadBalancerSubnet"]
                                                                                        : nlohmann::json(nullptr)}};
    return wrap(std::move(patch));
}

} // namespace cw::exporting
