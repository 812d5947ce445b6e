#include "tls/detail/PemScan.h"

#include "tls/detail/OpenSslPtr.h"

#include <QCoreApplication>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>

namespace cw::tls::detail {
namespace {

PemScan failure(TlsError error, const QString &message)
{
    PemScan scan;
    scan.error = error;
    scan.message = message;
    return scan;
}

bool isWhitespaceOnly(QByteArrayView input)
{
    for (char c : input)
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f' && c != '\v')
            return false;
    return true;
}

bool looksBinary(QByteArrayView input)
{
    const qsizetype probe = qMin<qsizetype>(input.size(), 512);
    for (qsizetype i = 0; i < probe; ++i) {
        const auto c = static_cast<unsigned char>(input[i]);
        if (c == 0 || (c < 0x20 && c != '\t' && c != '\r' && c != '\n' && c != '\f'))
            return true;
    }
    return false;
}

bool isPkcs12(QByteArrayView input)
{
    const auto *p = reinterpret_cast<const unsigned char *>(input.data());
    PKCS12 *p12 = d2i_PKCS12(nullptr, &p, long(input.size()));
    const bool ok = p12 != nullptr;
    PKCS12_free(p12);
    return ok;
}

bool isDerCertificate(QByteArrayView input)
{
    const auto *p = reinterpret_cast<const unsigned char *>(input.data());
    X509Ptr cert(d2i_X509(nullptr, &p, long(input.size())));
    return cert != nullptr;
}

bool isDerPrivateKey(QByteArrayView input)
{
    const auto *p = reinterpret_cast<const unsigned char *>(input.data());
    PKCS8_PRIV_KEY_INFO *info = d2i_PKCS8_PRIV_KEY_INFO(nullptr, &p, long(input.size()));
    if (info) {
        PKCS8_PRIV_KEY_INFO_free(info);
        return true;
    }
    p = reinterpret_cast<const unsigned char *>(input.data());
    X509_SIG *encrypted = d2i_X509_SIG(nullptr, &p, long(input.size()));
    if (encrypted) {
        X509_SIG_free(encrypted);
        return true;
    }
    return false;
}

PemScan classifyNonPem(QByteArrayView input, ExpectedContent expected)
{
    // Binary ASN.1 input starts with a SEQUENCE tag. PKCS#12 is DER too, so test for it first.
    if (static_cast<unsigned char>(input[0]) == 0x30) {
        if (isPkcs12(input))
            return failure(
                TlsError::Pkcs12,
                QCoreApplication::translate(
                    "cw::tls",
                    "This is a PKCS#12 (.pfx/.p12) bundle, not a PEM file. Export the "
                    "certificate and the key as PEM, e.g. \"openssl pkcs12 -in bundle.pfx "
                    "-nokeys -out cert.pem\" and \"openssl pkcs12 -in bundle.pfx -nocerts "
                    "-out key.pem\"."));
        if (isDerCertificate(input))
            return failure(TlsError::Der,
                           QCoreApplication::translate(
                               "cw::tls",
                               "This is a binary (DER) certificate; PEM text is needed. Convert it "
                               "with \"openssl x509 -inform der -in cert.der -out cert.pem\"."));
        if (isDerPrivateKey(input))
            return failure(TlsError::Der,
                           QCoreApplication::translate(
                               "cw::tls",
                               "This is a binary (DER) private key; PEM text is needed. Convert it "
                               "with \"openssl pkey -inform der -in key.der -out key.pem\"."));
        return failure(TlsError::Der,
                       QCoreApplication::translate(
                           "cw::tls",
                           "This is binary (DER-like) data, not PEM text. Certificates and keys "
                           "must be PEM files starting with \"-----BEGIN\"."));
    }
    if (looksBinary(input))
        return failure(TlsError::NotPem,
                       QCoreApplication::translate(
                           "cw::tls", "This is a binary file, not a PEM certificate or key."));
    return failure(
        TlsError::NotPem,
        expected == ExpectedContent::Certificate
            ? QCoreApplication::translate("cw::tls",
                                          "No PEM certificate found: the text has no \"-----BEGIN "
                                          "CERTIFICATE-----\" block.")
            : QCoreApplication::translate(
                "cw::tls", "No PEM private key found: the text has no \"-----BEGIN ... PRIVATE "
                           "KEY-----\" block."));
}

} // namespace

QString describeLabel(const QByteArray &label)
{
    if (label == "CERTIFICATE" || label == "X509 CERTIFICATE" || label == "TRUSTED CERTIFICATE")
        return QCoreApplication::translate("cw::tls", "a certificate");
    if (label.endsWith("PRIVATE KEY"))
        return QCoreApplication::translate("cw::tls", "a private key");
    if (label.endsWith("PUBLIC KEY"))
        return QCoreApplication::translate("cw::tls", "a public key");
    if (label == "CERTIFICATE REQUEST" || label == "NEW CERTIFICATE REQUEST")
        return QCoreApplication::translate("cw::tls", "a certificate signing request (CSR)");
    if (label == "X509 CRL")
        return QCoreApplication::translate("cw::tls", "a certificate revocation list");
    if (label.endsWith("PARAMETERS"))
        return QCoreApplication::translate("cw::tls", "key parameters");
    return QCoreApplication::translate("cw::tls", "a \"%1\" block")
        .arg(QString::fromLatin1(label.left(64)));
}

PemScan scanPem(QByteArrayView input, ExpectedContent expected)
{
    if (input.size() > kMaxPemInputBytes)
        return failure(TlsError::TooLarge,
                       QCoreApplication::translate(
                           "cw::tls",
                           "The file is %1 KiB; certificate and key files are at most %2 KiB. "
                           "Is this the right file?")
                           .arg((input.size() + 1023) / 1024)
                           .arg(kMaxPemInputBytes / 1024));
    if (input.isEmpty() || isWhitespaceOnly(input))
        return failure(TlsError::Empty,
                       expected == ExpectedContent::Certificate
                           ? QCoreApplication::translate("cw::tls", "The certificate is empty.")
                           : QCoreApplication::translate("cw::tls", "The private key is empty."));
    if (!input.contains(QByteArrayView("-----BEGIN ")))
        return classifyNonPem(input, expected);

    clearErrors();
    BioPtr bio = readOnlyBio(input);
    PemScan scan;
    for (;;) {
        char *name = nullptr;
        char *header = nullptr;
        unsigned char *data = nullptr;
        long length = 0;
        if (PEM_read_bio(bio.get(), &name, &header, &data, &length) != 1) {
            const unsigned long err = ERR_peek_last_error();
            clearErrors();
            // "No start line" just means no further block: the normal end of the text.
            if (ERR_GET_LIB(err) == ERR_LIB_PEM && ERR_GET_REASON(err) == PEM_R_NO_START_LINE)
                break;
            return failure(TlsError::Malformed,
                           QCoreApplication::translate(
                               "cw::tls",
                               "A PEM block is damaged (missing END line or invalid base64 "
                               "content). Use the original file, unmodified."));
        }
        PemBlock block;
        block.label = QByteArray(name);
        block.header = QByteArray(header);
        block.der = QByteArray(reinterpret_cast<const char *>(data), qsizetype(length));
        OPENSSL_free(name);
        OPENSSL_free(header);
        OPENSSL_free(data);
        scan.blocks.push_back(std::move(block));
    }
    if (scan.blocks.empty())
        return failure(
            TlsError::Malformed,
            QCoreApplication::translate(
                "cw::tls", "The text mentions \"-----BEGIN\" but holds no complete PEM block."));
    return scan;
}

} // namespace cw::tls::detail
