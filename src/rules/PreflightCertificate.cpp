// Preflight checks of a custom TLS certificate, over src/tls's analysis (CertificateFacts).
#include "rules/Preflight.h"
#include "rules/PreflightSupport.h"

namespace cw::rules {

using namespace preflight_detail;

QList<PreflightCheck> preflightCertificateChecks(const PreflightInput &in)
{
    QList<PreflightCheck> out;
    const QString title = Text::tr("TLS certificate");
    if (!in.certificate) {
        out.append(warn(QStringLiteral("certificate"), title,
                        Text::tr("The certificate and key were not analysed."),
                        Text::tr("Load the certificate and key files again.")));
        return out;
    }
    const CertificateFacts &cert = *in.certificate;
    if (!cert.parsed) {
        out.append(fail(QStringLiteral("certificate.parse"), title,
                        cert.error.isEmpty() ? Text::tr("The certificate or key could not be read.")
                                             : cert.error,
                        Text::tr("Provide the certificate and the private key as PEM files.")));
        return out;
    }
    out.append(pass(QStringLiteral("certificate.parse"), title,
                    Text::tr("The certificate and the key were read.")));
    // Whatever else the certificate report refused refuses the preflight too.
    for (const CertificateProblem &problem : cert.otherFailures)
        out.append(fail(QStringLiteral("certificate.") + problem.id, title, problem.message,
                        Text::tr("Correct the certificate or key file and load it again.")));
    if (cert.keyMatches) {
        out.append(pass(QStringLiteral("certificate.keyMatch"), Text::tr("Key matches certificate"),
                        Text::tr("The private key belongs to the certificate.")));
    } else {
        out.append(fail(QStringLiteral("certificate.keyMatch"), Text::tr("Key matches certificate"),
                        Text::tr("The private key does not belong to the certificate."),
                        Text::tr("Choose the key file that was generated with this certificate.")));
    }

    const QString vid = QStringLiteral("certificate.validity");
    const QString vtitle = Text::tr("Certificate validity");
    const QDateTime now = in.now.isValid() ? in.now : QDateTime::currentDateTimeUtc();
    const QString until = cert.notAfter.toUTC().toString(Qt::ISODate);
    if (cert.notBefore.isValid() && now < cert.notBefore) {
        out.append(fail(vid, vtitle,
                        Text::tr("The certificate is not valid before %1.")
                            .arg(cert.notBefore.toUTC().toString(Qt::ISODate)),
                        Text::tr("Use a certificate that is already valid, or wait until then.")));
    } else if (cert.notAfter.isValid() && now > cert.notAfter) {
        out.append(fail(vid, vtitle, Text::tr("The certificate expired on %1.").arg(until),
                        Text::tr("Renew the certificate and load the new one.")));
    } else if (cert.notAfter.isValid() && now.daysTo(cert.notAfter) < kCertificateExpiryWarningDays) {
        out.append(warn(vid, vtitle,
                        Text::tr("The certificate expires on %1, in %n day(s).", nullptr,
                                 int(now.daysTo(cert.notAfter)))
                            .arg(until),
                        Text::tr("Renew the certificate soon; updating it later needs a detach and "
                                 "re-attach.")));
    } else {
        out.append(pass(vid, vtitle, Text::tr("Valid until %1.").arg(until)));
    }

    const QString cname = in.spec.tls.cname.trimmed();
    if (cert.coversCname) {
        out.append(pass(QStringLiteral("certificate.cname"), Text::tr("Certificate covers the domain"),
                        Text::tr("The certificate covers %1.").arg(cname),
                        Text::tr("After the operation, point the DNS record of %1 at the scoring "
                                 "endpoint's IP address.")
                            .arg(cname)));
    } else {
        out.append(fail(QStringLiteral("certificate.cname"), Text::tr("Certificate covers the domain"),
                        Text::tr("Neither the certificate's subject alternative names nor its common "
                                 "name cover %1.")
                            .arg(cname),
                        Text::tr("Use a certificate issued for %1, or change the domain name.").arg(cname)));
    }
    if (cert.selfSigned) {
        out.append(warn(QStringLiteral("certificate.selfSigned"), Text::tr("Self-signed certificate"),
                        Text::tr("The certificate is self-signed; clients will not trust it unless "
                                 "they are configured to."),
                        Text::tr("Use a certificate from a certificate authority for production.")));
    }
    return out;
}

} // namespace cw::rules
