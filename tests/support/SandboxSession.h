#pragma once
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <memory>

#include "arm/ArmConnection.h"
#include "ops/Journal.h"
#include "ops/OperationRunner.h"
#include "session/Session.h"
#include "support/SandboxProcess.h"

namespace cw::test {

// A Session signed in to the sandbox process with its service principal (what the app's sandbox
// environment does in-process), for tests that drive the product's own services and widgets.
std::unique_ptr<session::Session> sandboxSession(const SandboxProcess &sandbox, QObject *parent = nullptr);
// Only the ARM connection, for tests of the layers below the session (operations).
std::unique_ptr<arm::ArmConnection> sandboxConnection(const SandboxProcess &sandbox);

// A sandbox session with a journal in a private folder and a runner on it that polls every
// 50 ms: what the dialog tests start operations with.
struct SandboxOperations {
    explicit SandboxOperations(const SandboxProcess &sandbox);

    std::unique_ptr<session::Session> session;
    QTemporaryDir journalDir;
    std::unique_ptr<ops::Journal> journal;
    std::unique_ptr<ops::OperationRunner> runner;
};

// The final record of operation `id`: at once when it has already finished, else when the runner
// says it finished; after `timeoutMs` the test fails and an empty record comes back.
ops::OperationRecord waitForFinish(ops::OperationRunner *runner, const QString &id, int timeoutMs = 60000);

// The environment of cw_crash_helper (tests/integration/crash): the sandbox's endpoint and
// service principal in the CW_HELPER_* variables it reads.
QProcessEnvironment crashHelperEnvironment(const SandboxProcess &sandbox);

} // namespace cw::test
