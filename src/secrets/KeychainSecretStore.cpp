#include "secrets/KeychainSecretStore.h"

#include "common/AppIdentity.h"
#include "secrets/SecretsLogging.h"
#include "secrets/SessionSecretStore.h"

#include <QCoreApplication>
#include <QPointer>

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
    : SecretStore(parent)
    , m_service(std::move(service))
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

    QKeychain::Job *kjob = nullptr;
    switch (op) {
    case Op::Read:
        kjob = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Op::Write: {
        auto *w = new QKeychain::WritePasswordJob(m_service, this);
        w->setBinaryData(secret);
        kjob = w;
        break;
    }
    case Op::Remove:
        kjob = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    kjob->setKey(key.toString());
    kjob->setAutoDelete(true);
    kjob->setInsecureFallback(false); // never a plaintext file

    QPointer<SecretJob> target(job);
    connect(kjob, &QKeychain::Job::finished, this, [this, op, key, secret, target](QKeychain::Job *done) {
        if (!target)
            return;
        const int error = done->error();
        if (error == QKeychain::NoError) {
            SecretResult result{SecretStatus::Ok, {}, {}};
            if (op == Op::Read)
                result.data = static_cast<QKeychain::ReadPasswordJob *>(done)->binaryData();
            target->finishLater(result);
            return;
        }
        if (error == QKeychain::EntryNotFound) {
            target->finishLater({SecretStatus::NotFound, {}, {}});
            return;
        }
        if (isNoBackendError(error, done->errorString())) {
            activateSessionOnly(done->errorString());
            runInSession(op, key, secret, target);
            return;
        }
        // The key name is not secret; the value never appears in messages.
        qCWarning(lcSecrets) << "keychain operation failed for" << key.toString() << ':'
                             << done->errorString();
        target->finishLater({SecretStatus::Failed, {},
                             QCoreApplication::translate("cw::secrets", "The keychain refused the operation: %1")
                                 .arg(done->errorString())});
    });
    kjob->start();
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
