#pragma once
#include "tls/TlsTypes.h"

#include <QByteArrayView>

namespace cw::tls {

// Parses a PEM certificate or chain (leaf first, then intermediates). Refuses, with a precise
// translated reason, inputs over kMaxPemInputBytes, empty input, DER, PKCS#12, text without a
// certificate block and damaged blocks. Other PEM blocks (e.g. a key in the same file) are
// skipped as long as at least one certificate is present.
CertificateChainResult parseCertificateChain(QByteArrayView pem);

} // namespace cw::tls
