#include "secrets/KeychainSecretStore.h"

#include "common/AppIdentity.h"
#include "secrets/SecretsLogging.h"
#include "secrets/SessionSecretStore.h"

#include <QCoreApplication>
#include <QPointer>

// Only for QKeychain::Error's values: the library itself is the module's (KeychainBackend.h).
#include <qt6keychain/keychain.h>

namespace cw::secrets {

bool isNoBackendError(int qkeychainError, const QString &errorString)
{
    if (qkeychainError == QKeychain::NoBackendAvailable || qkeychainError == QKeychain::NotImplemented)
        return true;
    if (qkeychainError != QKeychain::OtherError)
        return false;
    // libsecret / D-Bus report a missing session bus or Secret Service only as text.
    static const char *const markers[] = {
        "dbus", "d-bus", "org.freedesktop.secrets", "serviceunknown", "autolaunch",
        "could not connect", "no such file or directory", "not provided by any .service",
        "connection refused", "secret service", "unknown method", "no backend"};
    const QString lower = errorString.toLower();
    for (const char *marker : markers) {
        if (lower.contains(QLatin1String(marker)))
            return true;
    }
    return false;
}

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(QString::fromLatin1(cw::kAppName), parent)
{
}

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : KeychainSecretStore(std::move(service), processKeychainBackend, parent)
{
}

KeychainSecretStore::KeychainSecretStore(QString service, BackendProvider backend, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
    , m_backend(std::move(backend))
{
}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::sessionOnlyReason() const
{
    return m_session ? m_session->sessionOnlyReason() : QString();
}

SecretJob *KeychainSecretStore::read(const SecretKey &key)
{
    auto *job = new SecretJob(this);
    run(Op::Read, key, {}, job);
    return job;
}

SecretJob *KeychainSecretStore::write(const SecretKey &key, const QByteArray &secret)
{
    auto *job = new SecretJob(this);
    run(Op::Write, key, secret, job);
    return job;
}

SecretJob *KeychainSecretStore::remove(const SecretKey &key)
{
    auto *job = new SecretJob(this);
    run(Op::Remove, key, {}, job);
    return job;
}

void KeychainSecretStore::run(Op op, const SecretKey &key, const QByteArray &secret, SecretJob *job)
{
    if (m_session) {
        runInSession(op, key, secret, job);
        return;
    }

    QString why;
    KeychainBackend *backend = m_backend(&why);
    if (!backend) {
        activateSessionOnly(QStringLiteral("the keychain module could not be loaded: ") + why);
        runInSession(op, key, secret, job);
        return;
    }
    QPointer<SecretJob> target(job);
    backend->start(op, m_service, key.toString(), secret, this, [this, op, key, secret, target](const KeychainReply &reply) {
        if (!target)
            return;
        if (reply.error == QKeychain::NoError) {
            target->finishLater({SecretStatus::Ok, reply.data, {}});
            return;
        }
        if (reply.error == QKeychain::EntryNotFound) {
            target->finishLater({SecretStatus::NotFound, {}, {}});
            return;
        }
        if (isNoBackendError(reply.error, reply.errorString)) {
            activateSessionOnly(reply.errorString);
            runInSession(op, key, secret, target);
            return;
        }
        // The key name is not secret; the value never appears in messages.
        qCWarning(lcSecrets) << "keychain operation failed for" << key.toString() << ':' << reply.errorString;
        target->finishLater({SecretStatus::Failed, {},
                             QCoreApplication::translate("cw::secrets", "The keychain refused the operation: %1")
                                 .arg(reply.errorString)});
    });
}

void KeychainSecretStore::runInSession(Op op, const SecretKey &key, const QByteArray &secret, SecretJob *job)
{
    SecretJob *inner = nullptr;
    switch (op) {
    case Op::Read:
        inner = m_session->read(key);
        break;
    case Op::Write:
        inner = m_session->write(key, secret);
        break;
    case Op::Remove:
        inner = m_session->remove(key);
        break;
    }
    QPointer<SecretJob> target(job);
    connect(inner, &SecretJob::finished, this, [target](const SecretResult &result) {
        if (target)
            target->finishLater(result);
    });
}

void KeychainSecretStore::activateSessionOnly(const QString &detail)
{
    if (m_session)
        return;
    const QString reason = QCoreApplication::translate(
        "cw::secrets",
        "No keychain is available on this system, so sign-in secrets are kept in memory for this "
        "session only and you will have to sign in again next time.");
    qCWarning(lcSecrets) << "no keychain backend, secrets kept for this session only:" << detail;
    m_session = new SessionSecretStore(reason, this);
    Q_EMIT sessionOnlyActivated(reason);
}

} // namespace cw::secrets
