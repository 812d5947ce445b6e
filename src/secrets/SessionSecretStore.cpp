#include "secrets/SessionSecretStore.h"

#include <QCoreApplication>

namespace cw::secrets {

SessionSecretStore::SessionSecretStore(QString reason, QObject *parent)
    : SecretStore(parent)
    , m_reason(reason.isEmpty()
                   ? QCoreApplication::translate("cw::secrets",
                                                 "Secrets are kept for this session only.")
                   : std::move(reason))
{
}

SessionSecretStore::~SessionSecretStore()
{
    // Overwrite before release so the bytes do not linger in freed memory longer than needed.
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it)
        it->fill('\0');
}

SecretJob *SessionSecretStore::read(const SecretKey &key)
{
    auto *job = new SecretJob(this);
    const auto it = m_secrets.constFind(key.toString());
    if (it == m_secrets.cend())
        job->finishLater({SecretStatus::NotFound, {}, {}});
    else
        job->finishLater({SecretStatus::Ok, *it, {}});
    return job;
}

SecretJob *SessionSecretStore::write(const SecretKey &key, const QByteArray &secret)
{
    auto *job = new SecretJob(this);
    m_secrets.insert(key.toString(), secret);
    job->finishLater({SecretStatus::Ok, {}, {}});
    return job;
}

SecretJob *SessionSecretStore::remove(const SecretKey &key)
{
    auto *job = new SecretJob(this);
    auto it = m_secrets.find(key.toString());
    if (it == m_secrets.end()) {
        job->finishLater({SecretStatus::NotFound, {}, {}});
    } else {
        it->fill('\0');
        m_secrets.erase(it);
        job->finishLater({SecretStatus::Ok, {}, {}});
    }
    return job;
}

} // namespace cw::secrets
