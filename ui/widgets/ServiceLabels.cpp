#include "widgets/ServiceLabels.h"

#include <QCoreApplication>
#include <QLocale>

namespace cw::ui {
ServiceLabels::ServiceLabels()
{
    const auto add = [this](ServiceField field, const char *raw, const char *text) {
        m_labels[int(field)].append({QLatin1String(raw), QCoreApplication::translate("cw::ui::ServiceLabels", text)});
    };
    using F = ServiceField;
    // QT_TRANSLATE_NOOP marks each label for lupdate; translate() above looks it up at run time.
    add(F::ProvisioningState, "Succeeded", QT_TRANSLATE_NOOP("cw::ui::ServiceLabels", "Succeeded"));
    add(F::ProvisioningState, "Failed", QT_TRANSLATE_NOOP("cw::ui::ServiceLabels", "Failed"));
    add(F::ProvisioningState, "Creating", QT_TRANSLATE_NOOP("cw::ui::ServiceLabels", "Creating"));
    add(F::ProvisioningState, "Updating", QT_TRANSLATE_NOOP("cw::ui::ServiceLabels", "Updating"));
    add(F::ProvisioningState, "Deleting", QT_TRANSLATE_NOOP("cw::ui::ServiceLabels", "Deleting"));
    add(F::ProvisioningState, "Canceled", QT_TRANSLATE_NOOP("cw::ui::ServiceLabels", "Canceled"));
    add(F::ProvisioningState, "Unknown", QT_TRANSLATE_NOOP("cw::ui::ServiceLabels", "Unknown"));
    add(F::ClusterPurpose, "FastProd", QT_TRANSLATE_NOOP("cw::ui::ServiceLabels", "Production"));
    add(F::ClusterPurpose, "DenseProd", QT_TRANSLATE_NOOP("cw::ui::ServiceLabels", "Production (dense)"));
    add(F::ClusterPurpose, "DevTest", QT_TRANSLATE_NOOP("cw::ui::ServiceLabels", "Dev/test"));
    add(F::TlsStatus, "Enabled", QT_TRANSLATE_NOOP("cw::ui::ServiceLabels", "Enabled"));
    add(F::TlsStatus, "Disabled", QT_TRANSLATE_NOOP("cw::ui::ServiceLabels", "Disabled"));
    add(F::TlsStatus, "Auto", QT_TRANSLATE_NOOP("cw::ui::ServiceLabels", "Automatic"));
    add(F::LoadBalancerType, "PublicIp", QT_TRANSLATE_NOOP("cw::ui::ServiceLabels", "Public IP"));
    add(F::LoadBalancerType, "InternalLoadBalancer", QT_TRANSLATE_NOOP("cw::ui::ServiceLabels", "Internal"));
    add(F::PowerState, "Running", QT_TRANSLATE_NOOP("cw::ui::ServiceLabels", "Running"));
    add(F::PowerState, "Stopped", QT_TRANSLATE_NOOP("cw::ui::ServiceLabels", "Stopped"));
    add(F::PowerState, "Starting", QT_TRANSLATE_NOOP("cw::ui::ServiceLabels", "Starting"));
    add(F::PowerState, "Stopping", QT_TRANSLATE_NOOP("cw::ui::ServiceLabels", "Stopping"));
    add(F::OperationState, "Running", QT_TRANSLATE_NOOP("cw::ui::ServiceLabels", "Running"));
    add(F::OperationState, "Succeeded", QT_TRANSLATE_NOOP("cw::ui::ServiceLabels", "Succeeded"));
    add(F::OperationState, "Failed", QT_TRANSLATE_NOOP("cw::ui::ServiceLabels", "Failed"));
    add(F::OperationState, "Canceled", QT_TRANSLATE_NOOP("cw::ui::ServiceLabels", "Canceled"));
    add(F::LoadBalancerSku, "basic", QT_TRANSLATE_NOOP("cw::ui::ServiceLabels", "Basic"));
    add(F::LoadBalancerSku, "standard", QT_TRANSLATE_NOOP("cw::ui::ServiceLabels", "Standard"));
}

const QString &ServiceLabels::label(ServiceField field, const QString &raw) const
{
    // A handful of values per field: compared in place, no key built (the table asks this for
    // every row when it sorts or filters).
    for (const auto &[value, text] : m_labels[int(field)])
        if (raw.compare(value, Qt::CaseInsensitive) == 0)
            return text;
    return raw;
}

QString displayDateTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toUTC(), QStringLiteral("d MMM yyyy HH:mm"));
}

qsizetype writeDisplayDateTime(QStringView iso, QChar *out, qsizetype capacity)
{
    // "2026-12-02T16:10:47.123Z" read by position, written without allocating: the table's
    // filter matches every row's two dates, and QDateTime parsing plus QLocale formatting (or
    // even one string per date) made the first filter of 50,000 rows a stall.
    const auto digits = [&iso](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            const QChar c = iso.at(i);
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return -1;
            value = value * 10 + (c.unicode() - '0');
        }
        return value;
    };
    if (iso.size() < 16 || iso.at(4) != QLatin1Char('-') || iso.at(7) != QLatin1Char('-')
        || (iso.at(10) != QLatin1Char('T') && iso.at(10) != QLatin1Char(' ')) || iso.at(13) != QLatin1Char(':'))
        return -1;
    const int year = digits(0, 4), month = digits(5, 2), day = digits(8, 2), hour = digits(11, 2), minute = digits(14, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 || minute > 59)
        return -1;
    // Only UTC ("Z" or no zone) is written here; an offset takes the exact QDateTime path.
    for (qsizetype i = 16; i < iso.size(); ++i)
        if (iso.at(i) == QLatin1Char('+') || iso.at(i) == QLatin1Char('-'))
            return -1;
    static thread_local QLocale monthsOf(QLocale::C);
    static thread_local QStringList months;
    const QLocale locale;
    if (months.isEmpty() || monthsOf != locale) {
        monthsOf = locale;
        months.clear();
        for (int m = 1; m <= 12; ++m)
            months << locale.monthName(m, QLocale::ShortFormat);
    }
    const QString &name = months.at(month - 1);
    if (capacity < 16 + name.size())
        return -1;
    qsizetype n = 0;
    if (day >= 10)
        out[n++] = QLatin1Char(char('0' + day / 10));
    out[n++] = QLatin1Char(char('0' + day % 10));
    out[n++] = QLatin1Char(' ');
    for (const QChar c : name)
        out[n++] = c;
    out[n++] = QLatin1Char(' ');
    for (int i = 0; i < 4; ++i)
        out[n++] = iso.at(i);
    out[n++] = QLatin1Char(' ');
    for (int i = 11; i < 16; ++i)
        out[n++] = iso.at(i);
    return n;
}

QString displayDateTime(const QString &iso)
{
    QChar buffer[kDisplayDateTimeCapacity];
    const qsizetype n = writeDisplayDateTime(iso, buffer, kDisplayDateTimeCapacity);
    if (n >= 0)
        return QString(buffer, n);
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return time.isValid() ? displayDateTime(time) : iso;
}

} // namespace cw::ui
