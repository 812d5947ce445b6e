#pragma once
#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

// The sandbox's own certificate authority, generated with OpenSSL at first start and kept beside
// the state: the HTTPS server certificate (SAN IP:127.0.0.1, DNS:localhost), client certificates
// for the emulated clusters' Kubernetes API (mutual TLS) and TLS leaf certificates for the
// azuremlfessl secrets. Clients trust ca.pem explicitly.
namespace cw::sandbox {

struct PemPair {
    QByteArray certPem;
    QByteArray keyPem;
};

class SandboxPki {
public:
    // Loads ca.pem/ca-key.pem/server.pem/server-key.pem from `dir`, or creates them.
    bool loadOrCreate(const QString &dir, QString *error);

    QString caFile() const { return m_caFile; }
    QByteArray caPem() const { return m_ca.certPem; }
    PemPair server() const { return m_server; }

    // Client certificate for mutual TLS, CN = commonName, O = organization (may be empty).
    PemPair issueClientCertificate(const QString &commonName, const QString &organization) const;
    // RSA server certificate for a TLS endpoint (what a leaf-domain-label TLS gets).
    PemPair issueServerCertificate(const QString &dnsName, int validDays) const;
    // True when the DER certificate was signed by this CA and is currently valid.
    bool isIssuedByCa(const QByteArray &certDer) const;
    // The subject common name of a DER certificate (empty when unreadable).
    QString commonName(const QByteArray &certDer) const;

private:
    // What a certificate says, read (and its signature checked) once: every Kubernetes request
    // presents its connection's client certificate, and parsing plus verifying it cost more than
    // the rest of the answer. Validity is still compared with the clock on each use.
    struct Peer {
        bool signedByCa = false;
        qint64 notBefore = 0; // seconds since the epoch
        qint64 notAfter = 0;
        QString commonName;
    };
    const Peer &peer(const QByteArray &certDer) const;

    QString m_caFile;
    PemPair m_ca;
    PemPair m_server;
    mutable QHash<QByteArray, Peer> m_peers; // DER -> what it says; a few entries (one per identity)
};

} // namespace cw::sandbox
