#pragma once
#include "sandbox/SandboxHttp.h"

#include <deque>

// What the sandbox answered, for tests and the demo's traffic view: method, path, query, status,
// latency, request id and the connection it came on. Never bodies or headers (they may carry tokens and secrets).
namespace cw::sandbox {

struct RequestLogEntry {
    QByteArray method;
    QString path;
    QString query;
    int status = 0; // 0 = connection dropped
    double latencyMs = 0;
    QString requestId;
    quint64 connection = 0; // the TCP connection it came on (ConnectionGuard::serial), 0 = unknown
};

class RequestLog {
public:
    void record(RequestLogEntry entry);
    void clear() { m_entries.clear(); }
    Json toJson() const;
    size_t size() const { return m_entries.size(); }

private:
    static constexpr size_t kCapacity = 20000;
    std::deque<RequestLogEntry> m_entries;
};

} // namespace cw::sandbox
