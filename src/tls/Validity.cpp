#include "tls/Validity.h"

#include <QCoreApplication>

namespace cw::tls {
namespace {

QString dateText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

qint64 floorDiv(qint64 value, qint64 divisor)
{
    const qint64 quotient = value / divisor;
    return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient;
}

} // namespace

ValidityResult checkValidity(const CertificateInfo &certificate, const QDateTime &now,
                             int warningDays)
{
    ValidityResult result;
    if (!certificate.notBefore.isValid() || !certificate.notAfter.isValid() || !now.isValid()) {
        result.status = ValidityStatus::Unknown;
        result.message
            = QCoreApplication::translate("cw::tls", "The certificate's validity dates cannot be "
                                                     "read.");
        return result;
    }
    constexpr qint64 secondsPerDay = 24 * 60 * 60;
    result.secondsLeft = now.secsTo(certificate.notAfter);
    result.daysLeft = int(floorDiv(result.secondsLeft, secondsPerDay));

    if (now < certificate.notBefore) {
        result.status = ValidityStatus::NotYetValid;
        result.message
            = QCoreApplication::translate("cw::tls", "The certificate is not valid yet: it "
                                                     "becomes valid on %1.")
                  .arg(dateText(certificate.notBefore));
    } else if (now > certificate.notAfter) {
        result.status = ValidityStatus::Expired;
        result.message
            = QCoreApplication::translate("cw::tls", "The certificate expired on %1. Renew it "
                                                     "before using it.")
                  .arg(dateText(certificate.notAfter));
    } else if (result.secondsLeft <= qint64(warningDays) * secondsPerDay) {
        result.status = ValidityStatus::ExpiringSoon;
        result.message = QCoreApplication::translate("cw::tls",
                                                     "The certificate expires in %n day(s), on "
                                                     "%1. Plan its renewal.",
                                                     nullptr, result.daysLeft)
                             .arg(dateText(certificate.notAfter));
    } else {
        result.status = ValidityStatus::Valid;
        result.message
            = QCoreApplication::translate("cw::tls", "The certificate is valid until %1.")
                  .arg(dateText(certificate.notAfter));
    }
    return result;
}

} // namespace cw::tls
