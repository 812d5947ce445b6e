#include "tls/detail/KdfCost.h"

#include <openssl/asn1.h>
#include <openssl/objects.h>

#include <cstdint>
#include <memory>

namespace cw::tls::detail {
namespace {

template<typename T, void (*FreeFn)(T *)>
struct Free {
    void operator()(T *p) const { FreeFn(p); }
};
template<typename T, void (*FreeFn)(T *)>
using Owned = std::unique_ptr<T, Free<T, FreeFn>>;

KdfCheck checkIterations(const ASN1_INTEGER *iterations, qint64 maximum)
{
    int64_t value = 0;
    if (!iterations || ASN1_INTEGER_get_int64(&value, iterations) != 1 || value < 1)
        return KdfCheck::Unreadable;
    return value > maximum ? KdfCheck::TooExpensive : KdfCheck::Acceptable;
}

KdfCheck checkPbkdf2(const X509_ALGOR *keyFunction, const KeyParseLimits &limits)
{
    Owned<PBKDF2PARAM, PBKDF2PARAM_free> params(static_cast<PBKDF2PARAM *>(
        ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBKDF2PARAM), keyFunction->parameter)));
    if (!params)
        return KdfCheck::Unreadable;
    return checkIterations(params->iter, limits.maxPbkdf2Iterations);
}

KdfCheck checkScrypt(const X509_ALGOR *keyFunction, const KeyParseLimits &limits)
{
    Owned<SCRYPT_PARAMS, SCRYPT_PARAMS_free> params(static_cast<SCRYPT_PARAMS *>(
        ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(SCRYPT_PARAMS), keyFunction->parameter)));
    if (!params)
        return KdfCheck::Unreadable;
    uint64_t n = 0, r = 0, p = 0;
    if (ASN1_INTEGER_get_uint64(&n, params->costParameter) != 1
        || ASN1_INTEGER_get_uint64(&r, params->blockSize) != 1
        || ASN1_INTEGER_get_uint64(&p, params->parallelizationParameter) != 1)
        return KdfCheck::Unreadable;
    const auto limit = uint64_t(limits.maxScryptWork);
    // n * r * p without overflow: check each factor against what is left of the budget.
    if (n == 0 || r == 0 || p == 0)
        return KdfCheck::Unreadable;
    if (n > limit || r > limit / n || p > limit / (n * r))
        return KdfCheck::TooExpensive;
    return KdfCheck::Acceptable;
}

} // namespace

KdfCheck checkKdfCost(const X509_SIG *encryptedKey, const KeyParseLimits &limits)
{
    const X509_ALGOR *algorithm = nullptr;
    X509_SIG_get0(encryptedKey, &algorithm, nullptr);
    if (!algorithm || !algorithm->algorithm)
        return KdfCheck::Unreadable;

    if (OBJ_obj2nid(algorithm->algorithm) == NID_pbes2) {
        Owned<PBE2PARAM, PBE2PARAM_free> pbes2(static_cast<PBE2PARAM *>(
            ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBE2PARAM), algorithm->parameter)));
        if (!pbes2 || !pbes2->keyfunc || !pbes2->keyfunc->algorithm)
            return KdfCheck::Unreadable;
        switch (OBJ_obj2nid(pbes2->keyfunc->algorithm)) {
        case NID_id_pbkdf2:
            return checkPbkdf2(pbes2->keyfunc, limits);
        case NID_id_scrypt:
            return checkScrypt(pbes2->keyfunc, limits);
        default:
            return KdfCheck::Unreadable;
        }
    }
    // PKCS#5 v1.5 and PKCS#12 password-based encryption: salt and iteration count.
    Owned<PBEPARAM, PBEPARAM_free> pbe(static_cast<PBEPARAM *>(
        ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBEPARAM), algorithm->parameter)));
    if (!pbe)
        return KdfCheck::Unreadable;
    return checkIterations(pbe->iter, limits.maxPbkdf2Iterations);
}

} // namespace cw::tls::detail
