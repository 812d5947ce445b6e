#include "secrets/SecretStore.h"

#include <QMetaObject>

namespace cw::secrets {

SecretJob::SecretJob(QObject *parent)
    : QObject(parent)
{
}

void SecretJob::finishLater(const SecretResult &result)
{
    if (m_done)
        return;
    m_done = true;
    QMetaObject::invokeMethod(
        this,
        [this, result] {
            Q_EMIT finished(result);
            deleteLater();
        },
        Qt::QueuedConnection);
}

SecretStore::~SecretStore() = default;

} // namespace cw::secrets
