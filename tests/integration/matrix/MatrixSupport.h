#pragma once
// Shared by the issue-17 matrix tests: the sandbox process with the CLI signed in to it, what the
// sandbox's request log says was processed, what the CLI's journal and the keychain hold, and the
// summary line each matrix prints.
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

#include "CliRunner.h"
#include "ops/OperationRecord.h"
#include "support/SandboxProcess.h"

namespace cw::matrix {

// Starts the sandbox, writes its ready line to `endpointFile` and signs the CLI in to it (the
// profile lives in the test's private HOME, see tests/harness/run-test.sh).
bool startAndLogin(test::SandboxProcess &sandbox, const QString &endpointFile, const QStringList &extraArgs = {});

// One CLI run with the outcome the matrix counts: a signal exit (crash) or no exit within the
// timeout (hang, the process is killed) are told apart.
struct Outcome {
    CliRun run;
    bool hung = false;
    bool signalled = false;
    qint64 elapsedMs = 0;
};
Outcome runCliTimed(const QStringList &arguments, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                    int timeoutMs = 90000);

// PUTs of the compute the sandbox processed: request-log entries with a 2xx or 409 status (a
// status fault also logs its status; the caller subtracts injected 409s).
int processedPuts(test::SandboxProcess &sandbox, const QString &compute);

// Key material of the operation in the Secret Service (its entry operation-<id>/tls-material),
// 0 when there is no Secret Service on the session bus.
int keychainLeftovers(const QString &operationId);

// The newest record of the CLI's journal for the compute, created at or after `since`.
std::optional<ops::OperationRecord> newestRecord(const QString &compute, const QDateTime &since);

// The compute's provisioningState, or "absent" (404).
QString computeState(test::SandboxProcess &sandbox, const QString &compute);

// The counts every matrix prints in cleanupTestCase.
struct Counts {
    int runs = 0;
    int duplicatePuts = 0;
    int lost = 0;
    int crashes = 0;
    int hangs = 0;
    int leftoverSecrets = 0;
    int other = 0; // rows failing for another reason (named in the test's output)
    QString line(const QString &matrix) const;
};

} // namespace cw::matrix
