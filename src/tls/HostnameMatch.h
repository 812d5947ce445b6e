#pragma once
#include "tls/TlsTypes.h"

#include <QString>

namespace cw::tls {

// True when the DNS name `pattern` from a certificate covers `hostname` (RFC 6125 rules as
// browsers apply them): case-insensitive, one trailing dot ignored; a wildcard is allowed only
// as the whole left-most label ("*.contoso.com"), matches exactly one non-empty label (so not
// "contoso.com" and not "a.b.contoso.com") and needs at least two labels after it ("*.com"
// covers nothing). Partial wildcards ("w*.contoso.com"), wildcards in the host name, IP
// literals and names with empty labels or NUL bytes never match.
bool dnsNameCovers(const QString &pattern, const QString &hostname);

// Whether the certificate covers `hostname`: any SAN dNSName; the subject CN only when the
// certificate has no dNSName at all (the CN fallback of RFC 6125). The message explains a
// miss with the names the certificate does cover.
HostnameCoverage checkHostnameCoverage(const CertificateInfo &certificate, const QString &hostname);

} // namespace cw::tls
