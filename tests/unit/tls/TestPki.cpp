#include "TestPki.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <stdexcept>

namespace cw::tls::test {
namespace {

EVP_PKEY *pkey(const TestKey &key)
{
    return static_cast<EVP_PKEY *>(key.handle());
}

QByteArray drain(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray bytes(data, qsizetype(length));
    BIO_free(bio);
    return bytes;
}

void require(bool ok, const char *what)
{
    if (!ok)
        throw std::runtime_error(what);
}

void setTime(ASN1_TIME *field, const QDateTime &when)
{
    require(ASN1_TIME_set(field, time_t(when.toSecsSinceEpoch())) != nullptr, "ASN1_TIME_set");
}

void addExtension(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    require(ext != nullptr, "X509V3_EXT_conf_nid");
    X509_add_ext(cert, ext, -1);
    X509_EXTENSION_free(ext);
}

X509 *makeCertificate(EVP_PKEY *subjectKey, const QString &cn, const QDateTime &notBefore,
                      const QDateTime &notAfter)
{
    X509 *cert = X509_new();
    X509_set_version(cert, 2);
    unsigned char serial[8];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert));
    BN_free(bn);
    setTime(X509_getm_notBefore(cert), notBefore);
    setTime(X509_getm_notAfter(cert), notAfter);
    X509_set_pubkey(cert, subjectKey);
    X509_NAME *name = X509_get_subject_name(cert);
    if (!cn.isEmpty())
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(cn.toUtf8().constData()),
                                   -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("Contoso Test"), -1, -1, 0);
    return cert;
}

} // namespace

TestKey::TestKey(KeyKind kind)
{
    switch (kind) {
    case KeyKind::Rsa2048:
        m_key = EVP_RSA_gen(2048);
        break;
    case KeyKind::Rsa1024:
        m_key = EVP_RSA_gen(1024);
        break;
    case KeyKind::EcP256:
        m_key = EVP_EC_gen("P-256");
        break;
    case KeyKind::Ed25519:
        m_key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
        break;
    }
    require(m_key != nullptr, "key generation");
}

TestKey::~TestKey()
{
    EVP_PKEY_free(static_cast<EVP_PKEY *>(m_key));
}

void *TestKey::handle() const
{
    return m_key;
}

QByteArray TestKey::pkcs8Pem() const
{
    BIO *bio = BIO_new(BIO_s_mem());
    require(PEM_write_bio_PKCS8PrivateKey(bio, pkey(*this), nullptr, nullptr, 0, nullptr, nullptr)
                == 1,
            "PEM_write_bio_PKCS8PrivateKey");
    return drain(bio);
}

QByteArray TestKey::encryptedPkcs8Pem(const QByteArray &passphrase, int iterations) const
{
    // PBES2 with PBKDF2-HMAC-SHA256 at the given iteration count and AES-256-CBC.
    X509_ALGOR *algorithm
        = PKCS5_pbe2_set_iv(EVP_aes_256_cbc(), iterations, nullptr, 0, nullptr, NID_hmacWithSHA256);
    require(algorithm != nullptr, "PKCS5_pbe2_set_iv");
    PKCS8_PRIV_KEY_INFO *info = EVP_PKEY2PKCS8(pkey(*this));
    X509_SIG *sig = PKCS8_set0_pbe(passphrase.constData(), int(passphrase.size()), info, algorithm);
    PKCS8_PRIV_KEY_INFO_free(info);
    require(sig != nullptr, "PKCS8_set0_pbe");
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PKCS8(bio, sig);
    X509_SIG_free(sig);
    return drain(bio);
}

QByteArray TestKey::traditionalPem() const
{
    BIO *bio = BIO_new(BIO_s_mem());
    require(PEM_write_bio_PrivateKey_traditional(bio, pkey(*this), nullptr, nullptr, 0, nullptr,
                                                 nullptr)
                == 1,
            "PEM_write_bio_PrivateKey_traditional");
    return drain(bio);
}

QByteArray TestKey::encryptedTraditionalPem(const QByteArray &passphrase) const
{
    BIO *bio = BIO_new(BIO_s_mem());
    QByteArray pass = passphrase;
    require(PEM_write_bio_PrivateKey_traditional(bio, pkey(*this), EVP_aes_128_cbc(),
                                                 reinterpret_cast<unsigned char *>(pass.data()),
                                                 int(pass.size()), nullptr, nullptr)
                == 1,
            "PEM_write_bio_PrivateKey_traditional (encrypted)");
    return drain(bio);
}

QByteArray TestKey::publicKeyPem() const
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(bio, pkey(*this));
    return drain(bio);
}

QByteArray TestKey::pkcs8Der() const
{
    PKCS8_PRIV_KEY_INFO *info = EVP_PKEY2PKCS8(pkey(*this));
    unsigned char *der = nullptr;
    const int length = i2d_PKCS8_PRIV_KEY_INFO(info, &der);
    QByteArray bytes(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    PKCS8_PRIV_KEY_INFO_free(info);
    return bytes;
}

TestPki::TestPki() : m_caKey(std::make_unique<TestKey>(KeyKind::EcP256))
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    X509 *ca = makeCertificate(pkey(*m_caKey), QStringLiteral("Clusterwright Test CA"),
                               now.addDays(-10), now.addYears(5));
    X509_set_issuer_name(ca, X509_get_subject_name(ca));
    addExtension(ca, ca, NID_basic_constraints, "critical,CA:TRUE");
    addExtension(ca, ca, NID_key_usage, "critical,keyCertSign,cRLSign");
    addExtension(ca, ca, NID_subject_key_identifier, "hash");
    require(X509_sign(ca, pkey(*m_caKey), EVP_sha256()) > 0, "X509_sign CA");
    m_caCert = ca;
}

TestPki::~TestPki()
{
    X509_free(static_cast<X509 *>(m_caCert));
}

QByteArray TestPki::caCertificatePem() const
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, static_cast<X509 *>(m_caCert));
    return drain(bio);
}

void *TestPki::issue(const TestKey &key, const LeafOptions &options) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto *ca = static_cast<X509 *>(m_caCert);
    X509 *cert = makeCertificate(pkey(key), options.commonName,
                                 options.notBefore.isValid() ? options.notBefore : now.addDays(-1),
                                 options.notAfter.isValid() ? options.notAfter : now.addDays(365));
    X509 *issuer = options.selfSigned ? cert : ca;
    X509_set_issuer_name(cert, X509_get_subject_name(issuer));
    addExtension(cert, issuer, NID_basic_constraints, "critical,CA:FALSE");
    addExtension(cert, issuer, NID_ext_key_usage, "serverAuth");
    if (!options.dnsNames.isEmpty()) {
        QStringList entries;
        for (const QString &name : options.dnsNames)
            entries.append(QStringLiteral("DNS:") + name);
        addExtension(cert, issuer, NID_subject_alt_name, entries.join(QLatin1Char(',')).toUtf8());
    }
    EVP_PKEY *signer = options.selfSigned ? pkey(key) : pkey(*m_caKey);
    // Ed25519 signs without a separate digest.
    const EVP_MD *digest
        = EVP_PKEY_get_base_id(signer) == EVP_PKEY_ED25519 ? nullptr : EVP_sha256();
    require(X509_sign(cert, signer, digest) > 0, "X509_sign leaf");
    return cert;
}

QByteArray TestPki::leafPem(const TestKey &key, const LeafOptions &options) const
{
    auto *cert = static_cast<X509 *>(issue(key, options));
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, cert);
    X509_free(cert);
    return drain(bio);
}

QByteArray TestPki::leafDer(const TestKey &key, const LeafOptions &options) const
{
    auto *cert = static_cast<X509 *>(issue(key, options));
    unsigned char *der = nullptr;
    const int length = i2d_X509(cert, &der);
    QByteArray bytes(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    X509_free(cert);
    return bytes;
}

QByteArray TestPki::pkcs12(const TestKey &key, const QByteArray &password) const
{
    auto *cert = static_cast<X509 *>(issue(key, {}));
    PKCS12 *p12
        = PKCS12_create(password.constData(), "test", pkey(key), cert, nullptr, 0, 0, 0, 0, 0);
    X509_free(cert);
    require(p12 != nullptr, "PKCS12_create");
    unsigned char *der = nullptr;
    const int length = i2d_PKCS12(p12, &der);
    QByteArray bytes(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    PKCS12_free(p12);
    return bytes;
}

} // namespace cw::tls::test
