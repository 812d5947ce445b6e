#pragma once
#include "sandboxlink/SandboxLink.h"

namespace cw::session {

class Session;

// The clusters view's first listings (session/FirstListings: the computes of the workspaces it
// showed last on the session's cloud and their subscriptions' AKS clusters; on a first start the
// subscriptions, their workspaces, then those) fetched as soon as a sandbox is ready or reached,
// on a thread of their own with a session of their own (its token and TLS connections included),
// while the GUI thread builds and paints the views. The GUI thread's own session cannot get on
// with them meanwhile: Qt's network thread waits on the GUI thread at each TLS handshake and
// upload, so its token and first GETs progressed only once the views were built and painted.
// The answers go to `session`'s connection (arm::AnswersAhead): the views' first requests take
// them; what did not come, or came unusable, they ask for as usual (with their retries and
// errors). Nothing is fetched when the session traces its HTTP (the trace would miss these
// requests): false then.
bool fetchFirstListingsAhead(const sandbox::SandboxEndpoint &endpoint, Session *session);

// The views have made their first requests: later ones are sent as usual, and the answers
// fetched ahead that none of them took are dropped (they would soon be stale). On a first start
// the views ask step by step, each step once the one before is answered: its answers are taken
// by later requests too, until all are taken or AnswersAhead::kWaitMs has passed.
void stopServingListingsAhead(Session *session);

} // namespace cw::session
