#include "tls/PrivateKeyParser.h"

#include "tls/detail/Decoders.h"
#include "tls/detail/Describe.h"
#include "tls/detail/KdfCost.h"
#include "tls/detail/PemScan.h"

#include <QCoreApplication>

#include <openssl/pem.h>
#include <openssl/pkcs12.h>

#include <cstring>

namespace cw::tls {
namespace detail {
namespace {

DecodedKey keyFailure(TlsError error, const QString &message, bool encrypted)
{
    DecodedKey decoded;
    decoded.result.error = error;
    decoded.result.message = message;
    decoded.result.encrypted = encrypted;
    return decoded;
}

DecodedKey needsPassphrase()
{
    return keyFailure(TlsError::NeedsPassphrase,
                QCoreApplication::translate("cw::tls",
                                            "The private key is encrypted. Enter its passphrase."),
                true);
}

DecodedKey wrongPassphrase()
{
    return keyFailure(
        TlsError::WrongPassphrase,
        QCoreApplication::translate(
            "cw::tls", "The passphrase does not decrypt the private key. Check it and try again."),
        true);
}

DecodedKey damaged(bool encrypted)
{
    return keyFailure(TlsError::Malformed,
                QCoreApplication::translate(
                    "cw::tls", "The private key is damaged: its content is not a valid key."),
                encrypted);
}

EvpPkeyPtr fromPkcs8(PKCS8_PRIV_KEY_INFO *info)
{
    EvpPkeyPtr key(info ? EVP_PKCS82PKEY(info) : nullptr);
    PKCS8_PRIV_KEY_INFO_free(info);
    return key;
}

DecodedKey decodePkcs8(const PemBlock &block)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(block.der.constData());
    const auto *p = begin;
    PKCS8_PRIV_KEY_INFO *info = d2i_PKCS8_PRIV_KEY_INFO(nullptr, &p, long(block.der.size()));
    if (info && p != begin + block.der.size()) {
        PKCS8_PRIV_KEY_INFO_free(info);
        info = nullptr;
    }
    DecodedKey decoded;
    decoded.key = fromPkcs8(info);
    return decoded.key ? std::move(decoded) : damaged(false);
}

DecodedKey decodeEncryptedPkcs8(const PemBlock &block, QByteArrayView passphrase,
                                const KeyParseLimits &limits)
{
    const auto *p = reinterpret_cast<const unsigned char *>(block.der.constData());
    X509_SIG *sig = d2i_X509_SIG(nullptr, &p, long(block.der.size()));
    if (!sig)
        return damaged(true);
    const KdfCheck cost = checkKdfCost(sig, limits);
    if (cost != KdfCheck::Acceptable) {
        X509_SIG_free(sig);
        return cost == KdfCheck::TooExpensive
                   ? keyFailure(TlsError::UnsupportedKey,
                          QCoreApplication::translate(
                              "cw::tls",
                              "The private key's encryption asks for an excessive key-derivation "
                              "effort. Re-encrypt it with \"openssl pkcs8 -topk8\"."),
                          true)
                   : keyFailure(TlsError::UnsupportedKey,
                          QCoreApplication::translate(
                              "cw::tls",
                              "The private key uses an encryption scheme this app cannot read. "
                              "Re-encrypt it with \"openssl pkcs8 -topk8 -v2 aes-256-cbc\"."),
                          true);
    }
    if (passphrase.isEmpty()) {
        X509_SIG_free(sig);
        return needsPassphrase();
    }
    PKCS8_PRIV_KEY_INFO *info = PKCS8_decrypt(sig, passphrase.constData(), int(passphrase.size()));
    X509_SIG_free(sig);
    DecodedKey decoded;
    decoded.key = fromPkcs8(info);
    decoded.result.encrypted = true;
    // A wrong passphrase yields random bytes; CBC padding or the DER decoder then rejects them.
    return decoded.key ? std::move(decoded) : wrongPassphrase();
}

int passphraseCallback(char *buffer, int size, int /*rwflag*/, void *userData)
{
    const auto *passphrase = static_cast<const QByteArrayView *>(userData);
    if (passphrase->size() > size)
        return -1;
    std::memcpy(buffer, passphrase->constData(), size_t(passphrase->size()));
    return int(passphrase->size());
}

DecodedKey decodeTraditional(const PemBlock &block, int type, QByteArrayView passphrase)
{
    const bool encrypted = block.header.contains("ENCRYPTED");
    QByteArray der = block.der;
    if (encrypted) {
        EVP_CIPHER_INFO cipher;
        QByteArray header = block.header; // PEM_get_EVP_CIPHER_INFO wants a mutable string
        if (PEM_get_EVP_CIPHER_INFO(header.data(), &cipher) != 1 || !cipher.cipher)
            return keyFailure(TlsError::UnsupportedKey,
                        QCoreApplication::translate(
                            "cw::tls",
                            "The private key uses an encryption this app cannot read. Convert "
                            "it with \"openssl pkcs8 -topk8 -in key.pem -out key-pkcs8.pem\"."),
                        true);
        if (passphrase.isEmpty())
            return needsPassphrase();
        long length = long(der.size());
        if (PEM_do_header(&cipher, reinterpret_cast<unsigned char *>(der.data()), &length,
                          passphraseCallback, &passphrase)
            != 1)
            return wrongPassphrase();
        der.truncate(qsizetype(length));
    }
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    DecodedKey decoded;
    decoded.key.reset(d2i_PrivateKey(type, nullptr, &p, long(der.size())));
    if (encrypted)
        der.fill('\0'); // the decrypted key bytes: do not leave them in freed memory
    decoded.result.encrypted = encrypted;
    if (!decoded.key)
        return encrypted ? wrongPassphrase() : damaged(false);
    return decoded;
}

bool isKeyLabel(const QByteArray &label)
{
    return label.endsWith("PRIVATE KEY");
}

DecodedKey decodeBlock(const PemBlock &block, QByteArrayView passphrase,
                       const KeyParseLimits &limits)
{
    if (block.label == "PRIVATE KEY")
        return decodePkcs8(block);
    if (block.label == "ENCRYPTED PRIVATE KEY")
        return decodeEncryptedPkcs8(block, passphrase, limits);
    if (block.label == "RSA PRIVATE KEY")
        return decodeTraditional(block, EVP_PKEY_RSA, passphrase);
    if (block.label == "EC PRIVATE KEY")
        return decodeTraditional(block, EVP_PKEY_EC, passphrase);
    if (block.label == "OPENSSH PRIVATE KEY")
        return keyFailure(TlsError::UnsupportedKey,
                    QCoreApplication::translate(
                        "cw::tls",
                        "This is an OpenSSH private key. TLS needs a PEM key: convert a copy "
                        "with \"ssh-keygen -p -m PEM -f key\"."),
                    false);
    return keyFailure(TlsError::UnsupportedKey,
                QCoreApplication::translate(
                    "cw::tls", "Unsupported private key format \"%1\". Use an RSA or EC key in PEM "
                               "(PKCS#8) format.")
                    .arg(QString::fromLatin1(block.label.left(64))),
                false);
}

} // namespace

DecodedKey decodePrivateKey(QByteArrayView pem, QByteArrayView passphrase,
                            const KeyParseLimits &limits)
{
    PemScan scan = scanPem(pem, ExpectedContent::PrivateKey);
    if (scan.error != TlsError::None)
        return keyFailure(scan.error, scan.message, false);

    const PemBlock *keyBlock = nullptr;
    int keyBlocks = 0;
    for (const PemBlock &block : scan.blocks) {
        if (isKeyLabel(block.label) && ++keyBlocks == 1)
            keyBlock = &block;
    }
    if (!keyBlock)
        return keyFailure(
            TlsError::WrongContent,
            QCoreApplication::translate(
                "cw::tls", "This file holds %1, not a private key. Choose the key file (key.pem).")
                .arg(describeLabel(scan.blocks.front().label)),
            false);
    if (keyBlocks > 1)
        return keyFailure(TlsError::WrongContent,
                    QCoreApplication::translate(
                        "cw::tls", "This file holds %1 private keys; exactly one is expected.")
                        .arg(keyBlocks),
                    false);

    DecodedKey decoded = decodeBlock(*keyBlock, passphrase, limits);
    clearErrors();
    if (!decoded.key)
        return decoded;

    decoded.result.key = describeKey(decoded.key.get());
    if (decoded.result.key.type != KeyType::Rsa && decoded.result.key.type != KeyType::Ec) {
        const QString display = decoded.result.key.display;
        return keyFailure(TlsError::UnsupportedKey,
                    QCoreApplication::translate(
                        "cw::tls",
                        "%1 keys are not supported for the scoring endpoint; use an RSA or EC "
                        "key.")
                        .arg(display),
                    decoded.result.encrypted);
    }
    return decoded;
}

} // namespace detail

PrivateKeyResult parsePrivateKey(QByteArrayView pem, const QString &passphrase,
                                 const KeyParseLimits &limits)
{
    QByteArray utf8 = passphrase.toUtf8();
    PrivateKeyResult result = detail::decodePrivateKey(pem, utf8, limits).result;
    utf8.fill('\0'); // do not leave the passphrase in freed memory
    return result;
}

QByteArray unencryptedPrivateKeyPem(QByteArrayView pem, const QString &passphrase,
                                    const KeyParseLimits &limits)
{
    QByteArray utf8 = passphrase.toUtf8();
    const detail::DecodedKey decoded = detail::decodePrivateKey(pem, utf8, limits);
    utf8.fill('\0');
    if (!decoded.key)
        return {};
    const detail::BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PKCS8PrivateKey(bio.get(), decoded.key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        detail::clearErrors();
        return {};
    }
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return size > 0 ? QByteArray(data, qsizetype(size)) : QByteArray();
}

} // namespace cw::tls
