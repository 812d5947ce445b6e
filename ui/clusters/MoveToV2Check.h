#pragma once
// What moving a v1 AKS compute to Azure ML v2 needs, read live (issue 15, items 4 and 5): the
// move's own preflight (rules::checkMigration, as the operation's preflight-v2 step judges it:
// the cluster's v2 limits of checkClusterForV2 without the legacy azureml-fe components and the
// compute's own v1 attachment, which the move removes itself, plus the compute's state, its TLS
// and the carried-over extension settings) from the compute, the AKS cluster, the region's VM
// sizes, the workspace's computes and the extensions already on the cluster. The details panel
// shows these findings for a v1 compute; "Move to v2…" shows them again and refuses to start on
// an error.
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

#include <nlohmann/json.hpp>

#include "azure/ComputeResource.h"
#include "azure/ExtensionResource.h"
#include "azure/ManagedCluster.h"
#include "azure/ServiceJob.h"
#include "common/WorkspaceRef.h"
#include "rules/ComputeSpec.h"
#include "rules/ExtensionConfiguration.h"
#include "rules/Finding.h"
#include "rules/VmSizeCatalogue.h"

namespace cw::session {
class Session;
}

namespace cw::ui {

// The findings from what was read (pure: the loader below gathers the inputs). `compute` is the
// v1 compute's document; `settings` gets the extension settings the move carries over.
rules::Findings moveToV2Findings(const nlohmann::json &compute, const WorkspaceRef &workspace,
                                 const azure::ManagedCluster &cluster, const std::optional<rules::VmSizeCatalogue> &sizes,
                                 const QString &sizesError, const QList<azure::ComputeResource> &computes,
                                 const QList<azure::ExtensionResource> &extensions, const QString &computeName,
                                 rules::ExtensionConfiguration *settings = nullptr);

// Gathers the inputs asynchronously, in parallel (never blocks), then finished(). One check per
// loader; deleting it drops any answer still outstanding.
class MoveToV2Check : public QObject
{
    Q_OBJECT
public:
    MoveToV2Check(session::Session *session, WorkspaceRef workspace, QString computeName, QObject *parent = nullptr);
    ~MoveToV2Check() override;

    // Reads the cluster first (for callers that do not have it).
    void start(const QString &clusterId);
    // With the cluster already read (the details panel's loader has it).
    void start(const azure::ManagedCluster &cluster);

    bool loading() const { return m_loading; }
    // Set once finished without error.
    const std::optional<rules::Findings> &findings() const { return m_findings; }
    QString error() const { return m_error; }
    // The Azure ML extension already on the cluster, if any (the move reuses a Succeeded one).
    const std::optional<azure::ExtensionResource> &azureMlExtension() const { return m_extension; }
    // The extension settings the move carries over from the v1 compute (set with findings()).
    const rules::ExtensionConfiguration &carriedOver() const { return m_settings; }

Q_SIGNALS:
    void finished();

private:
    void done();
    void fail(const QString &error);

    session::Session *m_session;
    WorkspaceRef m_workspace;
    QString m_computeName;
    bool m_loading = false;
    int m_pending = 0;
    std::optional<azure::ManagedCluster> m_cluster;
    nlohmann::json m_compute;
    rules::ExtensionConfiguration m_settings;
    QList<azure::ComputeResource> m_computes;
    std::optional<rules::VmSizeCatalogue> m_sizes;
    QString m_sizesError;
    QList<azure::ExtensionResource> m_extensions;
    std::optional<azure::ExtensionResource> m_extension;
    std::optional<rules::Findings> m_findings;
    QString m_error;
    QList<QPointer<azure::ServiceJob>> m_jobs;
};

} // namespace cw::ui
