#pragma once
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

#include "ops/OperationRecord.h"

class QObject;

namespace cw::ops {

class JournalWriter;

// The persisted record of every operation, one JSON file per operation (<dir>/<id>.json),
// written atomically with owner-only permissions. The runner saves before and after every
// request; on start the app asks for unfinished() and resumes them.
//
// Secrets never reach the disk: save() strips TLS keys and certificates, kubeconfigs, tokens
// and client secrets from the request body (the runner keeps TLS material in the keychain and
// refers to it through OperationRecord::secretRef).
//
// Writes happen on a writer thread (JournalWriter) so the GUI thread never waits on the disk.
// Use a journal from the thread that made it (it needs that thread's event loop for
// saveInBackground()'s callback). Readers never see a record older than the last one saved:
// load() and readAll() return the queued state of a record until it is on disk.
class Journal
{
public:
    explicit Journal(QString directory);
    ~Journal(); // writes whatever is still queued
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    // <AppLocalDataLocation>/journal (for example ~/.local/share/clusterwright/journal).
    static QString defaultDirectory();

    const QString &directory() const { return m_directory; }

    // Stamps updatedAt, scrubs secrets, writes and waits until the record is on disk. False with
    // `error` set when the disk refuses.
    bool save(OperationRecord &record, QString *error = nullptr) const;
    // The same without waiting: `written` (optional) runs on this thread's event loop once the
    // record is on disk, or the disk refused it. For checkpoints that must be durable before
    // the next step (the intent before a create PUT), continue in `written`.
    using Written = std::function<void(bool ok, const QString &error)>;
    void saveInBackground(OperationRecord &record, Written written = {}) const;
    // Blocks until every queued record is on disk.
    void flush() const;
    std::optional<OperationRecord> load(const QString &id, QString *error = nullptr) const;
    bool remove(const QString &id) const;

    struct Contents {
        QList<OperationRecord> records;   // newest first
        QStringList unreadable;           // files that could not be read, with the reason
    };
    Contents readAll() const;
    QList<OperationRecord> unfinished() const;

    // Removes the secret-bearing fields from a compute request body (recursively).
    static void scrubSecrets(nlohmann::json &body);

private:
    QString pathFor(const QString &id) const;
    // Stamps the record's time and scrubs its key material; false with `error` for an invalid id.
    bool stamp(OperationRecord &record, QString *error) const;
    // stamp(), then serializes.
    bool prepare(OperationRecord &record, QByteArray *bytes, QString *error) const;

    QString m_directory;
    std::unique_ptr<JournalWriter> m_writer;
    std::unique_ptr<QObject> m_receiver; // delivers the writer's completions on this thread
    mutable QHash<QString, std::pair<quint64, OperationRecord>> m_pending; // id → (ticket, queued state)
    mutable quint64 m_tickets = 0;
};

} // namespace cw::ops
