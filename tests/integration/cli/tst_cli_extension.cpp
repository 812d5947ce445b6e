// `clusterwright-cli extension show|install|update|remove` against a sandbox process: the cluster
// by resource ID or by name, the three output formats, the long-running writes and --no-wait, a
// failed health check (exit 1 and each status shown), missing extensions (exit 5), usage errors
// (exit 2), and protected settings read from a file that appear in no output and no trace.
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "CliRunner.h"
#include "common/AppIdentity.h"
#include "support/SandboxProcess.h"

using namespace Qt::StringLiterals;

namespace {

const QString kSub = u"00000000-0000-4000-8000-000000000001"_s;

QString clusterId(const QString &name)
{
    return u"/subscriptions/%1/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/%2"_s.arg(kSub, name);
}

QStringList byName(const QString &name)
{
    return {u"--cluster"_s, name, u"-g"_s, u"rg-aks"_s};
}

const QStringList kHttpInference = {u"--config"_s, u"enableInference=True"_s, u"--config"_s, u"inferenceRouterServiceType=loadBalancer"_s,
                                    u"--config"_s, u"allowInsecureConnections=True"_s};

} // namespace

class TestCliExtension : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showByNameAndByIdInEachFormat();
    void showAFailedExtensionSaysWhy();
    void missingIsExit5();
    void usageErrors_data();
    void usageErrors();
    void installUpdateRemove();
    void failedHealthCheckIsExit1WithTheStatus();
    void rulesRefuseBeforeSending();
    void noWaitReturnsOnceAccepted();
    void protectedSettingsFromAFileStayHidden();
    void transientFaultsAreRetried();

private:
    CliRun cli(QStringList args) { return runCli(args << u"--poll-interval-ms"_s << u"50"_s); }

    cw::test::SandboxProcess m_sandbox;
    QTemporaryDir m_dir{QString::fromLocal8Bit(qgetenv("CW_TEST_TMPDIR")) + u"/cli-extension-XXXXXX"_s};
};

void TestCliExtension::initTestCase()
{
    cw::applyAppIdentity(*QCoreApplication::instance());
    QVERIFY(m_dir.isValid());
    QVERIFY(m_sandbox.start({u"--fresh"_s}));
    const QString endpointFile = m_dir.filePath(u"ready.json"_s);
    QVERIFY(m_sandbox.writeEndpointFile(endpointFile));
    const CliRun login = runCli({u"login"_s, u"sandbox"_s, u"--endpoint-file"_s, endpointFile});
    QVERIFY2(login.exitCode == 0, login.err.constData());
}

void TestCliExtension::showByNameAndByIdInEachFormat()
{
    const CliRun table = cli(QStringList{u"extension"_s, u"show"_s} + byName(u"aks-v2-ready"_s));
    QVERIFY2(table.exitCode == 0, table.err.constData());
    QVERIFY(table.out.contains("FIELD"));
    QVERIFY(table.out.contains("Succeeded"));
    QVERIFY(table.out.contains("Microsoft.AzureML.Kubernetes"));
    QVERIFY(table.out.contains("inferenceRouterServiceType=loadBalancer"));
    const CliRun json = cli({u"extension"_s, u"show"_s, u"--cluster"_s, clusterId(u"aks-v2-ready"_s), u"-o"_s, u"json"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject doc = json.json().object();
    QCOMPARE(doc.value(u"name"_s).toString(), u"azureml"_s);
    QCOMPARE(doc.value(u"properties"_s).toObject().value(u"provisioningState"_s).toString(), u"Succeeded"_s);
    const CliRun tsv = cli(QStringList{u"extension"_s, u"show"_s, u"-o"_s, u"tsv"_s} + byName(u"aks-v2-ready"_s));
    QCOMPARE(tsv.exitCode, 0);
    QVERIFY(tsv.out.contains("state\tSucceeded\n"));
    QVERIFY(!tsv.out.contains("FIELD"));
}

void TestCliExtension::showAFailedExtensionSaysWhy()
{
    const CliRun run = cli(QStringList{u"extension"_s, u"show"_s} + byName(u"aks-v2-failed"_s));
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("Failed"));
    QVERIFY2(run.err.contains("error: E40002: You have enabled inferenceRouterHA"), run.err.constData());
}

void TestCliExtension::missingIsExit5()
{
    const CliRun noExtension = cli(QStringList{u"extension"_s, u"show"_s} + byName(u"aks-plain"_s));
    QCOMPARE(noExtension.exitCode, 5);
    QVERIFY(noExtension.err.contains("There is no extension 'azureml'"));
    QCOMPARE(cli(QStringList{u"extension"_s, u"remove"_s} + byName(u"aks-plain"_s)).exitCode, 5);
    QCOMPARE(cli(QStringList{u"extension"_s, u"show"_s} + byName(u"no-such-cluster"_s)).exitCode, 5);
}

void TestCliExtension::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no subcommand") << QStringList{u"extension"_s};
    QTest::newRow("unknown subcommand") << QStringList{u"extension"_s, u"list"_s, u"--cluster"_s, u"x"_s, u"-g"_s, u"rg-aks"_s};
    QTest::newRow("no cluster") << QStringList{u"extension"_s, u"show"_s};
    QTest::newRow("name without group") << QStringList{u"extension"_s, u"show"_s, u"--cluster"_s, u"aks-plain"_s};
    QTest::newRow("bad id") << QStringList{u"extension"_s, u"show"_s, u"--cluster"_s, u"/subscriptions/x/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/v"_s};
    QTest::newRow("config without =") << (QStringList{u"extension"_s, u"install"_s, u"--config"_s, u"enableInference"_s} + byName(u"aks-plain"_s));
    QTest::newRow("update without change") << (QStringList{u"extension"_s, u"update"_s} + byName(u"aks-v2-ready"_s));
    QTest::newRow("protected file missing") << (QStringList{u"extension"_s, u"install"_s, u"--config-protected"_s, u"sslKeyPemFile=@/nonexistent/key.pem"_s} + byName(u"aks-plain"_s));
}

void TestCliExtension::usageErrors()
{
    QFETCH(QStringList, args);
    const CliRun run = cli(args);
    QVERIFY2(run.exitCode == 2, run.err.constData());
}

void TestCliExtension::installUpdateRemove()
{
    const QStringList cluster = {u"--cluster"_s, clusterId(u"aks-standard-lb"_s)};
    const CliRun installed = cli(QStringList{u"extension"_s, u"install"_s} + cluster + kHttpInference);
    QVERIFY2(installed.exitCode == 0, installed.err.constData());
    QVERIFY(installed.out.contains("Succeeded"));
    QVERIFY(installed.out.contains("1.1.62"));
    QVERIFY(installed.err.contains("Installing extension 'azureml': done."));

    const CliRun updated = cli(QStringList{u"extension"_s, u"update"_s, u"--config"_s, u"inferenceRouterServiceType=nodePort"_s, u"-o"_s, u"json"_s} + cluster);
    QVERIFY2(updated.exitCode == 0, updated.err.constData());
    const QJsonObject settings = updated.json().object().value(u"properties"_s).toObject().value(u"configurationSettings"_s).toObject();
    QCOMPARE(settings.value(u"inferenceRouterServiceType"_s).toString(), u"nodePort"_s);
    QCOMPARE(settings.value(u"enableInference"_s).toString(), u"True"_s);

    const CliRun removed = cli(QStringList{u"extension"_s, u"remove"_s} + cluster);
    QVERIFY2(removed.exitCode == 0, removed.err.constData());
    QVERIFY(removed.err.contains("the extension and its components are gone"));
    QCOMPARE(cli(QStringList{u"extension"_s, u"show"_s} + cluster).exitCode, 5);
}

void TestCliExtension::failedHealthCheckIsExit1WithTheStatus()
{
    // aks-plain has AKS's retired Basic load balancer: the extension's own health check fails
    // E40001 (the rules cannot see the load balancer's SKU, so the request is sent).
    const CliRun run = cli(QStringList{u"extension"_s, u"install"_s} + byName(u"aks-plain"_s) + kHttpInference);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("error: E40001: Load balancer is not supported in your cluster"), run.err.constData());
    QVERIFY(run.err.contains("Installing extension 'azureml' failed"));
    QVERIFY(run.out.contains("Failed"));
    QCOMPARE(cli(QStringList{u"extension"_s, u"remove"_s} + byName(u"aks-plain"_s)).exitCode, 0);
}

void TestCliExtension::rulesRefuseBeforeSending()
{
    // aks-small has 2 nodes and the router's HA (default) needs 3: the shared rules say so (the
    // extension would fail E40002) and nothing is sent.
    const int putsBefore = m_sandbox.countRequests("PUT", u"/extensions/"_s);
    const CliRun run = cli(QStringList{u"extension"_s, u"install"_s, u"--config"_s, u"enableInference=True"_s,
                                       u"--config"_s, u"inferenceRouterServiceType=nodePort"_s, u"--config"_s,
                                       u"allowInsecureConnections=True"_s} + byName(u"aks-small"_s));
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("refused: ") && run.err.contains("E40002"), run.err.constData());
    QVERIFY(run.err.contains("nothing was sent"));
    QCOMPARE(m_sandbox.countRequests("PUT", u"/extensions/"_s), putsBefore);
    // With inferenceRouterHA=False it goes through.
    const CliRun devTest = cli(QStringList{u"extension"_s, u"install"_s, u"--config"_s, u"enableInference=True"_s,
                                           u"--config"_s, u"inferenceRouterServiceType=nodePort"_s, u"--config"_s,
                                           u"allowInsecureConnections=True"_s, u"--config"_s, u"inferenceRouterHA=False"_s}
                               + byName(u"aks-small"_s));
    QVERIFY2(devTest.exitCode == 0, devTest.err.constData());
    QCOMPARE(cli(QStringList{u"extension"_s, u"remove"_s} + byName(u"aks-small"_s)).exitCode, 0);
}

void TestCliExtension::noWaitReturnsOnceAccepted()
{
    m_sandbox.control("POST", u"/_sandbox/settings"_s, QJsonDocument(QJsonObject{{u"speed"_s, 1.0}}));
    const CliRun run = cli(QStringList{u"extension"_s, u"install"_s, u"--no-wait"_s, u"--config"_s, u"enableTraining=True"_s} + byName(u"aks-plain"_s));
    m_sandbox.control("POST", u"/_sandbox/settings"_s, QJsonDocument(QJsonObject{{u"speed"_s, 0.01}}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.contains("accepted; it goes on in Azure"));
    QVERIFY(run.out.contains("Creating"));
}

void TestCliExtension::protectedSettingsFromAFileStayHidden()
{
    const QByteArray secret = "cli-protected-Qw7-value";
    QFile file(m_dir.filePath(u"secret.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(secret);
    file.close();
    const QString trace = m_dir.filePath(u"trace.log"_s);
    const CliRun run = cli(QStringList{u"extension"_s, u"install"_s, u"--name"_s, u"hidden"_s, u"--trace-http"_s, trace,
                                       u"--config-protected"_s, u"anyKey=@"_s + file.fileName(), u"-o"_s, u"json"_s}
                           + byName(u"aks-standard-lb"_s) + kHttpInference);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!run.out.contains(secret) && !run.err.contains(secret));
    QFile traced(trace);
    QVERIFY(traced.open(QIODevice::ReadOnly));
    const QByteArray text = traced.readAll();
    QVERIFY(text.contains("configurationProtectedSettings"));
    QVERIFY2(!text.contains(secret), "the protected value reached the trace");
    QCOMPARE(cli(QStringList{u"extension"_s, u"remove"_s, u"--name"_s, u"hidden"_s} + byName(u"aks-standard-lb"_s)).exitCode, 0);
}

void TestCliExtension::transientFaultsAreRetried()
{
    // Two 503s on the read and one on a status poll: retried as every ARM call is; a fault that
    // does not end gives exit 6 like the other commands.
    m_sandbox.control("POST", u"/_sandbox/faults"_s,
                      QJsonDocument(QJsonObject{{u"method"_s, u"GET"_s}, {u"path"_s, u"/extensions/azureml$"_s}, {u"kind"_s, u"status"_s},
                                                {u"status"_s, 503}, {u"retryAfter"_s, u"0"_s}, {u"count"_s, 2}}));
    const CliRun shown = cli(QStringList{u"extension"_s, u"show"_s} + byName(u"aks-v2-ready"_s));
    QVERIFY2(shown.exitCode == 0, shown.err.constData());
    m_sandbox.control("POST", u"/_sandbox/faults"_s,
                      QJsonDocument(QJsonObject{{u"method"_s, u"GET"_s}, {u"path"_s, u"/extensions/azureml/operations/"_s}, {u"kind"_s, u"status"_s},
                                                {u"status"_s, 503}, {u"retryAfter"_s, u"0"_s}, {u"count"_s, 1}}));
    const CliRun installed = cli(QStringList{u"extension"_s, u"install"_s} + byName(u"aks-eastus"_s).replaceInStrings(u"rg-aks"_s, u"rg-aks-eus"_s)
                                 + QStringList{u"--config"_s, u"enableTraining=True"_s});
    QVERIFY2(installed.exitCode == 0, installed.err.constData());
    m_sandbox.control("POST", u"/_sandbox/faults"_s,
                      QJsonDocument(QJsonObject{{u"method"_s, u"GET"_s}, {u"path"_s, u"/extensions/azureml$"_s}, {u"kind"_s, u"status"_s},
                                                {u"status"_s, 503}, {u"retryAfter"_s, u"0"_s}, {u"count"_s, -1}}));
    const CliRun down = cli(QStringList{u"extension"_s, u"show"_s} + byName(u"aks-v2-ready"_s));
    m_sandbox.control("DELETE", u"/_sandbox/faults"_s);
    QCOMPARE(down.exitCode, 6);
}

QTEST_GUILESS_MAIN(TestCliExtension)
#include "tst_cli_extension.moc"
