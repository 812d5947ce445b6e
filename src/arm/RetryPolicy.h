#pragma once
#include "arm/ArmTypes.h"
#include "common/RetryRules.h"

#include <QDateTime>

#include <optional>

// The retry rules of the pipeline, as pure functions (unit-tested without a network). The
// generic ones (backoff, Retry-After, options) are shared with the Azure AD client and the
// Kubernetes client and live in auth/RetryRules.h.
namespace cw::arm {

using retry::RetryOptions;
using retry::retryAfterMs;
using retry::parseRetryAfterValue;
using retry::backoffDelayMs;
using retry::nextRetryDelayMs;

// 408/429/500/502/503/504 (and >= 506) for GET/PUT/DELETE/HEAD; only 500/503/504 for POST/PATCH.
bool isRetriableStatus(QByteArrayView method, int httpStatus);
// Whether a dropped connection or timeout may be retried: only for idempotent methods.
bool isRetriableAfterNetworkFailure(QByteArrayView method);
// A create PUT must not be re-sent after a failure that may have reached the server.
bool isAmbiguousForCreate(int httpStatus);

// The wait before an operation's next poll: what the service asked for (Retry-After, or the
// client's interval) plus a random 0-10 % (at most 1 s; random01 in [0,1)), never less. Operations
// started together (the wizard's batch, a support engineer's re-attaches) otherwise poll in
// lockstep: their answers arrived in one burst that kept the GUI thread busy for 10-40 ms, and a
// burst of reads is what ARM throttles.
qint64 spreadPollDelayMs(qint64 delayMs, double random01);

} // namespace cw::arm
