#include "secrets/SecretStore.h"

#include "common/FinishOnce.h"

namespace cw::secrets {

SecretJob::SecretJob(QObject *parent)
    : QObject(parent)
{
}

void SecretJob::finishLater(const SecretResult &result)
{
    finishOnceLater(this, m_done, [this, result] { Q_EMIT finished(result); });
}

SecretStore::~SecretStore() = default;

} // namespace cw::secrets
