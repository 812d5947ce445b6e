#include "sandbox/OperationEngine.h"

#include "sandbox/SandboxState.h"

#include "common/NumberCast.h"

#include <QDateTime>
#include <algorithm>
#include <cmath>
#include <iterator>

namespace cw::sandbox {
namespace {
qint64 engineNowMs() { return QDateTime::currentMSecsSinceEpoch(); }

bool isTerminal(const Json &op)
{
    const auto status = op.find("status");
    if (status == op.end() || !status->is_string())
        return false;
    const std::string &value = status->get_ref<const std::string &>();
    return value == "Succeeded" || value == "Failed" || value == "Canceled";
}

qint64 dueMs(const Json &op)
{
    const auto bookkeeping = op.find("_");
    return bookkeeping == op.end() ? 0 : bookkeeping->value("dueMs", qint64(0));
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
    std::vector<std::string> &unfinished = pending(); // indexed before the new one is added
    const std::string key = s(id);
    m_state.root["operations"][key] = {{"id", s(id)},
                                       {"name", s(id)},
                                       {"status", "InProgress"},
                                       {"startTime", s(isoUtc(now))},
                                       {"percentComplete", 0},
                                       {"_", bookkeeping}};
    unfinished.insert(std::lower_bound(unfinished.begin(), unfinished.end(), key), key);
    m_indexedCount = m_state.root["operations"].size();
    m_state.markDirty();
    return id;
}

std::vector<std::string> &OperationEngine::pending() const
{
    const Json &all = m_state.root["operations"];
    if (m_indexedLoads == m_state.loads() && m_indexedCount == all.size())
        return m_pending;
    m_pending.clear();
    for (auto it = all.begin(); it != all.end(); ++it)
        if (!isTerminal(it.value()))
            m_pending.push_back(it.key()); // a map's keys come sorted
    m_indexedLoads = m_state.loads();
    m_indexedCount = all.size();
    return m_pending;
}

void OperationEngine::advance()
{
    std::vector<std::string> &unfinished = pending();
    if (unfinished.empty())
        return;
    const qint64 now = engineNowMs();
    Json &all = m_state.root["operations"];
    // The due ones first, then completed: a completion may start another operation.
    std::vector<std::string> due;
    for (const std::string &id : unfinished) {
        const auto op = all.find(id);
        if (op != all.end() && dueMs(*op) <= now)
            due.push_back(id);
    }
    if (due.empty())
        return;
    std::vector<std::string> left;
    std::set_difference(unfinished.begin(), unfinished.end(), due.begin(), due.end(), std::back_inserter(left));
    unfinished = std::move(left);
    for (const std::string &id : due) {
        const auto found = all.find(id);
        if (found == all.end() || isTerminal(*found))
            continue;
        Json &op = *found;
        op["status"] = "Succeeded";
        if (m_completion)
            m_completion(op);
        op["endTime"] = s(isoUtc(now));
        op["percentComplete"] = 100;
    }
    m_indexedCount = all.size();
    m_state.markDirty();
}

qint64 OperationEngine::msUntilNextDue() const
{
    qint64 next = -1;
    const qint64 now = engineNowMs();
    const Json &all = m_state.root["operations"];
    for (const std::string &id : pending()) {
        const auto op = all.find(id);
        if (op == all.end())
            continue;
        const qint64 wait = std::max<qint64>(0, dueMs(*op) - now);
        next = next < 0 ? wait : std::min(next, wait);
    }
    return next;
}

bool OperationEngine::hasPendingFor(const std::string &computeKey) const
{
    const Json &all = m_state.root["operations"];
    for (const std::string &id : pending()) {
        const auto op = all.find(id);
        if (op != all.end() && (*op)["_"].value("computeKey", std::string()) == computeKey)
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
