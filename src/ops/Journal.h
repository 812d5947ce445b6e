#pragma once
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

#include "ops/OperationRecord.h"

namespace cw::ops {

// The persisted record of every operation, one JSON file per operation (<dir>/<id>.json),
// written atomically with owner-only permissions. The runner saves before and after every
// request; on start the app asks for unfinished() and resumes them.
//
// Secrets never reach the disk: save() strips TLS keys and certificates, kubeconfigs, tokens
// and client secrets from the request body (the runner keeps TLS material in the keychain and
// refers to it through OperationRecord::secretRef).
class Journal
{
public:
    explicit Journal(QString directory);

    // <AppLocalDataLocation>/journal (for example ~/.local/share/clusterwright/journal).
    static QString defaultDirectory();

    const QString &directory() const { return m_directory; }

    // Stamps updatedAt, scrubs secrets, writes. False with `error` set when the disk refuses.
    bool save(OperationRecord &record, QString *error = nullptr) const;
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
    QString m_directory;
};

} // namespace cw::ops
