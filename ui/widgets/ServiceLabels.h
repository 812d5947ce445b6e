#pragma once
#include <QDateTime>
#include <QList>
#include <QStringView>

#include <utility>
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
    static constexpr int kFields = int(ServiceField::OperationState) + 1;
    QList<std::pair<QString, QString>> m_labels[kFields]; // per field: raw value, label
};

// A service timestamp with the month's name in the UI language, and the time: not ambiguous
// between 02/12 and 12/02 ("2 Dec 2026 16:10", "2 dic 2026 16:10"), in UTC as the service
// keeps it (the tooltip shows the raw ISO text).
QString displayDateTime(const QDateTime &time);
// The same for an ISO 8601 text from the service; the text itself when it is not a date.
QString displayDateTime(const QString &iso);
// displayDateTime(iso) written into `out` without allocating, for a UTC timestamp; its length,
// or -1 when the text needs displayDateTime() itself (an offset, not a date, too long).
constexpr qsizetype kDisplayDateTimeCapacity = 48;
qsizetype writeDisplayDateTime(QStringView iso, QChar *out, qsizetype capacity);

} // namespace cw::ui
