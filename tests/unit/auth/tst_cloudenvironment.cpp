#include "auth/CloudEnvironment.h"
#include "auth/EnvironmentCredential.h"
#include "auth/Transport.h"

#include <QTest>

using namespace cw::auth;

class TestCloudEnvironment : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clouds_data();
    void clouds();
    void sandboxUsesItsBaseForBoth();
    void urlPolicy_data();
    void urlPolicy();
    void environmentCredentialNamesMissingVariables();
    void environmentCredentialAuthorityOverride();
};

void TestCloudEnvironment::clouds_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("arm");
    QTest::addColumn<QString>("authority");
    QTest::newRow("public") << QStringLiteral("AzureCloud") << QStringLiteral("https://management.azure.com")
                            << QStringLiteral("https://login.microsoftonline.com");
    QTest::newRow("usgov") << QStringLiteral("AzureUSGovernment") << QStringLiteral("https://management.usgovcloudapi.net")
                           << QStringLiteral("https://login.microsoftonline.us");
    QTest::newRow("china") << QStringLiteral("AzureChinaCloud") << QStringLiteral("https://management.chinacloudapi.cn")
                           << QStringLiteral("https://login.chinacloudapi.cn");
}

void TestCloudEnvironment::clouds()
{
    QFETCH(QString, name);
    QFETCH(QString, arm);
    QFETCH(QString, authority);
    const CloudEnvironment env = CloudEnvironment::byName(name);
    QVERIFY(env.isValid());
    QCOMPARE(env.armEndpoint.toString(), arm);
    QCOMPARE(env.authorityHost.toString(), authority);
    QCOMPARE(env.armScope(), arm + QStringLiteral("/.default"));
    QCOMPARE(env.armResource(), arm);
    QVERIFY(env.extraCaFile.isEmpty());
}

void TestCloudEnvironment::sandboxUsesItsBaseForBoth()
{
    const auto env = CloudEnvironment::sandbox(QUrl(QStringLiteral("https://127.0.0.1:8443/")), QStringLiteral("/ca.pem"));
    QVERIFY(env.isSandbox());
    QCOMPARE(env.armEndpoint, env.authorityHost);
    QCOMPARE(env.armScope(), QStringLiteral("https://127.0.0.1:8443/.default"));
    QCOMPARE(env.extraCaFile, QStringLiteral("/ca.pem"));
    QVERIFY(!CloudEnvironment::byName(QStringLiteral("Nowhere")).isValid());
}

void TestCloudEnvironment::urlPolicy_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << QStringLiteral("https://management.azure.com/") << true;
    QTest::newRow("http remote") << QStringLiteral("http://management.azure.com/") << false;
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:9/") << true;
    QTest::newRow("http 127.8.0.1") << QStringLiteral("http://127.8.0.1:9/") << true;
    QTest::newRow("http ::1") << QStringLiteral("http://[::1]:9/") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:9/") << true;
    QTest::newRow("http lookalike") << QStringLiteral("http://127.0.0.1.evil.example/") << false;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
}

void TestCloudEnvironment::urlPolicy()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QString why;
    QCOMPARE(isUrlAllowed(QUrl(url), &why), allowed);
    QCOMPARE(why.isEmpty(), allowed);
}

void TestCloudEnvironment::environmentCredentialNamesMissingVariables()
{
    QProcessEnvironment vars;
    vars.insert(QStringLiteral("AZURE_TENANT_ID"), QStringLiteral("t"));
    EnvironmentCredential credential(CloudEnvironment::azureCloud(), vars);
    QVERIFY(!credential.isConfigured());
    QVERIFY(credential.configurationError().contains(QStringLiteral("AZURE_CLIENT_ID")));
    QVERIFY(credential.configurationError().contains(QStringLiteral("AZURE_CLIENT_SECRET")));
    QVERIFY(!credential.configurationError().contains(QStringLiteral("AZURE_TENANT_ID")));
}

void TestCloudEnvironment::environmentCredentialAuthorityOverride()
{
    QProcessEnvironment vars;
    vars.insert(QStringLiteral("AZURE_TENANT_ID"), QStringLiteral("t"));
    vars.insert(QStringLiteral("AZURE_CLIENT_ID"), QStringLiteral("c"));
    vars.insert(QStringLiteral("AZURE_CLIENT_SECRET"), QStringLiteral("s"));
    vars.insert(QStringLiteral("AZURE_AUTHORITY_HOST"), QStringLiteral("https://login.example"));
    EnvironmentCredential credential(CloudEnvironment::azureCloud(), vars);
    QVERIFY(credential.isConfigured());
    QCOMPARE(credential.environment().authorityHost.toString(), QStringLiteral("https://login.example"));
    QCOMPARE(credential.clientId(), QStringLiteral("c"));
}

QTEST_GUILESS_MAIN(TestCloudEnvironment)
#include "tst_cloudenvironment.moc"
