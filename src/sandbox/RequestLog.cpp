#include "sandbox/RequestLog.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSandboxRequests, "cw.sandbox.requests", QtInfoMsg)

namespace cw::sandbox {

void RequestLog::record(RequestLogEntry entry)
{
    qCDebug(lcSandboxRequests).noquote() << entry.method << entry.path << entry.status
                                         << entry.latencyMs << "ms" << entry.requestId;
    if (m_entries.size() >= kCapacity)
        m_entries.pop_front();
    m_entries.push_back(std::move(entry));
}

Json RequestLog::toJson() const
{
    Json list = Json::array();
    for (const RequestLogEntry &e : m_entries) {
        list.push_back({{"method", e.method.toStdString()},
                        {"path", s(e.path)},
                        {"query", s(e.query)},
                        {"status", e.status},
                        {"latencyMs", e.latencyMs},
                        {"requestId", s(e.requestId)},
                        {"connection", e.connection}});
    }
    return list;
}

} // namespace cw::sandbox
