#pragma once
#include <QMetaType>
#include <QString>

#include "auth/CloudEnvironment.h"
#include "secrets/SecretKey.h"

class QSettings;

namespace cw::session {

// Which cloud the desktop app talks to and how it signs in, remembered between runs so the next
// start reconnects without asking. It never holds a secret: a service principal's client secret
// lives in the keychain under clientSecretKey(), a device-code sign-in's refresh token under the
// credential's own key, and the Azure CLI keeps its login itself.
struct ConnectionChoice {
    enum class Method { Sandbox, DeviceCode, ServicePrincipal, AzureCli };
    Method method = Method::Sandbox;
    QString cloud;    // CloudEnvironment name of a real cloud ("AzureCloud", ...); empty for the sandbox
    QString tenantId; // device code and service principal
    QString clientId; // service principal

    bool isSandbox() const { return method == Method::Sandbox; }
    // The real cloud's endpoints; invalid for the sandbox or an unknown cloud name.
    auth::CloudEnvironment environment() const;
    secrets::SecretKey clientSecretKey() const;

    // Stored in the "connection" group; an absent or unreadable entry means the sandbox.
    static ConnectionChoice load(const QSettings &settings);
    void save(QSettings &settings) const;
    // Whether `settings` already hold exactly what save() would write (nothing stored counts as
    // the sandbox), so that an unchanged choice is not written again.
    bool isSavedIn(const QSettings &settings) const;

    bool operator==(const ConnectionChoice &) const = default;
};

QString nameOf(ConnectionChoice::Method method);

} // namespace cw::session

Q_DECLARE_METATYPE(cw::session::ConnectionChoice)
