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

} // namespace cw::arm
