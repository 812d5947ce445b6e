#pragma once
#include "tls/TlsTypes.h"

#include <QByteArrayView>
#include <QString>

namespace cw::tls {

// Parses one PEM private key: PKCS#8 ("PRIVATE KEY"), encrypted PKCS#8 ("ENCRYPTED PRIVATE
// KEY") or traditional RSA/EC ("RSA PRIVATE KEY", "EC PRIVATE KEY", optionally encrypted with
// Proc-Type/DEK-Info headers). RSA and EC keys are accepted.
//
// For an encrypted key: an empty passphrase gives TlsError::NeedsPassphrase (nothing is tried),
// a passphrase that does not decrypt it gives TlsError::WrongPassphrase; `encrypted` is set in
// both cases so the UI can show its passphrase field. The passphrase is used as UTF-8 bytes.
// Certificates and EC PARAMETERS blocks in the same file are skipped.
PrivateKeyResult parsePrivateKey(QByteArrayView pem, const QString &passphrase = {},
                                 const KeyParseLimits &limits = {});

// The same key as unencrypted PKCS#8 PEM ("PRIVATE KEY"): what Azure ML needs, since the
// service cannot be given a passphrase. Empty when the key cannot be read or decrypted (see
// parsePrivateKey for why). The caller holds key material: keep it in memory or the keychain.
QByteArray unencryptedPrivateKeyPem(QByteArrayView pem, const QString &passphrase = {},
                                    const KeyParseLimits &limits = {});

} // namespace cw::tls
