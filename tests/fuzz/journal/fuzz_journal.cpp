// libFuzzer target for the journal files the app reads back at start (one JSON file per
// operation, see ops/Journal.h) and the compute-document helpers that run on what they hold
// and on what the service returns (provisioning state and errors, key material, read-only
// fields).
//
// Invariants: nothing crashes or throws; a record that reads is written (toJson) and read again
// to the same document; after scrubSecrets no secret-bearing field is left for
// bodyCarriesKeyMaterial to find; extracting and restoring key material gives the body back.
#include "arm/LroDocuments.h"
#include "azure/ComputeRequests.h"
#include "ops/Journal.h"
#include "ops/OperationPlan.h"
#include "ops/OperationRecord.h"

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

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace cw::ops;
    // What Journal::load does with a file's bytes.
    const nlohmann::json json = nlohmann::json::parse(data, data + size, nullptr, false);
    if (json.is_discarded())
        return 0;

    QString error;
    if (const auto record = recordFromJson(json, &error)) {
        const nlohmann::json once = toJson(*record);
        QString again;
        const auto reread = recordFromJson(once, &again);
        if (!reread)
            std::fprintf(stderr, "re-read failed: %s\n", qPrintable(again));
        check(reread.has_value(), "a record written by toJson reads back");
        check(toJson(*reread) == once, "a record round-trips");
        check(reread->currentStep >= 0 && reread->currentStep <= reread->steps.size(), "currentStep in range");
        (void)record->isFinished();
    } else {
        check(!error.isEmpty(), "an unreadable record says why");
    }

    // The compute-document helpers, on the same bytes and on a record's requestBody.
    for (const nlohmann::json *doc : {&json, json.is_object() && json.contains("requestBody") ? &json["requestBody"] : &json}) {
        (void)cw::arm::provisioningState(*doc);
        (void)cw::arm::provisioningErrorsText(*doc);
        (void)cw::azure::computerequest::updateBody(*doc);
        const bool carries = bodyCarriesKeyMaterial(*doc);
        (void)bodyLacksKeyMaterial(*doc);
        if (carries) {
            const nlohmann::json material = extractKeyMaterial(*doc);
            nlohmann::json scrubbed = *doc;
            Journal::scrubSecrets(scrubbed);
            check(!bodyCarriesKeyMaterial(scrubbed), "scrubbing removes the key material");
            restoreKeyMaterial(scrubbed, material);
        }
    }
    return 0;
}
