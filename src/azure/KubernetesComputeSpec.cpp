#include "azure/KubernetesComputeSpec.h"

#include "common/JsonFields.h"

namespace cw::azure {

using Json = nlohmann::json;
using jsonfields::toStd;

Json kubernetesAttachBody(const KubernetesComputeSpec &spec)
{
    Json inner = {{"namespace", toStd(spec.kubernetesNamespace.isEmpty() ? QStringLiteral("default") : spec.kubernetesNamespace)}};
    if (!spec.defaultInstanceType.isEmpty())
        inner["defaultInstanceType"] = toStd(spec.defaultInstanceType);
    if (!spec.instanceTypes.isEmpty()) {
        Json types = Json::object();
        for (const InstanceType &t : spec.instanceTypes)
            types[toStd(t.name)] = instanceTypeJson(t);
        inner["instanceTypes"] = types;
    }
    Json props = {{"computeType", "Kubernetes"}, {"resourceId", toStd(spec.clusterId)}, {"properties", inner}};
    if (!spec.description.isEmpty())
        props["description"] = toStd(spec.description);
    Json body = Json::object();
    if (!spec.location.isEmpty())
        body["location"] = toStd(spec.location);
    if (!spec.identityType.isEmpty()) {
        Json identity = {{"type", toStd(spec.identityType)}};
        if (!spec.userAssignedIdentities.isEmpty()) {
            Json users = Json::object();
            for (const QString &id : spec.userAssignedIdentities)
                users[toStd(id)] = Json::object();
            identity["userAssignedIdentities"] = users;
        }
        body["identity"] = identity;
    }
    body["properties"] = props;
    return body;
}

} // namespace cw::azure
