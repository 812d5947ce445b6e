#pragma once
// Test-only PKI built with OpenSSL at test time, so no private key is ever committed: a CA,
// leaf certificates with chosen SANs / CN / validity, RSA and EC keys, encrypted keys, and the
// DER and PKCS#12 encodings the parsers must refuse.

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

namespace cw::tls::test {

enum class KeyKind { Rsa2048, Rsa1024, EcP256, Ed25519 };

class TestKey
{
public:
    explicit TestKey(KeyKind kind);
    ~TestKey();
    TestKey(const TestKey &) = delete;
    TestKey &operator=(const TestKey &) = delete;

    QByteArray pkcs8Pem() const; // PRIVATE KEY
    QByteArray encryptedPkcs8Pem(const QByteArray &passphrase, int iterations = 2048) const;
    QByteArray traditionalPem() const; // RSA/EC PRIVATE KEY
    QByteArray encryptedTraditionalPem(const QByteArray &passphrase) const;
    QByteArray publicKeyPem() const;
    QByteArray pkcs8Der() const;
    void *handle() const; // EVP_PKEY*, for TestPki only

private:
    void *m_key = nullptr;
};

struct LeafOptions {
    QString commonName = QStringLiteral("www.contoso.com");
    QStringList dnsNames = {QStringLiteral("www.contoso.com")}; // empty: no SAN extension
    QDateTime notBefore;                                        // default: now - 1 day
    QDateTime notAfter;                                         // default: now + 365 days
    bool selfSigned = false;
};

class TestPki
{
public:
    TestPki(); // creates the CA (EC P-256, "CN=Clusterwright Test CA")
    ~TestPki();

    QByteArray caCertificatePem() const;
    // A leaf for `key`, signed by the CA (or by itself when options.selfSigned).
    QByteArray leafPem(const TestKey &key, const LeafOptions &options = {}) const;
    QByteArray leafDer(const TestKey &key, const LeafOptions &options = {}) const;
    QByteArray pkcs12(const TestKey &key, const QByteArray &password) const;

private:
    void *issue(const TestKey &key, const LeafOptions &options) const; // X509*
    std::unique_ptr<TestKey> m_caKey;
    void *m_caCert = nullptr;
};

} // namespace cw::tls::test
