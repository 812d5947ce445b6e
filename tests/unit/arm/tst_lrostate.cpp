#include "arm/LroState.h"

#include <QTest>

using namespace cw::arm;

class TestLroState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void rejectsIncomplete_data();
    void rejectsIncomplete();
    void terminalStates_data();
    void terminalStates();
};

void TestLroState::roundTrip()
{
    LroState state;
    state.operationUrl = QStringLiteral("https://127.0.0.1:1/op/1?api-version=2022-10-01");
    state.locationUrl = QStringLiteral("https://127.0.0.1:1/loc/1");
    state.resourceUrl = QStringLiteral("https://127.0.0.1:1/subscriptions/s/x?api-version=2022-10-01");
    state.method = "PUT";
    state.clientRequestId = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
    state.startedAt = QDateTime(QDate(2026, 11, 27), QTime(5, 1, 2, 345), Qt::UTC);

    const std::string text = state.toJson().dump();
    const auto back = LroState::fromJson(nlohmann::json::parse(text));
    QVERIFY(back.has_value());
    QCOMPARE(back->operationUrl, state.operationUrl);
    QCOMPARE(back->locationUrl, state.locationUrl);
    QCOMPARE(back->resourceUrl, state.resourceUrl);
    QCOMPARE(back->method, state.method);
    QCOMPARE(back->clientRequestId, state.clientRequestId);
    QCOMPARE(back->startedAt, state.startedAt);
}

void TestLroState::rejectsIncomplete_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not an object") << QByteArray("[1,2]");
    QTest::newRow("no method") << QByteArray(R"({"resourceUrl":"https://x/y"})");
    QTest::newRow("no resource") << QByteArray(R"({"method":"PUT"})");
    QTest::newRow("wrong types") << QByteArray(R"({"method":5,"resourceUrl":true})");
}

void TestLroState::rejectsIncomplete()
{
    QFETCH(QByteArray, json);
    QVERIFY(!LroState::fromJson(nlohmann::json::parse(json.toStdString())).has_value());
}

void TestLroState::terminalStates_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("terminal");
    QTest::addColumn<bool>("success");
    QTest::newRow("Succeeded") << QStringLiteral("Succeeded") << true << true;
    QTest::newRow("succeeded") << QStringLiteral("succeeded") << true << true;
    QTest::newRow("SUCCEEDED") << QStringLiteral("SUCCEEDED") << true << true;
    QTest::newRow("failed") << QStringLiteral("failed") << true << false;
    QTest::newRow("Canceled") << QStringLiteral("Canceled") << true << false;
    QTest::newRow("InProgress") << QStringLiteral("InProgress") << false << false;
    QTest::newRow("Creating") << QStringLiteral("Creating") << false << false;
    QTest::newRow("empty") << QString() << false << false;
}

void TestLroState::terminalStates()
{
    QFETCH(QString, status);
    QFETCH(bool, terminal);
    QFETCH(bool, success);
    QCOMPARE(isTerminalStatus(status), terminal);
    QCOMPARE(isSuccessStatus(status), success);
}

QTEST_GUILESS_MAIN(TestLroState)
#include "tst_lrostate.moc"
