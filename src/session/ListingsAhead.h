#pragma once
#include "sandboxlink/SandboxLink.h"

namespace cw::session {

class Session;

// The clusters view's first listings (the computes of the workspaces it showed last on the
// session's cloud, and their subscriptions' AKS clusters) fetched as soon as a sandbox is ready,
// on a thread of their own with a session of their own (its token and TLS connections included),
// while the GUI thread builds and paints the views. The GUI thread's own session cannot get on
// with them meanwhile: Qt's network thread waits on the GUI thread at each TLS handshake and
// upload, so its token and first GETs progressed only once the views were built and painted.
// The answers go to `session`'s connection (arm::AnswersAhead): the views' first requests take
// them; what did not come, or came unusable, they ask for as usual (with their retries and
// errors). Nothing is fetched when no workspace is remembered (a first start lists subscriptions
// first) or when the session traces its HTTP (the trace would miss these requests): false then.
bool fetchFirstListingsAhead(const sandbox::SandboxEndpoint &endpoint, Session *session);

// The views have made their first requests: later ones are sent as usual, and the answers
// fetched ahead that none of them took are dropped (they would soon be stale).
void stopServingListingsAhead(Session *session);

} // namespace cw::session
