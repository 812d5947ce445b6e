#include "azure/ComputeService.h"

#include "azure/ApiVersions.h"
#include "azure/ResourceId.h"

namespace cw::azure {

namespace {

arm::ArmRequest mlRequest(QByteArray method, QString path)
{
    arm::ArmRequest r;
    r.method = std::move(method);
    r.pathOrUrl = std::move(path);
    r.apiVersion = QLatin1String(apiversion::kMachineLearning);
    return r;
}

} // namespace

QString WorkspaceRef::path() const
{
    return armpath::workspace(subscriptionId, resourceGroup, workspace);
}

ComputeService::ComputeService(arm::ArmConnection *connection, WorkspaceRef workspace)
    : m_connection(connection)
    , m_workspace(std::move(workspace))
{
}

QString ComputeService::computePath(const QString &name) const
{
    return armpath::compute(m_workspace.subscriptionId, m_workspace.resourceGroup, m_workspace.workspace, name);
}

ComputeListJob *ComputeService::list()
{
    return new ComputeListJob(m_connection,
                              mlRequest("GET", armpath::computes(m_workspace.subscriptionId, m_workspace.resourceGroup,
                                                                 m_workspace.workspace)));
}

ComputeDocumentListJob *ComputeService::listDocuments()
{
    return new ComputeDocumentListJob(m_connection,
                                      mlRequest("GET", armpath::computes(m_workspace.subscriptionId,
                                                                         m_workspace.resourceGroup, m_workspace.workspace)));
}

ComputeGetJob *ComputeService::get(const QString &name)
{
    return new ComputeGetJob(m_connection, mlRequest("GET", computePath(name)), &ComputeResource::fromJson);
}

LroStartJob *ComputeService::createOrUpdate(const QString &name, const nlohmann::json &body, bool isCreate)
{
    arm::ArmRequest r = mlRequest("PUT", computePath(name));
    r.body = body;
    r.isCreate = isCreate;
    return new LroStartJob(m_connection, std::move(r));
}

LroStartJob *ComputeService::update(const ComputeResource &edited)
{
    return createOrUpdate(edited.name, edited.toUpdateBody(), false);
}

LroStartJob *ComputeService::detach(const QString &name)
{
    return new LroStartJob(m_connection,
                           mlRequest("DELETE", computePath(name) + QLatin1String("?underlyingResourceAction=Detach")));
}

LroStartJob *ComputeService::remove(const QString &name)
{
    return new LroStartJob(m_connection,
                           mlRequest("DELETE", computePath(name) + QLatin1String("?underlyingResourceAction=Delete")));
}

ComputeKeysJob *ComputeService::listKeys(const QString &name)
{
    arm::ArmRequest request = mlRequest("POST", computePath(name) + QLatin1String("/listKeys"));
    request.isRead = true; // a POST only by ARM's convention for secrets: asking again changes nothing
    return new ComputeKeysJob(m_connection, std::move(request), &ComputeKeys::fromJson);
}

} // namespace cw::azure
