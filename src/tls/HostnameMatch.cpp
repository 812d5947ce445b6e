#include "tls/HostnameMatch.h"

#include <QCoreApplication>
#include <QStringList>

namespace cw::tls {
namespace {

QString normalized(const QString &name)
{
    QString lower = name.trimmed().toLower();
    if (lower.endsWith(QLatin1Char('.')))
        lower.chop(1);
    return lower;
}

// Letters, digits, hyphens and underscores (seen in real names); no empty labels, no spaces,
// no NUL, at most 253 characters.
bool isPlainDnsName(const QString &name)
{
    if (name.isEmpty() || name.size() > 253)
        return false;
    const QStringList labels = name.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63)
            return false;
        for (QChar c : label) {
            const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                            || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                            || c == QLatin1Char('-') || c == QLatin1Char('_');
            if (!ok)
                return false;
        }
    }
    return true;
}

bool isIpLiteral(const QString &host)
{
    if (host.contains(QLatin1Char(':')))
        return true; // IPv6
    const QStringList parts = host.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QString &part : parts) {
        bool ok = false;
        const int value = part.toInt(&ok);
        if (!ok || value < 0 || value > 255)
            return false;
    }
    return true;
}

} // namespace

bool dnsNameCovers(const QString &pattern, const QString &hostname)
{
    const QString host = normalized(hostname);
    const QString name = normalized(pattern);
    if (!isPlainDnsName(host) || isIpLiteral(host))
        return false;

    if (!name.startsWith(QLatin1String("*."))) {
        return isPlainDnsName(name) && name == host;
    }
    const QString suffix = name.mid(2); // after "*."
    // The wildcard needs a registrable-looking base of at least two labels.
    if (!isPlainDnsName(suffix) || !suffix.contains(QLatin1Char('.')))
        return false;
    const qsizetype firstDot = host.indexOf(QLatin1Char('.'));
    if (firstDot <= 0)
        return false;
    // Exactly one label for the "*": everything after the host's first label must equal suffix.
    return host.mid(firstDot + 1) == suffix;
}

HostnameCoverage checkHostnameCoverage(const CertificateInfo &certificate, const QString &hostname)
{
    HostnameCoverage result;
    const QString host = normalized(hostname);
    if (!isPlainDnsName(host)) {
        result.message = QCoreApplication::translate("cw::tls", "\"%1\" is not a valid host name.")
                             .arg(hostname);
        return result;
    }
    for (const QString &name : certificate.dnsNames) {
        if (dnsNameCovers(name, host)) {
            result.covered = true;
            result.matchedName = name;
            break;
        }
    }
    if (!result.covered && certificate.dnsNames.isEmpty() && !certificate.commonName.isEmpty()
        && dnsNameCovers(certificate.commonName, host)) {
        result.covered = true;
        result.usedCommonName = true;
        result.matchedName = certificate.commonName;
    }
    if (result.covered) {
        result.message
            = result.usedCommonName
                  ? QCoreApplication::translate("cw::tls", "The certificate covers %1 through its "
                                                           "common name (it has no DNS names).")
                        .arg(host)
                  : QCoreApplication::translate("cw::tls", "The certificate covers %1 (as %2).")
                        .arg(host, result.matchedName);
        return result;
    }
    const QStringList names = certificate.dnsNames.isEmpty() && !certificate.commonName.isEmpty()
                                  ? QStringList{certificate.commonName}
                                  : certificate.dnsNames;
    result.message
        = names.isEmpty()
              ? QCoreApplication::translate("cw::tls", "The certificate names no host at all, so "
                                                       "it cannot cover %1.")
                    .arg(host)
              : QCoreApplication::translate("cw::tls", "The certificate does not cover %1; it is "
                                                       "valid for: %2. Use a certificate issued "
                                                       "for %1 or change the CNAME.")
                    .arg(host, names.join(QLatin1String(", ")));
    return result;
}

} // namespace cw::tls
