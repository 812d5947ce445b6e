#pragma once
// The regions' VM sizes for one connection: asked of ARM once per subscription and region and
// shared by everything that needs them (the wizard, the clusters table, the CLI's preflight and
// update checks). Concurrent askers of one subscription+region wait for the one request in
// flight; a failure is not kept as an answer: the next asker sends the request again.
#include "rules/VmSizeCatalogue.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace cw::arm {
class ArmConnection;
}

namespace cw::azure {

class VmSizeCache : public QObject
{
    Q_OBJECT
public:
    enum class State { NotAsked, Loading, Loaded, Failed };

    // The region's catalogue, or the service's message why it could not be read.
    struct Answer {
        std::optional<rules::VmSizeCatalogue> catalogue;
        QString error; // empty when catalogue is set
    };
    using Callback = std::function<void(const Answer &)>;

    explicit VmSizeCache(arm::ArmConnection *connection, QObject *parent = nullptr);

    // Answers exactly once, later (never inside this call), and only while `context` exists:
    // from the cache, from the request already in flight for this subscription+region, or from
    // a new one (also after an earlier failure).
    void sizes(const QString &subscription, const QString &region, QObject *context, Callback done);
    // Starts the request unless the sizes are loaded or loading (a failed one is sent again).
    void load(const QString &subscription, const QString &region);

    // What is known now, without asking.
    State state(const QString &subscription, const QString &region) const;
    const rules::VmSizeCatalogue *cached(const QString &subscription, const QString &region) const;
    QString lastError(const QString &subscription, const QString &region) const; // of a Failed

Q_SIGNALS:
    // A request for this subscription+region ended (state() is Loaded or Failed).
    void finished(const QString &subscription, const QString &region);

private:
    struct Waiter {
        QPointer<QObject> context;
        Callback done;
    };
    struct Entry {
        State state = State::NotAsked;
        rules::VmSizeCatalogue catalogue;
        QString error;
        QList<Waiter> waiting; // while Loading: who gets the answer of the request in flight
    };
    static QString keyOf(const QString &subscription, const QString &region);
    void send(const QString &subscription, const QString &region, Entry &entry);

    arm::ArmConnection *m_connection;
    QHash<QString, Entry> m_entries; // by keyOf()
};

} // namespace cw::azure
