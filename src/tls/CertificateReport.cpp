#include "tls/CertificateReport.h"

#include "tls/HostnameMatch.h"
#include "tls/Validity.h"
#include "tls/detail/Decoders.h"

#include <QCoreApplication>

namespace cw::tls {
namespace {

bool publicKeyMatches(X509 *cert, EVP_PKEY *key)
{
    const EVP_PKEY *certKey = X509_get0_pubkey(cert);
    const bool same = certKey && EVP_PKEY_eq(certKey, key) == 1;
    detail::clearErrors();
    return same;
}

// The certificate the key belongs to; without a match, the first certificate that is not a
// CA (files sometimes list the chain root first), else the first one.
int findLeaf(const detail::DecodedChain &chain, EVP_PKEY *key)
{
    if (key)
        for (size_t i = 0; i < chain.certificates.size(); ++i)
            if (publicKeyMatches(chain.certificates[i].get(), key))
                return int(i);
    for (qsizetype i = 0; i < chain.result.certificates.size(); ++i)
        if (!chain.result.certificates[i].isCa)
            return int(i);
    return chain.certificates.empty() ? -1 : 0;
}

void add(CertificatePairReport &report, const char *id, CheckSeverity severity,
         const QString &message)
{
    report.checks.append({QString::fromLatin1(id), severity, message});
}

void addLeafChecks(CertificatePairReport &report, const QString &cname, const QDateTime &now)
{
    const CertificateInfo &leaf = *report.leaf();

    report.validity = checkValidity(leaf, now);
    const CheckSeverity validity
        = report.validity.status == ValidityStatus::Valid          ? CheckSeverity::Pass
          : report.validity.status == ValidityStatus::ExpiringSoon ? CheckSeverity::Warning
                                                                   : CheckSeverity::Fail;
    add(report, "validity", validity, report.validity.message);

    if (cname.trimmed().isEmpty()) {
        add(report, "hostname", CheckSeverity::Fail,
            QCoreApplication::translate(
                "cw::tls", "Enter the CNAME the scoring endpoint will be reached under."));
    } else {
        report.hostname = checkHostnameCoverage(leaf, cname);
        add(report, "hostname", report.hostname.covered ? CheckSeverity::Pass : CheckSeverity::Fail,
            report.hostname.message);
    }

    if (leaf.selfSigned)
        add(report, "self-signed", CheckSeverity::Warning,
            QCoreApplication::translate(
                "cw::tls",
                "The certificate is self-signed: clients reject it unless they are set up to "
                "trust it explicitly."));
    else {
        bool issuerInFile = false;
        for (const CertificateInfo &other : report.chain.certificates)
            issuerInFile = issuerInFile || (&other != &leaf && other.subject == leaf.issuer);
        if (!issuerInFile)
            add(report, "chain", CheckSeverity::Warning,
                QCoreApplication::translate(
                    "cw::tls",
                    "The file holds no certificate of the issuer (%1). Unless the issuer is a "
                    "root that clients trust, append the intermediate certificates to cert.pem.")
                    .arg(leaf.issuer));
    }

    if (leaf.publicKey.type == KeyType::Rsa && leaf.publicKey.bits < 2048)
        add(report, "key-strength", CheckSeverity::Fail,
            QCoreApplication::translate(
                "cw::tls", "The RSA key has %1 bits; clients refuse keys under 2048 bits.")
                .arg(leaf.publicKey.bits));
}

} // namespace

const CertificateInfo *CertificatePairReport::leaf() const
{
    return leafIndex >= 0 && leafIndex < chain.certificates.size() ? &chain.certificates[leafIndex]
                                                                   : nullptr;
}

CheckSeverity CertificatePairReport::overall() const
{
    CheckSeverity worst = CheckSeverity::Pass;
    for (const CertificateCheck &c : checks)
        worst = std::max(worst, c.severity);
    return worst;
}

const CertificateCheck *CertificatePairReport::check(const QString &id) const
{
    for (const CertificateCheck &c : checks)
        if (c.id == id)
            return &c;
    return nullptr;
}

CertificatePairReport inspectPair(QByteArrayView certPem, QByteArrayView keyPem,
                                  const QString &passphrase, const QString &cname,
                                  const QDateTime &now, const KeyParseLimits &limits)
{
    CertificatePairReport report;
    detail::DecodedChain chain = detail::decodeCertificateChain(certPem);
    QByteArray utf8Passphrase = passphrase.toUtf8();
    detail::DecodedKey key = detail::decodePrivateKey(keyPem, utf8Passphrase, limits);
    utf8Passphrase.fill('\0'); // do not leave the passphrase in freed memory
    report.chain = chain.result;
    report.key = key.result;

    if (chain.result.ok())
        add(report, "certificate", CheckSeverity::Pass,
            QCoreApplication::translate("cw::tls", "The certificate file holds %n certificate(s).",
                                        nullptr, int(chain.result.certificates.size())));
    else
        add(report, "certificate", CheckSeverity::Fail, chain.result.message);

    if (key.result.ok())
        add(report, "key", CheckSeverity::Pass,
            QCoreApplication::translate("cw::tls", "The private key (%1) is readable.")
                .arg(key.result.key.display));
    else
        add(report, "key", CheckSeverity::Fail, key.result.message);

    if (!chain.result.ok())
        return report;
    // The certificate file's text is what Azure ML receives as the certificate: a private key in
    // it would travel (and be stored and shown) as if it were public.
    if (chain.result.holdsPrivateKey)
        add(report, "key-in-certificate", CheckSeverity::Fail,
            QCoreApplication::translate(
                "cw::tls",
                "The certificate file also holds a private key, which would be sent as part of "
                "the certificate. Use a file with only the certificate and its chain, and give "
                "the key as the key file."));
    report.leafIndex = findLeaf(chain, key.key.get());
    // The service takes the first certificate as the server's: a chain listing an
    // intermediate (or the root) first would serve that certificate.
    if (report.leafIndex > 0)
        add(report, "chain-order", CheckSeverity::Fail,
            QCoreApplication::translate(
                "cw::tls",
                "The certificate file lists %1 before the server certificate (%2). Put the "
                "server certificate first, then its intermediates.")
                .arg(report.chain.certificates.first().subject,
                     report.chain.certificates[report.leafIndex].subject));

    if (key.key) {
        report.keyMatches
            = publicKeyMatches(chain.certificates[size_t(report.leafIndex)].get(), key.key.get());
        add(report, "key-match", *report.keyMatches ? CheckSeverity::Pass : CheckSeverity::Fail,
            *report.keyMatches
                ? QCoreApplication::translate("cw::tls",
                                              "The private key belongs to the certificate.")
                : QCoreApplication::translate(
                    "cw::tls", "The private key does not belong to the certificate. Choose "
                               "the key that was created together with this certificate."));
    }
    addLeafChecks(report, cname, now);
    return report;
}

std::optional<bool> keyMatchesCertificate(QByteArrayView certPem, QByteArrayView keyPem,
                                          const QString &passphrase)
{
    detail::DecodedChain chain = detail::decodeCertificateChain(certPem);
    QByteArray utf8Passphrase = passphrase.toUtf8();
    detail::DecodedKey key = detail::decodePrivateKey(keyPem, utf8Passphrase, {});
    utf8Passphrase.fill('\0');
    if (!chain.result.ok() || !key.key)
        return std::nullopt;
    for (const auto &cert : chain.certificates)
        if (publicKeyMatches(cert.get(), key.key.get()))
            return true;
    return false;
}

} // namespace cw::tls
