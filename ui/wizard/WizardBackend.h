#pragma once
// What the wizard needs from the cloud, asynchronously: lists for the pickers and a way to start
// the operation. Every call answers exactly once, later, through its callback, and only while
// `context` still exists. SessionBackend implements it over cw::session::Session; tests and the
// screenshot mode may implement it in memory.
#include "rules/AttachRules.h"
#include "rules/ComputeSpec.h"
#include "rules/KubernetesVersions.h"
#include "rules/PreflightFacts.h"
#include "rules/RegionRules.h"
#include "rules/QuotaRules.h"
#include "rules/VmSizeCatalogue.h"

#include <QObject>

#include <functional>

namespace cw::ui {

class WizardOperation;

struct SubscriptionChoice {
    QString id;
    QString displayName;
};

struct ClusterChoice {
    rules::ClusterFacts facts;
    QString subscription;
    QString resourceGroup;
};

template <typename T>
using Answer = std::function<void(const T &value, const QString &error)>; // error empty = ok

class WizardBackend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QString environmentName() const = 0;
    virtual void subscriptions(QObject *context, Answer<QList<SubscriptionChoice>> done) = 0;
    virtual void workspaces(const QString &subscription, QObject *context,
                            Answer<QList<WorkspaceRef>> done) = 0;
    virtual void computes(const WorkspaceRef &workspace, QObject *context,
                          Answer<QList<rules::ExistingCompute>> done) = 0;
    virtual void clusters(const QString &subscription, QObject *context, Answer<QList<ClusterChoice>> done) = 0;
    // One cluster by resource ID (a pasted ID may name a cluster outside the listed subscription).
    virtual void cluster(const QString &resourceId, QObject *context, Answer<ClusterChoice> done) = 0;
    // The subscription's locations (ARM GET /subscriptions/{id}/locations): the regions offered.
    virtual void locations(const QString &subscription, QObject *context, Answer<QList<rules::LocationFacts>> done) = 0;
    virtual void vmSizes(const QString &subscription, const QString &region, QObject *context,
                         Answer<rules::VmSizeCatalogue> done) = 0;
    virtual void orchestrators(const QString &subscription, const QString &region, QObject *context,
                               Answer<rules::OrchestratorList> done) = 0;
    // The region's vCPU use and limit (Microsoft.Compute usages, "cores"); nullopt with an error
    // when it cannot be read. A backend that cannot tell answers nullopt without an error.
    virtual void coreQuota(const QString &subscription, const QString &region, QObject *context,
                           Answer<std::optional<rules::CoreQuota>> done)
    {
        Q_UNUSED(subscription);
        Q_UNUSED(region);
        QMetaObject::invokeMethod(context, [done] { done(std::nullopt, QString()); }, Qt::QueuedConnection);
    }
    // Starts the create/attach. The operation outlives the wizard ("Run in background").
    virtual WizardOperation *startOperation(const rules::ComputeSpec &spec) = 0;
};

} // namespace cw::ui
