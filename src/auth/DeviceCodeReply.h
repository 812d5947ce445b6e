#pragma once

#include "auth/AuthError.h"
#include "auth/DeviceCodeCredential.h"

#include <QByteArray>

namespace cw::auth {

struct AadReply;

// Azure AD's answer to a device-code request ({device_code, user_code, verification_uri,
// message, expires_in, interval}), read apart from the sign-in flow so it can be tested and
// fuzzed from bytes.
struct DeviceCodeReply {
    DeviceCodeInfo info;       // what the person must do
    QByteArray deviceCode;     // secret: polled with, never shown or logged
    AuthError error;           // set when the answer is unusable (then the rest is empty)

    bool ok() const { return error.isEmpty(); }
    qint64 intervalMs() const { return qint64(info.intervalSeconds) * 1000; }
};

// Intervals and lifetimes are clamped to sane ranges (1 s..1 h, 0..1 day) so neither a typo nor a
// hostile server can make the poll timer's arithmetic overflow.
DeviceCodeReply readDeviceCodeReply(const AadReply &reply);

} // namespace cw::auth
