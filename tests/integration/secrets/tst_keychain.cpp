// Round trip through the real Secret Service (the harness runs gnome-keyring-daemon).
#include "secrets/KeychainSecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace cw::secrets;

namespace {
SecretResult wait(SecretJob *job)
{
    QSignalSpy spy(job, &SecretJob::finished);
    if (!spy.wait(20000))
        return {SecretStatus::Failed, {}, QStringLiteral("timeout")};
    return spy.at(0).at(0).value<SecretResult>();
}
} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<cw::secrets::SecretResult>(); }
    void roundTrip();
    void keysAreScoped();
    void deleteRemoves();
};

void TestKeychain::roundTrip()
{
    KeychainSecretStore store;
    QCOMPARE(store.service(), QStringLiteral("clusterwright"));
    QSignalSpy sessionOnly(&store, &SecretStore::sessionOnlyActivated);
    const SecretKey key{QStringLiteral("AzureCloud"), QStringLiteral("tenant-1"), QStringLiteral("user@contoso.com"),
                        QStringLiteral("refresh_token")};
    const QByteArray secret("rt-\x01\xff binary-safe secret");
    const auto written = wait(store.write(key, secret));
    QVERIFY2(written.ok(), qPrintable(written.error));
    QVERIFY(store.isPersistent());
    QCOMPARE(sessionOnly.size(), 0);

    // A second store (think: the next start of the application) reads it from the keychain.
    KeychainSecretStore later;
    const auto read = wait(later.read(key));
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.data, secret);

    const auto overwritten = wait(later.write(key, "second"));
    QVERIFY(overwritten.ok());
    QCOMPARE(wait(store.read(key)).data, QByteArray("second"));
}

void TestKeychain::keysAreScoped()
{
    KeychainSecretStore store;
    const SecretKey a{QStringLiteral("AzureCloud"), QStringLiteral("t"), QStringLiteral("a"), QStringLiteral("refresh_token")};
    SecretKey b = a;
    b.tenant = QStringLiteral("other-tenant");
    QVERIFY(wait(store.write(a, "value-a")).ok());
    QVERIFY(wait(store.write(b, "value-b")).ok());
    QCOMPARE(wait(store.read(a)).data, QByteArray("value-a"));
    QCOMPARE(wait(store.read(b)).data, QByteArray("value-b"));
}

void TestKeychain::deleteRemoves()
{
    KeychainSecretStore store;
    const SecretKey key{QStringLiteral("Sandbox"), QStringLiteral("t"), QStringLiteral("gone"), QStringLiteral("refresh_token")};
    QVERIFY(wait(store.write(key, "to be deleted")).ok());
    QVERIFY(wait(store.remove(key)).ok());
    const auto read = wait(store.read(key));
    QCOMPARE(read.status, SecretStatus::NotFound);
    QVERIFY(store.isPersistent());
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
