#pragma once
#include "common/RetryRules.h"

// The one place the retry options read the environment. CLUSTERWRIGHT_RETRY_BASE_MS sets the
// backoff's base (default 800 ms, the SDK's): a diagnostic and test seam beside
// CLUSTERWRIGHT_AAD_TIMEOUT_MS. The fault-matrix tests make ~1,500 CLI runs, most retried once or
// more; at 0.8 s a retry their suite time was mostly backoff, which is not what they check
// (never twice, never lost). The number of retries, the Retry-After rules and the cap stay as
// they are; a server's own Retry-After is still honoured in full.
namespace cw::retry {

// `options` with the environment's base when CLUSTERWRIGHT_RETRY_BASE_MS is a positive integer.
RetryOptions withEnvironment(RetryOptions options);

} // namespace cw::retry
