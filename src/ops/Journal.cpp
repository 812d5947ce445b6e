#include "ops/Journal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <algorithm>
#include <array>
#include <string_view>

#include "common/PrivateFile.h"

namespace cw::ops {
namespace {

// Field names whose values are key material or credentials wherever they appear.
constexpr std::array<std::string_view, 10> kSecretFields{
    "key", "cert", "password", "clientSecret", "client_secret", "access_token",
    "refresh_token", "userKubeConfig", "adminKubeConfig", "kubeconfig"};

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
{
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

bool Journal::save(OperationRecord &record, QString *error) const
{
    if (!isValidId(record.id)) {
        if (error)
            *error = QCoreApplication::translate("cw::ops::Journal", "Invalid operation id.");
        return false;
    }
    record.updatedAt = QDateTime::currentDateTimeUtc();
    scrubSecrets(record.requestBody);
    const QByteArray bytes = QByteArray::fromStdString(toJson(record).dump(2));
    const FileWriteResult written = writePrivateFileAtomically(pathFor(record.id), bytes);
    if (!written.ok && error)
        *error = written.error;
    return written.ok;
}

std::optional<OperationRecord> Journal::load(const QString &id, QString *error) const
{
    if (!isValidId(id)) {
        if (error)
            *error = QCoreApplication::translate("cw::ops::Journal", "Invalid operation id.");
        return std::nullopt;
    }
    QFile file(pathFor(id));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    const nlohmann::json json = nlohmann::json::parse(file.readAll().toStdString(), nullptr, false);
    if (json.is_discarded()) {
        if (error)
            *error = QCoreApplication::translate("cw::ops::Journal", "%1 is not valid JSON.").arg(file.fileName());
        return std::nullopt;
    }
    return recordFromJson(json, error);
}

bool Journal::remove(const QString &id) const
{
    return isValidId(id) && QFile::remove(pathFor(id));
}

Journal::Contents Journal::readAll() const
{
    Contents contents;
    const QDir dir(m_directory);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &name : files) {
        QString why;
        const QString id = name.chopped(5);
        if (auto record = load(id, &why))
            contents.records.append(std::move(*record));
        else
            contents.unreadable.append(name + QStringLiteral(": ") + why);
    }
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
