#pragma once
#include "tls/TlsTypes.h"

#include <QByteArrayView>

namespace cw::tls {

// Parses a PEM certificate or chain (leaf first, then intermediates). Refuses, with a precise
// translated reason, inputs over kMaxPemInputBytes, empty input, DER, PKCS#12, text without a
// certificate block and damaged blocks. Other PEM blocks are skipped as long as at least one
// certificate is present; a private key among them is noted (holdsPrivateKey) so that the
// report can refuse the file (the whole file is what the certificate field would carry).
CertificateChainResult parseCertificateChain(QByteArrayView pem);

} // namespace cw::tls
