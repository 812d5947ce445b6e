#pragma once
#include "common/AsyncJob.h"
#include "secrets/SecretKey.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace cw::secrets {

enum class SecretStatus { Ok, NotFound, Failed };

struct SecretResult {
    SecretStatus status = SecretStatus::Failed;
    QByteArray data; // the secret for a successful read; empty otherwise
    QString error;   // human sentence when status == Failed
    bool ok() const { return status == SecretStatus::Ok; }
};

// One asynchronous keychain operation (an AsyncJob with the default options): finished() is
// emitted exactly once, always from the event loop (never inside read()/write()/remove()), then
// the job deletes itself. It starts when made and cannot be cancelled.
class SecretJob : public AsyncJob
{
    Q_OBJECT
public:
    explicit SecretJob(QObject *parent = nullptr);
    // Emits finished(result) on the next event-loop turn (the first call wins) and schedules
    // deletion.
    void finishLater(const SecretResult &result);

Q_SIGNALS:
    void finished(const cw::secrets::SecretResult &result);
};

// Where refresh tokens and client secrets are kept. Implementations never write a secret to
// disk in plain text.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~SecretStore() override;

    virtual SecretJob *read(const SecretKey &key) = 0;
    virtual SecretJob *write(const SecretKey &key, const QByteArray &secret) = 0;
    virtual SecretJob *remove(const SecretKey &key) = 0;

    // False when secrets only live for this session (no keychain backend).
    virtual bool isPersistent() const = 0;
    // Why secrets are session-only (a sentence for the UI), empty when persistent.
    virtual QString sessionOnlyReason() const { return {}; }

Q_SIGNALS:
    // Emitted once, when the store finds out that no keychain is available and falls back to
    // keeping secrets in memory for this session.
    void sessionOnlyActivated(const QString &reason);
};

} // namespace cw::secrets

Q_DECLARE_METATYPE(cw::secrets::SecretResult)
