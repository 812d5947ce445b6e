#pragma once
#include "sandbox/SandboxHttp.h"

#include <unordered_map>
#include <vector>

// The computes of each workspace as the list answers them: their keys in list order and each
// one's JSON text, rendered on first use and reused while the state's version does not move.
// A list page then costs what its bytes cost: no walk to $skip, no copy of the documents, no
// re-serialisation per request. Any change of the state (SandboxState::markDirty) drops it all.
namespace cw::sandbox {

class SandboxState;

class ComputeListCache {
public:
    // Appends the JSON texts of computes [skip, skip + count) of the workspace (`all`: its map of
    // computes in the state, `wsKey`: its key there), separated by commas, to `out`. Returns how
    // many computes the workspace has.
    qsizetype appendPage(const SandboxState &state, const std::string &wsKey, const Json &all, qsizetype skip,
                         qsizetype count, QByteArray &out);

private:
    struct Workspace {
        std::vector<std::string> keys;     // list order (the state's map order)
        std::vector<std::string> rendered; // empty until rendered
    };
    Workspace &workspace(const SandboxState &state, const std::string &wsKey, const Json &all);

    quint64 m_version = 0;
    std::unordered_map<std::string, Workspace> m_workspaces;
};

} // namespace cw::sandbox
