// clusterwright-cli against a sandbox process: every subcommand and every exit code.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "CliRunner.h"
#include "common/AppIdentity.h"
#include "ops/Journal.h"
#include "session/SandboxLauncher.h"
#include "TestPki.h"
#include "support/SandboxProcess.h"

using namespace Qt::StringLiterals;

namespace {

QJsonObject findByName(const QJsonArray &array, const QString &name)
{
    for (const QJsonValue &v : array)
        if (v.toObject().value(u"name"_s).toString() == name)
            return v.toObject();
    return {};
}

bool isOwnerOnly(const QString &path)
{
    const QFile::Permissions p = QFile::permissions(path);
    return (p & (QFile::ReadOwner | QFile::WriteOwner)) && !(p & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther));
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usage_data();
    void usage();
    void authFailure();
    void readCommands();
    void clusters();
    void preflight();
    void englishPluralsInTheCLocale();
    void createUpdate();
    void vmSizesComeFromTheRegion();
    void attachKubeconfigDetach();
    void tlsBackup();
    void operationFailed();
    void noWaitThenResume();
    void unreadablePutAnswerThenResumeById();
    void resumeWithoutIdPicksUpResumableFailures();
    void killedAndResumed();
    void reattach();
    void passphraseProtectedKey();
    void traceHttp();
    void embeddedSandbox();
    void cleanupTestCase();

private:
    QString tmp(const QString &name) const { return m_dir.filePath(name); }
    int puts(const QString &compute) { return m_sandbox.countRequests("PUT", u"/computes/%1$"_s.arg(compute)); }
    QString clusterId(const QString &rg, const QString &name) const
    {
        return u"/subscriptions/%1/resourceGroups/%2/providers/Microsoft.ContainerService/managedClusters/%3"_s.arg(
            m_sandbox.endpoint().subscriptionId, rg, name);
    }

    cw::test::SandboxProcess m_sandbox;
    QTemporaryDir m_dir{QString::fromLocal8Bit(qgetenv("CW_TEST_TMPDIR")) + u"/cli-XXXXXX"_s};
    QString m_endpointFile;
};

void TestCli::initTestCase()
{
    cw::applyAppIdentity(*QCoreApplication::instance()); // same paths as the CLI (journal, sandbox)
    QVERIFY(m_dir.isValid());
    QVERIFY(m_sandbox.start());
    m_endpointFile = tmp(u"ready.json"_s);
    QVERIFY(m_sandbox.writeEndpointFile(m_endpointFile));
    const CliRun login = runCli({u"login"_s, u"sandbox"_s, u"--endpoint-file"_s, m_endpointFile});
    QVERIFY2(login.exitCode == 0, login.err.constData());
}

void TestCli::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no command") << QStringList{} << 2;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << 2;
    QTest::newRow("secret as argument refused") << QStringList{u"list"_s, u"--client-secret"_s, u"x"_s} << 2;
    QTest::newRow("bad output") << QStringList{u"list"_s, u"--output"_s, u"xml"_s} << 2;
    QTest::newRow("show without name") << QStringList{u"show"_s} << 2;
    QTest::newRow("login unknown") << QStringList{u"login"_s, u"nonsense"_s} << 2;
    QTest::newRow("login missing file") << QStringList{u"login"_s, u"sandbox"_s, u"--endpoint-file"_s, u"/nonexistent"_s} << 2;
    QTest::newRow("sp without secret") << QStringList{u"login"_s, u"service-principal"_s, u"--tenant"_s, u"t"_s} << 2;
    QTest::newRow("create without name") << QStringList{u"create"_s} << 2;
    QTest::newRow("update without change") << QStringList{u"update"_s, u"inference-prod"_s} << 2;
    QTest::newRow("operations unknown") << QStringList{u"operations"_s, u"frob"_s} << 2;
    QTest::newRow("bad purpose") << QStringList{u"preflight"_s, u"create"_s, u"x-aks"_s, u"--purpose"_s, u"huge"_s} << 2;
    QTest::newRow("help") << QStringList{u"--help"_s} << 0;
}

void TestCli::usage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, exitCode);
}

void TestCli::authFailure()
{
    // A second configuration directory whose profile points at a copy of the ready line.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, tmp(u"other-config"_s));
    const QString copy = tmp(u"ready-copy.json"_s);
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_endpointFile, copy));
    QCOMPARE(runCli({u"login"_s, u"sandbox"_s, u"--endpoint-file"_s, copy}, env).exitCode, 0);
    QCOMPARE(runCli({u"list"_s}, env).exitCode, 0);

    QJsonObject ready = m_sandbox.readyLine().object();
    ready[u"clientSecret"_s] = u"wrong-secret"_s;
    QFile f(copy);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(ready).toJson(QJsonDocument::Compact));
    f.close();
    const CliRun list = runCli({u"list"_s}, env);
    QCOMPARE(list.exitCode, 3);
    QVERIFY(!list.err.contains("wrong-secret"));
    QCOMPARE(runCli({u"login"_s, u"sandbox"_s, u"--endpoint-file"_s, copy}, env).exitCode, 3);
}

void TestCli::readCommands()
{
    const CliRun ws = runCli({u"workspaces"_s, u"-o"_s, u"json"_s});
    QCOMPARE(ws.exitCode, 0);
    QVERIFY(!findByName(ws.json().array(), u"ws-demo"_s).isEmpty());

    const CliRun list = runCli({u"list"_s, u"--output"_s, u"json"_s});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(!findByName(list.json().array(), u"inference-prod"_s).isEmpty());
    const CliRun tsv = runCli({u"list"_s, u"--output"_s, u"tsv"_s});
    QCOMPARE(tsv.exitCode, 0);
    QVERIFY(tsv.out.contains("inference-prod\tAKS\t"));
    const CliRun table = runCli({u"list"_s});
    QVERIFY(table.out.startsWith("NAME"));

    const CliRun show = runCli({u"show"_s, u"legacy-failed"_s, u"-o"_s, u"json"_s});
    QCOMPARE(show.exitCode, 0);
    QCOMPARE(show.json().object().value(u"name"_s).toString(), u"legacy-failed"_s);
    const CliRun showTable = runCli({u"show"_s, u"legacy-failed"_s});
    QVERIFY(showTable.out.contains("errors"));
    QCOMPARE(runCli({u"show"_s, u"no-such-compute"_s}).exitCode, 5);
    QCOMPARE(runCli({u"list"_s, u"-w"_s, u"no-such-ws"_s}).exitCode, 5);

    const CliRun versions = runCli({u"versions"_s, u"-o"_s, u"json"_s});
    QCOMPARE(versions.exitCode, 0);
    QVERIFY(!versions.json().array().isEmpty());
    const CliRun sizes = runCli({u"vm-sizes"_s, u"--location"_s, u"westeurope"_s, u"-o"_s, u"json"_s});
    QCOMPARE(sizes.exitCode, 0);
    QVERIFY(!findByName(sizes.json().array(), u"Standard_D3_v2"_s).isEmpty());
}

void TestCli::clusters()
{
    const CliRun run = runCli({u"clusters"_s, u"-o"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray all = run.json().array();
    QVERIFY(all.size() >= 8);
    QVERIFY(findByName(all, u"aks-plain"_s).value(u"attachable"_s).toString() != u"fail"_s);
    QCOMPARE(findByName(all, u"aks-attached"_s).value(u"attachable"_s).toString(), u"fail"_s);
    QCOMPARE(findByName(all, u"aks-old-version"_s).value(u"attachable"_s).toString(), u"fail"_s);
}

// With no catalogue for the UI language (the C locale of a terminal or CI), the English one
// gives the plural forms: "3 nodes", never the source's "3 node(s)".
void TestCli::englishPluralsInTheCLocale()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C"_s);
    env.remove(u"LANGUAGE"_s);
    const CliRun run = runCli({u"preflight"_s, u"create"_s, u"pf-plural"_s, u"--nodes"_s, u"3"_s}, env);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("3 nodes x 4 vCPUs"), run.out.constData());
    QVERIFY2(!run.out.contains("node(s)"), run.out.constData());
}

void TestCli::preflight()
{
    const CliRun tooSmall = runCli({u"preflight"_s, u"create"_s, u"pf-one"_s, u"--nodes"_s, u"1"_s, u"-o"_s, u"json"_s});
    QCOMPARE(tooSmall.exitCode, 4);
    QVERIFY(!tooSmall.json().array().isEmpty());
    QCOMPARE(runCli({u"preflight"_s, u"create"_s, u"pf-ok"_s}).exitCode, 0);
    // Issue 16 item 2: a region the subscription does not list is refused before anything is sent;
    // a listed one passes.
    const CliRun badRegion = runCli({u"preflight"_s, u"create"_s, u"pf-region"_s, u"--location"_s, u"e2s"_s, u"-o"_s, u"json"_s});
    QCOMPARE(badRegion.exitCode, 4);
    bool regionFailed = false;
    for (const QJsonValue &check : badRegion.json().array())
        regionFailed |= check[u"id"_s].toString() == u"create.region"_s && check[u"status"_s].toString() == u"fail"_s;
    QVERIFY2(regionFailed, badRegion.out.constData());
    QCOMPARE(runCli({u"preflight"_s, u"create"_s, u"pf-region"_s, u"--location"_s, u"eastus"_s}).exitCode, 0);
    // Issue 16 item 3: the internal load balancer's subnet name is checked too.
    QCOMPARE(runCli({u"preflight"_s, u"create"_s, u"pf-ilb"_s, u"--ilb"_s, u"--lb-subnet"_s, u"bad subnet!"_s}).exitCode, 4);
    QCOMPARE(runCli({u"preflight"_s, u"create"_s, u"pf-ilb"_s, u"--ilb"_s, u"--lb-subnet"_s, u"snet_1"_s}).exitCode, 0);
    QCOMPARE(runCli({u"preflight"_s, u"attach"_s, u"pf-att"_s, u"--cluster-id"_s, clusterId(u"rg-aks"_s, u"aks-plain"_s)}).exitCode, 0);
    QCOMPARE(runCli({u"preflight"_s, u"attach"_s, u"pf-att"_s, u"--cluster-id"_s, clusterId(u"rg-aks"_s, u"aks-attached"_s)}).exitCode, 4);
    QCOMPARE(runCli({u"preflight"_s, u"attach"_s, u"pf-att"_s, u"--cluster-id"_s, clusterId(u"rg-aks"_s, u"no-such-aks"_s)}).exitCode, 5);
}

void TestCli::createUpdate()
{
    const CliRun refused = runCli({u"create"_s, u"cli-tiny"_s, u"--nodes"_s, u"1"_s});
    QCOMPARE(refused.exitCode, 4);
    QCOMPARE(puts(u"cli-tiny"_s), 0);

    const CliRun create = runCli({u"create"_s, u"cli-new"_s, u"--poll-interval-ms"_s, u"200"_s, u"-o"_s, u"json"_s});
    QVERIFY2(create.exitCode == 0, create.err.constData());
    QCOMPARE(create.json().array().first().toObject().value(u"state"_s).toString(), u"succeeded"_s);
    QCOMPARE(puts(u"cli-new"_s), 1);
    const CliRun again = runCli({u"create"_s, u"cli-new"_s});
    QCOMPARE(again.exitCode, 4); // the name is taken: the preflight refuses before any PUT
    QCOMPARE(puts(u"cli-new"_s), 1);

    QCOMPARE(runCli({u"update"_s, u"cli-new"_s, u"--ilb"_s, u"--lb-subnet"_s, u"default"_s}).exitCode, 0);
    const CliRun shown = runCli({u"show"_s, u"cli-new"_s, u"-o"_s, u"json"_s});
    QCOMPARE(shown.json()[u"properties"_s][u"properties"_s][u"loadBalancerType"_s].toString(), u"InternalLoadBalancer"_s);
    QCOMPARE(runCli({u"update"_s, u"cli-new"_s, u"--leaf-label"_s, u"contoso"_s}).exitCode, 4); // TLS + ILB
    QCOMPARE(runCli({u"update"_s, u"cli-new"_s, u"--nodes"_s, u"4"_s}).exitCode, 0);
    QCOMPARE(runCli({u"update"_s, u"no-such-compute"_s, u"--nodes"_s, u"4"_s}).exitCode, 5);
}

// Issue 14: `update --nodes` and the preflight check sizes against the region's VM sizes (the
// session's cache), not a built-in table; sizes that cannot be read are reported as not checked.
void TestCli::vmSizesComeFromTheRegion()
{
    // Standard_F2s_v2 (2 vCPUs) was not in the removed built-in table: its check was a note.
    const CliRun create = runCli({u"create"_s, u"cli-f2"_s, u"--purpose"_s, u"dev-test"_s, u"--vm-size"_s, u"Standard_F2s_v2"_s,
                                  u"--nodes"_s, u"1"_s, u"--poll-interval-ms"_s, u"200"_s});
    QVERIFY2(create.exitCode == 0, create.err.constData());
    const CliRun scale = runCli({u"update"_s, u"cli-f2"_s, u"--nodes"_s, u"2"_s});
    QVERIFY2(scale.exitCode == 0, scale.err.constData());
    QVERIFY2(!scale.err.contains("not in the region's list") && !scale.err.contains("not checked"), scale.err.constData());
    QCOMPARE(runCli({u"detach"_s, u"cli-f2"_s, u"--delete-cluster"_s}).exitCode, 0); // frees the cores

    // The region's sizes refused once: the size check warns that it was not checked, and why.
    QJsonObject fault;
    fault.insert(u"method"_s, u"GET"_s);
    fault.insert(u"path"_s, u"/locations/westeurope/vmSizes$"_s);
    fault.insert(u"status"_s, 403);
    fault.insert(u"count"_s, 1);
    m_sandbox.control("POST", u"/_sandbox/faults"_s, QJsonDocument(fault));
    const CliRun unread = runCli({u"preflight"_s, u"create"_s, u"pf-nosizes"_s, u"-o"_s, u"json"_s});
    QVERIFY2(unread.exitCode == 0, unread.err.constData()); // a warning: the service still decides
    QString status, reason;
    for (const QJsonValue &check : unread.json().array())
        if (check[u"id"_s].toString() == u"size"_s) {
            status = check[u"status"_s].toString();
            reason = check[u"reason"_s].toString();
        }
    QCOMPARE(status, u"warn"_s);
    QVERIFY2(reason.contains(u"not checked"_s), qPrintable(reason));
    QVERIFY2(unread.err.contains("VM sizes could not be read"), unread.err.constData());
}

void TestCli::attachKubeconfigDetach()
{
    const CliRun attach = runCli({u"attach"_s, u"cli-att"_s, u"--cluster-id"_s, clusterId(u"rg-aks"_s, u"aks-plain"_s)});
    QVERIFY2(attach.exitCode == 0, attach.err.constData());

    const QString config = tmp(u"cli-att.kubeconfig"_s);
    QCOMPARE(runCli({u"kubeconfig"_s, u"cli-att"_s, u"--file"_s, config}).exitCode, 0);
    QVERIFY(isOwnerOnly(config));
    QFile f(config);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("clusters"));
    QCOMPARE(runCli({u"kubeconfig"_s, u"no-such-compute"_s, u"--file"_s, tmp(u"x"_s)}).exitCode, 5);
    QCOMPARE(runCli({u"kubeconfig"_s, u"cli-att"_s}).exitCode, 2);

    QCOMPARE(runCli({u"detach"_s, u"cli-att"_s}).exitCode, 0);
    QCOMPARE(runCli({u"show"_s, u"cli-att"_s}).exitCode, 5);
    QCOMPARE(runCli({u"detach"_s, u"cli-att"_s}).exitCode, 5);
}

void TestCli::tlsBackup()
{
    const QString dir = tmp(u"tls"_s);
    const CliRun run = runCli({u"tls-backup"_s, u"tls-prod"_s, u"--dir"_s, dir});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    for (const QString &name : {u"cert.pem"_s, u"key.pem"_s})
        QVERIFY(isOwnerOnly(dir + u'/' + name));
    QFile cert(dir + u"/cert.pem"_s);
    QVERIFY(cert.open(QIODevice::ReadOnly));
    QVERIFY(cert.readAll().contains("BEGIN CERTIFICATE"));
    QCOMPARE(runCli({u"tls-backup"_s, u"tls-prod"_s, u"--dir"_s, dir}).exitCode, 2); // no silent overwrite
    QCOMPARE(runCli({u"tls-backup"_s, u"tls-prod"_s, u"--dir"_s, dir, u"--overwrite"_s}).exitCode, 0);
    QCOMPARE(runCli({u"tls-backup"_s, u"no-such-compute"_s, u"--dir"_s, tmp(u"tls2"_s)}).exitCode, 5);
}

void TestCli::operationFailed()
{
    m_sandbox.control("POST", u"/_sandbox/operations/fail-next"_s,
                      QJsonDocument(QJsonObject{{u"path"_s, u"cli-fail"_s},
                                                {u"errors"_s, QJsonArray{QJsonObject{{u"code"_s, u"QuotaExceeded"_s},
                                                                                     {u"message"_s, u"Quota test"_s}}}}}));
    const CliRun run = runCli({u"create"_s, u"cli-fail"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("Quota test"));
}

void TestCli::noWaitThenResume()
{
    const CliRun start = runCli({u"create"_s, u"cli-later"_s, u"--no-wait"_s, u"-o"_s, u"json"_s});
    QVERIFY2(start.exitCode == 0, start.err.constData());
    const QJsonObject record = start.json().array().first().toObject();
    QCOMPARE(record.value(u"state"_s).toString(), u"running"_s);
    const QString id = record.value(u"id"_s).toString();

    const CliRun listed = runCli({u"operations"_s, u"list"_s, u"-o"_s, u"json"_s});
    QCOMPARE(listed.exitCode, 0);
    bool found = false;
    for (const QJsonValue &v : listed.json().array())
        found = found || (v[u"id"_s].toString() == id && v[u"state"_s].toString() == u"running"_s);
    QVERIFY(found);

    const CliRun resumed = runCli({u"operations"_s, u"resume"_s});
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    QCOMPARE(runCli({u"show"_s, u"cli-later"_s, u"-o"_s, u"json"_s}).json()[u"properties"_s][u"provisioningState"_s].toString(),
             u"Succeeded"_s);
    QCOMPARE(puts(u"cli-later"_s), 1);
    QCOMPARE(runCli({u"operations"_s, u"resume"_s, id}).exitCode, 0);         // already succeeded
    QCOMPARE(runCli({u"operations"_s, u"resume"_s, u"deadbeef"_s}).exitCode, 5);
}

void TestCli::unreadablePutAnswerThenResumeById()
{
    // Issue 17, item 1: the create PUT's 2xx has an unreadable body. Whatever the first run
    // concludes, `operations resume ID` never sends the PUT again.
    m_sandbox.control("POST", u"/_sandbox/faults"_s,
                      QJsonDocument(QJsonObject{{u"method"_s, u"PUT"_s}, {u"path"_s, u"/computes/cli-garbled$"_s},
                                                {u"kind"_s, u"malformed"_s}, {u"count"_s, 1}}));
    const CliRun create = runCli({u"create"_s, u"cli-garbled"_s, u"--purpose"_s, u"dev-test"_s, u"--nodes"_s, u"1"_s, u"--poll-interval-ms"_s, u"200"_s, u"-o"_s, u"json"_s});
    const QString id = create.json().array().first().toObject().value(u"id"_s).toString();
    QVERIFY2(!id.isEmpty(), create.err.constData());
    const CliRun resumed = runCli({u"operations"_s, u"resume"_s, id, u"-o"_s, u"json"_s});
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    QCOMPARE(puts(u"cli-garbled"_s), 1);
    const CliRun listed = runCli({u"operations"_s, u"list"_s, u"-o"_s, u"json"_s});
    QString state;
    for (const QJsonValue &v : listed.json().array())
        if (v[u"id"_s].toString() == id)
            state = v[u"state"_s].toString();
    QCOMPARE(state, u"succeeded"_s);
    QCOMPARE(runCli({u"detach"_s, u"cli-garbled"_s, u"--delete-cluster"_s}).exitCode, 0); // frees the cores
}

void TestCli::resumeWithoutIdPicksUpResumableFailures()
{
    // Issue 17, item 6: a create that lost track of its long-running part fails with "resume to
    // keep waiting"; `operations resume` without an id picks it up and finishes it.
    m_sandbox.control("POST", u"/_sandbox/faults"_s,
                      QJsonDocument(QJsonObject{{u"method"_s, u"GET"_s}, {u"path"_s, u"computeOperationsStatus"_s},
                                                {u"kind"_s, u"status"_s}, {u"status"_s, 403}, {u"count"_s, -1}}));
    const CliRun create = runCli({u"create"_s, u"cli-lost"_s, u"--purpose"_s, u"dev-test"_s, u"--nodes"_s, u"1"_s, u"--poll-interval-ms"_s, u"200"_s, u"-o"_s, u"json"_s});
    m_sandbox.control("DELETE", u"/_sandbox/faults"_s);
    QCOMPARE(create.exitCode, 1);
    QVERIFY2(create.err.contains("Resume"), create.err.constData());
    const QString id = create.json().array().first().toObject().value(u"id"_s).toString();

    const CliRun resumed = runCli({u"operations"_s, u"resume"_s, u"-o"_s, u"json"_s});
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    QVERIFY2(resumed.err.contains(QStringLiteral("Resuming operation %1").arg(id).toUtf8()), resumed.err.constData());
    bool succeeded = false;
    for (const QJsonValue &v : resumed.json().array())
        succeeded = succeeded || (v[u"id"_s].toString() == id && v[u"state"_s].toString() == u"succeeded"_s);
    QVERIFY2(succeeded, resumed.out.constData());
    QCOMPARE(puts(u"cli-lost"_s), 1);

    // Nothing left: says so, and names the failed operation that is not resumed and why.
    const CliRun again = runCli({u"operations"_s, u"resume"_s});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.err.contains("Nothing to resume"), again.err.constData());
    QVERIFY2(again.err.contains("cli-fail") && again.err.contains("final"), again.err.constData());
    QCOMPARE(runCli({u"detach"_s, u"cli-lost"_s, u"--delete-cluster"_s}).exitCode, 0); // frees the cores
}

void TestCli::killedAndResumed()
{
    // Slow the sandbox so the create is still running when the CLI is killed while it waits.
    m_sandbox.control("POST", u"/_sandbox/settings"_s, QJsonDocument(QJsonObject{{u"speed"_s, 0.5}}));
    std::unique_ptr<QProcess> cli(startCli({u"create"_s, u"cli-killed"_s}));
    const cw::ops::Journal journal(cw::ops::Journal::defaultDirectory());
    auto waiting = [&journal] {
        for (const cw::ops::OperationRecord &r : journal.unfinished())
            if (r.computeName == u"cli-killed"_s && r.lro.isValid())
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(waiting(), 30000);
    QSignalSpy finished(cli.get(), &QProcess::finished);
    cli->kill(); // SIGKILL
    QVERIFY(finished.wait(10000));
    QCOMPARE(cli->exitStatus(), QProcess::CrashExit);

    const CliRun resumed = runCli({u"operations"_s, u"resume"_s});
    m_sandbox.control("POST", u"/_sandbox/settings"_s, QJsonDocument(QJsonObject{{u"speed"_s, 0.01}}));
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    QCOMPARE(puts(u"cli-killed"_s), 1); // exactly one PUT across the kill
    QCOMPARE(runCli({u"show"_s, u"cli-killed"_s, u"-o"_s, u"json"_s}).json()[u"properties"_s][u"provisioningState"_s].toString(),
             u"Succeeded"_s);
}

void TestCli::reattach()
{
    QCOMPARE(runCli({u"reattach"_s, u"no-such-compute"_s}).exitCode, 5);
    const CliRun run = runCli({u"reattach"_s, u"inference-prod"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestCli::passphraseProtectedKey()
{
    // The key file is passphrase-protected: the passphrase comes from the environment (never an
    // argument), the key goes to Azure decrypted; re-attach takes the same files.
    const cw::tls::test::TestPki pki;
    const cw::tls::test::TestKey key(cw::tls::test::KeyKind::EcP256);
    const QString cert = tmp(u"tls-cert.pem"_s);
    const QString keyFile = tmp(u"tls-key.pem"_s);
    for (const auto &[path, bytes] : {std::pair{cert, pki.leafPem(key)}, std::pair{keyFile, key.encryptedPkcs8Pem("open sesame")}}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
    }
    const QStringList create{u"create"_s, u"cli-tls"_s, u"--purpose"_s, u"dev-test"_s, u"--nodes"_s, u"1"_s,
                             u"--cert-file"_s, cert, u"--key-file"_s, keyFile, u"--cname"_s, u"www.contoso.com"_s};
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"CLUSTERWRIGHT_KEY_PASSPHRASE"_s);
    const CliRun noPassphrase = runCli(create, env);
    QCOMPARE(noPassphrase.exitCode, 2);
    QVERIFY2(noPassphrase.err.contains("CLUSTERWRIGHT_KEY_PASSPHRASE"), noPassphrase.err.constData());
    env.insert(u"CLUSTERWRIGHT_KEY_PASSPHRASE"_s, u"wrong"_s);
    QCOMPARE(runCli(create, env).exitCode, 2);
    QCOMPARE(puts(u"cli-tls"_s), 0);

    env.insert(u"CLUSTERWRIGHT_KEY_PASSPHRASE"_s, u"open sesame"_s);
    const CliRun created = runCli(create, env);
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const QJsonObject ssl = runCli({u"show"_s, u"cli-tls"_s, u"-o"_s, u"json"_s})
                                .json()[u"properties"_s][u"properties"_s][u"sslConfiguration"_s].toObject();
    QCOMPARE(ssl.value(u"status"_s).toString(), u"Enabled"_s);
    QCOMPARE(ssl.value(u"cname"_s).toString(), u"www.contoso.com"_s);

    QCOMPARE(runCli({u"reattach"_s, u"cli-tls"_s, u"--cert-file"_s, cert}, env).exitCode, 2); // key missing
    const CliRun reattached = runCli({u"reattach"_s, u"cli-tls"_s, u"--cert-file"_s, cert, u"--key-file"_s, keyFile}, env);
    QVERIFY2(reattached.exitCode == 0, reattached.err.constData());
    QCOMPARE(puts(u"cli-tls"_s), 2); // the create, then the re-attach's attach

    // Replacing the certificate in place: the new key material reaches the service (the journal
    // never holds it).
    const CliRun updated = runCli({u"update"_s, u"cli-tls"_s, u"--cert-file"_s, cert, u"--key-file"_s, keyFile,
                                   u"--cname"_s, u"scoring.contoso.com"_s},
                                  env);
    QCOMPARE(updated.exitCode, 4); // the certificate does not cover the new CNAME: refused before sending
    // Re-attached, the cluster is an attached one now: its nodes are scaled in AKS.
    QCOMPARE(runCli({u"update"_s, u"cli-tls"_s, u"--nodes"_s, u"2"_s}, env).exitCode, 4);
    const int before = m_sandbox.countRequests("PUT", u"/computes/cli-tls$"_s);
    const CliRun replaced = runCli({u"update"_s, u"cli-tls"_s, u"--cert-file"_s, cert, u"--key-file"_s, keyFile,
                                    u"--cname"_s, u"www.contoso.com"_s},
                                   env);
    QVERIFY2(replaced.exitCode == 0, replaced.err.constData());
    QCOMPARE(m_sandbox.countRequests("PUT", u"/computes/cli-tls$"_s), before + 1);
    const QJsonObject after = runCli({u"show"_s, u"cli-tls"_s, u"-o"_s, u"json"_s}).json()[u"properties"_s][u"properties"_s].toObject();
    QCOMPARE(after.value(u"sslConfiguration"_s).toObject().value(u"status"_s).toString(), u"Enabled"_s);
}

void TestCli::traceHttp()
{
    const QString trace = tmp(u"trace.log"_s);
    QCOMPARE(runCli({u"list"_s, u"--trace-http"_s, trace}).exitCode, 0);
    QVERIFY(isOwnerOnly(trace));
    QFile f(trace);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("/computes"));
    QVERIFY(!text.contains(m_sandbox.endpoint().clientSecret.toUtf8()));
    QVERIFY(!text.contains("Bearer ey"));
}

void TestCli::embeddedSandbox()
{
    // No profile: the embedded sandbox, started as a child process, guarded by a lock file.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, tmp(u"empty-config"_s));
    QLockFile lock(cw::session::SandboxLauncher::defaultStateDirectory() + u".lock"_s);
    QDir().mkpath(QFileInfo(lock.fileName()).absolutePath());
    QVERIFY(lock.tryLock(0));
    const CliRun locked = runCli({u"list"_s}, env);
    QCOMPARE(locked.exitCode, 1);
    QVERIFY2(locked.err.contains("in use"), locked.err.constData());
    lock.unlock();
    const CliRun embedded = runCli({u"list"_s, u"-o"_s, u"json"_s}, env);
    QVERIFY2(embedded.exitCode == 0, embedded.err.constData());
    QVERIFY(!findByName(embedded.json().array(), u"inference-prod"_s).isEmpty());

    // Each run starts the embedded sandbox anew; it listens on the previous run's port again, so
    // an operation URL journaled by one run is still valid in the next.
    const CliRun started = runCli({u"create"_s, u"embedded-later"_s, u"--purpose"_s, u"dev-test"_s, u"--nodes"_s,
                                   u"1"_s, u"--no-wait"_s, u"-o"_s, u"json"_s},
                                  env);
    QVERIFY2(started.exitCode == 0, started.err.constData());
    QCOMPARE(started.json().array().first()[u"state"_s].toString(), u"running"_s);
    const CliRun resumed = runCli({u"operations"_s, u"resume"_s, u"-o"_s, u"json"_s}, env);
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    const CliRun shown = runCli({u"show"_s, u"embedded-later"_s, u"-o"_s, u"json"_s}, env);
    QCOMPARE(shown.json()[u"properties"_s][u"provisioningState"_s].toString(), u"Succeeded"_s);
}

void TestCli::cleanupTestCase()
{
    m_sandbox.stop();
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
