// Writes the PEM fuzzer's key-bearing seeds into a build folder at test time: private keys
// (even throw-away ones) are never committed, yet the fuzzer needs them to reach the key
// decoders, the passphrase paths and key matching.
#include "TestPki.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace cw::tls::test;

namespace {

bool write(const QDir &dir, const char *name, const QByteArray &bytes)
{
    QFile file(dir.filePath(QString::fromLatin1(name)));
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s <output folder>\n", argv[0]);
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    if (!dir.mkpath(QStringLiteral(".")))
        return 1;

    TestPki pki;
    TestKey rsa(KeyKind::Rsa2048);
    TestKey ec(KeyKind::EcP256);
    const QByteArray leaf
        = pki.leafPem(ec, {QStringLiteral("www.contoso.com"),
                           {QStringLiteral("www.contoso.com"), QStringLiteral("*.contoso.com")}});
    // The passphrase and iteration count match the fuzz target ("passphrase", <= 64 rounds).
    const QByteArray pass = "passphrase";
    const QJsonObject secret{
        {QStringLiteral("kind"), QStringLiteral("Secret")},
        {QStringLiteral("data"),
         QJsonObject{{QStringLiteral("cert.pem"), QString::fromLatin1(leaf.toBase64())},
                     {QStringLiteral("key.pem"), QString::fromLatin1(ec.pkcs8Pem().toBase64())}}}};
    const bool ok
        = write(dir, "rsa-pkcs8.pem", rsa.pkcs8Pem())
          && write(dir, "rsa-traditional-encrypted.pem", rsa.encryptedTraditionalPem(pass))
          && write(dir, "ec-traditional.pem", ec.traditionalPem())
          && write(dir, "ec-pkcs8-encrypted.pem", ec.encryptedPkcs8Pem(pass, 16))
          && write(dir, "leaf-and-key.pem", leaf + ec.pkcs8Pem())
          && write(dir, "leaf-and-encrypted-key.pem", leaf + ec.encryptedPkcs8Pem(pass, 8))
          && write(dir, "key.der", ec.pkcs8Der()) && write(dir, "bundle.p12", pki.pkcs12(ec, pass))
          && write(dir, "azuremlfessl.json", QJsonDocument(secret).toJson());
    return ok ? 0 : 1;
}
