#pragma once
#include <QString>
#include <QUrl>

namespace cw::auth {

// One Azure cloud: where ARM and Azure AD live and which extra CA (sandbox only) to trust.
struct CloudEnvironment {
    QString name;        // "AzureCloud", "AzureUSGovernment", "AzureChinaCloud", "Sandbox"
    QUrl armEndpoint;    // e.g. https://management.azure.com
    QUrl authorityHost;  // e.g. https://login.microsoftonline.com
    QString extraCaFile; // PEM file trusted in addition to the system store (sandbox)

    static CloudEnvironment azureCloud();
    static CloudEnvironment usGovernment();
    static CloudEnvironment china();
    // For the sandbox both endpoints are its base URL and its CA file is trusted explicitly.
    static CloudEnvironment sandbox(const QUrl &base, const QString &caFile);
    // By name ("AzureCloud", ...); the sandbox needs sandbox(). Returns an empty name if unknown.
    static CloudEnvironment byName(const QString &name);

    // "{arm}/.default": the OAuth scope for ARM tokens.
    QString armScope() const;
    // The ARM resource without "/.default" (what `az account get-access-token --resource` wants).
    QString armResource() const;
    bool isSandbox() const { return name == QLatin1String("Sandbox"); }
    bool isValid() const { return !name.isEmpty() && armEndpoint.isValid() && authorityHost.isValid(); }
};

} // namespace cw::auth
