// GET /subscriptions/{id}/locations (Microsoft.Resources, api-version 2022-12-01): the seed
// world's locations with ids and paired-region ids of the subscription asked about.
#include "sandbox/ArmEndpoints.h"
#include "sandbox/SeedLocations.h"

namespace cw::sandbox {

HttpReply listLocations(SandboxService &svc, const HttpCall &call, const QString &subscriptionId)
{
    if (call.method != "GET")
        return methodNotAllowed(call);
    const std::string prefix = "/subscriptions/" + subscriptionId.toStdString() + "/locations/";
    // A state saved before the seed had locations still answers with them.
    const Json &seeded = svc.state.root.contains("locations") ? svc.state.root["locations"] : Json(seedLocations());
    Json list = Json::array();
    for (Json entry : seeded) {
        const std::string name = entry.value("name", std::string());
        entry["id"] = prefix + name;
        if (entry.contains("metadata") && entry["metadata"].contains("pairedRegion"))
            for (Json &pair : entry["metadata"]["pairedRegion"])
                pair["id"] = prefix + pair.value("name", std::string());
        list.push_back(std::move(entry));
    }
    return HttpReply::json(200, {{"value", list}});
}

} // namespace cw::sandbox
