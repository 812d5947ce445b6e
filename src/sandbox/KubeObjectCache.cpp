#include "sandbox/KubeObjectCache.h"

#include "sandbox/SandboxState.h"

namespace cw::sandbox {

const std::string &KubeObjectCache::Objects::text(size_t i) const
{
    std::string &text = m_texts[i];
    if (text.empty())
        text = objects[i].dump();
    return text;
}

const KubeObjectCache::Objects &KubeObjectCache::objects(SandboxState &state, const QString &clusterId,
                                                         const KubeResource &resource)
{
    if (m_version != state.version()) {
        m_entries.clear();
        m_version = state.version();
    }
    const std::string key = SandboxState::key(clusterId) + '|' + resource.name;
    auto it = m_entries.find(key);
    if (it == m_entries.end()) {
        std::vector<Json> made = kubeObjects(state, clusterId, resource);
        // kubeObjects() may add empty maps to the state (storeOf, clusterSecrets): no change of
        // what anyone reads, so no new version; the entry stays valid.
        it = m_entries.try_emplace(key, std::move(made)).first;
    }
    return it->second;
}

} // namespace cw::sandbox
