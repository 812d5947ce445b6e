#pragma once
#include <memory>

#include "session/Session.h"
#include "support/SandboxProcess.h"

namespace cw::test {

// A Session signed in to the sandbox process with its service principal (what the app's sandbox
// environment does in-process), for tests that drive the product's own services and widgets.
std::unique_ptr<session::Session> sandboxSession(const SandboxProcess &sandbox, QObject *parent = nullptr);

} // namespace cw::test
