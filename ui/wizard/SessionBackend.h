#pragma once
// WizardBackend over a signed-in cw::session::Session (lists) and a cw::ops::OperationRunner
// (the create/attach as journaled steps). Maps the azure models into the rules' plain structs.
#include "wizard/WizardBackend.h"

#include <QHash>
#include <QPointer>

namespace cw::session {
class Session;
}
namespace cw::ops {
class OperationRunner;
struct OperationRecord;
}

namespace cw::ui {

class SessionBackend : public WizardBackend
{
    Q_OBJECT
public:
    SessionBackend(session::Session *session, ops::OperationRunner *runner, QObject *parent = nullptr);

    QString environmentName() const override;
    void subscriptions(QObject *context, Answer<QList<SubscriptionChoice>> done) override;
    void workspaces(const QString &subscription, QObject *context, Answer<QList<WorkspaceRef>> done) override;
    void computes(const WorkspaceRef &workspace, QObject *context,
                  Answer<QList<rules::ExistingCompute>> done) override;
    void clusters(const QString &subscription, QObject *context, Answer<QList<ClusterChoice>> done) override;
    void cluster(const QString &resourceId, QObject *context, Answer<ClusterChoice> done) override;
    void locations(const QString &subscription, QObject *context, Answer<QList<rules::LocationFacts>> done) override;
    void vmSizes(const QString &subscription, const QString &region, QObject *context,
                 Answer<rules::VmSizeCatalogue> done) override;
    void coreQuota(const QString &subscription, const QString &region, QObject *context,
                   Answer<std::optional<rules::CoreQuota>> done) override;
    void orchestrators(const QString &subscription, const QString &region, QObject *context,
                       Answer<rules::OrchestratorList> done) override;
    WizardOperation *startOperation(const rules::ComputeSpec &spec) override;
    void v2Cluster(const WorkspaceRef &workspace, const QString &clusterId, QObject *context,
                   Answer<V2ClusterState> done) override;
    WizardOperation *startV2Attach(const V2AttachRequest &request) override;

private:
    void onRecord(const ops::OperationRecord &record);

    QPointer<session::Session> m_session;
    QPointer<ops::OperationRunner> m_runner;
    QHash<QString, QPointer<WizardOperation>> m_operations; // by operation id
};

} // namespace cw::ui
