#pragma once
#include "secrets/KeychainBackend.h"
#include "secrets/SecretStore.h"

#include <functional>
#include <memory>

namespace cw::secrets {

class SessionSecretStore;

// The OS keychain (Secret Service, KWallet, ...) through QtKeychain, under the service name
// "clusterwright". All operations are QtKeychain's asynchronous jobs; nothing blocks. QtKeychain
// lives in the clusterwright-keychain module, loaded on the first operation (KeychainBackend.h).
//
// When QtKeychain reports that no backend is available (or the D-Bus session is unreachable),
// or the module cannot be loaded, the store switches once to a SessionSecretStore, emits sessionOnlyActivated() so the UI can
// tell the person, and keeps secrets in memory from then on. There is never a plaintext file
// fallback (QtKeychain's insecure fallback stays off).
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    // Gives the keychain backend on the first operation: nullptr (with why) when there is none.
    using BackendProvider = std::function<KeychainBackend *(QString *why)>;

    explicit KeychainSecretStore(QObject *parent = nullptr);
    KeychainSecretStore(QString service, QObject *parent);
    KeychainSecretStore(QString service, BackendProvider backend, QObject *parent); // tests
    ~KeychainSecretStore() override;

    SecretJob *read(const SecretKey &key) override;
    SecretJob *write(const SecretKey &key, const QByteArray &secret) override;
    SecretJob *remove(const SecretKey &key) override;
    bool isPersistent() const override { return !m_session; }
    QString sessionOnlyReason() const override;

    QString service() const { return m_service; }

private:
    using Op = KeychainOp;
    void run(Op op, const SecretKey &key, const QByteArray &secret, SecretJob *job);
    void runInSession(Op op, const SecretKey &key, const QByteArray &secret, SecretJob *job);
    void activateSessionOnly(const QString &detail);

    QString m_service;
    BackendProvider m_backend;
    SessionSecretStore *m_session = nullptr; // non-null once no backend was detected
};

// True when a QtKeychain error means "there is no usable keychain here" rather than a failure
// of this one operation. Pure, for tests.
bool isNoBackendError(int qkeychainError, const QString &errorString);

} // namespace cw::secrets
