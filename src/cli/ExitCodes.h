#pragma once
// The stable exit codes of clusterwright-cli (documented in --help; scripts depend on them).
namespace cw::cli {

enum ExitCode : int {
    kExitOk = 0,
    kExitOperationFailed = 1,  // the operation or request failed (service error, network, ...)
    kExitUsage = 2,            // bad command line
    kExitAuth = 3,             // no token / not authorised
    kExitPreflightRefused = 4, // the preflight found a failing check; nothing was sent
    kExitNotFound = 5,         // the compute, workspace, cluster or operation does not exist
    kExitUnavailable = 6,      // Azure AD or Azure did not answer usably after the retries
                               // (network failure, timeout, 5xx, throttling): try again later
};

} // namespace cw::cli
