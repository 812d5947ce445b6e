#include "sandbox/FaultInjector.h"

#include <limits>

namespace cw::sandbox {

int FaultInjector::add(const Json &spec, QString *error)
{
    if (!spec.is_object()) {
        *error = QStringLiteral("a fault must be a JSON object");
        return 0;
    }
    FaultRule rule;
    rule.method = jsonfields::string(spec, "method", Keys::AnyCase, QStringLiteral("*")).toUpper().toLatin1();
    rule.path = QRegularExpression(jsonfields::string(spec, "path", Keys::AnyCase, QStringLiteral(".*")));
    if (!rule.path.isValid()) {
        *error = QStringLiteral("invalid path pattern: %1").arg(rule.path.errorString());
        return 0;
    }
    const QString kind = jsonfields::string(spec, "kind", Keys::AnyCase, QStringLiteral("status"));
    if (kind == QLatin1String("status")) rule.kind = FaultRule::Kind::Status;
    else if (kind == QLatin1String("drop")) rule.kind = FaultRule::Kind::Drop;
    else if (kind == QLatin1String("delay")) rule.kind = FaultRule::Kind::Delay;
    else if (kind == QLatin1String("malformed")) rule.kind = FaultRule::Kind::Malformed;
    else {
        *error = QStringLiteral("unknown fault kind '%1'").arg(kind);
        return 0;
    }
    const auto status = integerMember(spec, "status", 500, 100, 599);
    if (!status) {
        *error = QStringLiteral("status must be an HTTP status code");
        return 0;
    }
    rule.status = int(*status);
    if (const Json *retry = jsonfields::find(spec, "retryAfter", Keys::AnyCase))
        rule.retryAfter = retry->is_string()   ? QByteArray::fromStdString(retry->get<std::string>())
                        : retry->is_number() ? QByteArray::number(retry->get<double>())
                                             : QByteArray();
    const auto count = integerMember(spec, "count", 1, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    const auto delayMs = integerMember(spec, "delayMs", 0, 0, 3600 * 1000);
    if (!count || !delayMs) {
        *error = QStringLiteral("count and delayMs must be integers (delayMs at most an hour)");
        return 0;
    }
    rule.remaining = int(*count);
    rule.delayMs = int(*delayMs);
    rule.id = m_nextId++;
    m_rules.push_back(rule);
    return rule.id;
}

std::optional<FaultRule> FaultInjector::take(const QByteArray &method, const QString &path)
{
    for (auto it = m_rules.begin(); it != m_rules.end(); ++it) {
        if ((it->method == "*" || it->method == method) && it->path.match(path).hasMatch()) {
            FaultRule rule = *it;
            if (it->remaining > 0 && --it->remaining == 0)
                m_rules.erase(it);
            return rule;
        }
    }
    return std::nullopt;
}

Json FaultInjector::toJson() const
{
    static const char *kinds[] = {"status", "drop", "delay", "malformed"};
    Json list = Json::array();
    for (const FaultRule &r : m_rules) {
        list.push_back({{"id", r.id}, {"method", r.method.toStdString()},
                        {"path", s(r.path.pattern())}, {"kind", kinds[int(r.kind)]},
                        {"status", r.status}, {"count", r.remaining}, {"delayMs", r.delayMs}});
    }
    return list;
}

HttpReply FaultInjector::statusReply(const FaultRule &rule)
{
    QString code = QStringLiteral("InternalServerError");
    QString message = QStringLiteral("An internal server error occurred. Please try again. If the "
                                     "problem persists, contact support");
    if (rule.status == 429) {
        code = QStringLiteral("TooManyRequests");
        message = QStringLiteral("The request is being throttled as the limit has been reached for "
                                 "operation type - Read_ObservationWindow_00:05:00.");
    } else if (rule.status == 503) {
        code = QStringLiteral("ServiceUnavailable");
        message = QStringLiteral("The service is temporarily unavailable. Please try again later.");
    } else if (rule.status == 502) {
        code = QStringLiteral("BadGateway");
    } else if (rule.status < 500) {
        code = QStringLiteral("InjectedFault");
        message = QStringLiteral("The sandbox injected this error (status %1).").arg(rule.status);
    }
    HttpReply reply = HttpReply::armError(rule.status, code, message);
    if (!rule.retryAfter.isEmpty())
        reply.withHeader("Retry-After", rule.retryAfter);
    return reply;
}

void FaultInjector::corrupt(HttpReply &reply)
{
    QByteArray body = reply.body.left(reply.body.size() / 2);
    if (body.isEmpty())
        body = "{\"value\": [";
    body += "\x01<html>";
    reply.body = body;
}

} // namespace cw::sandbox
