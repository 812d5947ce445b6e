#pragma once
// PRIVATE to src/tls: the parsers proper, keeping the OpenSSL objects for callers inside this
// library that need more than the description (key matching, the one-call report).

#include "tls/TlsTypes.h"
#include "tls/detail/OpenSslPtr.h"

#include <QByteArrayView>

#include <vector>

namespace cw::tls::detail {

struct DecodedChain {
    CertificateChainResult result;
    std::vector<X509Ptr> certificates; // parallel to result.certificates
};

struct DecodedKey {
    PrivateKeyResult result;
    EvpPkeyPtr key; // null unless result.ok()
};

DecodedChain decodeCertificateChain(QByteArrayView pem);
DecodedKey decodePrivateKey(QByteArrayView pem, QByteArrayView passphrase,
                            const KeyParseLimits &limits);

} // namespace cw::tls::detail
