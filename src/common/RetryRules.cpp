#include "common/RetryRules.h"

#include "common/NumberCast.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace cw::retry {

namespace {
QByteArray headerValue(const RetryHeaderList &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

std::optional<qint64> parseMilliseconds(const QByteArray &value)
{
    bool ok = false;
    const double ms = value.toDouble(&ok);
    if (!ok || ms < 0 || !std::isfinite(ms))
        return std::nullopt;
    // Saturates: llround of 1e300 has no meaningful result, the retry simply waits "forever".
    return clampedIntegerFromDouble<qint64>(std::round(ms));
}
} // namespace

std::optional<qint64> parseRetryAfterValue(const QByteArray &raw, const QDateTime &nowUtc)
{
    const QByteArray value = raw.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = value.toDouble(&ok);
    if (ok) {
        if (seconds < 0 || !std::isfinite(seconds))
            return std::nullopt;
        return clampedIntegerFromDouble<qint64>(std::round(seconds * 1000.0));
    }
    // HTTP date, e.g. "Fri, 27 Nov 2026 05:00:00 GMT" (IMF-fixdate) or the RFC 850 form
    // "Friday, 27-Nov-26 05:00:00 GMT". The weekday is dropped: it adds nothing and Qt would
    // reject a two-digit year whose weekday belongs to another century.
    QString text = QString::fromLatin1(value);
    text.remove(QStringLiteral(" GMT"));
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    if (comma >= 0)
        text = text.mid(comma + 1).trimmed();
    const QLocale c = QLocale::c();
    QDateTime when = c.toDateTime(text, QStringLiteral("dd MMM yyyy HH:mm:ss"));
    if (!when.isValid()) {
        when = c.toDateTime(text, QStringLiteral("dd-MMM-yy HH:mm:ss"));
        if (when.isValid() && when.date().year() < 1970)
            when = when.addYears(100); // two-digit years belong to this century
    }
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, nowUtc.msecsTo(when));
}

std::optional<qint64> retryAfterMs(const RetryHeaderList &headers, const QDateTime &nowUtc)
{
    for (const char *name : {"retry-after-ms", "x-ms-retry-after-ms"}) {
        const QByteArray value = headerValue(headers, name);
        if (!value.isEmpty()) {
            if (auto ms = parseMilliseconds(value))
                return ms;
        }
    }
    return parseRetryAfterValue(headerValue(headers, "retry-after"), nowUtc);
}

qint64 backoffDelayMs(int retry, const RetryOptions &options, double random01)
{
    const int exponent = std::clamp(retry - 1, 0, 30);
    const double raw = double(options.baseDelayMs) * std::pow(2.0, exponent);
    const double capped = std::min(raw, double(options.maxDelayMs));
    const double spread = 1.0 + options.jitter * (2.0 * std::clamp(random01, 0.0, 1.0) - 1.0);
    return std::max<qint64>(0, qint64(std::llround(capped * spread)));
}

std::optional<qint64> nextRetryDelayMs(int retry, const RetryOptions &options, std::optional<qint64> serverDelayMs,
                                       double random01)
{
    if (retry > options.maxRetries)
        return std::nullopt;
    if (serverDelayMs && *serverDelayMs > options.maxRetryAfterMs)
        return std::nullopt; // the server asks for a longer pause than we are willing to hide
    return serverDelayMs ? *serverDelayMs : backoffDelayMs(retry, options, random01);
}

bool isTransientStatus(int status)
{
    return status == 408 || status == 429 || status == 500 || status == 502 || status == 503 || status == 504
           || (status >= 506 && status < 600);
}

} // namespace cw::retry
