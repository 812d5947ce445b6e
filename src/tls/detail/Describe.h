#pragma once
// PRIVATE to src/tls: turns OpenSSL objects into the plain structs of TlsTypes.h.

#include "tls/TlsTypes.h"

#include <openssl/evp.h>
#include <openssl/x509.h>

namespace cw::tls::detail {

CertificateInfo describeCertificate(X509 *cert);
KeyDescription describeKey(const EVP_PKEY *key);

} // namespace cw::tls::detail
