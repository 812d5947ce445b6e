#include "secrets/SecretStore.h"

namespace cw::secrets {

SecretJob::SecretJob(QObject *parent)
    : AsyncJob(parent)
{
}

void SecretJob::finishLater(const SecretResult &result)
{
    finishWith([this, result] { Q_EMIT finished(result); });
}

SecretStore::~SecretStore() = default;

} // namespace cw::secrets
