#include "tls/detail/Describe.h"

#include "tls/detail/OpenSslPtr.h"

#include <QCoreApplication>

#include <openssl/asn1.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/x509v3.h>

#include <ctime>

namespace cw::tls::detail {
namespace {

QString nameText(const X509_NAME *name)
{
    if (!name)
        return {};
    BioPtr bio(BIO_new(BIO_s_mem()));
    // RFC 2253 order and escaping, UTF-8 kept as is (no \XX escapes of non-ASCII letters).
    constexpr unsigned long flags = XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB;
    if (X509_NAME_print_ex(bio.get(), name, 0, flags) < 0)
        return {};
    return bioText(bio.get());
}

QString asn1StringText(const ASN1_STRING *value)
{
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, value);
    if (length < 0)
        return {};
    QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

QString lastCommonName(const X509_NAME *name)
{
    if (!name)
        return {};
    int index = -1;
    int last = -1;
    while ((index = X509_NAME_get_index_by_NID(name, NID_commonName, index)) >= 0)
        last = index;
    if (last < 0)
        return {};
    return asn1StringText(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, last)));
}

QDateTime asn1Time(const ASN1_TIME *time)
{
    std::tm parts{};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    const QDate date(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday);
    const QTime clock(parts.tm_hour, parts.tm_min, parts.tm_sec);
    if (!date.isValid() || !clock.isValid())
        return {};
    return QDateTime(date, clock, Qt::UTC);
}

QString serialText(const ASN1_INTEGER *serial)
{
    BIGNUM *bn = serial ? ASN1_INTEGER_to_BN(serial, nullptr) : nullptr;
    if (!bn)
        return {};
    char *hex = BN_bn2hex(bn);
    QString text = hex ? QString::fromLatin1(hex) : QString();
    OPENSSL_free(hex);
    BN_free(bn);
    return text;
}

// Dotted IPv4 or full (uncompressed) IPv6; Qt Network is not a dependency of this library.
QString ipText(const unsigned char *bytes, int length)
{
    QStringList parts;
    if (length == 4) {
        for (int i = 0; i < 4; ++i)
            parts.append(QString::number(bytes[i]));
        return parts.join(QLatin1Char('.'));
    }
    if (length == 16) {
        for (int i = 0; i < 16; i += 2)
            parts.append(QString::number((bytes[i] << 8) | bytes[i + 1], 16));
        return parts.join(QLatin1Char(':'));
    }
    return {};
}

void readSubjectAltNames(X509 *cert, CertificateInfo &info)
{
    auto *names = static_cast<GENERAL_NAMES *>(
        X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr));
    if (!names)
        return;
    for (int i = 0; i < sk_GENERAL_NAME_num(names); ++i) {
        const GENERAL_NAME *entry = sk_GENERAL_NAME_value(names, i);
        if (entry->type == GEN_DNS) {
            const ASN1_STRING *dns = entry->d.dNSName;
            const auto *bytes = reinterpret_cast<const char *>(ASN1_STRING_get0_data(dns));
            const int length = ASN1_STRING_length(dns);
            // An embedded NUL is an old spoofing trick ("www.bank.com\0.evil.com"): keep the
            // entry visible but unusable for matching by leaving the NUL in it.
            info.dnsNames.append(QString::fromLatin1(bytes, length));
        } else if (entry->type == GEN_IPADD) {
            const ASN1_STRING *ip = entry->d.iPAddress;
            const QString text = ipText(ASN1_STRING_get0_data(ip), ASN1_STRING_length(ip));
            if (!text.isEmpty())
                info.ipAddresses.append(text);
        }
    }
    GENERAL_NAMES_free(names);
}

QString fingerprint(const X509 *cert)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(cert, EVP_sha256(), digest, &length) != 1)
        return {};
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex(':').toUpper());
}

} // namespace

KeyDescription describeKey(const EVP_PKEY *key)
{
    KeyDescription d;
    if (!key)
        return d;
    d.bits = EVP_PKEY_get_bits(key);
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
    case EVP_PKEY_RSA_PSS:
        d.type = KeyType::Rsa;
        d.display = QCoreApplication::translate("cw::tls", "RSA %1").arg(d.bits);
        break;
    case EVP_PKEY_EC: {
        d.type = KeyType::Ec;
        char group[80] = {};
        size_t length = 0;
        if (EVP_PKEY_get_group_name(key, group, sizeof group, &length) == 1)
            d.curve = QString::fromLatin1(group, qsizetype(length));
        // NIST names are what certificate vendors and browsers show.
        const QString nist = d.curve == QLatin1String("prime256v1")  ? QStringLiteral("P-256")
                             : d.curve == QLatin1String("secp384r1") ? QStringLiteral("P-384")
                             : d.curve == QLatin1String("secp521r1") ? QStringLiteral("P-521")
                                                                     : QString();
        d.display
            = !nist.isEmpty() ? QCoreApplication::translate("cw::tls", "EC %1").arg(nist)
              : d.curve.isEmpty()
                  ? QCoreApplication::translate("cw::tls", "EC %1").arg(d.bits)
                  : QCoreApplication::translate("cw::tls", "EC %1 (%2)").arg(d.bits).arg(d.curve);
        break;
    }
    case EVP_PKEY_ED25519:
        d.type = KeyType::Ed25519;
        d.display = QStringLiteral("Ed25519");
        break;
    case EVP_PKEY_ED448:
        d.type = KeyType::Ed448;
        d.display = QStringLiteral("Ed448");
        break;
    case EVP_PKEY_DSA:
        d.type = KeyType::Dsa;
        d.display = QCoreApplication::translate("cw::tls", "DSA %1").arg(d.bits);
        break;
    default:
        d.type = KeyType::Other;
        d.display = QCoreApplication::translate("cw::tls", "%1 %2")
                        .arg(QString::fromLatin1(EVP_PKEY_get0_type_name(key)))
                        .arg(d.bits);
        break;
    }
    return d;
}

CertificateInfo describeCertificate(X509 *cert)
{
    CertificateInfo info;
    info.subject = nameText(X509_get_subject_name(cert));
    info.issuer = nameText(X509_get_issuer_name(cert));
    info.commonName = lastCommonName(X509_get_subject_name(cert));
    info.serialHex = serialText(X509_get0_serialNumber(cert));
    readSubjectAltNames(cert, info);
    info.notBefore = asn1Time(X509_get0_notBefore(cert));
    info.notAfter = asn1Time(X509_get0_notAfter(cert));
    // Self-signed means: names match, key identifiers (if any) agree AND the signature verifies
    // with the certificate's own key, so a forged "self-signed looking" cert is not one.
    info.selfSigned = X509_self_signed(cert, 1) == 1;
    info.isCa = X509_check_ca(cert) > 0 && (X509_get_extension_flags(cert) & EXFLAG_CA);
    info.publicKey = describeKey(X509_get0_pubkey(cert));
    info.sha256Fingerprint = fingerprint(cert);
    clearErrors();
    return info;
}

} // namespace cw::tls::detail
