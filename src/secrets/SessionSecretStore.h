#pragma once
#include "secrets/SecretStore.h"

#include <QHash>

namespace cw::secrets {

// Keeps secrets in process memory only: used when no keychain backend exists. Nothing is ever
// written to disk; everything is forgotten when the application exits.
class SessionSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit SessionSecretStore(QString reason = {}, QObject *parent = nullptr);
    ~SessionSecretStore() override;

    SecretJob *read(const SecretKey &key) override;
    SecretJob *write(const SecretKey &key, const QByteArray &secret) override;
    SecretJob *remove(const SecretKey &key) override;
    bool isPersistent() const override { return false; }
    QString sessionOnlyReason() const override { return m_reason; }

private:
    QString m_reason;
    QHash<QString, QByteArray> m_secrets;
};

} // namespace cw::secrets
