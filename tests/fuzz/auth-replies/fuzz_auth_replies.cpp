// libFuzzer target for what sign-in reads from others: Azure AD token and device-code answers
// (any HTTP status), Azure AD error bodies, and the output of `az account get-access-token`
// (stdout) and of a failed `az` run (stderr).
//
// Invariants: nothing crashes or throws; a token result is either a non-empty token with a
// valid expiry or an error with a code; a usable device code has a user code, a device code and
// an interval of 1 s..1 h (its milliseconds fit an int timer).
#include "auth/AadClient.h"
#include "auth/AuthError.h"
#include "auth/AzureCliOutput.h"
#include "auth/DeviceCodeReply.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

void checkToken(const cw::auth::TokenResult &result)
{
    if (result.ok())
        check(!result.token.token.isEmpty() && result.token.expiresOn.isValid(), "a token has an expiry");
    else
        check(!result.error.code.isEmpty(), "a failed sign-in has an error code");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace cw::auth;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    for (const int status : {200, 400}) { // success and failure paths
        const AadReply reply = AadReply::fromHttp(status, bytes);
        checkToken(reply.toTokenResult());
        if (!reply.isHttpSuccess())
            check(!reply.error().code.isEmpty(), "an AAD failure has a code");
        const DeviceCodeReply device = readDeviceCodeReply(reply);
        if (device.ok()) {
            check(!device.deviceCode.isEmpty() && !device.info.userCode.isEmpty(), "a device code is complete");
            check(device.info.intervalSeconds >= 1 && device.info.intervalSeconds <= 3600, "poll interval 1 s..1 h");
            check(device.info.expiresInSeconds >= 0 && device.info.expiresInSeconds <= 24 * 3600, "lifetime 0..1 day");
            check(!device.info.message.isEmpty(), "the person is told what to do");
        } else {
            check(!device.error.code.isEmpty(), "an unusable device code says why");
        }
        const AuthError error = AuthError::fromAadResponse(status, bytes);
        check(!error.code.isEmpty() && !error.message.isEmpty(), "an AAD error has a code and a sentence");
    }

    checkToken(parseAzureCliTokenOutput(bytes));
    const AuthError failure = azureCliFailure(1, bytes);
    check(!failure.message.isEmpty(), "a failed az run has a sentence");
    return 0;
}
