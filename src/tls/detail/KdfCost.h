#pragma once
// PRIVATE to src/tls. An encrypted PKCS#8 key names its own key-derivation cost (PBKDF2
// iterations, scrypt N*r*p). A hostile or corrupted file could ask for billions of iterations
// and freeze the app, so the cost is read and checked before any decryption is attempted.

#include "tls/TlsTypes.h"

#include <openssl/x509.h>

namespace cw::tls::detail {

enum class KdfCheck { Acceptable, TooExpensive, Unreadable };

KdfCheck checkKdfCost(const X509_SIG *encryptedKey, const KeyParseLimits &limits);

} // namespace cw::tls::detail
