#pragma once
// Plain result types of the certificate checks. No OpenSSL type appears in any public header of
// src/tls: callers (wizard, CLI, preflight) only see these structs and translated messages.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace cw::tls {

// Inputs larger than this are refused before any parsing: a certificate chain or key file is a
// few kilobytes, anything near a megabyte is the wrong file (and a parser-hardening measure).
inline constexpr qsizetype kMaxPemInputBytes = 1024 * 1024;

// Why an input could not be used. Each failing result also carries a translated sentence.
enum class TlsError {
    None,
    Empty,           // nothing, or only whitespace
    TooLarge,        // over kMaxPemInputBytes
    Der,             // binary DER certificate or key instead of PEM text
    Pkcs12,          // a PKCS#12 (.pfx/.p12) bundle
    NotPem,          // text without any "-----BEGIN ...-----" block
    Malformed,       // a PEM block whose contents do not decode
    WrongContent,    // PEM of another kind (a key where a certificate is expected, ...)
    NeedsPassphrase, // encrypted key and no passphrase given
    WrongPassphrase, // encrypted key and the passphrase does not decrypt it
    UnsupportedKey,  // a key type or encryption this app does not accept
    InvalidSecret,   // the azuremlfessl secret JSON is not what Kubernetes stores
};

enum class KeyType { Unknown, Rsa, Ec, Ed25519, Ed448, Dsa, Other };

// Human name of a key: "RSA 2048", "EC P-256 (prime256v1)", "Ed25519".
struct KeyDescription {
    KeyType type = KeyType::Unknown;
    int bits = 0;
    QString curve;   // EC group short name, empty for other types
    QString display; // for the UI
};

struct CertificateInfo {
    QString subject; // RFC 2253 one-line form, e.g. "CN=www.contoso.com,O=Contoso"
    QString issuer;
    QString commonName;      // last CN of the subject, empty if none
    QString serialHex;       // upper-case hex without separators
    QStringList dnsNames;    // subjectAltName dNSName entries, in certificate order
    QStringList ipAddresses; // subjectAltName iPAddress entries, textual
    QDateTime notBefore;     // UTC; invalid if the certificate's time did not parse
    QDateTime notAfter;      // UTC
    bool selfSigned = false; // issuer == subject and the signature verifies with its own key
    bool isCa = false;       // basicConstraints CA:TRUE
    KeyDescription publicKey;
    QString sha256Fingerprint; // "AB:CD:...", 32 colon-separated bytes
};

struct CertificateChainResult {
    TlsError error = TlsError::None;
    QString message;                     // empty when ok
    QList<CertificateInfo> certificates; // file order: leaf first for a well-formed chain
    bool holdsPrivateKey = false;        // the file also holds a private key block
    bool ok() const { return error == TlsError::None; }
};

struct PrivateKeyResult {
    TlsError error = TlsError::None;
    QString message;
    bool encrypted = false; // the PEM was passphrase-protected (known even on failure)
    KeyDescription key;
    bool ok() const { return error == TlsError::None; }
};

// Key-derivation work an encrypted key may demand; larger values are refused (a hostile file
// must not freeze the app for minutes).
struct KeyParseLimits {
    qint64 maxPbkdf2Iterations = 10'000'000;
    qint64 maxScryptWork = qint64(1) << 24; // N * r * p
};

enum class ValidityStatus { Valid, ExpiringSoon, Expired, NotYetValid, Unknown };

inline constexpr int kExpiryWarningDays = 30;

struct ValidityResult {
    ValidityStatus status = ValidityStatus::Unknown;
    qint64 secondsLeft = 0; // until notAfter (negative once expired)
    int daysLeft = 0;       // whole days until notAfter (floor), negative once expired
    QString message;
};

struct HostnameCoverage {
    bool covered = false;
    bool usedCommonName = false; // matched through the CN because the certificate has no DNS SAN
    QString matchedName;         // the SAN/CN entry that covers the host name
    QString message;
};

} // namespace cw::tls
