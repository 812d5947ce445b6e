#include "ops/Journal.h"
#include "common/JsonNesting.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QObject>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>
#include <array>
#include <string_view>

#include "common/PrivateFile.h"
#include "ops/JournalWriter.h"

namespace cw::ops {
namespace {

// Field names whose values are key material or credentials wherever they appear.
constexpr std::array<std::string_view, 13> kSecretFields{
    "key", "cert", "password", "clientSecret", "client_secret", "access_token",
    "refresh_token", "userKubeConfig", "adminKubeConfig", "kubeconfig",
    // The Azure ML extension's protected settings (a move to v2 never journals them either).
    "configurationProtectedSettings", "sslCertPemFile", "sslKeyPemFile"};

bool isSecretField(const std::string &name)
{
    return std::any_of(kSecretFields.begin(), kSecretFields.end(),
                       [&](std::string_view f) { return f == name; });
}

bool isValidId(const QString &id)
{
    // UUIDs only: an id never becomes a path outside the journal folder.
    static const QString allowed = QStringLiteral("0123456789abcdefABCDEF-");
    return !id.isEmpty() && id.size() <= 64
           && std::all_of(id.begin(), id.end(), [](QChar c) { return allowed.contains(c); });
}

} // namespace

Journal::Journal(QString directory)
    : m_directory(std::move(directory))
    , m_writer(std::make_unique<JournalWriter>())
    , m_receiver(std::make_unique<QObject>())
{
}

Journal::~Journal()
{
    // Drain and stop the writer first: its last completions are posted to m_receiver, which
    // then goes away with them unrun (nobody waits for them any more).
    m_writer.reset();
}

QString Journal::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
           + QStringLiteral("/journal");
}

QString Journal::pathFor(const QString &id) const
{
    return m_directory + QLatin1Char('/') + id + QStringLiteral(".json");
}

void Journal::scrubSecrets(nlohmann::json &body)
{
    if (body.is_object()) {
        for (auto it = body.begin(); it != body.end();) {
            if (isSecretField(it.key())) {
                it = body.erase(it);
            } else {
                scrubSecrets(it.value());
                ++it;
            }
        }
    } else if (body.is_array()) {
        for (auto &item : body)
            scrubSecrets(item);
    }
}

bool Journal::stamp(OperationRecord &record, QString *error) const
{
    if (!isValidId(record.id)) {
        if (error)
            *error = QCoreApplication::translate("cw::ops::Journal", "Invalid operation id.");
        return false;
    }
    record.updatedAt = QDateTime::currentDateTimeUtc();
    // In the caller's record too: what the driver keeps and shows never carries key material.
    scrubSecrets(record.requestBody);
    scrubSecrets(record.migration);
    return true;
}

bool Journal::prepare(OperationRecord &record, QByteArray *bytes, QString *error) const
{
    if (!stamp(record, error))
        return false;
    *bytes = QByteArray::fromStdString(toJson(record).dump(2));
    return true;
}

bool Journal::save(OperationRecord &record, QString *error) const
{
    QByteArray bytes;
    if (!prepare(record, &bytes, error))
        return false;
    // Through the writer, so it cannot be overtaken by an older queued write of the record.
    auto result = std::make_shared<std::pair<bool, QString>>(false, QString());
    m_pending.remove(record.id);
    m_writer->enqueue(pathFor(record.id), bytes, [result](bool ok, const QString &why) { *result = {ok, why}; });
    m_writer->flush();
    if (!result->first && error)
        *error = result->second;
    return result->first;
}

void Journal::saveInBackground(OperationRecord &record, Written written) const
{
    QString error;
    if (!stamp(record, &error)) {
        if (written)
            QMetaObject::invokeMethod(m_receiver.get(), [written, error] { written(false, error); }, Qt::QueuedConnection);
        return;
    }
    const quint64 ticket = ++m_tickets;
    m_pending.insert(record.id, {ticket, record});
    QObject *receiver = m_receiver.get();
    // Serialised on the writer thread from a copy (measured: a fifth of the GUI thread's work with
    // 200 operations in flight was this record's JSON); a newer save of it replaces it unwritten.
    JournalWriter::Contents contents = [copy = record] { return QByteArray::fromStdString(toJson(copy).dump(2)); };
    m_writer->enqueue(pathFor(record.id), std::move(contents), [this, receiver, id = record.id, ticket, written](bool ok, const QString &why) {
        // On the writer thread: hand over to the journal's thread.
        QMetaObject::invokeMethod(receiver, [this, id, ticket, written, ok, why] {
            if (auto it = m_pending.find(id); it != m_pending.end() && it->first == ticket)
                m_pending.erase(it);
            if (written)
                written(ok, why);
        }, Qt::QueuedConnection);
    });
}

void Journal::flush() const
{
    m_writer->flush();
}

std::optional<OperationRecord> Journal::load(const QString &id, QString *error) const
{
    if (!isValidId(id)) {
        if (error)
            *error = QCoreApplication::translate("cw::ops::Journal", "Invalid operation id.");
        return std::nullopt;
    }
    if (auto queued = m_pending.constFind(id); queued != m_pending.cend())
        return queued->second; // newer than the file until the writer gets to it
    QFile file(pathFor(id));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    const nlohmann::json json = parseBoundedJson(file.readAll(), kMaxStoredJsonDepth);
    if (json.is_discarded()) {
        if (error)
            *error = QCoreApplication::translate("cw::ops::Journal", "%1 is not valid JSON.").arg(file.fileName());
        return std::nullopt;
    }
    return recordFromJson(json, error);
}

bool Journal::remove(const QString &id) const
{
    if (!isValidId(id))
        return false;
    const bool queued = m_pending.remove(id) > 0;
    return m_writer->removeFile(pathFor(id)) || queued;
}

Journal::Contents Journal::readAll() const
{
    Contents contents;
    const QDir dir(m_directory);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    QSet<QString> seen;
    for (const QString &name : files) {
        QString why;
        const QString id = name.chopped(5);
        seen.insert(id);
        if (auto record = load(id, &why))
            contents.records.append(std::move(*record));
        else
            contents.unreadable.append(name + QStringLiteral(": ") + why);
    }
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) // queued, not on disk yet
        if (!seen.contains(it.key()))
            contents.records.append(it->second);
    std::sort(contents.records.begin(), contents.records.end(),
              [](const OperationRecord &a, const OperationRecord &b) { return a.createdAt > b.createdAt; });
    return contents;
}

QList<OperationRecord> Journal::unfinished() const
{
    QList<OperationRecord> result;
    const Contents contents = readAll();
    for (const OperationRecord &record : contents.records)
        if (!record.isFinished())
            result.append(record);
    return result;
}

} // namespace cw::ops
