#include "tls/CertificateParser.h"

#include "tls/detail/Decoders.h"
#include "tls/detail/Describe.h"
#include "tls/detail/PemScan.h"

#include <QCoreApplication>

namespace cw::tls {
namespace detail {
namespace {

bool isCertificateLabel(const QByteArray &label)
{
    return label == "CERTIFICATE" || label == "X509 CERTIFICATE" || label == "TRUSTED CERTIFICATE";
}

// Decodes one DER certificate; the whole block must be consumed (trailing bytes mean damage).
X509Ptr decodeCertificate(const PemBlock &block)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(block.der.constData());
    const auto *p = begin;
    const long length = long(block.der.size());
    // "TRUSTED CERTIFICATE" carries OpenSSL trust settings after the certificate.
    X509 *cert = block.label == "TRUSTED CERTIFICATE" ? d2i_X509_AUX(nullptr, &p, length)
                                                      : d2i_X509(nullptr, &p, length);
    X509Ptr owned(cert);
    if (owned && p != begin + length)
        owned.reset();
    return owned;
}

DecodedChain chainFailure(TlsError error, const QString &message)
{
    DecodedChain decoded;
    decoded.result.error = error;
    decoded.result.message = message;
    return decoded;
}

} // namespace

DecodedChain decodeCertificateChain(QByteArrayView pem)
{
    PemScan scan = scanPem(pem, ExpectedContent::Certificate);
    if (scan.error != TlsError::None)
        return chainFailure(scan.error, scan.message);

    DecodedChain decoded;
    int position = 0;
    for (const PemBlock &block : scan.blocks) {
        // Noted, not skipped silently: a key here would be sent in the certificate field.
        if (block.label.endsWith("PRIVATE KEY"))
            decoded.result.holdsPrivateKey = true;
        if (!isCertificateLabel(block.label))
            continue;
        ++position;
        X509Ptr cert = decodeCertificate(block);
        clearErrors();
        if (!cert)
            return chainFailure(TlsError::Malformed,
                        QCoreApplication::translate("cw::tls",
                                                    "Certificate %1 in the file is damaged: its "
                                                    "content is not a valid X.509 certificate.")
                            .arg(position));
        decoded.result.certificates.append(describeCertificate(cert.get()));
        decoded.certificates.push_back(std::move(cert));
    }
    if (decoded.certificates.empty())
        return chainFailure(TlsError::WrongContent,
                    QCoreApplication::translate("cw::tls",
                                                "This file holds %1, not a certificate. Choose "
                                                "the certificate file (cert.pem).")
                        .arg(describeLabel(scan.blocks.front().label)));
    return decoded;
}

} // namespace detail

CertificateChainResult parseCertificateChain(QByteArrayView pem)
{
    return detail::decodeCertificateChain(pem).result;
}

} // namespace cw::tls
