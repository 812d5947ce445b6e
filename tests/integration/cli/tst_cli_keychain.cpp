// clusterwright-cli with a real Secret Service (private D-Bus session + gnome-keyring from the
// test harness): `login service-principal` keeps the client secret only once it signed in.
#include <QSignalSpy>
#include <QTest>

#include "CliRunner.h"
#include "auth/ClientSecretCredential.h"
#include "common/AppIdentity.h"
#include "secrets/KeychainSecretStore.h"

using namespace Qt::StringLiterals;
using namespace cw;

class TestCliKeychain : public QObject
{
    Q_OBJECT

    secrets::SecretResult read(const secrets::SecretKey &key)
    {
        secrets::KeychainSecretStore keychain; // the CLI's own service name
        QSignalSpy done(keychain.read(key), &secrets::SecretJob::finished);
        if (!done.wait(30000))
            return {secrets::SecretStatus::Failed, {}, u"timeout"_s};
        return done.at(0).at(0).value<secrets::SecretResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<secrets::SecretResult>();
        cw::applyAppIdentity(*QCoreApplication::instance());
        // The keychain is really there (a store that fell back to memory would prove nothing).
        secrets::KeychainSecretStore keychain;
        const secrets::SecretKey probe{u"AzureCloud"_s, u"probe"_s, u"probe"_s, u"probe"_s};
        QSignalSpy written(keychain.write(probe, "x"), &secrets::SecretJob::finished);
        QVERIFY(written.wait(30000));
        QVERIFY2(keychain.isPersistent(), qPrintable(keychain.sessionOnlyReason()));
        QSignalSpy removed(keychain.remove(probe), &secrets::SecretJob::finished);
        QVERIFY(removed.wait(30000));
    }

    void aSecretThatDoesNotSignInIsNotKept()
    {
        // Issue 17, item 3: the tenant does not exist (or Azure AD is unreachable): sign-in fails.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"AZURE_CLIENT_SECRET"_s, u"not-a-working-secret-5d1e"_s);
        const CliRun login = runCli({u"login"_s, u"service-principal"_s, u"--tenant"_s, u"tenant-that-fails"_s,
                                     u"--client-id"_s, u"client-that-fails"_s},
                                    env, {}, 150000);
        QVERIFY2(login.exitCode != 0 && !login.crashed, login.err.constData());
        const secrets::SecretResult kept = read(
            auth::ClientSecretCredential::secretKey(u"AzureCloud"_s, u"tenant-that-fails"_s, u"client-that-fails"_s));
        QCOMPARE(kept.status, secrets::SecretStatus::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestCliKeychain)
#include "tst_cli_keychain.moc"
