#include "secrets/KeychainSecretStore.h"
#include "secrets/SessionSecretStore.h"

#include <QSignalSpy>
#include <QTest>

#include <qt6keychain/keychain.h>

using namespace cw::secrets;

class TestSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<cw::secrets::SecretResult>(); }
    void keyLayout_data();
    void keyLayout();
    void sessionRoundTrip();
    void noBackendDetection_data();
    void noBackendDetection();
};

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
