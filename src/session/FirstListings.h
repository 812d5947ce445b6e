#pragma once
// The GET requests the clusters view sends first for a session, which session::ListingsAhead
// fetches on a thread of its own while the views are built and painted. Kept beside each other
// so they stay the view's (ClustersView::start, listWorkspaces, refresh): a request fetched
// ahead that the view does not send is only wasted; one the view sends that is not here goes
// out as usual, later.
#include "arm/ArmTypes.h"
#include "common/WorkspaceRef.h"
#include "session/RememberedWorkspaces.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace cw::session {

// With workspaces remembered: their computes, and their subscriptions' AKS clusters.
QList<arm::ArmRequest> firstListings(const RememberedWorkspaces &remembered);

// A first start (no workspace remembered): the view lists the subscriptions, then each one's
// workspaces, then shows every workspace found (the picker's default when nothing is
// remembered): their computes and their subscriptions' AKS clusters. Each step is learnt from
// the answers before it.
class FirstStartListings
{
public:
    static QList<arm::ArmRequest> first();
    // The requests learnt from the answer to a request of this plan (nullopt: none usable came,
    // and the view will ask for it on its own); empty when the answer taught nothing new yet.
    QList<arm::ArmRequest> learn(const std::optional<arm::ArmResponse> &answer);
    bool done() const { return m_step == Step::Done; }

private:
    enum class Step { Subscriptions, Workspaces, Done };
    QList<arm::ArmRequest> learnSubscriptions(const std::optional<arm::ArmResponse> &answer);
    QList<arm::ArmRequest> learnWorkspaces(const std::optional<arm::ArmResponse> &answer);

    Step m_step = Step::Subscriptions;
    int m_workspaceListsLeft = 0;
    QList<WorkspaceRef> m_found;
};

} // namespace cw::session
