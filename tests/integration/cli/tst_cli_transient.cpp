// clusterwright-cli against a sandbox process with injected transient faults: one fault at the
// Azure AD token endpoint, on a read (GET, status poll, listKeys) or on the Kubernetes secret GET
// is retried and the command succeeds; a persistent one fails after bounded retries with the
// "service unavailable" exit code (6), never "authentication" (3). Malformed resource IDs are
// usage errors (2) refused before any request.
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

const QString kTokenPath = u"/oauth2/v2.0/token$"_s;
const QString kSecretPath = u"/api/v1/namespaces/[^/]+/secrets/azuremlfessl$"_s;

} // namespace

class TestCliTransient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void tokenFaultRetried_data();
    void tokenFaultRetried();
    void tokenPersistentlyUnavailable();
    void readFaultRetried_data();
    void readFaultRetried();
    void pollMalformedRetried();
    void readPersistentlyUnavailable();
    void secretPersistentlyUnavailable();
    void malformedResourceIds_data();
    void malformedResourceIds();

private:
    QString tmp(const QString &name) const { return m_dir.filePath(name); }
    void addFault(const QJsonObject &fault);
    // HTTP statuses the sandbox logged for the method and path, in order.
    QList<int> statuses(const QByteArray &method, const QString &pathRegex);

    cw::test::SandboxProcess m_sandbox;
    QTemporaryDir m_dir{QString::fromLocal8Bit(qgetenv("CW_TEST_TMPDIR")) + u"/cli-transient-XXXXXX"_s};
    int m_run = 0;
};

void TestCliTransient::initTestCase()
{
    cw::applyAppIdentity(*QCoreApplication::instance());
    QVERIFY(m_dir.isValid());
    QVERIFY(m_sandbox.start());
    const QString endpointFile = tmp(u"ready.json"_s);
    QVERIFY(m_sandbox.writeEndpointFile(endpointFile));
    const CliRun login = runCli({u"login"_s, u"sandbox"_s, u"--endpoint-file"_s, endpointFile});
    QVERIFY2(login.exitCode == 0, login.err.constData());
}

void TestCliTransient::init()
{
    m_sandbox.control("DELETE", u"/_sandbox/faults"_s);
    m_sandbox.control("DELETE", u"/_sandbox/requests"_s);
}

void TestCliTransient::addFault(const QJsonObject &fault)
{
    const QJsonDocument answer = m_sandbox.control("POST", u"/_sandbox/faults"_s, QJsonDocument(fault));
    QVERIFY2(answer.object().value(u"id"_s).toInt() > 0, answer.toJson().constData());
}

QList<int> TestCliTransient::statuses(const QByteArray &method, const QString &pathRegex)
{
    const QRegularExpression pattern(pathRegex);
    QList<int> result;
    for (const QJsonValue &entry : m_sandbox.requests()) {
        const QJsonObject o = entry.toObject();
        if (o.value(u"method"_s).toString().toLatin1() == method
            && pattern.match(o.value(u"path"_s).toString()).hasMatch())
            result.append(o.value(u"status"_s).toInt());
    }
    return result;
}

void TestCliTransient::tokenFaultRetried_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<QList<int>>("logged"); // the token endpoint's answers, in order
    const QJsonObject base{{u"method"_s, u"POST"_s}, {u"path"_s, kTokenPath}, {u"count"_s, 1}};
    auto with = [&base](std::initializer_list<std::pair<QString, QJsonValue>> extra) {
        QJsonObject o = base;
        for (const auto &[key, value] : extra)
            o.insert(key, value);
        return o;
    };
    QTest::newRow("429 Retry-After 1")
        << with({{u"kind"_s, u"status"_s}, {u"status"_s, 429}, {u"retryAfter"_s, u"1"_s}}) << QList<int>{429, 200};
    QTest::newRow("500") << with({{u"kind"_s, u"status"_s}, {u"status"_s, 500}}) << QList<int>{500, 200};
    QTest::newRow("503") << with({{u"kind"_s, u"status"_s}, {u"status"_s, 503}}) << QList<int>{503, 200};
    // The stalled answer is abandoned (not logged) after the 2 s per-try timeout set below.
    QTest::newRow("35 s stall") << with({{u"kind"_s, u"delay"_s}, {u"delayMs"_s, 35000}}) << QList<int>{200};
    QTest::newRow("malformed 200") << with({{u"kind"_s, u"malformed"_s}}) << QList<int>{200, 200};
}

void TestCliTransient::tokenFaultRetried()
{
    QFETCH(QJsonObject, fault);
    QFETCH(QList<int>, logged);
    addFault(fault);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CLUSTERWRIGHT_AAD_TIMEOUT_MS"_s, u"2000"_s);
    const CliRun run = runCli({u"list"_s, u"-o"_s, u"json"_s}, env);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.json().isArray());
    QCOMPARE(statuses("POST", kTokenPath), logged);
}

void TestCliTransient::tokenPersistentlyUnavailable()
{
    addFault({{u"method"_s, u"POST"_s}, {u"path"_s, kTokenPath}, {u"kind"_s, u"status"_s}, {u"status"_s, 503},
              {u"count"_s, -1}});
    const CliRun run = runCli({u"list"_s});
    QCOMPARE(run.exitCode, 6); // not 3: nothing says the credential is wrong
    QVERIFY2(run.err.contains("Azure AD did not answer"), run.err.constData());
    QCOMPARE(statuses("POST", kTokenPath), (QList<int>{503, 503, 503, 503})); // 1 try + 3 retries

    // The same through `login`, which only asks for a token.
    m_sandbox.control("DELETE", u"/_sandbox/requests"_s);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, tmp(u"login-503-config"_s)); // the saved profile stays as it is
    const CliRun login = runCli({u"login"_s, u"sandbox"_s, u"--endpoint-file"_s, tmp(u"ready.json"_s)}, env);
    QCOMPARE(login.exitCode, 6);
    QVERIFY2(login.err.contains("Azure AD did not answer"), login.err.constData());
}

void TestCliTransient::readFaultRetried_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QList<int>>("logged");

    const QStringList show{u"show"_s, u"inference-prod"_s, u"-o"_s, u"json"_s};
    const QStringList keys{u"kubeconfig"_s, u"tls-prod"_s, u"--file"_s, u"-"_s};
    const QStringList backup{u"tls-backup"_s, u"tls-prod"_s, u"--dir"_s};
    const QString compute = u"/computes/inference-prod$"_s;
    const QString listKeys = u"/computes/tls-prod/listKeys$"_s;
    QTest::newRow("GET compute malformed") << show << u"GET"_s << compute << u"malformed"_s << 0 << QList<int>{200, 200};
    QTest::newRow("listKeys malformed") << keys << u"POST"_s << listKeys << u"malformed"_s << 0 << QList<int>{200, 200};
    for (const int status : {429, 500, 503})
        QTest::addRow("listKeys %d", status) << keys << u"POST"_s << listKeys << u"status"_s << status
                                             << QList<int>{status, 200};
    for (const int status : {401, 429, 500, 503})
        QTest::addRow("kube secret %d", status) << backup << u"GET"_s << kSecretPath << u"status"_s << status
                                                << QList<int>{status, 200};
    QTest::newRow("kube secret malformed") << backup << u"GET"_s << kSecretPath << u"malformed"_s << 0
                                           << QList<int>{200, 200};
}

void TestCliTransient::readFaultRetried()
{
    QFETCH(QStringList, command);
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QString, kind);
    QFETCH(int, status);
    QFETCH(QList<int>, logged);
    QJsonObject fault{{u"method"_s, method}, {u"path"_s, path}, {u"kind"_s, kind}, {u"count"_s, 1}};
    if (status) {
        fault.insert(u"status"_s, status);
        if (status == 429)
            fault.insert(u"retryAfter"_s, u"1"_s);
    }
    addFault(fault);
    if (command.last() == u"--dir"_s)
        command.append(tmp(u"backup-%1"_s.arg(++m_run)));
    const CliRun run = runCli(command);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(statuses(method.toLatin1(), path), logged); // the fault, then the retry that worked
}

void TestCliTransient::pollMalformedRetried()
{
    const QString poll = u"/computeOperationsStatus/"_s;
    addFault({{u"method"_s, u"GET"_s}, {u"path"_s, poll}, {u"kind"_s, u"malformed"_s}, {u"count"_s, 1}});
    const CliRun run = runCli({u"create"_s, u"tr-poll"_s, u"--poll-interval-ms"_s, u"200"_s, u"-o"_s, u"json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().array().first().toObject().value(u"state"_s).toString(), u"succeeded"_s);
    QVERIFY(statuses("GET", poll).size() >= 2); // the unreadable status, then a poll that was read
    QCOMPARE(statuses("PUT", u"/computes/tr-poll$"_s).size(), 1);
}

void TestCliTransient::readPersistentlyUnavailable()
{
    const QString listKeys = u"/computes/tls-prod/listKeys$"_s;
    addFault({{u"method"_s, u"POST"_s}, {u"path"_s, listKeys}, {u"kind"_s, u"status"_s}, {u"status"_s, 503},
              {u"count"_s, -1}});
    const CliRun run = runCli({u"kubeconfig"_s, u"tls-prod"_s, u"--file"_s, u"-"_s});
    QCOMPARE(run.exitCode, 6);
    QVERIFY2(run.err.contains("Cannot read the keys of compute 'tls-prod'"), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QCOMPARE(statuses("POST", listKeys), QList<int>(6, 503)); // bounded: 1 try + ARM's 5 retries
}

void TestCliTransient::secretPersistentlyUnavailable()
{
    addFault({{u"method"_s, u"GET"_s}, {u"path"_s, kSecretPath}, {u"kind"_s, u"status"_s}, {u"status"_s, 503},
              {u"count"_s, -1}});
    const CliRun run = runCli({u"tls-backup"_s, u"tls-prod"_s, u"--dir"_s, tmp(u"backup-503"_s)});
    QCOMPARE(run.exitCode, 6);
    QVERIFY2(run.err.contains("azuremlfessl"), run.err.constData());
    QCOMPARE(statuses("GET", kSecretPath), (QList<int>{503, 503, 503, 503})); // bounded: 1 try + 3 retries
    QVERIFY(!QFile::exists(tmp(u"backup-503/key.pem"_s)));
}

void TestCliTransient::malformedResourceIds_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const QString shape = u"/providers/Microsoft.ContainerService/managedClusters/"_s;
    QTest::newRow("attach garbage") << QStringList{u"attach"_s, u"tr-att"_s, u"--cluster-id"_s, u"garbage"_s} << shape;
    QTest::newRow("attach wrong provider")
        << QStringList{u"attach"_s, u"tr-att"_s, u"--cluster-id"_s,
                       u"/subscriptions/00000000-0000-4000-8000-000000000001/resourceGroups/rg/providers/"
                       "Microsoft.Compute/virtualMachines/vm"_s}
        << shape;
    QTest::newRow("preflight attach garbage")
        << QStringList{u"preflight"_s, u"attach"_s, u"tr-att"_s, u"--cluster-id"_s, u"../../x"_s} << shape;
    QTest::newRow("subscription garbage") << QStringList{u"list"_s, u"--subscription"_s, u"garbage"_s}
                                          << u"not a subscription ID"_s;
}

void TestCliTransient::malformedResourceIds()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(expected.toUtf8()), run.err.constData());
    QCOMPARE(m_sandbox.requests().size(), 0); // refused before any request (Azure AD included)
}

QTEST_GUILESS_MAIN(TestCliTransient)
#include "tst_cli_transient.moc"
