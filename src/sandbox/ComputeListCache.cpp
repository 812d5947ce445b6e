#include "sandbox/ComputeListCache.h"

#include "sandbox/SandboxState.h"

namespace cw::sandbox {

ComputeListCache::Workspace &ComputeListCache::workspace(const SandboxState &state, const std::string &wsKey,
                                                         const Json &all)
{
    if (m_version != state.version()) {
        m_workspaces.clear(); // also frees the texts of workspaces no one lists any more
        m_version = state.version();
    }
    auto [it, added] = m_workspaces.try_emplace(wsKey);
    Workspace &ws = it->second;
    if (added || ws.keys.size() != all.size()) {
        ws.keys.clear();
        ws.keys.reserve(all.size());
        for (auto c = all.begin(); c != all.end(); ++c)
            ws.keys.push_back(c.key());
        ws.rendered.assign(ws.keys.size(), std::string());
    }
    return ws;
}

qsizetype ComputeListCache::appendPage(const SandboxState &state, const std::string &wsKey, const Json &all,
                                       qsizetype skip, qsizetype count, QByteArray &out)
{
    Workspace *ws = &workspace(state, wsKey, all);
    const qsizetype total = qsizetype(ws->keys.size());
    const qsizetype end = skip < total ? std::min(total, skip + count) : skip;
    for (qsizetype i = skip; i < end; ++i) {
        std::string &text = ws->rendered[size_t(i)];
        if (!text.empty())
            continue;
        const auto c = all.find(ws->keys[size_t(i)]);
        if (c == all.end()) {
            // The state changed without markDirty() (a bug elsewhere): start again from it.
            Q_ASSERT_X(false, "ComputeListCache", "the computes changed without SandboxState::markDirty()");
            m_workspaces.erase(wsKey);
            return appendPage(state, wsKey, all, skip, count, out);
        }
        text = c->dump();
    }
    for (qsizetype i = skip; i < end; ++i) {
        const std::string &text = ws->rendered[size_t(i)];
        if (i > skip)
            out += ',';
        out.append(text.data(), qsizetype(text.size()));
    }
    return total;
}

} // namespace cw::sandbox
