#include "sandbox/ClusterExtensions.h"

#include "sandbox/SandboxState.h"

namespace cw::sandbox {

namespace {

const Json &extensionMap(const SandboxState &state)
{
    static const Json empty = Json::object();
    auto it = state.root.find("extensions");
    return it != state.root.end() && it->is_object() ? *it : empty;
}

} // namespace

QString extensionId(const QString &clusterId, const QString &name)
{
    return clusterId + QStringLiteral("/providers/Microsoft.KubernetesConfiguration/extensions/") + name;
}

const Json *storedExtension(const SandboxState &state, const QString &id)
{
    const Json &all = extensionMap(state);
    auto it = all.find(SandboxState::key(id));
    return it == all.end() ? nullptr : &*it;
}

std::vector<const Json *> extensionsOfCluster(const SandboxState &state, const QString &clusterId)
{
    const std::string prefix = SandboxState::key(clusterId) + "/providers/microsoft.kubernetesconfiguration/extensions/";
    std::vector<const Json *> out;
    const Json &all = extensionMap(state);
    for (auto it = all.begin(); it != all.end(); ++it)
        if (it.key().rfind(prefix, 0) == 0)
            out.push_back(&it.value());
    return out;
}

const Json *succeededAzureMlExtension(const SandboxState &state, const QString &clusterId)
{
    // A deleted cluster (a compute delete removes a created one) takes its extensions with it,
    // even if their documents are still stored.
    auto clusters = state.root.find("clusters");
    if (clusters == state.root.end() || !clusters->is_object() || !clusters->contains(SandboxState::key(clusterId)))
        return nullptr;
    for (const Json *doc : extensionsOfCluster(state, clusterId)) {
        const Json props = doc->value("properties", Json::object());
        if (q(props.value("extensionType", std::string())).compare(QLatin1String(kAzureMlExtensionType), Qt::CaseInsensitive) == 0
            && props.value("provisioningState", std::string()) == "Succeeded")
            return doc;
    }
    return nullptr;
}

} // namespace cw::sandbox
