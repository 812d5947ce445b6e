// cli::mayUseKeychain: which runs of the CLI go without GLib's event loop (app/cli/main.cpp).
// A wrong "false" would leave a keychain read waiting forever for a loop nobody runs.
#include <QTest>

#include "cli/CliOptions.h"
#include "cli/KeychainUse.h"

using namespace Qt::StringLiterals;
using namespace cw::cli;

class TestKeychainUse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decision_data();
    void decision();
};

void TestKeychainUse::decision_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("kind"); // -1: no profile could be read
    QTest::addColumn<bool>("secretInEnvironment");
    QTest::addColumn<bool>("mayUse");
    using K = Profile::Kind;
    auto row = [](const char *name, const char *line, int kind, bool env, bool mayUse) {
        QTest::newRow(name) << QString::fromLatin1(line) << kind << env << mayUse;
    };
    row("list, sandbox endpoint", "list", int(K::SandboxEndpoint), false, false);
    row("list -o json, embedded sandbox", "list -o json", int(K::EmbeddedSandbox), false, false);
    row("show, az", "show c1", int(K::AzureCli), false, false);
    row("workspaces, service principal, secret in env", "workspaces -s s", int(K::ServicePrincipal), true, false);
    row("list, service principal, secret in keychain", "list", int(K::ServicePrincipal), false, true);
    row("list, device code", "list", int(K::DeviceCode), true, true);
    row("list, unreadable profile", "list", -1, false, true);
    row("login", "login sandbox", int(K::SandboxEndpoint), false, true);
    row("create (operation runner)", "create c2", int(K::SandboxEndpoint), false, true);
    row("operations", "operations", int(K::SandboxEndpoint), false, true);
    row("tls-backup", "tls-backup c1", int(K::SandboxEndpoint), false, true);
    row("unknown command", "frobnicate", int(K::SandboxEndpoint), false, true);
    row("no command", "", int(K::SandboxEndpoint), false, true);
    row("version", "--version", int(K::DeviceCode), false, false);
}

void TestKeychainUse::decision()
{
    QFETCH(QString, line);
    QFETCH(int, kind);
    QFETCH(bool, secretInEnvironment);
    QFETCH(bool, mayUse);
    CliOptions options;
    QString error;
    QVERIFY2(options.parse(QStringList{u"clusterwright-cli"_s} + line.split(u' ', Qt::SkipEmptyParts), &error),
             qPrintable(error));
    std::optional<Profile> profile;
    if (kind >= 0) {
        profile = Profile{};
        profile->kind = Profile::Kind(kind);
    }
    QCOMPARE(mayUseKeychain(options, profile, secretInEnvironment), mayUse);
}

QTEST_GUILESS_MAIN(TestKeychainUse)
#include "tst_keychainuse.moc"
