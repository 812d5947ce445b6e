#pragma once
// What the operation runner's integration tests share: the sandbox's seed workspace and a
// request-log pattern for one compute.
#include <QString>

#include "ops/OperationRecord.h"

namespace cw::test {

inline constexpr auto kSandboxSubscription = "00000000-0000-4000-8000-000000000001";

inline ops::WorkspaceRef demoWorkspace()
{
    return {QStringLiteral("Sandbox"), QLatin1String(kSandboxSubscription), QStringLiteral("rg-ml"),
            QStringLiteral("ws-demo")};
}

// Matches the compute's own URL in the sandbox's request log (not its sub-resources).
inline QString computeRegex(const QString &name)
{
    return QStringLiteral("/computes/%1$").arg(name);
}

} // namespace cw::test
