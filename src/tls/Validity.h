#pragma once
#include "tls/TlsTypes.h"

#include <QDateTime>

namespace cw::tls {

// Where `now` falls in the certificate's validity window. ExpiringSoon when notAfter is at most
// `warningDays` days after now (30 by default: a 29-day certificate warns, a 31-day one does
// not). `now` is a parameter so the check is deterministic and testable.
ValidityResult checkValidity(const CertificateInfo &certificate, const QDateTime &now,
                             int warningDays = kExpiryWarningDays);

} // namespace cw::tls
