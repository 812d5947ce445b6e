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
    // 0 = no answer (timeout, dropped connection). A 408 may come after the server read the
    // whole request, so it is looked up too; 429 says the request was not processed.
    return httpStatus == 0 || httpStatus == 408 || httpStatus >= 500;
}

} // namespace cw::arm
