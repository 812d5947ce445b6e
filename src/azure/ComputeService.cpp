#include "azure/ComputeService.h"

#include "azure/ComputeRequests.h"

namespace cw::azure {

ComputeService::ComputeService(arm::ArmConnection *connection, WorkspaceRef workspace)
    : m_connection(connection)
    , m_workspace(std::move(workspace))
{
}

ComputeListJob *ComputeService::list()
{
    return new ComputeListJob(m_connection, computerequest::list(m_workspace));
}

ArmStreamJob *ComputeService::listStream(arm::ArmPager::PageReader reader)
{
    return new ArmStreamJob(m_connection, computerequest::list(m_workspace), std::move(reader));
}

ComputeGetJob *ComputeService::get(const QString &name)
{
    return new ComputeGetJob(m_connection, computerequest::get(m_workspace, name), &ComputeResource::fromJson);
}

ComputeKeysJob *ComputeService::listKeys(const QString &name)
{
    return new ComputeKeysJob(m_connection, computerequest::listKeys(m_workspace, name), &ComputeKeys::fromJson);
}

} // namespace cw::azure
