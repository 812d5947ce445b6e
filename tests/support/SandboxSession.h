#pragma once
#include <memory>

#include "arm/ArmConnection.h"
#include "session/Session.h"
#include "support/SandboxProcess.h"

namespace cw::test {

// A Session signed in to the sandbox process with its service principal (what the app's sandbox
// environment does in-process), for tests that drive the product's own services and widgets.
std::unique_ptr<session::Session> sandboxSession(const SandboxProcess &sandbox, QObject *parent = nullptr);
// Only the ARM connection, for tests of the layers below the session (operations).
std::unique_ptr<arm::ArmConnection> sandboxConnection(const SandboxProcess &sandbox);

} // namespace cw::test
