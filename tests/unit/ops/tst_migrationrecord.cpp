// A move to v2's record (kind migrate): its plan (eleven steps, the new name and namespace), its
// migration member read back from the journal as written, and no key material in the journal
// file even when the extension's protected settings or a PEM pair land in the record by mistake.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "ops/Journal.h"
#include "ops/OperationPlan.h"

using namespace cw;

class TestMigrationRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void planned()
    {
        const WorkspaceRef ws{QStringLiteral("Sandbox"), QStringLiteral("sub"), QStringLiteral("rg"), QStringLiteral("ws")};
        const ops::OperationRecord r = ops::planMigrate(ws, QStringLiteral("tls-prod"), {});
        QCOMPARE(r.kind, ops::OperationKind::Migrate);
        QCOMPARE(ops::nameOf(r.kind), QStringLiteral("migrate"));
        QStringList ids;
        for (const ops::OperationStep &st : r.steps)
            ids << st.id;
        QCOMPARE(ids, QStringLiteral("preflight-v2 recover-tls detach wait-detach verify-detached delete-legacy "
                                     "install-extension wait-extension attach-kubernetes wait-attach verify-v2")
                          .split(QLatin1Char(' ')));
        QCOMPARE(r.migration.value("newName", std::string()), std::string("tls-prod"));
        QCOMPARE(r.migration.value("namespace", std::string()), std::string("default"));
        QCOMPARE(r.migration.value("extensionPut", std::string()), std::string("not-sent"));
        const ops::OperationRecord renamed = ops::planMigrate(ws, QStringLiteral("tls-prod"),
                                                              {.newName = QStringLiteral("k8s"), .kubernetesNamespace = QStringLiteral("ml")});
        QCOMPARE(renamed.migration.value("newName", std::string()), std::string("k8s"));
        QCOMPARE(renamed.migration.value("namespace", std::string()), std::string("ml"));
    }

    void journaledWithoutKeyMaterial()
    {
        QTemporaryDir dir;
        ops::Journal journal(dir.path());
        ops::OperationRecord r = ops::planMigrate({QStringLiteral("Sandbox"), QStringLiteral("sub"), QStringLiteral("rg"),
                                                   QStringLiteral("ws")}, QStringLiteral("tls-prod"), {});
        r.migration["extensionPut"] = "intent-recorded";
        r.migration["extensionSettings"] = {{"sslCname", "www.contoso.com"}};
        // Never put there by the driver; the journal removes them wherever they appear.
        r.migration["configurationProtectedSettings"] = {{"sslKeyPemFile", "-----BEGIN PRIVATE KEY-----x"}};
        r.migration["sslCertPemFile"] = "-----BEGIN CERTIFICATE-----y";
        r.requestBody = {{"properties", {{"properties", {{"sslConfiguration", {{"status", "Enabled"}, {"cname", "www.contoso.com"},
                                                                                {"cert", "C"}, {"key", "-----BEGIN PRIVATE KEY-----z"}}}}}}}};
        QString error;
        QVERIFY2(journal.save(r, &error), qPrintable(error));
        QByteArray bytes;
        for (const QString &name : QDir(dir.path()).entryList(QDir::Files)) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            bytes += f.readAll();
        }
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains("PRIVATE KEY"));
        QVERIFY(!bytes.contains("BEGIN CERTIFICATE"));
        const std::optional<ops::OperationRecord> back = journal.load(r.id);
        QVERIFY(back);
        QCOMPARE(back->kind, ops::OperationKind::Migrate);
        QCOMPARE(back->migration.value("extensionPut", std::string()), std::string("intent-recorded"));
        QCOMPARE(back->migration["extensionSettings"].value("sslCname", std::string()), std::string("www.contoso.com"));
        QVERIFY(!back->migration.contains("configurationProtectedSettings"));
        QCOMPARE(back->steps.size(), 11);
    }
};

QTEST_GUILESS_MAIN(TestMigrationRecord)
#include "tst_migrationrecord.moc"
