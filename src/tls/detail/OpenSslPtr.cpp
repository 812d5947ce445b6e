#include "tls/detail/OpenSslPtr.h"

#include <openssl/err.h>

#include <climits>

namespace cw::tls::detail {

BioPtr readOnlyBio(QByteArrayView data)
{
    // Callers refuse inputs over kMaxPemInputBytes first, so the size always fits an int.
    const int size = data.size() > INT_MAX ? INT_MAX : int(data.size());
    return BioPtr(BIO_new_mem_buf(data.data(), size));
}

QString bioText(BIO *bio)
{
    char *text = nullptr;
    const long length = BIO_get_mem_data(bio, &text);
    return length > 0 ? QString::fromUtf8(text, qsizetype(length)) : QString();
}

void clearErrors()
{
    ERR_clear_error();
}

} // namespace cw::tls::detail
