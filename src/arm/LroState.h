#pragma once
#include "arm/ArmError.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

#include <nlohmann/json.hpp>

namespace cw::arm {

// Everything needed to resume waiting for a long-running operation after a restart. The caller
// persists it (toJson) in its journal; it holds no secret.
struct LroState {
    QString operationUrl;    // Azure-AsyncOperation
    QString locationUrl;     // Location
    QString resourceUrl;     // the resource itself (absolute, with api-version)
    QByteArray method;       // PUT, PATCH, DELETE or POST
    QString clientRequestId; // re-sent on every poll
    QDateTime startedAt;     // UTC

    nlohmann::json toJson() const;
    static std::optional<LroState> fromJson(const nlohmann::json &json);
    bool isValid() const { return !method.isEmpty() && !resourceUrl.isEmpty(); }
};

struct LroProgress {
    QString status;              // "InProgress", "Creating", ... as the server says it
    std::optional<int> percent;  // when the server reports percentComplete
    qint64 elapsedMs = 0;        // since the operation started (across a resume)
    qint64 nextPollInMs = 0;     // when the next poll goes out
    int polls = 0;
};

struct LroResult {
    enum class Outcome {
        Succeeded,
        Failed,    // the operation ended Failed
        Canceled,  // the operation ended Canceled (server side)
        Abandoned, // the caller stopped waiting; the operation may go on (state allows resume)
        Error,     // polling failed (network, malformed answer); the state allows resume
    };
    Outcome outcome = Outcome::Error;
    QString status;           // the terminal status as sent
    nlohmann::json resource;  // the final resource (PUT/PATCH), or the last body
    std::optional<ArmError> error;
    LroState state;

    bool succeeded() const { return outcome == Outcome::Succeeded; }
};

// Terminal-state tests, case-insensitive ("succeeded", "SUCCEEDED", ...).
bool isTerminalStatus(const QString &status);
bool isSuccessStatus(const QString &status);

} // namespace cw::arm

Q_DECLARE_METATYPE(cw::arm::LroProgress)
Q_DECLARE_METATYPE(cw::arm::LroResult)
