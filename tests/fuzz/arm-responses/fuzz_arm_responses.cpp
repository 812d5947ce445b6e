// libFuzzer target for what the ARM pipeline reads from the service besides the resources
// themselves: error envelopes (ARM, bare {code,message}, Kubernetes Status, Azure AD), the
// long-running-operation documents (Azure-AsyncOperation status, provisioningState and
// provisioningErrors of the resource), the persisted LRO state and Retry-After values, and the
// redaction every traced answer body goes through.
//
// Invariants: nothing crashes or throws; an error always has a code and a human sentence; a
// percentComplete is within 0..100; a terminal failed status always carries an error with a
// message; an LRO state that reads back serialises to the same state; retry delays are >= 0.
#include "arm/ArmError.h"
#include "arm/LroDocuments.h"
#include "arm/LroState.h"
#include "arm/RetryPolicy.h"
#include "common/JsonFields.h"
#include "common/JsonNesting.h"
#include "secrets/Redaction.h"

#include <QByteArray>
#include <QDateTime>

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

void checkError(const cw::arm::ArmError &error)
{
    check(!error.code.isEmpty(), "an HTTP error has a code");
    (void)error.humanMessage();
    (void)error.rawDetail();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace cw::arm;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    for (const int status : {409, 500}) { // the body decides the parse; two statuses suffice
        const ArmError error = ArmError::fromHttp(status, bytes);
        check(error.httpStatus == status, "fromHttp keeps the status");
        checkError(error);
    }

    // Retry-After as a header value (seconds or HTTP date) and as milliseconds; the first line.
    const QByteArray firstLine = bytes.left(bytes.indexOf('\n') < 0 ? 64 : bytes.indexOf('\n')).left(64);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    if (const auto ms = parseRetryAfterValue(firstLine, now))
        check(*ms >= 0, "Retry-After is never negative");
    const HeaderList headers{{QByteArrayLiteral("retry-after-ms"), firstLine},
                             {QByteArrayLiteral("Retry-After"), firstLine}};
    if (const auto ms = retryAfterMs(headers, now))
        check(*ms >= 0, "retry-after-ms is never negative");

    // An --trace-http file holds every answer body, redacted (JSON, form or text).
    (void)cw::secrets::redact::body(bytes);

    const nlohmann::json body = cw::parseBoundedJson(bytes);
    if (body.is_discarded())
        return 0;

    const OperationStatusDocument status = readOperationStatus(body);
    if (status.percent)
        check(*status.percent >= 0 && *status.percent <= 100, "percentComplete within 0..100");
    if (status.error) {
        check(isTerminalStatus(status.status) && !isSuccessStatus(status.status), "errors only for failures");
        check(!status.error->message.isEmpty(), "a failed operation says why");
    } else if (!status.status.isEmpty()) {
        check(!isTerminalStatus(status.status) || isSuccessStatus(status.status), "a failure has an error");
    }
    (void)provisioningState(body);
    for (const ArmError &error : provisioningErrors(body))
        (void)error.humanMessage();

    if (const auto *inner = cw::jsonfields::find(body, "error"); inner && inner->is_object())
        (void)ArmError::fromArmErrorObject(*inner).humanMessage();
    (void)ArmError::fromKubernetesStatus(body).humanMessage();

    if (const auto state = LroState::fromJson(body)) {
        const nlohmann::json once = state->toJson();
        const auto again = LroState::fromJson(once);
        check(again.has_value(), "a saved LRO state reads back");
        check(again->toJson() == once, "an LRO state round-trips");
    }
    return 0;
}
