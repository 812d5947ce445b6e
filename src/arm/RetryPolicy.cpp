#include "arm/RetryPolicy.h"

#include <algorithm>

namespace cw::arm {

bool isRetriableStatus(QByteArrayView method, int status)
{
    const bool postOrPatch = method.compare("POST", Qt::CaseInsensitive) == 0
                             || method.compare("PATCH", Qt::CaseInsensitive) == 0;
    if (postOrPatch)
        return status == 500 || status == 503 || status == 504;
    return retry::isTransientStatus(status);
}

bool isRetriableAfterNetworkFailure(QByteArrayView method)
{
    for (const char *idempotent : {"GET", "PUT", "DELETE", "HEAD"}) {
        if (method.compare(idempotent, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isAmbiguousForCreate(int httpStatus)
{
    // 0 = no answer (timeout, dropped connection). A 408 may come after the server read the
    // whole request, so it is looked up too; 429 says the request was not processed.
    return httpStatus == 0 || httpStatus == 408 || httpStatus >= 500;
}

qint64 spreadPollDelayMs(qint64 delayMs, double random01)
{
    if (delayMs <= 0)
        return 0; // "look now" stays now (a resumed operation)
    const double unit = std::clamp(random01, 0.0, 1.0);
    const qint64 spread = std::min<qint64>(delayMs / 10, 1000);
    return delayMs + qint64(double(spread) * unit);
}

} // namespace cw::arm
