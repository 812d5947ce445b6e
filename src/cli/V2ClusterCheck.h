#pragma once
// What `preflight --kubernetes` and `attach --kubernetes` share: the one way they gather a
// cluster's Azure ML v2 facts (session::V2ClusterFactsJob, as the wizard does), the --purpose
// they judge the capacity for, and how findings are printed (a table, or JSON with -o json).
#include <QString>

#include <functional>
#include <optional>

#include "common/WorkspaceRef.h"
#include "rules/AksResourceId.h"
#include "rules/ComputeSpec.h"
#include "rules/Finding.h"

namespace cw::session {
struct V2ClusterFactsResult;
}

namespace cw::cli {

class CliContext;
class CliOptions;

// --purpose production (the default) or dev-test; nullopt with `error` set for anything else.
std::optional<rules::ClusterPurpose> v2PurposeFromOptions(const CliOptions &options, QString *error);

// Reads the facts once; what could not be read is printed as a warning (and reaches the rules as
// unknown). A required read that failed ends the run with its exit code; otherwise `then` gets
// the result (facts set). Needs the session.
void gatherV2ClusterFacts(CliContext &ctx, const WorkspaceRef &workspace, const rules::AksResourceId &cluster,
                          std::function<void(const session::V2ClusterFactsResult &)> then);

// STATUS (fail | warn | info), CHECK (the finding's code), FIELD, MESSAGE; -o json: an array of
// {code, field, status, message}. Then a count line on stderr.
void printV2Findings(CliContext &ctx, const rules::Findings &findings);

} // namespace cw::cli
