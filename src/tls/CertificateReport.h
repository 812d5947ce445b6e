#pragma once
// The one-call check behind the wizard's certificate card (and the CLI and the preflight):
// parse both files, match key and certificate, check validity and CNAME coverage.

#include "tls/TlsTypes.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cw::tls {

enum class CheckSeverity { Pass, Warning, Fail };

struct CertificateCheck {
    // Stable identifiers for UI mapping and tests: "certificate", "key", "key-match",
    // "validity", "hostname", "self-signed", "chain", "key-strength", "key-in-certificate",
    // "chain-order".
    QString id;
    CheckSeverity severity = CheckSeverity::Pass;
    QString message; // translated sentence: what is wrong and what to do
};

struct CertificatePairReport {
    CertificateChainResult chain;   // the certificate file
    PrivateKeyResult key;           // the key file
    int leafIndex = -1;             // into chain.certificates: the key's certificate, else first
    std::optional<bool> keyMatches; // unset when either file failed to parse
    ValidityResult validity;        // of the leaf
    HostnameCoverage hostname;      // of the leaf, for the CNAME
    QList<CertificateCheck> checks; // in display order

    bool needsPassphrase() const { return key.error == TlsError::NeedsPassphrase; }
    bool wrongPassphrase() const { return key.error == TlsError::WrongPassphrase; }
    const CertificateInfo *leaf() const;
    CheckSeverity overall() const; // worst severity of all checks
    bool usable() const { return overall() != CheckSeverity::Fail; }
    const CertificateCheck *check(const QString &id) const;
};

CertificatePairReport inspectPair(QByteArrayView certPem, QByteArrayView keyPem,
                                  const QString &passphrase, const QString &cname,
                                  const QDateTime &now, const KeyParseLimits &limits = {});

// True/false when both parse; unset when either does not.
std::optional<bool> keyMatchesCertificate(QByteArrayView certPem, QByteArrayView keyPem,
                                          const QString &passphrase = {});

} // namespace cw::tls
