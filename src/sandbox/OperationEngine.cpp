#include "sandbox/OperationEngine.h"

#include "sandbox/SandboxState.h"

#include "common/NumberCast.h"

#include <QDateTime>
#include <algorithm>
#include <cmath>

namespace cw::sandbox {
namespace {
qint64 engineNowMs() { return QDateTime::currentMSecsSinceEpoch(); }

bool isTerminal(const Json &op)
{
    const std::string status = op.value("status", std::string());
    return status == "Succeeded" || status == "Failed" || status == "Canceled";
}
} // namespace

OperationEngine::OperationEngine(SandboxState &state)
    : m_state(state)
{
}

qint64 OperationEngine::baseDurationMs(Kind kind)
{
    switch (kind) {
    case Kind::Create: return 8000;
    case Kind::Attach: return 4000;
    case Kind::Update: return 3000;
    case Kind::Detach: return 2000;
    case Kind::Delete: return 5000;
    }
    return 1000;
}

const char *OperationEngine::kindName(Kind kind)
{
    static const char *names[] = {"create", "attach", "update", "detach", "delete"};
    return names[int(kind)];
}

QString OperationEngine::start(Kind kind, Json bookkeeping)
{
    const QString id = newUuid();
    const qint64 now = engineNowMs();
    // At most a year: a huge speed setting must not overflow now + duration.
    constexpr double kLongestMs = 365.0 * 24 * 3600 * 1000;
    const double wanted = std::round(double(baseDurationMs(kind)) * m_state.settings.speed);
    const qint64 duration = clampedIntegerFromDouble<qint64>(std::clamp(wanted, 0.0, kLongestMs));
    bookkeeping["kind"] = kindName(kind);
    bookkeeping["startMs"] = now;
    bookkeeping["dueMs"] = now + duration;
    m_state.root["operations"][s(id)] = {{"id", s(id)},
                                         {"name", s(id)},
                                         {"status", "InProgress"},
                                         {"startTime", s(isoUtc(now))},
                                         {"percentComplete", 0},
                                         {"_", bookkeeping}};
    m_state.markDirty();
    return id;
}

void OperationEngine::advance()
{
    const qint64 now = engineNowMs();
    bool changed = false;
    for (Json &op : m_state.root["operations"]) {
        if (isTerminal(op) || op["_"].value("dueMs", qint64(0)) > now)
            continue;
        op["status"] = "Succeeded";
        if (m_completion)
            m_completion(op);
        op["endTime"] = s(isoUtc(now));
        op["percentComplete"] = 100;
        changed = true;
    }
    if (changed)
        m_state.markDirty();
}

qint64 OperationEngine::msUntilNextDue() const
{
    qint64 next = -1;
    const qint64 now = engineNowMs();
    for (const Json &op : m_state.root["operations"]) {
        if (isTerminal(op))
            continue;
        const qint64 wait = std::max<qint64>(0, op["_"].value("dueMs", qint64(0)) - now);
        next = next < 0 ? wait : std::min(next, wait);
    }
    return next;
}

bool OperationEngine::hasPendingFor(const std::string &computeKey) const
{
    for (const Json &op : m_state.root["operations"]) {
        if (!isTerminal(op) && op["_"].value("computeKey", std::string()) == computeKey)
            return true;
    }
    return false;
}

HttpReply OperationEngine::statusReply(const QString &id)
{
    advance();
    auto it = m_state.root["operations"].find(s(id));
    if (it == m_state.root["operations"].end())
        return HttpReply::armError(404, QStringLiteral("OperationNotFound"),
                                   QStringLiteral("The operation '%1' could not be found.").arg(id));
    Json doc = *it;
    doc.erase("_");
    if (!isTerminal(doc)) {
        const Json &b = (*it)["_"];
        const qint64 start = b.value("startMs", qint64(0));
        const qint64 due = b.value("dueMs", qint64(0));
        const qint64 now = engineNowMs();
        doc["percentComplete"] = due > start ? std::clamp(double(now - start) * 100.0 / double(due - start), 0.0, 99.0) : 99.0;
        const qint64 remaining = std::max<qint64>(0, due - now);
        HttpReply reply = HttpReply::json(200, doc);
        reply.withHeader("Retry-After", QByteArray::number((remaining + 999) / 1000));
        reply.withHeader("retry-after-ms", QByteArray::number(std::min<qint64>(remaining, 1000)));
        return reply;
    }
    return HttpReply::json(200, doc);
}

HttpReply OperationEngine::resultReply(const QString &id)
{
    advance();
    auto it = m_state.root["operations"].find(s(id));
    if (it == m_state.root["operations"].end())
        return HttpReply::armError(404, QStringLiteral("OperationNotFound"),
                                   QStringLiteral("The operation '%1' could not be found.").arg(id));
    if (!isTerminal(*it)) {
        const qint64 remaining = std::max<qint64>(0, (*it)["_"].value("dueMs", qint64(0)) - engineNowMs());
        HttpReply reply = HttpReply::empty(202);
        reply.withHeader("Retry-After", QByteArray::number((remaining + 999) / 1000));
        return reply;
    }
    if ((*it)["status"] == "Succeeded")
        return HttpReply::empty(204);
    // ARM's async rules: the Location URL of a failed operation answers the failure itself (the
    // status and error the request would have had if it had run synchronously), never a 200 a
    // client reads as success.
    const Json error = it->value("error", Json{{"code", "InternalServerError"},
                                                {"message", "The operation failed."}});
    return HttpReply::json(failureHttpStatus(error, (*it)["status"] == "Canceled"), {{"error", error}});
}

int OperationEngine::failureHttpStatus(const Json &error, bool canceled)
{
    const std::string code = error.is_object() ? error.value("code", std::string()) : std::string();
    if (code == "InternalServerError" || code == "ServiceError" || code == "ServiceUnavailable")
        return 500;
    if (canceled || code == "Conflict" || code == "Canceled")
        return 409;
    if (code == "AuthorizationFailed" || code == "RequestDisallowedByPolicy")
        return 403;
    return 400;
}

void OperationEngine::addFailNext(const QRegularExpression &path, const Json &errors)
{
    m_failNext.emplace_back(path, errors);
}

std::optional<Json> OperationEngine::takeFailNext(const QString &computeId)
{
    for (auto it = m_failNext.begin(); it != m_failNext.end(); ++it) {
        if (it->first.match(computeId).hasMatch()) {
            Json errors = it->second;
            m_failNext.erase(it);
            return errors;
        }
    }
    return std::nullopt;
}

} // namespace cw::sandbox
