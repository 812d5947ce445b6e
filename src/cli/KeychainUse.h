#pragma once
#include <optional>

#include "cli/Profile.h"

namespace cw::cli {

class CliOptions;

// Whether a run of the CLI may touch the OS keychain. It decides the main thread's event
// dispatcher (app/cli/main.cpp): QtKeychain's libsecret backend answers through GLib's main
// loop, which only Qt's GLib dispatcher runs. True whenever in doubt.
//
// Only the read-only commands go without it, and only when their session needs no stored
// secret: a sandbox (its secret is in its ready-line file), the Azure CLI's sign-in, or a
// service principal whose secret comes from AZURE_CLIENT_SECRET. `login` stores secrets, the
// operation commands keep TLS material there, a device-code sign-in keeps its tokens there.
bool mayUseKeychain(const CliOptions &options, const std::optional<Profile> &profile, bool clientSecretInEnvironment);

// The same for this process, before its QCoreApplication exists (the main thread's dispatcher is
// made with it): parses argv and loads the saved profile. Sets the application's names, which
// the profile's path needs, as cw::applyAppIdentity() later sets them.
bool processMayUseKeychain(int argc, char **argv);

} // namespace cw::cli
