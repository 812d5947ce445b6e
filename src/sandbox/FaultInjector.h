#pragma once
#include "sandbox/SandboxHttp.h"

#include <QRegularExpression>

// Injected failures for the next N calls matching a method and a path pattern: an error status
// (429/500/503... with Retry-After), a dropped connection, a delay, or a malformed body.
namespace cw::sandbox {

struct FaultRule {
    enum class Kind { Status, Drop, Delay, Malformed };
    int id = 0;
    QByteArray method; // "*" = any
    QRegularExpression path;
    Kind kind = Kind::Status;
    int status = 500;
    QByteArray retryAfter;
    int remaining = 1; // < 0: unlimited
    int delayMs = 0;
};

class FaultInjector {
public:
    // From {"method","path","kind","status","retryAfter","count","delayMs"}; 0 + error if invalid.
    int add(const Json &spec, QString *error);
    void clear() { m_rules.clear(); }
    // The first matching rule, consuming one of its uses.
    std::optional<FaultRule> take(const QByteArray &method, const QString &path);
    Json toJson() const;

    // The reply a Status fault gives (ARM error body, Retry-After when set).
    static HttpReply statusReply(const FaultRule &rule);
    // Corrupts a reply's body (kept status and headers) for a Malformed fault.
    static void corrupt(HttpReply &reply);

private:
    std::vector<FaultRule> m_rules;
    int m_nextId = 1;
};

} // namespace cw::sandbox
