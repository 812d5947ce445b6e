#pragma once
#include "common/WorkspaceRef.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace cw::azure {

// An ARM resource id such as
// /subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.ContainerService/managedClusters/{name}
// split into its parts. Segment names compare case-insensitively, as ARM does.
struct ResourceId {
    QString subscriptionId;
    QString resourceGroup;                     // empty for subscription-level resources
    QString provider;                          // e.g. "Microsoft.ContainerService"
    QList<QPair<QString, QString>> typeNames;  // (type, name) pairs after the provider

    // nullopt when `id` does not start with /subscriptions/{sub} or has a dangling segment.
    static std::optional<ResourceId> parse(const QString &id);

    QString name() const;          // last name, empty when none
    QString resourceType() const;  // "Microsoft.ContainerService/managedClusters"
    QString toString() const;      // canonical form, segments percent-encoded where needed
};

// Builders for ARM request paths (no host, no api-version). Names are percent-encoded.
namespace armpath {

inline constexpr auto kMachineLearningProvider = "Microsoft.MachineLearningServices";
inline constexpr auto kContainerServiceProvider = "Microsoft.ContainerService";

QString segment(const QString &name);  // percent-encodes one path segment

QString subscriptions();
QString subscription(const QString &subscriptionId);
QString resourceGroup(const QString &subscriptionId, const QString &resourceGroup);
QString workspacesInSubscription(const QString &subscriptionId);
QString workspacesInResourceGroup(const QString &subscriptionId, const QString &resourceGroup);
QString workspace(const QString &subscriptionId, const QString &resourceGroup, const QString &workspace);
QString computes(const QString &subscriptionId, const QString &resourceGroup, const QString &workspace);
QString compute(const QString &subscriptionId, const QString &resourceGroup, const QString &workspace,
                const QString &compute);
// The same from a WorkspaceRef, its parts and the name trimmed as a user may have typed them.
QString workspace(const WorkspaceRef &workspace);
QString computes(const WorkspaceRef &workspace);
QString compute(const WorkspaceRef &workspace, const QString &compute);
// Empty resourceGroup lists the whole subscription.
QString managedClusters(const QString &subscriptionId, const QString &resourceGroup = {});
QString managedCluster(const QString &subscriptionId, const QString &resourceGroup, const QString &name);
QString vmSizes(const QString &subscriptionId, const QString &location);
QString orchestrators(const QString &subscriptionId, const QString &location);
// Microsoft.Compute usages of a region (vCPU quotas).
QString computeUsages(const QString &subscriptionId, const QString &location);

} // namespace armpath
} // namespace cw::azure
