#pragma once
#include "secrets/SecretStore.h"

#include <memory>

namespace cw::secrets {

class SessionSecretStore;

// The OS keychain (Secret Service, KWallet, ...) through QtKeychain, under the service name
// "clusterwright". All operations are QtKeychain's asynchronous jobs; nothing blocks.
//
// When QtKeychain reports that no backend is available (or the D-Bus session is unreachable),
// the store switches once to a SessionSecretStore, emits sessionOnlyActivated() so the UI can
// tell the person, and keeps secrets in memory from then on. There is never a plaintext file
// fallback (QtKeychain's insecure fallback stays off).
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    KeychainSecretStore(QString service, QObject *parent);
    ~KeychainSecretStore() override;

    SecretJob *read(const SecretKey &key) override;
    SecretJob *write(const SecretKey &key, const QByteArray &secret) override;
    SecretJob *remove(const SecretKey &key) override;
    bool isPersistent() const override { return !m_session; }
    QString sessionOnlyReason() const override;

    QString service() const { return m_service; }

private:
    enum class Op { Read, Write, Remove };
    void run(Op op, const SecretKey &key, const QByteArray &secret, SecretJob *job);
    void runInSession(Op op, const SecretKey &key, const QByteArray &secret, SecretJob *job);
    void activateSessionOnly(const QString &detail);

    QString m_service;
    SessionSecretStore *m_session = nullptr; // non-null once no backend was detected
};

// True when a QtKeychain error means "there is no usable keychain here" rather than a failure
// of this one operation. Pure, for tests.
bool isNoBackendError(int qkeychainError, const QString &errorString);

} // namespace cw::secrets
