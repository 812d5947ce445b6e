#include "sandbox/SandboxPki.h"

#include "common/PrivateFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>

#include <memory>
#include <openssl/bio.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

Q_LOGGING_CATEGORY(lcSandboxPki, "cw.sandbox.pki", QtInfoMsg)

namespace cw::sandbox {
namespace {

struct FreePkiObject {
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(BIO *p) const { BIO_free(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, FreePkiObject>;
using CertPtr = std::unique_ptr<X509, FreePkiObject>;
using BioPtr = std::unique_ptr<BIO, FreePkiObject>;

enum class KeyKind { Ec, Rsa };

KeyPtr generateKey(KeyKind kind)
{
    // EC keys are fast to make and to handshake with; RSA where a customer certificate would be.
    return KeyPtr(kind == KeyKind::Rsa ? EVP_RSA_gen(2048) : EVP_EC_gen("P-256"));
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

QByteArray certToPem(X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    return bioBytes(bio.get());
}

QByteArray keyToPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    return bioBytes(bio.get());
}

CertPtr certFromPem(const QByteArray &pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return CertPtr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

KeyPtr keyFromPem(const QByteArray &pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return KeyPtr(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

struct CertRequest {
    QString commonName;
    QString organization;
    bool isCa = false;
    QByteArray subjectAltNames; // "DNS:localhost,IP:127.0.0.1" or empty
    QByteArray extendedKeyUsage; // "serverAuth", "clientAuth" or empty
    int validDays = 825;
};

CertPtr makeCertificate(const CertRequest &req, EVP_PKEY *subjectKey, X509 *issuerCert,
                        EVP_PKEY *issuerKey)
{
    CertPtr cert(X509_new());
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f; // positive
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(req.validDays) * 24 * 3600);
    X509_set_pubkey(cert.get(), subjectKey);

    X509_NAME *name = X509_get_subject_name(cert.get());
    if (!req.organization.isEmpty()) {
        const QByteArray org = req.organization.toUtf8();
        X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(org.constData()), -1, -1, 0);
    }
    const QByteArray cn = req.commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509 *issuer = issuerCert ? issuerCert : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(issuer));

    bool ok = addExtension(cert.get(), issuer, NID_subject_key_identifier, "hash");
    if (req.isCa) {
        ok = ok && addExtension(cert.get(), issuer, NID_basic_constraints, "critical,CA:TRUE,pathlen:0");
        ok = ok && addExtension(cert.get(), issuer, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        ok = ok && addExtension(cert.get(), issuer, NID_basic_constraints, "critical,CA:FALSE");
        ok = ok && addExtension(cert.get(), issuer, NID_key_usage,
                                "critical,digitalSignature,keyEncipherment");
        ok = ok && addExtension(cert.get(), issuer, NID_authority_key_identifier, "keyid:always");
    }
    if (!req.extendedKeyUsage.isEmpty())
        ok = ok && addExtension(cert.get(), issuer, NID_ext_key_usage, req.extendedKeyUsage);
    if (!req.subjectAltNames.isEmpty())
        ok = ok && addExtension(cert.get(), issuer, NID_subject_alt_name, req.subjectAltNames);
    if (!ok || X509_sign(cert.get(), issuerKey, EVP_sha256()) <= 0)
        return nullptr;
    return cert;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

PemPair issue(const PemPair &ca, const CertRequest &req, KeyKind kind)
{
    CertPtr caCert = certFromPem(ca.certPem);
    KeyPtr caKey = keyFromPem(ca.keyPem);
    KeyPtr key = generateKey(kind);
    if (!caCert || !caKey || !key)
        return {};
    CertPtr cert = makeCertificate(req, key.get(), caCert.get(), caKey.get());
    if (!cert)
        return {};
    return {certToPem(cert.get()), keyToPem(key.get())};
}

} // namespace

bool SandboxPki::loadOrCreate(const QString &dir, QString *error)
{
    QDir().mkpath(dir);
    const QString caPath = dir + QStringLiteral("/ca.pem");
    const QString caKeyPath = dir + QStringLiteral("/ca-key.pem");
    const QString serverPath = dir + QStringLiteral("/server.pem");
    const QString serverKeyPath = dir + QStringLiteral("/server-key.pem");
    m_caFile = QFileInfo(caPath).absoluteFilePath();

    m_ca = {readAll(caPath), readAll(caKeyPath)};
    m_server = {readAll(serverPath), readAll(serverKeyPath)};
    if (certFromPem(m_ca.certPem) && keyFromPem(m_ca.keyPem) && certFromPem(m_server.certPem)
        && keyFromPem(m_server.keyPem))
        return true;

    qCInfo(lcSandboxPki) << "generating the sandbox CA and server certificate in" << dir;
    KeyPtr caKey = generateKey(KeyKind::Ec);
    CertRequest caReq{QStringLiteral("Clusterwright Sandbox CA"), QStringLiteral("Clusterwright"),
                      true, {}, {}, 3650};
    CertPtr caCert = caKey ? makeCertificate(caReq, caKey.get(), nullptr, caKey.get()) : nullptr;
    if (!caCert) {
        *error = QStringLiteral("could not generate the sandbox CA");
        return false;
    }
    m_ca = {certToPem(caCert.get()), keyToPem(caKey.get())};
    m_server = issue(m_ca,
                     {QStringLiteral("127.0.0.1"), QStringLiteral("Clusterwright Sandbox"), false,
                      "DNS:localhost,IP:127.0.0.1", "serverAuth", 825},
                     KeyKind::Ec);
    if (m_server.certPem.isEmpty()) {
        *error = QStringLiteral("could not generate the sandbox server certificate");
        return false;
    }
    for (const auto &[path, bytes, secret] :
         {std::tuple{caKeyPath, m_ca.keyPem, true}, std::tuple{serverKeyPath, m_server.keyPem, true},
          std::tuple{caPath, m_ca.certPem, false}, std::tuple{serverPath, m_server.certPem, false}}) {
        const FileWriteResult written =
            secret ? writePrivateFileAtomically(path, bytes) : writeFileAtomically(path, bytes);
        if (!written.ok) {
            *error = written.error;
            return false;
        }
    }
    return true;
}

PemPair SandboxPki::issueClientCertificate(const QString &commonName,
                                           const QString &organization) const
{
    return issue(m_ca, {commonName, organization, false, {}, "clientAuth", 825}, KeyKind::Ec);
}

PemPair SandboxPki::issueServerCertificate(const QString &dnsName, int validDays) const
{
    return issue(m_ca,
                 {dnsName, {}, false, "DNS:" + dnsName.toUtf8(), "serverAuth", validDays},
                 KeyKind::Rsa);
}

const SandboxPki::Peer &SandboxPki::peer(const QByteArray &certDer) const
{
    if (const auto it = m_peers.constFind(certDer); it != m_peers.cend())
        return *it;
    if (m_peers.size() >= 256) // bounded: certificates are issued per cluster identity
        m_peers.clear();
    Peer peer;
    const auto *p = reinterpret_cast<const unsigned char *>(certDer.constData());
    CertPtr cert(d2i_X509(nullptr, &p, long(certDer.size())));
    if (cert) {
        CertPtr caCert = certFromPem(m_ca.certPem);
        peer.signedByCa = caCert && X509_verify(cert.get(), X509_get0_pubkey(caCert.get())) == 1;
        auto seconds = [](const ASN1_TIME *time, qint64 *out) {
            struct tm parts = {};
            if (ASN1_TIME_to_tm(time, &parts) != 1)
                return false;
            const QDateTime utc(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                                QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
            *out = utc.toSecsSinceEpoch();
            return utc.isValid();
        };
        if (!seconds(X509_get0_notBefore(cert.get()), &peer.notBefore) || !seconds(X509_get0_notAfter(cert.get()), &peer.notAfter))
            peer.signedByCa = false;
        char buffer[256] = {};
        X509_NAME_get_text_by_NID(X509_get_subject_name(cert.get()), NID_commonName, buffer, sizeof buffer);
        peer.commonName = QString::fromUtf8(buffer);
    }
    return *m_peers.insert(certDer, peer);
}

bool SandboxPki::isIssuedByCa(const QByteArray &certDer) const
{
    const Peer &p = peer(certDer);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return p.signedByCa && p.notBefore < now && now < p.notAfter;
}

QString SandboxPki::commonName(const QByteArray &certDer) const
{
    return peer(certDer).commonName;
}

} // namespace cw::sandbox
