#pragma once
// The Kubernetes secret in which azureml-fe keeps the scoring endpoint's TLS material:
// `azuremlfessl`, with data["cert.pem"] and data["key.pem"] base64-encoded. Decoding it lets a
// user who lost the files recover them before a detach / re-attach.

#include "tls/TlsTypes.h"

#include "common/PrivateFile.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace cw::tls {

inline constexpr auto kAzureMlFeSecretName = "azuremlfessl";
inline constexpr qsizetype kMaxSecretJsonBytes = 4 * kMaxPemInputBytes;

struct TlsMaterial {
    TlsError error = TlsError::None; // InvalidSecret, TooLarge
    QString message;
    QByteArray certPem; // holds key material: never log
    QByteArray keyPem;
    bool ok() const { return error == TlsError::None; }
};

// Decodes the JSON of the Secret object as the Kubernetes API returns it
// (GET /api/v1/namespaces/<ns>/secrets/azuremlfessl). Checks that both entries are present,
// are strict base64 and decode to text that at least looks like PEM; use inspectPair() for
// the full check.
TlsMaterial decodeAzureMlFeSecret(QByteArrayView secretJson);

struct TlsFilesWritten {
    bool ok = false;
    QString message; // translated, also on success (where the files went)
    QString certPath;
    QString keyPath;
};

// Writes `<folder>/cert.pem` (0644) and `<folder>/key.pem` (0600), each atomically. Refuses to
// replace existing files unless `overwrite`.
TlsFilesWritten writeTlsMaterial(const QString &folder, const TlsMaterial &material,
                                 bool overwrite = false);

} // namespace cw::tls
