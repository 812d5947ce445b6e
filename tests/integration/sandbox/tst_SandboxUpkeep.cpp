// What keeps a busy sandbox cheap (it shares the user's CPU with the app): its state file written
// at a pace set by the write's cost (SandboxState::savePauseMs), each call advancing only the
// operations in flight (OperationEngine's index of them, made again after a load), and the
// regional-core sum of a create's quota check read without a QString per cluster.
#include "sandbox/OperationEngine.h"
#include "sandbox/ResourceFactory.h"
#include "sandbox/SandboxState.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cw::sandbox;

class TestSandboxUpkeep : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writesArePacedByTheirCost();
    void onlyOperationsInFlightAreAdvanced();
    void operationsOfALoadedStateAreAdvanced();
    void regionalCoresCountTheRegionsClusters();
};

void TestSandboxUpkeep::writesArePacedByTheirCost()
{
    // A cheap write: the short coalescing pause.
    QCOMPARE(SandboxState::savePauseMs(0, 0), SandboxState::kMinSavePauseMs);
    QCOMPARE(SandboxState::savePauseMs(2, 0), SandboxState::kMinSavePauseMs);
    // A 40 ms write: the next one 20 × 40 ms after it ended, whenever the change came.
    QCOMPARE(SandboxState::savePauseMs(40, 0), 800);
    QCOMPARE(SandboxState::savePauseMs(40, 500), 300);
    QCOMPARE(SandboxState::savePauseMs(40, 790), SandboxState::kMinSavePauseMs);
    QCOMPARE(SandboxState::savePauseMs(40, 60000), SandboxState::kMinSavePauseMs);
    // However slow the disk, a crash loses at most kMaxSavePauseMs of changes.
    QCOMPARE(SandboxState::savePauseMs(500, 0), SandboxState::kMaxSavePauseMs);
}

void TestSandboxUpkeep::onlyOperationsInFlightAreAdvanced()
{
    SandboxState state; // no path: nothing is written
    state.root["operations"] = Json::object();
    OperationEngine engine(state);
    QStringList completed;
    engine.setCompletion([&](Json &op) {
        completed.append(QString::fromStdString(op["id"].get<std::string>()));
        // A completion may start another operation (a far one here).
        if (op["_"].value("chain", false)) {
            state.settings.speed = 1000;
            engine.start(OperationEngine::Kind::Create, {{"computeKey", "chained"}});
        }
    });
    state.settings.speed = 0; // due at once
    const QString a = engine.start(OperationEngine::Kind::Create, {{"computeKey", "a"}});
    const QString b = engine.start(OperationEngine::Kind::Delete, {{"computeKey", "b"}, {"chain", true}});
    QVERIFY(engine.hasPendingFor("a"));
    QVERIFY(engine.hasPendingFor("b"));
    QCOMPARE(engine.msUntilNextDue(), 0);

    engine.advance();
    QCOMPARE(completed.size(), 2);
    QVERIFY(completed.contains(a) && completed.contains(b));
    for (const QString &id : {a, b})
        QVERIFY(state.root["operations"][id.toStdString()]["status"] == "Succeeded");
    QVERIFY(!engine.hasPendingFor("a"));
    // The chained one is in flight, due in 8,000 s.
    QVERIFY(engine.hasPendingFor("chained"));
    QVERIFY(engine.msUntilNextDue() > 7'000'000);

    engine.advance(); // nothing due: nothing completes twice
    QCOMPARE(completed.size(), 2);
    QCOMPARE(state.root["operations"].size(), size_t(3));
}

void TestSandboxUpkeep::operationsOfALoadedStateAreAdvanced()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.json"));
    // A state written by an earlier run: one operation done, one in flight and overdue.
    const Json saved = {{"schema", 1},
                        {"operations",
                         {{"done", {{"id", "done"}, {"status", "Succeeded"}, {"_", {{"dueMs", 1}}}}},
                          {"late", {{"id", "late"}, {"status", "InProgress"}, {"_", {{"dueMs", 1}, {"computeKey", "k"}}}}}}}};
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(saved.dump()));
    file.close();

    SandboxState state;
    state.root["operations"] = Json::object();
    OperationEngine engine(state);
    QStringList completed;
    engine.setCompletion([&](Json &op) { completed.append(QString::fromStdString(op["id"].get<std::string>())); });
    QVERIFY(!engine.hasPendingFor("k")); // indexed before the load: none
    QString error;
    QVERIFY2(state.load(path, false, [] { return Json::object(); }, &error), qPrintable(error));
    QVERIFY(engine.hasPendingFor("k")); // the index was made again from the loaded world
    engine.advance();
    QCOMPARE(completed, QStringList{QStringLiteral("late")});
    QVERIFY(state.root["operations"]["late"]["status"] == "Succeeded");
    QVERIFY(!engine.hasPendingFor("k"));
}

void TestSandboxUpkeep::regionalCoresCountTheRegionsClusters()
{
    Json clusters = Json::object();
    const auto add = [&](const QString &sub, const QString &name, const QString &location, const char *vmSize, int count) {
        const QString id = clusterId(sub, QStringLiteral("rg"), name);
        Json cluster = {{"id", id.toStdString()}, {"location", location.toStdString()},
                        {"properties", {{"agentPoolProfiles", Json::array({{{"vmSize", vmSize}, {"count", count}}})}}}};
        clusters[SandboxState::key(id)] = cluster;
    };
    add(QStringLiteral("SUB-1"), QStringLiteral("a"), QStringLiteral("westeurope"), "Standard_D3_v2", 3); // 4 vCPUs each
    add(QStringLiteral("sub-1"), QStringLiteral("b"), QStringLiteral("WestEurope"), "standard_d2_V2", 2); // 2 each
    add(QStringLiteral("sub-1"), QStringLiteral("c"), QStringLiteral("eastus"), "Standard_D3_v2", 5);     // another region
    add(QStringLiteral("sub-2"), QStringLiteral("d"), QStringLiteral("westeurope"), "Standard_D3_v2", 5); // another subscription
    add(QStringLiteral("sub-1"), QStringLiteral("e"), QStringLiteral("westeurope"), "Standard_Unknown", 9); // no cores known
    QCOMPARE(regionalCoresInUse(clusters, QStringLiteral("Sub-1"), QStringLiteral("WESTEUROPE")), 3 * 4 + 2 * 2);
    QCOMPARE(regionalCoresInUse(clusters, QStringLiteral("sub-1"), QStringLiteral("eastus")), 5 * 4);
    QCOMPARE(regionalCoresInUse(clusters, QStringLiteral("sub-3"), QStringLiteral("westeurope")), 0);
    QCOMPARE(clustersInRegion(clusters, QStringLiteral("sub-1"), QStringLiteral("westeurope")).size(), 3);
}

QTEST_GUILESS_MAIN(TestSandboxUpkeep)
#include "tst_SandboxUpkeep.moc"
