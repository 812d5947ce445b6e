#pragma once
#include <QDateTime>
#include <QHash>
#include <QString>

namespace cw::ui {

// Which service field a raw value comes from: the same word can mean different things
// ("Enabled" of TLS, "Running" of a power state), and each gets its own label.
enum class ServiceField { ProvisioningState, ClusterPurpose, TlsStatus, LoadBalancerType, PowerState, LoadBalancerSku, OperationState };

// What the service's raw values (Succeeded, FastProd, PublicIp, basic, …) read as in the UI
// language installed when the object was made. The raw value is still what exports, copies
// and tooltips use; an unknown value is shown as it came, never hidden.
class ServiceLabels
{
public:
    ServiceLabels();

    // The label of `raw` (matched case-insensitively), or `raw` itself when it is not known.
    const QString &label(ServiceField field, const QString &raw) const;

private:
    QHash<QString, QString> m_labels; // "<field>/<lower-case raw>" → label
};

// A service timestamp as the locale writes a date with the month's name, and the time: not
// ambiguous between 02/12 and 12/02 ("2 Dec 2026 16:10", "2 dic 2026 16:10"), local time.
QString displayDateTime(const QDateTime &time);
// The same for an ISO 8601 text from the service; the text itself when it is not a date.
QString displayDateTime(const QString &iso);

} // namespace cw::ui
