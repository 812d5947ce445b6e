#pragma once
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>

#include <optional>

// The retry rules every HTTP client of the code base shares (the Azure AD client, the ARM
// pipeline, the Kubernetes client), as pure functions unit-tested without a network, so that
// the token endpoint and the cluster's API are retried exactly like ARM (arm/RetryPolicy.h
// re-exports them with the ARM-specific rules).
namespace cw::retry {

using RetryHeaderList = QList<QPair<QByteArray, QByteArray>>;

struct RetryOptions {
    int maxRetries = 5;          // retries after the first try (tries = maxRetries + 1)
    int baseDelayMs = 800;       // exponential backoff factor (the SDK's 0.8 s)
    int maxDelayMs = 60000;      // cap of one computed backoff
    int maxRetryAfterMs = 300000; // a server asking for a longer wait ends the retries
    double jitter = 0.2;         // +-20 % random spread on computed backoffs
};

// The server's requested wait: retry-after-ms, then x-ms-retry-after-ms, then Retry-After
// (delta seconds, possibly fractional, or an HTTP date relative to nowUtc). nullopt if none.
std::optional<qint64> retryAfterMs(const RetryHeaderList &headers, const QDateTime &nowUtc);
// Parses one Retry-After value (seconds or an HTTP date).
std::optional<qint64> parseRetryAfterValue(const QByteArray &value, const QDateTime &nowUtc);

// Backoff before retry number `retry` (1-based): base * 2^(retry-1), capped, with jitter;
// random01 in [0,1) is the jitter source (pass a fixed value in tests).
qint64 backoffDelayMs(int retry, const RetryOptions &options, double random01);

// The wait before retry number `retry`, or nullopt when no retry is left: the server's wait
// when it gave one (refused when longer than maxRetryAfterMs), else the backoff.
std::optional<qint64> nextRetryDelayMs(int retry, const RetryOptions &options, std::optional<qint64> serverDelayMs,
                                       double random01);

// A status after which a request that only reads (GET, a token request, listKeys) may be sent
// again: 408, 429, 500, 502, 503, 504 and >= 506.
bool isTransientStatus(int httpStatus);

} // namespace cw::retry
