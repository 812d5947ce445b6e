#include "tls/AzureMlFeSecret.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace cw::tls {
namespace {

TlsMaterial invalid(const QString &message)
{
    TlsMaterial material;
    material.error = TlsError::InvalidSecret;
    material.message = message;
    return material;
}

// Strict base64 (as Kubernetes writes it): anything else means the wrong object or damage.
bool decodeEntry(const QJsonObject &data, const QString &name, QByteArray &out)
{
    const QJsonValue value = data.value(name);
    if (!value.isString())
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    out = decoded.decoded;
    return true;
}

} // namespace

TlsMaterial decodeAzureMlFeSecret(QByteArrayView secretJson)
{
    if (secretJson.size() > kMaxSecretJsonBytes) {
        TlsMaterial material;
        material.error = TlsError::TooLarge;
        material.message
            = QCoreApplication::translate(
                  "cw::tls", "The secret is %1 KiB; a TLS secret is a few KiB. It is not the "
                             "azuremlfessl secret.")
                  .arg((secretJson.size() + 1023) / 1024);
        return material;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(secretJson.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return invalid(QCoreApplication::translate(
            "cw::tls", "The secret is not a JSON object as the Kubernetes API returns it."));
    const QJsonObject secret = document.object();
    if (secret.contains(QLatin1String("kind"))
        && secret.value(QLatin1String("kind")).toString() != QLatin1String("Secret"))
        return invalid(
            QCoreApplication::translate("cw::tls", "The object is a \"%1\", not a Secret.")
                .arg(secret.value(QLatin1String("kind")).toString().left(64)));
    const QJsonValue data = secret.value(QLatin1String("data"));
    if (!data.isObject())
        return invalid(QCoreApplication::translate(
            "cw::tls", "The secret has no data: the TLS material is missing from the cluster."));

    TlsMaterial material;
    if (!decodeEntry(data.toObject(), QStringLiteral("cert.pem"), material.certPem))
        return invalid(
            QCoreApplication::translate("cw::tls", "The secret has no valid \"cert.pem\" entry."));
    if (!decodeEntry(data.toObject(), QStringLiteral("key.pem"), material.keyPem))
        return invalid(
            QCoreApplication::translate("cw::tls", "The secret has no valid \"key.pem\" entry."));
    if (!material.certPem.contains("-----BEGIN ") || !material.keyPem.contains("-----BEGIN "))
        return invalid(QCoreApplication::translate(
            "cw::tls", "The secret's entries are not PEM certificate and key."));
    return material;
}

TlsFilesWritten writeTlsMaterial(const QString &folder, const TlsMaterial &material, bool overwrite)
{
    TlsFilesWritten result;
    if (!material.ok() || material.certPem.isEmpty() || material.keyPem.isEmpty()) {
        result.message
            = QCoreApplication::translate("cw::tls", "There is no certificate and key to save.");
        return result;
    }
    const QDir dir(folder);
    result.certPath = dir.filePath(QStringLiteral("cert.pem"));
    result.keyPath = dir.filePath(QStringLiteral("key.pem"));
    if (!overwrite) {
        for (const QString &path : {result.certPath, result.keyPath})
            if (QFileInfo::exists(path)) {
                result.message = QCoreApplication::translate(
                                     "cw::tls", "%1 already exists; choose another folder or allow "
                                                "replacing it.")
                                     .arg(QDir::toNativeSeparators(path));
                return result;
            }
    }
    // Key first: if it fails, no certificate without its key is left behind.
    const FileWriteResult key = writePrivateFileAtomically(result.keyPath, material.keyPem);
    if (!key.ok) {
        result.message = key.error;
        return result;
    }
    const FileWriteResult cert = writeFileAtomically(result.certPath, material.certPem);
    if (!cert.ok) {
        result.message = cert.error;
        return result;
    }
    result.ok = true;
    result.message
        = QCoreApplication::translate(
              "cw::tls", "Saved the certificate to %1 and the private key (readable only by you) "
                         "to %2.")
              .arg(QDir::toNativeSeparators(result.certPath),
                   QDir::toNativeSeparators(result.keyPath));
    return result;
}

} // namespace cw::tls
