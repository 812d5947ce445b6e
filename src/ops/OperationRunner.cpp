#include "ops/OperationRunner.h"
#include "common/JsonNesting.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QLoggingCategory>

#include "arm/ArmConnection.h"
#include "azure/KubernetesComputeSpec.h"
#include "export/ArmBody.h"
#include "ops/Journal.h"
#include "ops/OperationDriver.h"
#include "ops/OperationPlan.h"
#include "ops/TlsBackupFile.h"
#include "ops/TlsRecovery.h"
#include "ops/V2RecordFacts.h"
#include "rules/ComputeSpec.h"
#include "secrets/SecretStore.h"

Q_LOGGING_CATEGORY(lcRunner, "cw.ops.runner", QtInfoMsg)

namespace cw::ops {
namespace {

using nlohmann::json;

secrets::SecretKey keyMaterialKey(const OperationRecord &record)
{
    return operationSecretKey(record);
}

} // namespace

OperationRunner::OperationRunner(arm::ArmConnection *connection, Journal *journal,
                                 secrets::SecretStore *secretStore, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_journal(journal)
    , m_secrets(secretStore)
{
}

OperationRunner::~OperationRunner()
{
    stopAll();
}

QString OperationRunner::cloudName() const
{
    return m_connection->environment().name;
}

bool OperationRunner::drivesCloudOf(const WorkspaceRef &workspace) const
{
    return workspace.cloud.compare(cloudName(), Qt::CaseInsensitive) == 0;
}

QString OperationRunner::startCreateOrAttach(const rules::ComputeSpec &spec)
{
    OperationRecord record = planCreateOrAttach(spec, cloudName());
    return launch(std::move(record), exporting::computeResourceBody(spec));
}

QString OperationRunner::startAttachKubernetes(const WorkspaceRef &workspace, const azure::KubernetesComputeSpec &spec,
                                               const std::optional<ExtensionInstall> &install)
{
    OperationRecord record = planAttachKubernetes(workspace, spec.name, spec.clusterId, cloudName(), install ? &*install : nullptr);
    const QMap<QString, QString> secrets = install && !install->reuse ? install->configuration.protectedSettings
                                                                      : QMap<QString, QString>();
    return launch(std::move(record), azure::kubernetesAttachBody(spec), secrets);
}

QString OperationRunner::startDetach(const WorkspaceRef &workspace, const QString &computeName, bool deleteCluster)
{
    OperationRecord record = planDetach(workspace, computeName, deleteCluster);
    return launch(std::move(record), json());
}

QString OperationRunner::startUpdate(const WorkspaceRef &workspace, const QString &computeName,
                                     const json &mergePatch, const QString &summary)
{
    OperationRecord record = planUpdate(workspace, computeName, mergePatch, summary);
    // As the full body of a create: a new certificate's key is kept out of the journal (in the
    // keychain and in memory), not scrubbed away before it is sent.
    return launch(std::move(record), mergePatch);
}

QString OperationRunner::startReattach(const WorkspaceRef &workspace, const QString &computeName,
                                       std::optional<tls::TlsMaterial> userProvided, const QString &tlsBackupFile)
{
    OperationRecord record = planReattach(workspace, computeName);
    // Named in the journal before the file is written: a run killed between the write and the
    // step's end leaves a file that the resumed run (or the end) must find and remove.
    record.tlsBackupFile = tlsBackupFile;
    const QString id = record.id;
    m_journal->saveInBackground(record); // on the journal's thread; the driver's PUT waits for its intent
    Q_EMIT operationStarted(record);
    drive(std::move(record), std::nullopt, std::move(userProvided), tlsBackupFile);
    return id;
}

QString OperationRunner::migrationBackupPath(const QString &computeName, const QString &operationId)
{
    QString safe = computeName;
    for (QChar &c : safe)
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/tls-backups");
    return dir + QStringLiteral("/%1-%2.json").arg(safe, operationId.left(8));
}

QString OperationRunner::startMigrate(const WorkspaceRef &workspace, const QString &computeName, MigrationOptions options)
{
    OperationRecord record = planMigrate(workspace, computeName, options);
    record.workspace.cloud = cloudName();
    const QString backup = options.tlsBackupFile.isEmpty() ? migrationBackupPath(computeName, record.id) : options.tlsBackupFile;
    if (options.tlsBackupFile.isEmpty()) {
        QDir().mkpath(QFileInfo(backup).absolutePath());
        QFile::setPermissions(QFileInfo(backup).absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    // Named in the journal before the file is written (as a re-attach's backup file).
    record.tlsBackupFile = backup;
    const QString id = record.id;
    m_journal->saveInBackground(record);
    Q_EMIT operationStarted(record);
    drive(std::move(record), std::nullopt, std::nullopt, backup);
    return id;
}

QString OperationRunner::startAttachBack(const QString &migrationId, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QString();
    };
    const std::optional<OperationRecord> migration = record(migrationId);
    if (!migration || migration->kind != OperationKind::Migrate)
        return fail(tr("There is no move to v2 with the id %1.").arg(migrationId));
    if (isActive(migrationId))
        return fail(tr("The move %1 is still running.").arg(migrationId));
    if (!migration->requestBody.is_object() || migration->requestBody.empty())
        return fail(tr("The move %1 stopped before it read the v1 compute; nothing was detached.").arg(migrationId));
    json full = migration->requestBody;
    if (bodyLacksKeyMaterial(full)) {
        QString why;
        const std::optional<QByteArray> data = readTlsBackupFile(migration->tlsBackupFile, &why);
        if (!data)
            return fail(why);
        restoreKeyMaterial(full, parseBoundedJson(*data));
        if (bodyLacksKeyMaterial(full))
            return fail(tr("The backup file %1 does not hold the certificate and key.").arg(migration->tlsBackupFile));
    }
    return launch(planAttachBack(*migration), std::move(full));
}

QString OperationRunner::launch(OperationRecord record, json fullBody, const QMap<QString, QString> &extensionProtected)
{
    std::optional<json> body;
    QByteArray keyMaterial; // what the keychain keeps while the operation may still send it
    if (!fullBody.is_null()) {
        record.requestBody = fullBody; // scrubbed by the journal when saved
        if (bodyCarriesKeyMaterial(fullBody)) {
            body = fullBody;
            keyMaterial = QByteArray::fromStdString(extractKeyMaterial(fullBody).dump());
        }
    }
    if (!extensionProtected.isEmpty()) {
        json kept = json::object();
        for (auto it = extensionProtected.cbegin(); it != extensionProtected.cend(); ++it)
            kept[it.key().toStdString()] = it.value().toStdString();
        keyMaterial = QByteArray::fromStdString(json{{"protectedSettings", kept}}.dump());
    }
    secrets::SecretJob *keeping = nullptr;
    if (!keyMaterial.isEmpty() && m_secrets) {
        // Kept in the keychain (never the journal) so a restarted app can still send it.
        record.secretRef = keyMaterialKey(record).toString();
        keeping = m_secrets->write(keyMaterialKey(record), keyMaterial);
    }
    const QString id = record.id;
    m_journal->saveInBackground(record); // on the journal's thread; the driver's PUT waits for its intent
    Q_EMIT operationStarted(record);
    drive(std::move(record), std::move(body), std::nullopt, QString(), extensionProtected, keeping);
    return id;
}

void OperationRunner::drive(OperationRecord record, std::optional<json> fullBody,
                            std::optional<tls::TlsMaterial> providedTls, const QString &tlsBackupFile,
                            const QMap<QString, QString> &extensionProtected, secrets::SecretJob *keyMaterialKept)
{
    const QString id = record.id;
    if (auto existing = m_drivers.value(id))
        existing->deleteLater();
    auto *driver = new OperationDriver(m_connection, m_journal, std::move(record), std::move(fullBody),
                                       m_pollIntervalMs, this);
    driver->setTlsSources(m_secrets, std::move(providedTls));
    driver->setTlsBackupFile(tlsBackupFile);
    driver->setExtensionProtectedSettings(extensionProtected);
    m_drivers.insert(id, driver);
    connect(driver, &OperationDriver::changed, this, &OperationRunner::onDriverChanged);
    connect(driver, &OperationDriver::progress, this, &OperationRunner::operationProgress);
    connect(driver, &OperationDriver::finished, this, &OperationRunner::onDriverFinished);
    if (!keyMaterialKept)
        return driver->start();
    // The first request waits until the keychain holds the key material: a process killed after
    // a PUT left must find it there on restart (a failed write leaves it in memory only, and a
    // resume then says it is gone).
    connect(keyMaterialKept, &secrets::SecretJob::finished, driver, [driver, id](const secrets::SecretResult &result) {
        if (!result.ok())
            qCWarning(lcRunner) << "cannot keep the key material of operation" << id << "in the keychain:" << result.error;
        driver->start();
    });
}

int OperationRunner::resumeUnfinished()
{
    int resumed = 0;
    for (OperationRecord record : m_journal->unfinished()) {
        if (isActive(record.id) || !drivesCloudOf(record.workspace))
            continue;
        // The journal's last write is the last moment anything drove it.
        record.interruptedAt = record.updatedAt;
        m_journal->save(record);
        if (!resume(record.id))
            continue;
        ++resumed;
        if (const std::optional<OperationRecord> current = this->record(record.id))
            Q_EMIT resumedAfterInterruption(*current);
    }
    return resumed;
}

bool OperationRunner::resume(const QString &id)
{
    if (isActive(id))
        return true;
    std::optional<OperationRecord> record = m_journal->load(id);
    if (!record || record->state == OperationState::Succeeded)
        return false;
    // The others wait in the journal until a session on their cloud resumes them.
    if (!drivesCloudOf(record->workspace))
        return false;
    if (record->currentStep < record->steps.size())
        record->steps[record->currentStep].state = StepState::Pending;
    if (record->kind != OperationKind::Migrate && !v2record::protectedSettingNames(record->migration).isEmpty()
        && v2record::putPhase(record->migration, "extensionPut") != PutPhase::Acknowledged
        && !record->migration.value("reuseExtension", false)) {
        driveWithExtensionSecrets(std::move(*record));
        return true;
    }
    const bool needsKeyMaterial = bodyLacksKeyMaterial(record->requestBody) && record->putPhase != PutPhase::Acknowledged;
    if (needsKeyMaterial && record->tlsKept == QLatin1String("backup-file")) {
        // The user's backup file (a re-attach without a keychain); unreadable, the driver falls
        // back to the cluster's azuremlfessl secret.
        QString error;
        std::optional<json> body;
        if (const std::optional<QByteArray> data = readTlsBackupFile(record->tlsBackupFile, &error)) {
            json full = record->requestBody;
            restoreKeyMaterial(full, parseBoundedJson(*data));
            body = std::move(full);
        } else {
            qCWarning(lcRunner).noquote() << error;
        }
        drive(std::move(*record), std::move(body));
        return true;
    }
    // The user chose a backup file but the journal never confirmed it was written (killed
    // during recover-tls, before anything was detached): what the killed run may have written
    // is removed, and the resumed run keeps the material in that file again.
    QString backupFile;
    if (record->tlsKept.isEmpty() && !record->tlsBackupFile.isEmpty()) {
        QFile::remove(record->tlsBackupFile);
        backupFile = record->tlsBackupFile;
    }
    if (!needsKeyMaterial || !m_secrets || record->secretRef.isEmpty()) {
        drive(std::move(*record), std::nullopt, std::nullopt, backupFile);
        return true;
    }
    // The PUT may still have to be sent: fetch the certificate and key back from the keychain.
    secrets::SecretJob *job = m_secrets->read(keyMaterialKey(*record));
    connect(job, &secrets::SecretJob::finished, this, [this, r = *record, backupFile](const secrets::SecretResult &result) {
        std::optional<json> body;
        if (result.ok()) {
            json full = r.requestBody;
            restoreKeyMaterial(full, parseBoundedJson(result.data));
            body = std::move(full);
        }
        drive(r, std::move(body), std::nullopt, backupFile);
    });
    return true;
}

void OperationRunner::driveWithExtensionSecrets(OperationRecord record)
{
    if (!m_secrets || record.secretRef.isEmpty())
        return drive(std::move(record), std::nullopt);
    secrets::SecretJob *job = m_secrets->read(keyMaterialKey(record));
    connect(job, &secrets::SecretJob::finished, this, [this, r = std::move(record)](const secrets::SecretResult &result) {
        QMap<QString, QString> settings;
        if (result.ok()) {
            const json parsed = parseBoundedJson(result.data);
            const json kept = parsed.is_object() ? parsed.value("protectedSettings", json::object()) : json::object();
            if (kept.is_object())
                for (auto it = kept.begin(); it != kept.end(); ++it)
                    if (it->is_string())
                        settings.insert(QString::fromStdString(it.key()), QString::fromStdString(it->get<std::string>()));
        }
        drive(r, std::nullopt, std::nullopt, QString(), settings);
    });
}

void OperationRunner::stopWaiting(const QString &id)
{
    if (auto driver = m_drivers.value(id))
        driver->cancel(); // stops waiting: the operation goes on, the record stays resumable
}

void OperationRunner::stopAll()
{
    const auto drivers = m_drivers;
    m_drivers.clear();
    for (const auto &driver : drivers)
        if (driver) {
            driver->disconnect(this);
            delete driver.data(); // aborts its request or poller; the journal keeps the record resumable
        }
}

bool OperationRunner::isActive(const QString &id) const
{
    return !m_drivers.value(id).isNull();
}

std::optional<OperationRecord> OperationRunner::record(const QString &id) const
{
    if (auto driver = m_drivers.value(id))
        return driver->record();
    return m_journal->load(id);
}

QList<OperationRecord> OperationRunner::activeRecords() const
{
    QList<OperationRecord> records;
    for (const auto &driver : m_drivers)
        if (driver)
            records.append(driver->record());
    return records;
}

void OperationRunner::onDriverChanged(const OperationRecord &record)
{
    Q_EMIT operationChanged(record);
}

void OperationRunner::onDriverFinished(const OperationRecord &record)
{
    if (auto driver = m_drivers.take(record.id))
        driver->deleteLater();
    // The key material is needed only while the operation may go on: kept while it is resumable
    // (a re-attach that detached already, a PUT that may have reached Azure), removed once it
    // succeeded or failed for good. operationFinished() waits for the removal, so a caller that
    // exits on it (the CLI) does not leave the key behind.
    if (!record.isFinished() || record.canResume())
        return Q_EMIT operationFinished(record);
    // A move to v2 keeps its backup: after it the certificate is nowhere else the user can read it
    // (the azuremlfessl secret is deleted, the extension never returns its protected settings).
    if ((record.tlsKept == QLatin1String("backup-file") || record.tlsKept.isEmpty()) && !record.tlsBackupFile.isEmpty()
        && record.kind != OperationKind::Migrate)
        QFile::remove(record.tlsBackupFile);
    if (!m_secrets || record.secretRef.isEmpty())
        return Q_EMIT operationFinished(record);
    secrets::SecretJob *job = m_secrets->remove(keyMaterialKey(record));
    connect(job, &secrets::SecretJob::finished, this, [this, record](const secrets::SecretResult &result) {
        if (!result.ok() && result.status != secrets::SecretStatus::NotFound)
            qCWarning(lcRunner) << "cannot remove the key material of operation" << record.id << ":" << result.error;
        Q_EMIT operationFinished(record);
    });
}

} // namespace cw::ops
