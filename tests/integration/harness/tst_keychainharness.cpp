// The harness's --keyring launcher must give each test a working Secret Service of its own:
// write, read back and delete a secret through QtKeychain, and see that the store is private.
#include <QSignalSpy>
#include <QTest>

#include <qt6keychain/keychain.h>

namespace {
constexpr auto kService = "clusterwright-harness-test";

template<typename Job>
bool runJob(Job *job)
{
    QSignalSpy done(job, &QKeychain::Job::finished);
    job->start();
    return done.wait(10000) || done.count() == 1;
}
} // namespace

class TestKeychainHarness : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void privateSessionBusIsPresent()
    {
        QVERIFY(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
        QVERIFY(qEnvironmentVariable("HOME").startsWith(qEnvironmentVariable("CW_TEST_TMPDIR")));
    }

    void roundTripThroughSecretService()
    {
        const QString key = QStringLiteral("round-trip");
        const QByteArray secret = QByteArrayLiteral("s3cr3t-\xc3\xa9-value");

        auto *write = new QKeychain::WritePasswordJob(QLatin1String(kService));
        write->setKey(key);
        write->setBinaryData(secret);
        QVERIFY(runJob(write));
        QCOMPARE(write->error(), QKeychain::NoError);

        auto *read = new QKeychain::ReadPasswordJob(QLatin1String(kService));
        read->setKey(key);
        QVERIFY(runJob(read));
        QCOMPARE(read->error(), QKeychain::NoError);
        QCOMPARE(read->binaryData(), secret);

        auto *remove = new QKeychain::DeletePasswordJob(QLatin1String(kService));
        remove->setKey(key);
        QVERIFY(runJob(remove));
        QCOMPARE(remove->error(), QKeychain::NoError);

        auto *again = new QKeychain::ReadPasswordJob(QLatin1String(kService));
        again->setKey(key);
        QVERIFY(runJob(again));
        QCOMPARE(again->error(), QKeychain::EntryNotFound);
    }
};

QTEST_GUILESS_MAIN(TestKeychainHarness)
#include "tst_keychainharness.moc"
