#pragma once
// One function per subcommand; each starts its asynchronous work and eventually calls
// CliContext::finish(). Grouped in files by subject (LoginCommand.cpp, ReadCommands.cpp, ...).
#include <functional>

#include "rules/Preflight.h"

namespace cw::cli {

class CliContext;

void runLogin(CliContext &ctx);          // LoginCommand.cpp
void runWorkspaces(CliContext &ctx);     // ReadCommands.cpp
void runList(CliContext &ctx);
void runShow(CliContext &ctx);
void runVersions(CliContext &ctx);
void runVmSizes(CliContext &ctx);
void runClusters(CliContext &ctx);       // ClustersCommand.cpp
void runPreflight(CliContext &ctx);      // PreflightCommand.cpp
void runCreate(CliContext &ctx);         // OperationCommands.cpp
void runAttach(CliContext &ctx);
void runDetach(CliContext &ctx);
void runUpdate(CliContext &ctx);
void runReattach(CliContext &ctx);
void runMigrate(CliContext &ctx);       // MigrateCommand.cpp
void runOperations(CliContext &ctx);     // OperationsCommand.cpp
void runKubeconfig(CliContext &ctx);     // KubeCommands.cpp
void runTlsBackup(CliContext &ctx);
void runExtension(CliContext &ctx);      // ExtensionCommand.cpp

// Gathers the facts (workspace region and computes, the region's VM sizes and Kubernetes
// versions, the cluster for an attach, the certificate analysis) and runs the shared
// rules::runPreflight. Finishes the run itself on a lookup error. Needs the session.
void gatherPreflight(CliContext &ctx, rules::ComputeSpec spec,
                     std::function<void(const rules::ComputeSpec &, const rules::PreflightReport &)> done);
// Prints the report in the chosen output format.
void printPreflight(CliContext &ctx, const rules::PreflightReport &report);

} // namespace cw::cli
