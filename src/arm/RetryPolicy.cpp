#include "arm/RetryPolicy.h"

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
    // 0 = no answer (timeout, dropped connection). 408 and 429 say the request was not
    // processed, so a create may be re-sent after them.
    return httpStatus == 0 || httpStatus >= 500;
}

} // namespace cw::arm
