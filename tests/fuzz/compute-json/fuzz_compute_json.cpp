// libFuzzer target for the ARM JSON models (computes, managed clusters, subscriptions,
// workspaces, VM sizes, orchestrators, keys, credentials; single documents and list pages).
// Invariants: no model throws or crashes on any input; a compute that parses serialises
// (toJson / computerequest::updateBody) and re-reading toJson() gives the same document again (the overlay
// is idempotent, unknown fields kept).
#include "azure/ComputeKeys.h"
#include "azure/ComputeRequests.h"
#include "azure/ComputeResource.h"
#include "common/JsonFields.h"
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

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace cw::azure;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

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
