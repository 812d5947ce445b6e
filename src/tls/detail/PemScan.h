#pragma once
// PRIVATE to src/tls. First stage of every parse: refuse what is not PEM text (too large,
// empty, DER, PKCS#12, garbage) with a precise reason, then split the PEM into its blocks.

#include "tls/TlsTypes.h"

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

namespace cw::tls::detail {

enum class ExpectedContent { Certificate, PrivateKey };

struct PemBlock {
    QByteArray label;  // "CERTIFICATE", "ENCRYPTED PRIVATE KEY", ...
    QByteArray header; // RFC 1421 headers (Proc-Type, DEK-Info), empty for most blocks
    QByteArray der;    // base64-decoded body
};

struct PemScan {
    TlsError error = TlsError::None;
    QString message;
    std::vector<PemBlock> blocks;
};

PemScan scanPem(QByteArrayView input, ExpectedContent expected);

// "a private key", "a certificate signing request", ... for a block label, used in messages
// that say what a file holds instead of what was expected.
QString describeLabel(const QByteArray &label);

} // namespace cw::tls::detail
