// libFuzzer target for the ARM JSON models (computes, managed clusters, subscriptions,
// workspaces, VM sizes, orchestrators, keys, credentials; single documents and list pages).
// Invariants: no model throws or crashes on any input; a compute that parses serialises
// (toJson / computerequest::updateBody) and re-reading toJson() gives the same document again (the overlay
// is idempotent, unknown fields kept). The in-place readers of the CLI's streaming `list`
// (common/JsonText.h, isBoundedJson, ComputeRowFacts::fromText) agree with the parsed document.
#include "azure/ComputeKeys.h"
#include "azure/ComputeRequests.h"
#include "azure/ComputeResource.h"
#include "azure/ComputeRowFacts.h"
#include "common/JsonFields.h"
#include "common/JsonText.h"
#include "azure/ManagedCluster.h"
#include "azure/ModelList.h"
#include "azure/OrchestratorVersion.h"
#include "azure/Subscription.h"
#include "azure/VmSize.h"
#include "azure/Workspace.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

// What the streaming list reads in place equals what the parsed document holds.
void checkInPlaceReaders(std::string_view text)
{
    cw::JsonParseError parsedError = cw::JsonParseError::None, checkedError = cw::JsonParseError::None;
    const nlohmann::json doc = cw::parseBoundedJson(text, cw::kMaxJsonDepth, &parsedError);
    check(cw::isBoundedJson(text, cw::kMaxJsonDepth, &checkedError) == !doc.is_discarded());
    check(checkedError == parsedError);
    // A byte order mark or a NUL after the value are the checker's business only: the readers
    // get answers without either.
    if (doc.is_discarded() || text.find('\0') != std::string_view::npos || text.starts_with("\xEF\xBB\xBF"))
        return;
    std::string indented;
    check(cw::jsontext::appendIndented(indented, text, 2, 0));
    check(cw::parseBoundedJson(indented) == doc);
    if (!doc.is_object())
        return;
    for (const char *key : {"name", "properties", "value", "nextLink"}) {
        const nlohmann::json *expected = cw::jsonfields::find(doc, key, cw::jsonfields::Keys::AnyCase);
        const std::string_view found = cw::jsontext::member(text, key, true);
        check(found.empty() == (expected == nullptr));
        check(!expected || cw::parseBoundedJson(found) == *expected);
    }
    const auto model = cw::azure::ComputeResource::fromJson(doc);
    const auto facts = cw::azure::ComputeRowFacts::fromText(text);
    check(model.ok() && facts && *facts == cw::azure::ComputeRowFacts::fromModel(*model.value));
    // The desktop table's detail (the clusters view reads list pages with it).
    constexpr auto row = cw::azure::ComputeRowFacts::Detail::Row;
    const auto rowFacts = cw::azure::ComputeRowFacts::fromText(text, row);
    check(rowFacts && *rowFacts == cw::azure::ComputeRowFacts::fromModel(*model.value, row));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace cw::azure;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    checkInPlaceReaders(std::string_view(bytes.constData(), size));

    const auto compute = ComputeResource::fromBytes(bytes);
    check(compute.ok() || !compute.error.isEmpty());
    if (compute.ok()) {
        const nlohmann::json once = compute.value->toJson();
        const auto again = ComputeResource::fromJson(once);
        check(again.ok());
        check(again.value->toJson() == once);
        const nlohmann::json body = cw::azure::computerequest::updateBody(once);
        check(body.is_object());
        check(!cw::jsonfields::dump(body).isEmpty());
        (void)compute.value->state();
    }

    const cw::jsonfields::ParsedDocument doc = cw::jsonfields::parse(bytes);
    if (!doc.ok())
        return 0;
    (void)ManagedCluster::fromJson(doc.json);
    (void)Subscription::fromJson(doc.json);
    (void)Workspace::fromJson(doc.json);
    (void)VmSize::fromJson(doc.json);
    (void)parseVmSizeList(doc.json);
    (void)parseOrchestratorVersionList(doc.json);
    (void)ComputeKeys::fromJson(doc.json);
    (void)parseClusterCredentials(doc.json);
    // ARM list pages: each element of `value` is read with the model's fromJson.
    if (doc.json.is_object() && doc.json.contains("value")) {
        QStringList warnings;
        const nlohmann::json &values = doc.json["value"];
        (void)parseModelList<ComputeResource>(values, &warnings);
        (void)parseModelList<ManagedCluster>(values, &warnings);
        (void)parseModelList<Subscription>(values, &warnings);
        (void)parseModelList<Workspace>(values, &warnings);
    }
    return 0;
}
