#pragma once
#include "sandbox/KubeObjects.h"

#include <unordered_map>

// The objects of each cluster and resource as kubeObjects() makes them (nodes, pods and system
// objects derived from the cluster document, stored objects, secrets), with each object's JSON
// text, kept for one state version: every Kubernetes request used to derive them all again.
// Whatever they are made of (the cluster document, its computes' attach, its secrets and stored
// objects) changes only with a SandboxState::markDirty(), which moves the version and drops
// them all.
namespace cw::sandbox {

class KubeObjectCache {
public:
    class Objects {
    public:
        explicit Objects(std::vector<Json> made) : objects(std::move(made)), m_texts(objects.size()) {}
        // objects[i] as JSON text, rendered on first use.
        const std::string &text(size_t i) const;

        const std::vector<Json> objects;

    private:
        mutable std::vector<std::string> m_texts;
    };

    // Valid until the state's next change (the next call after a markDirty() drops it).
    const Objects &objects(SandboxState &state, const QString &clusterId, const KubeResource &resource);

private:
    quint64 m_version = 0;
    std::unordered_map<std::string, Objects> m_entries; // "clusterkey|resource"
};

} // namespace cw::sandbox
