#include "secrets/KeychainSecretStore.h"
#include "secrets/SessionSecretStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <qt6keychain/keychain.h>

using namespace cw::secrets;

class TestSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<cw::secrets::SecretResult>(); }
    // First: it needs a process in which no keychain operation ran yet.
    void keychainModuleLoadsOnTheFirstOperationOnly();
    void unloadableModuleKeepsSecretsForTheSession();
    void moduleLoaderReportsWhatFailed();
    void keyLayout_data();
    void keyLayout();
    void sessionRoundTrip();
    void noBackendDetection_data();
    void noBackendDetection();
};

namespace {

// Which of the process's mapped files have `name` in their path (/proc/self/maps: what the
// dynamic loader really loaded, not what our code believes it did).
bool mapped(const char *name)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains(name);
}

} // namespace

void TestSecretStore::keychainModuleLoadsOnTheFirstOperationOnly()
{
    // QtKeychain (and its D-Bus stack) is not linked into the store's users: a program that never
    // touches the keychain never pays for loading it.
    KeychainSecretStore store(QStringLiteral("clusterwright-test-lazy"), nullptr);
    QVERIFY(!mapped("libqt6keychain"));
    QVERIFY(!mapped("libclusterwright-keychain"));

    // With or without a Secret Service here, the read ends (NotFound, or NotFound from the
    // session store once QtKeychain said there is no backend) and the module is loaded by then.
    const SecretKey key{QStringLiteral("Sandbox"), QStringLiteral("t"), QStringLiteral("lazy"), QStringLiteral("refresh_token")};
    QSignalSpy read(store.read(key), &SecretJob::finished);
    QVERIFY(read.wait(20000));
    QCOMPARE(read.at(0).at(0).value<SecretResult>().status, SecretStatus::NotFound);
    QVERIFY(mapped("libclusterwright-keychain"));
    QVERIFY(mapped("libqt6keychain"));
}

void TestSecretStore::unloadableModuleKeepsSecretsForTheSession()
{
    int asked = 0;
    KeychainSecretStore store(QStringLiteral("clusterwright-test"), [&asked](QString *why) -> KeychainBackend * {
        ++asked;
        *why = QStringLiteral("no such module");
        return nullptr;
    }, nullptr);
    QVERIFY(store.isPersistent()); // nothing tried yet
    QSignalSpy sessionOnly(&store, &SecretStore::sessionOnlyActivated);
    const SecretKey key{QStringLiteral("Sandbox"), QStringLiteral("t"), QStringLiteral("a"), QStringLiteral("refresh_token")};

    QSignalSpy written(store.write(key, "s3cr3t"), &SecretJob::finished);
    QVERIFY(written.wait(2000));
    QVERIFY(written.at(0).at(0).value<SecretResult>().ok());
    QCOMPARE(sessionOnly.size(), 1);
    QVERIFY(!store.isPersistent());
    QVERIFY(!store.sessionOnlyReason().isEmpty());

    QSignalSpy read(store.read(key), &SecretJob::finished);
    QVERIFY(read.wait(2000));
    QCOMPARE(read.at(0).at(0).value<SecretResult>().data, QByteArray("s3cr3t"));
    QCOMPARE(sessionOnly.size(), 1); // switched once
    QCOMPARE(asked, 1);              // and the module not looked for again
}

void TestSecretStore::moduleLoaderReportsWhatFailed()
{
    QString why;
    QVERIFY(!loadKeychainModule({}, &why));
    QVERIFY(!why.isEmpty());

    const QString missing = QStringLiteral("/nonexistent/libclusterwright-keychain.so");
    QVERIFY(!loadKeychainModule({missing}, &why));
    QVERIFY2(why.contains(missing), qPrintable(why));

    // A library that loads but is not the module (no entry point): refused, the next one tried.
    const QString notTheModule = QStringLiteral("/lib/" CW_TEST_MULTIARCH "/libz.so.1");
    QVERIFY2(QFile::exists(notTheModule), qPrintable(notTheModule));
    QVERIFY(!loadKeychainModule({notTheModule}, &why));
    QVERIFY2(why.contains(QLatin1String("entry point")), qPrintable(why));
    QVERIFY(loadKeychainModule({missing, notTheModule, QStringLiteral(CW_TEST_KEYCHAIN_MODULE)}, &why));
}

void TestSecretStore::keyLayout_data()
{
    QTest::addColumn<QString>("cloud");
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("expected");
    QTest::newRow("full") << QStringLiteral("AzureCloud") << QStringLiteral("t1") << QStringLiteral("a@b.c")
                          << QStringLiteral("AzureCloud/t1/a@b.c/refresh_token");
    QTest::newRow("empty parts") << QStringLiteral("Sandbox") << QString() << QString()
                                 << QStringLiteral("Sandbox/-/-/refresh_token");
    QTest::newRow("slash escaped") << QStringLiteral("AzureCloud") << QStringLiteral("a/b") << QStringLiteral("x")
                                   << QStringLiteral("AzureCloud/a_b/x/refresh_token");
}

void TestSecretStore::keyLayout()
{
    QFETCH(QString, cloud);
    QFETCH(QString, tenant);
    QFETCH(QString, account);
    QFETCH(QString, expected);
    QCOMPARE((SecretKey{cloud, tenant, account, QStringLiteral("refresh_token")}.toString()), expected);
}

void TestSecretStore::sessionRoundTrip()
{
    SessionSecretStore store;
    QVERIFY(!store.isPersistent());
    const SecretKey key{QStringLiteral("Sandbox"), QStringLiteral("t"), QStringLiteral("a"), QStringLiteral("refresh_token")};

    QSignalSpy missing(store.read(key), &SecretJob::finished);
    QVERIFY(missing.isEmpty());
    QVERIFY(missing.wait(2000));
    QCOMPARE(missing.at(0).at(0).value<SecretResult>().status, SecretStatus::NotFound);

    QSignalSpy written(store.write(key, "s3cr3t"), &SecretJob::finished);
    QVERIFY(written.wait(2000));
    QVERIFY(written.at(0).at(0).value<SecretResult>().ok());

    QSignalSpy read(store.read(key), &SecretJob::finished);
    QVERIFY(read.wait(2000));
    QCOMPARE(read.at(0).at(0).value<SecretResult>().data, QByteArray("s3cr3t"));

    QSignalSpy removed(store.remove(key), &SecretJob::finished);
    QVERIFY(removed.wait(2000));
    QSignalSpy gone(store.read(key), &SecretJob::finished);
    QVERIFY(gone.wait(2000));
    QCOMPARE(gone.at(0).at(0).value<SecretResult>().status, SecretStatus::NotFound);
}

void TestSecretStore::noBackendDetection_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("noBackend");
    QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << QString() << true;
    QTest::newRow("not implemented") << int(QKeychain::NotImplemented) << QString() << true;
    QTest::newRow("dbus text") << int(QKeychain::OtherError)
                               << QStringLiteral("Could not connect: No such file or directory") << true;
    QTest::newRow("secret service missing") << int(QKeychain::OtherError)
        << QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files") << true;
    QTest::newRow("other") << int(QKeychain::OtherError) << QStringLiteral("Item is locked") << false;
    QTest::newRow("denied") << int(QKeychain::AccessDeniedByUser) << QStringLiteral("dbus") << false;
    QTest::newRow("not found") << int(QKeychain::EntryNotFound) << QString() << false;
}

void TestSecretStore::noBackendDetection()
{
    QFETCH(int, error);
    QFETCH(QString, text);
    QFETCH(bool, noBackend);
    QCOMPARE(isNoBackendError(error, text), noBackend);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
