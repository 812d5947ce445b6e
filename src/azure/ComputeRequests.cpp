#include "azure/ComputeRequests.h"

#include "azure/ApiVersions.h"
#include "azure/ResourceId.h"
#include "azure/VersionedRequest.h"
#include "common/JsonFields.h"

namespace cw::azure::computerequest {
namespace {

arm::ArmRequest mlRequest(QByteArray method, QString path)
{
    return versionedRequest(std::move(method), std::move(path), apiversion::kMachineLearning);
}

} // namespace

arm::ArmRequest list(const WorkspaceRef &workspace)
{
    return mlRequest("GET", armpath::computes(workspace));
}

arm::ArmRequest get(const WorkspaceRef &workspace, const QString &name)
{
    return mlRequest("GET", armpath::compute(workspace, name));
}

arm::ArmRequest put(const WorkspaceRef &workspace, const QString &name, nlohmann::json body, bool isCreate)
{
    arm::ArmRequest r = mlRequest("PUT", armpath::compute(workspace, name));
    r.body = std::move(body);
    r.isCreate = isCreate;
    return r;
}

nlohmann::json updateBody(nlohmann::json document)
{
    const auto drop = [](nlohmann::json &object, const char *name) {
        jsonfields::dropCaseVariants(object, name);
        if (object.is_object())
            object.erase(name);
    };
    nlohmann::json *props = jsonfields::object(document, "properties", jsonfields::Keys::AnyCase);
    if (!props)
        return document;
    for (const char *field : {"provisioningState", "provisioningErrors", "createdOn", "modifiedOn", "isAttachedCompute",
                              "disableLocalAuth"})
        drop(*props, field);
    if (nlohmann::json *aks = jsonfields::object(*props, "properties", jsonfields::Keys::AnyCase))
        drop(*aks, "systemServices");
    return document;
}

arm::ArmRequest remove(const WorkspaceRef &workspace, const QString &name, Underlying underlying)
{
    return mlRequest("DELETE", armpath::compute(workspace, name) + QLatin1String("?underlyingResourceAction=")
                                   + QLatin1String(underlying == Underlying::Delete ? "Delete" : "Detach"));
}

arm::ArmRequest listKeys(const WorkspaceRef &workspace, const QString &name)
{
    arm::ArmRequest r = mlRequest("POST", armpath::compute(workspace, name) + QLatin1String("/listKeys"));
    r.isRead = true; // a POST only by ARM's convention for secrets: asking again changes nothing
    return r;
}

} // namespace cw::azure::computerequest
