#include "common/RetryEnvironment.h"

#include <QtGlobal>

namespace cw::retry {

RetryOptions withEnvironment(RetryOptions options)
{
    bool ok = false;
    const int base = qEnvironmentVariableIntValue("CLUSTERWRIGHT_RETRY_BASE_MS", &ok);
    if (ok && base > 0)
        options.baseDelayMs = base;
    return options;
}

} // namespace cw::retry
