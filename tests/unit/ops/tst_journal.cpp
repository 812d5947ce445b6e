#include <QTest>

#include <sys/stat.h>

#include <optional>

#include "arm/LroDocuments.h"
#include "ops/Journal.h"
#include "ops/OperationHistory.h"
#include "ops/OperationPlan.h"

using namespace cw::ops;
using cw::WorkspaceRef;

namespace {

WorkspaceRef demoWorkspace()
{
    return {.cloud = QStringLiteral("Sandbox"), .subscriptionId = QStringLiteral("00000000-0000-4000-8000-000000000001"),
            .resourceGroup = QStringLiteral("rg-ml"), .workspace = QStringLiteral("ws-demo")};
}

OperationRecord sampleRecord()
{
    OperationRecord r = OperationRecord::create(OperationKind::Reattach, demoWorkspace(), QStringLiteral("aks-tls"));
    r.summary = QStringLiteral("Re-attach 'aks-tls' to update");
    r.requestBody = nlohmann::json::parse(R"({"location":"westeurope","properties":{"computeType":"AKS",
        "properties":{"sslConfiguration":{"status":"Enabled","cert":"-----BEGIN CERTIFICATE-----x",
        "key":"-----BEGIN PRIVATE KEY-----y","cname":"www.contoso.com"}}}})");
    r.secretRef = QStringLiteral("tls/aks-tls");
    r.putPhase = PutPhase::IntentRecorded;
    r.lro.operationUrl = QStringLiteral("https://127.0.0.1:1/op/1");
    r.lro.resourceUrl = QStringLiteral("https://127.0.0.1:1/c?api-version=2022-10-01");
    r.lro.method = "PUT";
    r.lro.clientRequestId = QStringLiteral("req-1");
    r.lro.startedAt = QDateTime::currentDateTimeUtc();
    r.steps = {{QStringLiteral("read-config"), QStringLiteral("Read the configuration"), StepState::Done,
                QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc(), QString()},
               {QStringLiteral("detach"), QStringLiteral("Detach"), StepState::Running, {}, {}, QString()}};
    r.currentStep = 1;
    return r;
}

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripsEveryField()
    {
        QTemporaryDir dir;
        Journal journal(dir.path());
        OperationRecord r = sampleRecord();
        QString error;
        QVERIFY2(journal.save(r, &error), qPrintable(error));
        const auto loaded = journal.load(r.id, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->kind, OperationKind::Reattach);
        QCOMPARE(loaded->state, OperationState::Running);
        QCOMPARE(loaded->workspace, demoWorkspace());
        QCOMPARE(loaded->computeName, QStringLiteral("aks-tls"));
        QCOMPARE(loaded->putPhase, PutPhase::IntentRecorded);
        QCOMPARE(loaded->lro.operationUrl, r.lro.operationUrl);
        QCOMPARE(loaded->lro.clientRequestId, QStringLiteral("req-1"));
        QCOMPARE(loaded->lro.method, QByteArray("PUT"));
        QCOMPARE(loaded->lro.resourceUrl, r.lro.resourceUrl);
        QCOMPARE(loaded->steps.size(), 2);
        QCOMPARE(loaded->steps.at(1).state, StepState::Running);
        QCOMPARE(loaded->currentStep, 1);
        QCOMPARE(loaded->secretRef, QStringLiteral("tls/aks-tls"));
        QCOMPARE(loaded->createdAt, r.createdAt);
    }

    void roundTripsTheServicesErrorsOneByOne()
    {
        QTemporaryDir dir;
        Journal journal(dir.path());
        OperationRecord r = sampleRecord();
        r.serviceErrors = {{QStringLiteral("QuotaExceeded"), QStringLiteral("Not enough cores (12 needed).")},
                           {QString(), QStringLiteral("A message without a code")}};
        QString error;
        QVERIFY2(journal.save(r, &error), qPrintable(error));
        const auto loaded = journal.load(r.id, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->serviceErrors.size(), 2);
        QCOMPARE(loaded->serviceErrors.at(0).code, QStringLiteral("QuotaExceeded"));
        QCOMPARE(loaded->serviceErrors.at(0).message, QStringLiteral("Not enough cores (12 needed)."));
        QVERIFY(loaded->serviceErrors.at(1).code.isEmpty());
        QCOMPARE(loaded->serviceErrors.at(1).message, QStringLiteral("A message without a code"));
    }

    void backgroundSaveIsReadableAtOnceAndDurableWhenWrittenRuns()
    {
        QTemporaryDir dir;
        Journal journal(dir.path());
        OperationRecord r = sampleRecord();
        r.summary = QStringLiteral("queued state");
        const QString path = dir.filePath(r.id + QStringLiteral(".json"));
        std::optional<bool> written;
        QThread *calledOn = nullptr;
        bool onDiskWhenCalled = false;
        journal.saveInBackground(r, [&](bool ok, const QString &) {
            written = ok;
            calledOn = QThread::currentThread();
            QFile file(path);
            onDiskWhenCalled = file.open(QIODevice::ReadOnly) && file.readAll().contains("queued state");
        });
        // Readers see the newest state even before the writer got to it.
        QCOMPARE(journal.load(r.id)->summary, QStringLiteral("queued state"));
        QCOMPARE(journal.readAll().records.size(), 1);
        QTRY_VERIFY(written.has_value());
        QVERIFY(*written);
        QCOMPARE(calledOn, QThread::currentThread()); // delivered on the journal's thread
        QVERIFY(onDiskWhenCalled);
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    }

    void theNewestOfManyQueuedSavesWins()
    {
        QTemporaryDir dir;
        Journal journal(dir.path());
        OperationRecord r = sampleRecord();
        for (int i = 0; i < 200; ++i) {
            r.summary = QStringLiteral("state %1").arg(i);
            journal.saveInBackground(r);
        }
        journal.flush();
        QFile file(dir.filePath(r.id + QStringLiteral(".json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("\"state 199\""));
        QCOMPARE(journal.load(r.id)->summary, QStringLiteral("state 199"));
    }

    void removeDropsQueuedWritesAndTellsTheirCallers()
    {
        QTemporaryDir dir;
        Journal journal(dir.path());
        OperationRecord first = sampleRecord();
        journal.save(first);
        OperationRecord r = sampleRecord();
        int calls = 0;
        for (int i = 0; i < 50; ++i) // enough queued that some are still waiting at remove()
            journal.saveInBackground(r, [&calls](bool, const QString &) { ++calls; });
        QVERIFY(journal.remove(r.id));
        journal.flush();
        QVERIFY(!QFile::exists(dir.filePath(r.id + QStringLiteral(".json"))));
        QVERIFY(!journal.load(r.id));
        QTRY_COMPARE(calls, 50); // every caller hears back, written or dropped
        QVERIFY(journal.load(first.id)); // other records untouched
    }

    void deeplyNestedFileIsRefusedNotFatal()
    {
        // A journal file whose request body nests 100,000 levels: copying it into the record
        // (nlohmann copies recursively) overflowed the stack; now the file is refused at parse.
        QTemporaryDir dir;
        Journal journal(dir.path());
        OperationRecord good = sampleRecord();
        journal.save(good);
        OperationRecord bad = sampleRecord();
        journal.save(bad);
        journal.flush();
        QFile file(dir.filePath(bad.id + QStringLiteral(".json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray text = file.readAll();
        file.close();
        const qsizetype at = text.indexOf("\"requestBody\"");
        QVERIFY(at > 0);
        text.replace(at, qsizetype(qstrlen("\"requestBody\"")),
                     QByteArray("\"requestBody\":" + QByteArray(100000, '[') + QByteArray(100000, ']') + ",\"originalBody\""));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(text), text.size());
        file.close();

        QString error;
        QVERIFY(!journal.load(bad.id, &error));
        QVERIFY2(error.contains(QLatin1String("not valid JSON")), qPrintable(error));
        const Journal::Contents all = journal.readAll();
        QCOMPARE(all.records.size(), 1);
        QCOMPARE(all.records.first().id, good.id);
    }

    void destroyingTheJournalWritesWhatIsQueued()
    {
        QTemporaryDir dir;
        OperationRecord r = sampleRecord();
        {
            Journal journal(dir.path());
            r.summary = QStringLiteral("last words");
            journal.saveInBackground(r);
        }
        QFile file(dir.filePath(r.id + QStringLiteral(".json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("last words"));
    }

    void neverWritesKeyMaterialAndWritesOwnerOnly()
    {
        QTemporaryDir dir;
        Journal journal(dir.path());
        OperationRecord r = sampleRecord();
        QVERIFY(journal.save(r));
        QFile file(dir.filePath(r.id + QStringLiteral(".json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("PRIVATE KEY"));
        QVERIFY(!bytes.contains("BEGIN CERTIFICATE"));
        QVERIFY(bytes.contains("www.contoso.com")); // what is not secret stays, to resume with
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(file.fileName()).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
    }

    void listsUnfinishedAndReportsUnreadableFiles()
    {
        QTemporaryDir dir;
        Journal journal(dir.path());
        OperationRecord running = sampleRecord();
        OperationRecord done = sampleRecord();
        done.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        done.state = OperationState::Succeeded;
        QVERIFY(journal.save(running));
        QVERIFY(journal.save(done));
        QFile junk(dir.filePath(QStringLiteral("0000-bad.json")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("{ not json");
        junk.close();

        const QList<OperationRecord> open = journal.unfinished();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().id, running.id);
        const Journal::Contents all = journal.readAll();
        QCOMPARE(all.records.size(), 2);
        QCOMPARE(all.unreadable.size(), 1);
        QVERIFY(all.unreadable.first().startsWith(QStringLiteral("0000-bad.json")));
    }

    void refusesIdsThatAreNotUuids()
    {
        QTemporaryDir dir;
        Journal journal(dir.path());
        OperationRecord r = sampleRecord();
        r.id = QStringLiteral("../escape");
        QString error;
        QVERIFY(!journal.save(r, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!journal.load(QStringLiteral("../../etc/passwd")));
    }

    void rejectsMalformedRecords_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no id") << QByteArray(R"({"kind":"create","state":"running","putPhase":"not-sent"})");
        QTest::newRow("bad kind") << QByteArray(R"({"id":"a","kind":"explode","state":"running","putPhase":"not-sent"})");
        QTest::newRow("bad step") << QByteArray(R"({"id":"a","kind":"create","state":"running","putPhase":"not-sent","steps":[{"state":"??"}]})");
        QTest::newRow("step out of range") << QByteArray(R"({"id":"a","kind":"create","state":"running","putPhase":"not-sent","currentStep":3})");
        // Issue 18: read as int, 4294967296 became 0 and was accepted.
        QTest::newRow("step wraps as int") << QByteArray(R"({"id":"a","kind":"create","state":"running","putPhase":"not-sent","currentStep":4294967296})");
        QTest::newRow("serviceErrors not an array") << QByteArray(R"({"id":"a","kind":"create","state":"running","putPhase":"not-sent","serviceErrors":{}})");
        QTest::newRow("service error not an object") << QByteArray(R"({"id":"a","kind":"create","state":"running","putPhase":"not-sent","serviceErrors":["x"]})");
        QTest::newRow("step beyond int64") << QByteArray(R"({"id":"a","kind":"create","state":"running","putPhase":"not-sent","currentStep":18446744073709551615})");
    }
    void rejectsMalformedRecords()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!recordFromJson(nlohmann::json::parse(json.toStdString()), &error));
        QVERIFY(!error.isEmpty());
    }

    void computeHelpersDoNotThrowOnWrongTypes()
    {
        // Issue 18: json::value() threw type_error for a non-string code or status.
        const auto doc = nlohmann::json::parse(
            R"({"properties":{"provisioningErrors":[{"error":{"code":5,"message":"m"}}],"properties":{"sslConfiguration":{"status":1}}}})");
        QCOMPARE(cw::arm::provisioningErrorsText(doc), QStringLiteral("m"));
        QVERIFY(!bodyLacksKeyMaterial(doc));
    }

    void historyFiltersByWorkspaceKindStateAndText()
    {
        OperationRecord a = sampleRecord();
        a.state = OperationState::Failed;
        a.error = QStringLiteral("Cluster should have at least 12 cores to operate.");
        OperationRecord b = OperationRecord::create(OperationKind::Create, demoWorkspace(), QStringLiteral("aks-dev"));
        b.state = OperationState::Succeeded;
        WorkspaceRef other = demoWorkspace();
        other.workspace = QStringLiteral("ws-other");
        OperationRecord c = OperationRecord::create(OperationKind::Create, other, QStringLiteral("aks-dev"));
        const QList<OperationRecord> all{a, b, c};

        QCOMPARE(historyFor(all, demoWorkspace()).size(), 2);
        WorkspaceRef upper = demoWorkspace();
        upper.workspace = QStringLiteral("WS-DEMO");
        QCOMPARE(historyFor(all, upper).size(), 2); // ARM names are case-insensitive
        QCOMPARE(historyFor(all, demoWorkspace(), {QString(), OperationKind::Create, std::nullopt}).size(), 1);
        QCOMPARE(historyFor(all, demoWorkspace(), {QString(), std::nullopt, OperationState::Failed}).first().id, a.id);
        QCOMPARE(historyFor(all, demoWorkspace(), {QStringLiteral("12 cores"), std::nullopt, std::nullopt}).size(), 1);

        const auto exported = nlohmann::json::parse(exportHistoryJson(historyFor(all, demoWorkspace())).toStdString());
        QVERIFY(exported.is_array());
        QCOMPARE(int(exported.size()), 2);
        QCOMPARE(QString::fromStdString(exported[0]["computeName"].get<std::string>()), QStringLiteral("aks-tls"));
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
