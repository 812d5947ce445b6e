#pragma once
#include <QString>

namespace cw::secrets {

// Where a secret lives in the keychain. Keys are scoped by cloud, tenant and account so two
// sign-ins (another tenant, the sandbox, a second account) never overwrite each other.
struct SecretKey {
    QString cloud;   // CloudEnvironment::name, e.g. "AzureCloud" or "Sandbox"
    QString tenant;  // tenant id or domain
    QString account; // user name, client id or another stable account handle
    QString kind;    // what is stored: "refresh_token", "client_secret", ...

    // "cloud/tenant/account/kind"; empty parts become "-" so the layout stays parseable.
    QString toString() const;
    bool operator==(const SecretKey &) const = default;
};

} // namespace cw::secrets
