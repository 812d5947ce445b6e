#include "widgets/ServiceLabels.h"

#include <QCoreApplication>
#include <QLocale>

namespace cw::ui {
namespace {

QString keyOf(ServiceField field, const QString &raw)
{
    return QString::number(int(field)) + QLatin1Char('/') + raw.toLower();
}

} // namespace

ServiceLabels::ServiceLabels()
{
    const auto add = [this](ServiceField field, const char *raw, const char *text) {
        m_labels.insert(keyOf(field, QLatin1String(raw)), QCoreApplication::translate("cw::ui::ServiceLabels", text));
    };
    using F = ServiceField;
    add(F::ProvisioningState, "Succeeded", "Succeeded");
    add(F::ProvisioningState, "Failed", "Failed");
    add(F::ProvisioningState, "Creating", "Creating");
    add(F::ProvisioningState, "Updating", "Updating");
    add(F::ProvisioningState, "Deleting", "Deleting");
    add(F::ProvisioningState, "Canceled", "Canceled");
    add(F::ProvisioningState, "Unknown", "Unknown");
    add(F::ClusterPurpose, "FastProd", "Production");
    add(F::ClusterPurpose, "DenseProd", "Production (dense)");
    add(F::ClusterPurpose, "DevTest", "Dev/test");
    add(F::TlsStatus, "Enabled", "Enabled");
    add(F::TlsStatus, "Disabled", "Disabled");
    add(F::TlsStatus, "Auto", "Automatic");
    add(F::LoadBalancerType, "PublicIp", "Public IP");
    add(F::LoadBalancerType, "InternalLoadBalancer", "Internal");
    add(F::PowerState, "Running", "Running");
    add(F::PowerState, "Stopped", "Stopped");
    add(F::PowerState, "Starting", "Starting");
    add(F::PowerState, "Stopping", "Stopping");
    add(F::OperationState, "Running", "Running");
    add(F::OperationState, "Succeeded", "Succeeded");
    add(F::OperationState, "Failed", "Failed");
    add(F::OperationState, "Canceled", "Canceled");
    add(F::LoadBalancerSku, "basic", "Basic");
    add(F::LoadBalancerSku, "standard", "Standard");
}

const QString &ServiceLabels::label(ServiceField field, const QString &raw) const
{
    const auto it = m_labels.constFind(keyOf(field, raw));
    return it == m_labels.constEnd() ? raw : *it;
}

QString displayDateTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm"));
}

QString displayDateTime(const QString &iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return time.isValid() ? displayDateTime(time) : iso;
}

} // namespace cw::ui
