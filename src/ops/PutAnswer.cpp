#include "ops/PutAnswer.h"

namespace cw::ops {

PutAnswer classifyPutAnswer(const arm::ArmResponse &answer)
{
    const int status = answer.httpStatus;
    if (status >= 200 && status < 300)
        return PutAnswer::Accepted;
    if (!answer.error)
        return PutAnswer::Ambiguous; // no error and no 2xx: nothing here proves a refusal
    using Kind = arm::ArmError::Kind;
    switch (answer.error->kind) {
    case Kind::Http:
        // 408 says the server gave up waiting, possibly after reading it all.
        return status >= 400 && status < 500 && status != 408 ? PutAnswer::Refused : PutAnswer::Ambiguous;
    case Kind::Tls:            // the handshake failed: no request bytes left
    case Kind::Refused:        // refused here (bad URL, insecure scheme, unreadable CA file)
    case Kind::Authentication: // no token, so nothing was sent
    case Kind::Unavailable:    // Azure AD gave no token: nothing was sent either
        return status == 0 ? PutAnswer::Refused : PutAnswer::Ambiguous;
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Malformed:
    case Kind::AmbiguousCreate:
    case Kind::Cancelled:
        return PutAnswer::Ambiguous;
    }
    return PutAnswer::Ambiguous;
}

} // namespace cw::ops
