#include "session/FirstListings.h"

#include "azure/AccountServices.h"
#include "azure/ComputeRequests.h"
#include "azure/ManagedClusterRequests.h"
#include "azure/ModelList.h"

namespace cw::session {
namespace {

// The subscriptions of `workspaces`, each once, in their order (as ClustersView::refresh lists them).
QStringList subscriptionsOf(const QList<WorkspaceRef> &workspaces)
{
    QStringList subscriptions;
    for (const WorkspaceRef &workspace : workspaces)
        if (!subscriptions.contains(workspace.subscriptionId))
            subscriptions.append(workspace.subscriptionId);
    return subscriptions;
}

// An ARM list page's items (its "value"), or null when the body is not such a page.
nlohmann::json valuesOf(const arm::ArmResponse &answer)
{
    const nlohmann::json page = answer.json();
    return page.is_object() ? page.value("value", nlohmann::json()) : nlohmann::json();
}

QList<arm::ArmRequest> listingsOf(const QList<WorkspaceRef> &workspaces)
{
    QList<arm::ArmRequest> requests;
    for (const WorkspaceRef &workspace : workspaces)
        requests.append(azure::computerequest::list(workspace));
    for (const QString &subscription : subscriptionsOf(workspaces))
        requests.append(azure::managedclusterrequest::list(subscription));
    return requests;
}

} // namespace

QList<arm::ArmRequest> firstListings(const RememberedWorkspaces &remembered)
{
    return listingsOf(remembered.workspaces);
}

QList<arm::ArmRequest> FirstStartListings::first()
{
    return {azure::accountrequest::subscriptions()};
}

QList<arm::ArmRequest> FirstStartListings::learn(const std::optional<arm::ArmResponse> &answer)
{
    switch (m_step) {
    case Step::Subscriptions:
        return learnSubscriptions(answer);
    case Step::Workspaces:
        return learnWorkspaces(answer);
    case Step::Done:
        break;
    }
    return {};
}

QList<arm::ArmRequest> FirstStartListings::learnSubscriptions(const std::optional<arm::ArmResponse> &answer)
{
    m_step = Step::Done;
    if (!answer)
        return {};
    QList<arm::ArmRequest> requests;
    for (const azure::Subscription &subscription : azure::parseModelList<azure::Subscription>(valuesOf(*answer), nullptr))
        requests.append(azure::accountrequest::workspaces(subscription.subscriptionId));
    m_workspaceListsLeft = int(requests.size());
    if (!requests.isEmpty())
        m_step = Step::Workspaces;
    return requests;
}

QList<arm::ArmRequest> FirstStartListings::learnWorkspaces(const std::optional<arm::ArmResponse> &answer)
{
    // One answer per subscription, in any order; the view shows them once all are in.
    if (answer)
        for (const azure::Workspace &workspace :
             azure::parseModelList<azure::Workspace>(valuesOf(*answer), nullptr))
            m_found.append({.subscriptionId = workspace.subscriptionId, .resourceGroup = workspace.resourceGroup,
                            .workspace = workspace.name});
    if (--m_workspaceListsLeft > 0)
        return {};
    m_step = Step::Done;
    return listingsOf(m_found);
}

} // namespace cw::session
