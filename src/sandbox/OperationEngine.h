#pragma once
#include "sandbox/SandboxHttp.h"

#include <QRegularExpression>
#include <functional>
#include <string>
#include <vector>

// Simulated long-running operations. An operation is stored in the state with its due time; it
// completes when a call or the engine's timer finds it due (so operations survive a restart).
// Its status document is what the Azure-AsyncOperation URL answers.
// Every call advances the engine, and finished operations stay in the state (their URLs answer
// for ever, as Azure's do for a while): the engine keeps the ids of the unfinished ones, so a call
// costs what is in flight, not every operation the sandbox ever ran.
namespace cw::sandbox {

class SandboxState;

class OperationEngine {
public:
    enum class Kind { Create, Attach, Update, Detach, Delete };
    // Called once when an operation is due; `op` is the stored operation (public fields and
    // "_" bookkeeping). It applies the effect and sets op["status"] (and "error" when Failed).
    using Completion = std::function<void(Json &op)>;

    explicit OperationEngine(SandboxState &state);
    void setCompletion(Completion completion) { m_completion = std::move(completion); }

    // Starts an operation of `kind`; `bookkeeping` is kept under "_". Returns its id.
    QString start(Kind kind, Json bookkeeping);
    void advance();
    // Milliseconds until the next pending operation is due (-1 when none).
    qint64 msUntilNextDue() const;
    bool hasPendingFor(const std::string &computeKey) const;

    static qint64 baseDurationMs(Kind kind);
    static const char *kindName(Kind kind);

    // Azure-AsyncOperation URL answer (200 + status document) and Location URL answer
    // (202 while running, 204 when succeeded, the operation's error with its 4xx/5xx status when
    // failed or canceled); 404 when unknown.
    HttpReply statusReply(const QString &id);
    HttpReply resultReply(const QString &id);
    // The HTTP status a failed operation's error maps to (500 internal, 409 conflict/canceled,
    // 403 policy/authorization, else 400).
    static int failureHttpStatus(const Json &error, bool canceled);

    // Scripted failure of the next operation whose compute id matches `path`.
    void addFailNext(const QRegularExpression &path, const Json &errors);
    void clearFailNext() { m_failNext.clear(); }
    std::optional<Json> takeFailNext(const QString &computeId);

private:
    // The unfinished operations' ids, sorted (the order operations due together complete in);
    // made again from the state when it was loaded or changed behind the engine's back.
    // (A cache of the state: made on demand, from const members too.)
    std::vector<std::string> &pending() const;

    SandboxState &m_state;
    mutable std::vector<std::string> m_pending;
    mutable quint64 m_indexedLoads = 0;
    mutable size_t m_indexedCount = 0; // how many operations the state held when m_pending was made
    Completion m_completion;
    std::vector<std::pair<QRegularExpression, Json>> m_failNext;
};

} // namespace cw::sandbox
