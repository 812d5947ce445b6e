#pragma once
// PRIVATE to src/tls: included only by .cpp files of this folder (and the tls tests/fuzzers).
// RAII owners of OpenSSL objects and small helpers shared by the parsers.

#include <QByteArrayView>
#include <QString>

#include <memory>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace cw::tls::detail {

template<auto FreeFn>
struct OpenSslDeleter {
    template<typename T>
    void operator()(T *p) const
    {
        FreeFn(p);
    }
};

using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO_free_all>>;
using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<X509_free>>;
using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY_free>>;

// A read-only memory BIO over `data` (which must outlive it).
BioPtr readOnlyBio(QByteArrayView data);

// Everything written into a memory BIO, as UTF-8 text.
QString bioText(BIO *bio);

// Empties OpenSSL's thread-local error queue so a failure never leaks into a later call.
void clearErrors();

} // namespace cw::tls::detail
