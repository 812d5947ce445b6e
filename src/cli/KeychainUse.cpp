#include "cli/KeychainUse.h"

#include <QCoreApplication>
#include <QStringList>

#include "cli/CliOptions.h"
#include "common/AppIdentity.h"

namespace cw::cli {

bool mayUseKeychain(const CliOptions &options, const std::optional<Profile> &profile, bool clientSecretInEnvironment)
{
    if (options.helpRequested() || options.versionRequested())
        return false; // answered before any session
    // The commands of ReadCommands.cpp and ClustersCommand.cpp: a session, GETs, a printout.
    static const char *const kReadOnly[] = {"workspaces", "list", "show", "clusters", "versions", "vm-sizes"};
    const QString command = options.command();
    bool readOnly = false;
    for (const char *name : kReadOnly)
        readOnly = readOnly || command == QLatin1String(name);
    if (!readOnly || !profile)
        return true;
    switch (profile->kind) {
    case Profile::Kind::EmbeddedSandbox:
    case Profile::Kind::SandboxEndpoint:
    case Profile::Kind::AzureCli:
        return false;
    case Profile::Kind::ServicePrincipal:
        return !clientSecretInEnvironment; // else SessionFactory reads the secret from the keychain
    case Profile::Kind::DeviceCode:
        return true;
    }
    return true;
}

bool processMayUseKeychain(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    CliOptions options;
    QString error;
    if (!options.parse(arguments, &error))
        return true; // CliApp reports the error; nothing to decide
    if (options.helpRequested() || options.versionRequested())
        return false;
    QCoreApplication::setOrganizationName(QLatin1String(kOrganizationName));
    QCoreApplication::setApplicationName(QLatin1String(kAppName));
    const std::optional<Profile> profile = Profile::load(&error);
    return mayUseKeychain(options, profile, !qEnvironmentVariableIsEmpty("AZURE_CLIENT_SECRET"));
}

} // namespace cw::cli
