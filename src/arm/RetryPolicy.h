#pragma once
#include "arm/ArmTypes.h"

#include <QDateTime>

#include <optional>

// The retry rules of the pipeline, as pure functions (unit-tested without a network).
namespace cw::arm {

struct RetryOptions {
    int maxRetries = 5;          // retries after the first try (tries = maxRetries + 1)
    int baseDelayMs = 800;       // exponential backoff factor (the SDK's 0.8 s)
    int maxDelayMs = 60000;      // cap of one computed backoff
    int maxRetryAfterMs = 300000; // a server asking for a longer wait ends the retries
    double jitter = 0.2;         // +-20 % random spread on computed backoffs
};

// The server's requested wait: retry-after-ms, then x-ms-retry-after-ms, then Retry-After
// (delta seconds, possibly fractional, or an HTTP date relative to nowUtc). nullopt if none.
std::optional<qint64> retryAfterMs(const HeaderList &headers, const QDateTime &nowUtc);
// Parses one Retry-After value (seconds or an HTTP date).
std::optional<qint64> parseRetryAfterValue(const QByteArray &value, const QDateTime &nowUtc);

// 408/429/500/502/503/504 (and >= 506) for GET/PUT/DELETE/HEAD; only 500/503/504 for POST/PATCH.
bool isRetriableStatus(QByteArrayView method, int httpStatus);
// Whether a dropped connection or timeout may be retried: only for idempotent methods.
bool isRetriableAfterNetworkFailure(QByteArrayView method);
// A create PUT must not be re-sent after a failure that may have reached the server.
bool isAmbiguousForCreate(int httpStatus);

// Backoff before retry number `retry` (1-based): base * 2^(retry-1), capped, with jitter;
// random01 in [0,1) is the jitter source (pass a fixed value in tests).
qint64 backoffDelayMs(int retry, const RetryOptions &options, double random01);

} // namespace cw::arm
