#pragma once
// What the wizard needs from the cloud, asynchronously: lists for the pickers and a way to start
// the operation. Every call answers exactly once, later, through its callback, and only while
// `context` still exists. SessionBackend implements it over cw::session::Session; tests and the
// screenshot mode may implement it in memory.
#include "azure/KubernetesComputeSpec.h"
#include "rules/AttachRules.h"
#include "rules/ComputeSpec.h"
#include "rules/KubernetesVersions.h"
#include "rules/PreflightFacts.h"
#include "rules/RegionRules.h"
#include "rules/QuotaRules.h"
#include "rules/ExtensionConfiguration.h"
#include "rules/V2Facts.h"
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

// Azure ML v2: what the cluster page shows and the rules check for the picked cluster.
struct V2ClusterState {
    rules::V2ClusterFacts facts;
    QStringList warnings; // what could not be read (the rules then say it was not checked)
    // The Azure ML extension the attach would use (facts.extensionName), when it is installed,
    // and its configurationSettings (shown read-only when it is reused).
    std::optional<rules::ExtensionFact> extension;
    QMap<QString, QString> extensionSettings;

    bool extensionSucceeded() const
    {
        return extension && extension->provisioningState.compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) == 0;
    }
};

// Azure ML v2 attach: install (or reuse) the extension, then attach the Kubernetes compute.
struct V2AttachRequest {
    WorkspaceRef workspace;
    QString clusterId;
    QString extensionName = QStringLiteral("azureml");
    bool reuseExtension = false;
    rules::ExtensionConfiguration extension; // with protected settings: memory only
    azure::KubernetesComputeSpec compute;
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

    // Azure ML v2: the cluster's facts as `preflight --kubernetes` gathers them. A backend that
    // cannot tell answers with an error.
    virtual void v2Cluster(const WorkspaceRef &workspace, const QString &clusterId, QObject *context,
                           Answer<V2ClusterState> done)
    {
        Q_UNUSED(workspace);
        Q_UNUSED(clusterId);
        QMetaObject::invokeMethod(context, [done] { done({}, tr("Azure ML v2 is not available here.")); },
                                  Qt::QueuedConnection);
    }
    // Azure ML v2: install or reuse the extension, then attach. nullptr when it cannot start.
    virtual WizardOperation *startV2Attach(const V2AttachRequest &request)
    {
        Q_UNUSED(request);
        return nullptr;
    }
};

} // namespace cw::ui
