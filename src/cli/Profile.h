#pragma once
#include <QByteArray>
#include <QString>

#include <optional>

namespace cw::cli {

// How the CLI signs in, remembered between runs by `login` in
// <AppConfigLocation>/cli-profile.json. It never holds a secret: a service principal's secret
// lives in the keychain (or comes from AZURE_CLIENT_SECRET), the sandbox's in its ready-line file.
struct Profile {
    enum class Kind { EmbeddedSandbox, SandboxEndpoint, ServicePrincipal, DeviceCode, AzureCli };
    Kind kind = Kind::EmbeddedSandbox;
    QString cloud;         // CloudEnvironment name (real clouds)
    QString endpointFile;  // SandboxEndpoint: absolute path of the ready-line JSON file
    QString tenantId;
    QString clientId;
    // Defaults for --subscription / --resource-group / --workspace.
    QString subscriptionId;
    QString resourceGroup;
    QString workspace;

    static QString path();
    // The saved profile; the embedded sandbox when none was saved. nullopt + error when unreadable.
    static std::optional<Profile> load(QString *error);
    // The same from the file's contents (`origin` names the file in the error).
    static std::optional<Profile> fromBytes(const QByteArray &contents, const QString &origin, QString *error);
    bool save(QString *error) const;
};

QString nameOf(Profile::Kind kind);

} // namespace cw::cli
