#pragma once
#include "azure/ArmCallJobs.h"
#include "azure/ComputeKeys.h"
#include "azure/ComputeResource.h"
#include "azure/LroStartJob.h"
#include "azure/RawDocument.h"

#include <QString>

namespace cw::azure {

using ComputeListJob = ArmListJob<ComputeResource>;
using ComputeDocumentListJob = ArmListJob<RawDocument>;
using ComputeGetJob = ArmGetJob<ComputeResource>;
using ComputeKeysJob = ArmGetJob<ComputeKeys>;

struct WorkspaceRef {
    QString subscriptionId;
    QString resourceGroup;
    QString workspace;
    QString path() const;  // the workspace's ARM path
};

// The computes of one Azure ML workspace (api-version 2022-10-01). Every call returns a job
// that finishes asynchronously; create/attach/update/detach/delete return an LroStartJob
// whose handle carries the pipeline's LroPoller.
class ComputeService
{
public:
    ComputeService(arm::ArmConnection *connection, WorkspaceRef workspace);

    const WorkspaceRef &workspace() const { return m_workspace; }
    QString computePath(const QString &name) const;

    ComputeListJob *list();
    // The same list as the service's documents, untouched (for output as JSON).
    ComputeDocumentListJob *listDocuments();
    ComputeGetJob *get(const QString &name);
    // PUT the whole body (build it with export/ArmBody.h for a create/attach). `isCreate`
    // marks a PUT that must never be blindly re-sent after an ambiguous failure.
    LroStartJob *createOrUpdate(const QString &name, const nlohmann::json &body, bool isCreate);
    // Read-modify-write: PUT the edited resource (unknown fields kept, read-only ones dropped).
    LroStartJob *update(const ComputeResource &edited);
    // DELETE ...?underlyingResourceAction=Detach: the AKS cluster stays.
    LroStartJob *detach(const QString &name);
    // DELETE ...?underlyingResourceAction=Delete: also deletes a cluster the workspace created.
    LroStartJob *remove(const QString &name);
    ComputeKeysJob *listKeys(const QString &name);

private:
    arm::ArmConnection *m_connection;
    WorkspaceRef m_workspace;
};

} // namespace cw::azure
