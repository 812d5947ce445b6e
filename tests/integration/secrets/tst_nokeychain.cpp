// With the D-Bus session pointing nowhere there is no keychain: the store says so once, keeps
// secrets for the session, and never writes them to disk.
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace cw::secrets;

namespace {
SecretResult wait(SecretJob *job)
{
    QSignalSpy spy(job, &SecretJob::finished);
    if (!spy.wait(30000))
        return {SecretStatus::Failed, {}, QStringLiteral("timeout")};
    return spy.at(0).at(0).value<SecretResult>();
}
} // namespace

class TestNoKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<cw::secrets::SecretResult>(); }
    void fallsBackToSessionOnce();
    void nothingOnDisk();

private:
    QByteArray m_secret = "session-only-secret-7f3a9c";
};

void TestNoKeychain::fallsBackToSessionOnce()
{
    KeychainSecretStore store;
    QSignalSpy sessionOnly(&store, &SecretStore::sessionOnlyActivated);
    const SecretKey key{QStringLiteral("AzureCloud"), QStringLiteral("t"), QStringLiteral("u"), QStringLiteral("refresh_token")};
    const auto written = wait(store.write(key, m_secret));
    QVERIFY2(written.ok(), qPrintable(written.error));
    QCOMPARE(sessionOnly.size(), 1);
    QVERIFY(!store.isPersistent());
    QVERIFY(sessionOnly.at(0).at(0).toString().contains(QStringLiteral("session")));
    QCOMPARE(store.sessionOnlyReason(), sessionOnly.at(0).at(0).toString());

    QCOMPARE(wait(store.read(key)).data, m_secret);
    QVERIFY(wait(store.write(key, m_secret)).ok());
    QVERIFY(wait(store.remove(key)).ok());
    QCOMPARE(wait(store.read(key)).status, SecretStatus::NotFound);
    QVERIFY(wait(store.write(key, m_secret)).ok());
    QCOMPARE(sessionOnly.size(), 1); // said once, not per operation
}

void TestNoKeychain::nothingOnDisk()
{
    for (const char *name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
        QDirIterator it(qEnvironmentVariable(name), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains(m_secret), qPrintable(file.fileName()));
        }
    }
}

int main(int argc, char **argv)
{
    // Before anything touches D-Bus: a session bus address that leads nowhere.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/clusterwright-test-bus");
    QCoreApplication app(argc, argv);
    TestNoKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_nokeychain.moc"
