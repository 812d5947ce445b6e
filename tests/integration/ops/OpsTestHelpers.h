#pragma once
// What the operation runner's integration tests share: the sandbox's seed workspace and a
// request-log pattern for one compute (its path: azure::armpath::compute).
#include <QString>

#include "azure/ResourceId.h"
#include "ops/OperationRecord.h"

namespace cw::test {

inline constexpr auto kSandboxSubscription = "00000000-0000-4000-8000-000000000001";

inline WorkspaceRef demoWorkspace()
{
    return {.cloud = QStringLiteral("Sandbox"), .subscriptionId = QLatin1String(kSandboxSubscription),
            .resourceGroup = QStringLiteral("rg-ml"), .workspace = QStringLiteral("ws-demo")};
}

// Matches the compute's own URL in the sandbox's request log (not its sub-resources).
inline QString computeRegex(const QString &name)
{
    return QStringLiteral("/computes/%1$").arg(name);
}

} // namespace cw::test
