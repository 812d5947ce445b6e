// Azure CLI reuse: output parsing, and the asynchronous QProcess run with its timeout, using a
// small stand-in `az` script (the real CLI is not installed on test machines).
#include "auth/AzureCliCredential.h"
#include "auth/AzureCliOutput.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cw::auth;

class TestAzureCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void parsesEpochExpiry();
    void parsesLocalExpiresOn();
    void rejectsGarbage_data();
    void rejectsGarbage();
    void notSignedInMessage();
    void runsTheCliAsynchronously();
    void passesTheResource();
    void timesOut();
    void missingCli();

private:
    QString writeScript(const QString &name, const QByteArray &body);
    QTemporaryDir m_dir;
};

void TestAzureCli::initTestCase()
{
    qRegisterMetaType<cw::auth::TokenResult>();
    QVERIFY(m_dir.isValid());
}

QString TestAzureCli::writeScript(const QString &name, const QByteArray &body)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("#!/bin/sh\n" + body);
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

void TestAzureCli::parsesEpochExpiry()
{
    const auto result = parseAzureCliTokenOutput(
        R"({"accessToken":"abc","expiresOn":"2030-01-01 00:00:00.000000","expires_on":1893456000,"tokenType":"Bearer"})");
    QVERIFY(result.ok());
    QCOMPARE(result.token.token, QByteArray("abc"));
    QCOMPARE(result.token.expiresOn, QDateTime::fromSecsSinceEpoch(1893456000, Qt::UTC));
    const auto asString = parseAzureCliTokenOutput(R"({"accessToken":"abc","expires_on":"1893456000"})");
    QCOMPARE(asString.token.expiresOn.toSecsSinceEpoch(), qint64(1893456000));
}

void TestAzureCli::parsesLocalExpiresOn()
{
    const auto result = parseAzureCliTokenOutput(R"({"accessToken":"abc","expiresOn":"2030-06-01 12:30:00.123456"})");
    QVERIFY(result.ok());
    QDateTime local(QDate(2030, 6, 1), QTime(12, 30, 0), Qt::LocalTime);
    QCOMPARE(result.token.expiresOn, local.toUTC());
}

void TestAzureCli::rejectsGarbage_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("ERROR: something");
    QTest::newRow("no token") << QByteArray(R"({"expires_on":1})");
    QTest::newRow("token wrong type") << QByteArray(R"({"accessToken":5,"expires_on":1})");
    QTest::newRow("no expiry") << QByteArray(R"({"accessToken":"x"})");
    QTest::newRow("bad expiry") << QByteArray(R"({"accessToken":"x","expiresOn":"tomorrow"})");
}

void TestAzureCli::rejectsGarbage()
{
    QFETCH(QByteArray, output);
    const auto result = parseAzureCliTokenOutput(output);
    QVERIFY(!result.ok());
    QVERIFY(!result.error.humanMessage().isEmpty());
}

void TestAzureCli::notSignedInMessage()
{
    const AuthError error = azureCliFailure(1, "ERROR: Please run 'az login' to setup account.");
    QVERIFY(error.humanMessage().contains(QStringLiteral("az login")));
}

void TestAzureCli::runsTheCliAsynchronously()
{
    const QString az = writeScript(QStringLiteral("az-ok"),
                                   "echo '{\"accessToken\":\"cli-token\",\"expires_on\":4102444800,\"tokenType\":\"Bearer\"}'\n");
    AzureCliCredential credential(CloudEnvironment::azureCloud(), az);
    QSignalSpy spy(credential.requestToken(CloudEnvironment::azureCloud().armScope()), &TokenJob::finished);
    QVERIFY(spy.wait(10000));
    const auto result = spy.at(0).at(0).value<TokenResult>();
    QVERIFY2(result.ok(), qPrintable(result.error.humanMessage()));
    QCOMPARE(result.token.token, QByteArray("cli-token"));
}

void TestAzureCli::passesTheResource()
{
    const QString argsFile = m_dir.filePath(QStringLiteral("args.txt"));
    const QString az = writeScript(QStringLiteral("az-args"),
                                   "echo \"$@\" > '" + argsFile.toUtf8()
                                       + "'\necho '{\"accessToken\":\"t\",\"expires_on\":4102444800}'\n");
    AzureCliCredential credential(CloudEnvironment::usGovernment(), az);
    QSignalSpy spy(credential.requestToken(CloudEnvironment::usGovernment().armScope()), &TokenJob::finished);
    QVERIFY(spy.wait(10000));
    QFile file(argsFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().trimmed(),
             QByteArray("account get-access-token --output json --resource https://management.usgovcloudapi.net"));
}

void TestAzureCli::timesOut()
{
    const QString az = writeScript(QStringLiteral("az-hang"), "exec sleep 30\n");
    AzureCliCredential credential(CloudEnvironment::azureCloud(), az);
    credential.setTimeoutMs(500);
    QSignalSpy spy(credential.requestToken(QStringLiteral("s")), &TokenJob::finished);
    QVERIFY(spy.wait(10000));
    const auto result = spy.at(0).at(0).value<TokenResult>();
    QVERIFY(!result.ok());
    QCOMPARE(result.error.code, QStringLiteral("azure_cli_timeout"));
}

void TestAzureCli::missingCli()
{
    AzureCliCredential credential(CloudEnvironment::azureCloud(), m_dir.filePath(QStringLiteral("no-such-az")));
    QSignalSpy spy(credential.requestToken(QStringLiteral("s")), &TokenJob::finished);
    QVERIFY(spy.wait(10000));
    const auto result = spy.at(0).at(0).value<TokenResult>();
    QCOMPARE(result.error.code, QStringLiteral("azure_cli_missing"));
    QVERIFY(result.error.humanMessage().contains(QStringLiteral("not installed")));
}

QTEST_GUILESS_MAIN(TestAzureCli)
#include "tst_azurecli.moc"
