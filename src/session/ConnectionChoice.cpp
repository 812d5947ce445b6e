#include "session/ConnectionChoice.h"

#include <QSettings>

#include "auth/ClientSecretCredential.h"

#include <optional>

namespace cw::session {

namespace {
constexpr auto kGroup = "connection/";

std::optional<ConnectionChoice::Method> methodFromName(const QString &name)
{
    for (auto m : {ConnectionChoice::Method::Sandbox, ConnectionChoice::Method::DeviceCode,
                   ConnectionChoice::Method::ServicePrincipal, ConnectionChoice::Method::AzureCli})
        if (nameOf(m) == name)
            return m;
    return std::nullopt;
}

QString key(const char *name)
{
    return QLatin1String(kGroup) + QLatin1String(name);
}
} // namespace

QString nameOf(ConnectionChoice::Method method)
{
    switch (method) {
    case ConnectionChoice::Method::Sandbox:
        return QStringLiteral("sandbox");
    case ConnectionChoice::Method::DeviceCode:
        return QStringLiteral("device-code");
    case ConnectionChoice::Method::ServicePrincipal:
        return QStringLiteral("service-principal");
    case ConnectionChoice::Method::AzureCli:
        return QStringLiteral("azure-cli");
    }
    return {};
}

auth::CloudEnvironment ConnectionChoice::environment() const
{
    if (isSandbox())
        return {};
    return auth::CloudEnvironment::byName(cloud);
}

secrets::SecretKey ConnectionChoice::clientSecretKey() const
{
    return auth::ClientSecretCredential::secretKey(cloud, tenantId, clientId);
}

ConnectionChoice ConnectionChoice::load(const QSettings &settings)
{
    ConnectionChoice choice;
    const std::optional<Method> method = methodFromName(settings.value(key("method")).toString());
    if (!method || *method == Method::Sandbox)
        return choice;
    choice.method = *method;
    choice.cloud = settings.value(key("cloud")).toString();
    choice.tenantId = settings.value(key("tenant")).toString();
    choice.clientId = settings.value(key("clientId")).toString();
    // A cloud this version does not know, or a service principal without its ids, cannot be
    // reconnected: start on the sandbox rather than fail at every start.
    if (!choice.environment().isValid() || (choice.method == Method::ServicePrincipal
                                            && (choice.tenantId.isEmpty() || choice.clientId.isEmpty())))
        return {};
    return choice;
}

bool ConnectionChoice::isSavedIn(const QSettings &settings) const
{
    // Compared as stored, not as load() reads it back: load() turns an entry it cannot reconnect
    // into the sandbox, and that entry must still be replaced. Absent entries read as the sandbox's.
    return settings.value(key("method"), nameOf(Method::Sandbox)).toString() == nameOf(method)
        && settings.value(key("cloud")).toString() == cloud && settings.value(key("tenant")).toString() == tenantId
        && settings.value(key("clientId")).toString() == clientId;
}

void ConnectionChoice::save(QSettings &settings) const
{
    settings.setValue(key("method"), nameOf(method));
    settings.setValue(key("cloud"), cloud);
    settings.setValue(key("tenant"), tenantId);
    settings.setValue(key("clientId"), clientId);
}

} // namespace cw::session
