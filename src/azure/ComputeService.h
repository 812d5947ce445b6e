#pragma once
#include "azure/ArmCallJobs.h"
#include "azure/ArmStreamJob.h"
#include "azure/ComputeKeys.h"
#include "azure/ComputeResource.h"
#include "common/WorkspaceRef.h"

#include <QString>

namespace cw::azure {

using ComputeListJob = ArmListJob<ComputeResource>;
using ComputeGetJob = ArmGetJob<ComputeResource>;
using ComputeKeysJob = ArmGetJob<ComputeKeys>;

// The computes of one Azure ML workspace, read (the requests come from ComputeRequests.h; the
// writes go through the journaled operations of src/ops). Every call returns a job that
// finishes asynchronously.
class ComputeService
{
public:
    ComputeService(arm::ArmConnection *connection, WorkspaceRef workspace);

    const WorkspaceRef &workspace() const { return m_workspace; }

    ComputeListJob *list();
    // The same list read page by page by `reader`, each page's `value` array as the service sent
    // it, kept nowhere (the CLI's `list` writes or tabulates each page as it arrives).
    ArmStreamJob *listStream(arm::ArmPager::PageReader reader);
    ComputeGetJob *get(const QString &name);
    ComputeKeysJob *listKeys(const QString &name);

private:
    arm::ArmConnection *m_connection;
    WorkspaceRef m_workspace;
};

} // namespace cw::azure
