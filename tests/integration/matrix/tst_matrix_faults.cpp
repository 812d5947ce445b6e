// Issue 17's fault matrix, kept in the suite: every operation of the CLI × every request it makes
// × 14 fault kinds injected by the sandbox. Each run then resumes the operation when it ended
// resumable and checks: no duplicate processed PUT (sandbox request log), nothing lost (the
// compute ends as asked, or the operation ends failed and the journal says why; a transient
// fault must not make it fail), no crash or hang of the CLI, no operation key material left in
// the keychain (a real Secret Service), the TLS certificate and key intact. Built twice
// (MATRIX_PART 1: create, attach, scale; 2: detach, delete, re-attach, TLS update, kubeconfig) so
// ctest can run the halves side by side.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "../sandbox/SandboxTestUtil.h"
#include "MatrixSupport.h"
#include "common/AppIdentity.h"

using namespace Qt::StringLiterals;
using namespace cw;

namespace {

const QString kToken = u"/oauth2/v2.0/token$"_s;
const QString kPoll = u"/computeOperationsStatus/"_s;
const QString kSecret = u"/api/v1/namespaces/[^/]+/secrets/azuremlfessl$"_s;

struct Pair {
    const char *op;      // create, attach, scale, detach, delete, reattach, update-tls, kubeconfig
    const char *request; // readable name of the request
    const char *method;
    QString path;        // regex; %1 = the compute's name
    int part;
};

QList<Pair> pairs()
{
    return {
        {"create", "token", "POST", kToken, 1},
        {"create", "GET compute", "GET", u"/computes/%1$"_s, 1},
        {"create", "PUT", "PUT", u"/computes/%1$"_s, 1},
        {"create", "poll", "GET", kPoll, 1},
        {"attach", "GET cluster", "GET", u"/managedClusters/aks-plain$"_s, 1},
        {"attach", "PUT", "PUT", u"/computes/%1$"_s, 1},
        {"attach", "poll", "GET", kPoll, 1},
        {"scale", "GET compute", "GET", u"/computes/%1$"_s, 1},
        {"scale", "PUT", "PUT", u"/computes/%1$"_s, 1},
        {"scale", "poll", "GET", kPoll, 1},
        {"detach", "DELETE", "DELETE", u"/computes/%1$"_s, 2},
        {"detach", "poll", "GET", kPoll, 2},
        {"delete", "DELETE", "DELETE", u"/computes/%1$"_s, 2},
        {"delete", "poll", "GET", kPoll, 2},
        {"reattach", "GET compute", "GET", u"/computes/%1$"_s, 2},
        {"reattach", "kube secret GET", "GET", kSecret, 2},
        {"reattach", "DELETE", "DELETE", u"/computes/%1$"_s, 2},
        {"reattach", "PUT", "PUT", u"/computes/%1$"_s, 2},
        {"reattach", "poll", "GET", kPoll, 2},
        {"update-tls", "PUT", "PUT", u"/computes/%1$"_s, 2},
        {"kubeconfig", "listKeys", "POST", u"/computes/%1/listKeys$"_s, 2},
    };
}

struct Kind {
    const char *name;
    QJsonObject spec;  // kind, status, retryAfter, count, delayMs
    bool transient;    // the operation must still end as asked
};

QList<Kind> kinds()
{
    auto status = [](int code, int count = 1) {
        return QJsonObject{{u"kind"_s, u"status"_s}, {u"status"_s, code}, {u"count"_s, count}};
    };
    QJsonObject throttled = status(429);
    throttled.insert(u"retryAfter"_s, u"1"_s);
    return {
        {"429 Retry-After 1", throttled, true},
        {"500", status(500), true},
        {"502", status(502), true},
        {"503", status(503), true},
        {"504", status(504), true},
        {"503 twice", status(503, 2), true},
        {"408", status(408), true},
        {"409", status(409), false},
        {"401", status(401), false},
        {"404", status(404), false},
        {"drop", {{u"kind"_s, u"drop"_s}, {u"count"_s, 1}}, true},
        // Past the Azure AD client's timeout (set to 1.5 s below); a slow answer for ARM.
        {"delay 2.5 s", {{u"kind"_s, u"delay"_s}, {u"delayMs"_s, 2500}, {u"count"_s, 1}}, true},
        {"malformed 2xx", {{u"kind"_s, u"malformed"_s}, {u"count"_s, 1}}, true},
        {"malformed twice", {{u"kind"_s, u"malformed"_s}, {u"count"_s, 2}}, true},
    };
}

} // namespace

class TestMatrixFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void faultThenResume_data();
    void faultThenResume();
    void cleanupTestCase();

private:
    QString tmp(const QString &name) const { return m_dir.filePath(name); }
    QString clusterId(const QString &name) const { return test::clusterIdOf(m_sandbox, u"rg-aks"_s, name); }
    // The CLI with a short Azure AD timeout, so a stalled token request is abandoned quickly.
    QProcessEnvironment env() const;
    bool cli(const QStringList &arguments, QByteArray *err = nullptr);
    // The compute's TLS certificate and key as the cluster's azuremlfessl secret holds them.
    QByteArray tlsMaterial(const QString &compute);
    QJsonObject inner(const QString &compute);
    // Brings the shared computes back to their starting point after a row that failed.
    void restore(const QString &op, const QString &compute);

    test::SandboxProcess m_sandbox;
    QTemporaryDir m_dir{QString::fromLocal8Bit(qgetenv("CW_TEST_TMPDIR")) + u"/matrix-faults-XXXXXX"_s};
    QString m_certFile, m_keyFile, m_cname;
    QByteArray m_tlsBefore;
    matrix::Counts m_counts;
    int m_row = 0;
    int m_nodes = 1;
};

QProcessEnvironment TestMatrixFaults::env() const
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(u"CLUSTERWRIGHT_AAD_TIMEOUT_MS"_s, u"1500"_s);
    return e;
}

bool TestMatrixFaults::cli(const QStringList &arguments, QByteArray *err)
{
    const CliRun run = runCli(arguments, env());
    if (err)
        *err = run.err;
    if (run.exitCode != 0)
        qWarning("%s: exit %d: %s", qPrintable(arguments.join(u' ')), run.exitCode, run.err.constData());
    return run.exitCode == 0;
}

QByteArray TestMatrixFaults::tlsMaterial(const QString &compute)
{
    const QString dir = tmp(u"tls-%1"_s.arg(++m_row * 1000 + 1));
    if (!cli({u"tls-backup"_s, compute, u"--dir"_s, dir}))
        return {};
    QFile cert(dir + u"/cert.pem"_s), key(dir + u"/key.pem"_s);
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return {};
    return cert.readAll() + key.readAll();
}

QJsonObject TestMatrixFaults::inner(const QString &compute)
{
    return test::computeProps(m_sandbox, compute).value(u"properties"_s).toObject();
}

void TestMatrixFaults::initTestCase()
{
    applyAppIdentity(*QCoreApplication::instance()); // the CLI's journal directory
    QVERIFY(m_dir.isValid());
    QVERIFY(matrix::startAndLogin(m_sandbox, tmp(u"ready.json"_s)));
    // Many computes come and go: the regional core quota is not what is tested here.
    m_sandbox.control("POST", u"/_sandbox/settings"_s, QJsonDocument(QJsonObject{{u"regionalCoreQuota"_s, 100000}}));
#if MATRIX_PART == 1
    QVERIFY(cli({u"create"_s, u"mf-scale"_s, u"--purpose"_s, u"dev-test"_s, u"--nodes"_s, u"1"_s,
                 u"--poll-interval-ms"_s, u"100"_s}));
#else
    // The certificate of tls-prod, for the TLS update rows and the "intact" check.
    const QString dir = tmp(u"tls-prod-files"_s);
    QVERIFY(cli({u"tls-backup"_s, u"tls-prod"_s, u"--dir"_s, dir}));
    m_certFile = dir + u"/cert.pem"_s;
    m_keyFile = dir + u"/key.pem"_s;
    m_cname = inner(u"tls-prod"_s).value(u"sslConfiguration"_s).toObject().value(u"cname"_s).toString();
    QVERIFY(!m_cname.isEmpty());
    m_tlsBefore = tlsMaterial(u"tls-prod"_s);
    QVERIFY(!m_tlsBefore.isEmpty());
#endif
}

void TestMatrixFaults::init()
{
    m_sandbox.control("DELETE", u"/_sandbox/faults"_s);
    m_sandbox.control("DELETE", u"/_sandbox/requests"_s);
}

void TestMatrixFaults::faultThenResume_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<bool>("transient");
    for (const Pair &p : pairs()) {
        if (p.part != MATRIX_PART)
            continue;
        for (const Kind &k : kinds())
            QTest::addRow("%s × %s × %s", p.op, p.request, k.name)
                << QString::fromLatin1(p.op) << QString::fromLatin1(p.method) << p.path << k.spec << k.transient;
    }
}

void TestMatrixFaults::restore(const QString &op, const QString &compute)
{
    const QString state = matrix::computeState(m_sandbox, compute);
    if (op == u"create"_s || op == u"delete"_s) {
        if (state != u"absent"_s)
            cli({u"detach"_s, compute, u"--delete-cluster"_s, u"--poll-interval-ms"_s, u"100"_s});
    } else if (op == u"attach"_s || op == u"detach"_s) {
        if (state != u"absent"_s)
            cli({u"detach"_s, compute, u"--poll-interval-ms"_s, u"100"_s});
    } else if ((op == u"reattach"_s || op == u"update-tls"_s) && state == u"absent"_s) {
        // A re-attach that ended failed after its detach: attach tls-prod again with its files.
        cli({u"attach"_s, compute, u"--cluster-id"_s, test::clusterIdOf(m_sandbox, u"rg-ml"_s, u"tls-prod-aks"_s),
             u"--cert-file"_s, m_certFile, u"--key-file"_s, m_keyFile, u"--cname"_s, m_cname,
             u"--poll-interval-ms"_s, u"100"_s});
    }
}

void TestMatrixFaults::faultThenResume()
{
    QFETCH(QString, op);
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QJsonObject, fault);
    QFETCH(bool, transient);
    const int n = ++m_row;
    ++m_counts.runs;

    // The operation, its starting point, and what it asks for.
    QString compute;
    QStringList args;
    int expectedPuts = 1;
    const QStringList wait{u"--poll-interval-ms"_s, u"100"_s, u"-o"_s, u"json"_s};
    if (op == u"create"_s) {
        compute = u"mfc-%1"_s.arg(n);
        args = QStringList{u"create"_s, compute, u"--purpose"_s, u"dev-test"_s, u"--nodes"_s, u"1"_s} + wait;
    } else if (op == u"attach"_s) {
        compute = u"mfa-%1"_s.arg(n);
        args = QStringList{u"attach"_s, compute, u"--cluster-id"_s, clusterId(u"aks-plain"_s)} + wait;
    } else if (op == u"scale"_s) {
        compute = u"mf-scale"_s;
        m_nodes = m_nodes == 1 ? 2 : 1;
        args = QStringList{u"update"_s, compute, u"--nodes"_s, QString::number(m_nodes)} + wait;
    } else if (op == u"detach"_s) {
        compute = u"mfd-%1"_s.arg(n);
        QVERIFY(cli({u"attach"_s, compute, u"--cluster-id"_s, clusterId(u"aks-plain"_s), u"--poll-interval-ms"_s, u"100"_s}));
        args = QStringList{u"detach"_s, compute} + wait;
        expectedPuts = 0;
    } else if (op == u"delete"_s) {
        compute = u"mfx-%1"_s.arg(n);
        QVERIFY(cli({u"create"_s, compute, u"--purpose"_s, u"dev-test"_s, u"--nodes"_s, u"1"_s, u"--poll-interval-ms"_s, u"100"_s}));
        args = QStringList{u"detach"_s, compute, u"--delete-cluster"_s} + wait;
        expectedPuts = 0;
    } else if (op == u"reattach"_s) {
        compute = u"tls-prod"_s;
        args = QStringList{u"reattach"_s, compute} + wait;
    } else if (op == u"update-tls"_s) {
        compute = u"tls-prod"_s;
        args = QStringList{u"update"_s, compute, u"--cert-file"_s, m_certFile, u"--key-file"_s, m_keyFile,
                           u"--cname"_s, m_cname} + wait;
    } else if (op == u"kubeconfig"_s) {
        compute = u"tls-prod"_s;
        args = QStringList{u"kubeconfig"_s, compute, u"--file"_s, u"-"_s};
        expectedPuts = 0;
    }
    m_sandbox.control("DELETE", u"/_sandbox/requests"_s);

    fault.insert(u"method"_s, method);
    fault.insert(u"path"_s, path.contains(u"%1"_s) ? path.arg(compute) : path);
    const int faultId = m_sandbox.control("POST", u"/_sandbox/faults"_s, QJsonDocument(fault)).object().value(u"id"_s).toInt();
    QVERIFY(faultId > 0);

    const QDateTime since = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const matrix::Outcome first = matrix::runCliTimed(args, env(), 120000);
    // How often the fault fired (it is removed once used up).
    int left = 0;
    for (const QJsonValue &v : m_sandbox.control("GET", u"/_sandbox/faults"_s).array())
        if (v[u"id"_s].toInt() == faultId)
            left = v[u"count"_s].toInt();
    const int fired = fault.value(u"count"_s).toInt() - left;
    m_sandbox.control("DELETE", u"/_sandbox/faults"_s);

    QStringList problems;
    QString log = u"first run: exit %1 in %2 ms: %3"_s.arg(first.run.exitCode).arg(first.elapsedMs)
                      .arg(QString::fromUtf8(first.run.err).trimmed());
    if (first.hung) {
        ++m_counts.hangs;
        problems << u"hang"_s;
    }
    if (first.signalled) {
        ++m_counts.crashes;
        problems << u"crash"_s;
    }
    if (fired < 1)
        problems << u"the fault never fired"_s;

    // Resume while the journal says the operation can be resumed (at most twice).
    std::optional<ops::OperationRecord> record = matrix::newestRecord(compute, since);
    for (int i = 0; i < 2 && record && record->canResume(); ++i) {
        const matrix::Outcome resumed = matrix::runCliTimed({u"operations"_s, u"resume"_s, record->id}, env(), 120000);
        log += u"\nresume: exit %1: %2"_s.arg(resumed.run.exitCode).arg(QString::fromUtf8(resumed.run.err).trimmed());
        if (resumed.hung) {
            ++m_counts.hangs;
            problems << u"resume hang"_s;
        }
        if (resumed.signalled) {
            ++m_counts.crashes;
            problems << u"resume crash"_s;
        }
        record = matrix::newestRecord(compute, since);
    }

    // Never twice.
    int processed = matrix::processedPuts(m_sandbox, compute);
    if (fault.value(u"status"_s).toInt() == 409 && method == u"PUT"_s)
        processed -= fired; // the injected 409s were not processed
    if (processed > expectedPuts) {
        m_counts.duplicatePuts += processed - expectedPuts;
        problems << u"%1 processed PUTs"_s.arg(processed);
    }

    // Never lost: as asked, or failed and said so.
    const QString state = matrix::computeState(m_sandbox, compute);
    bool asAsked = false;
    if (op == u"create"_s || op == u"attach"_s)
        asAsked = state == u"Succeeded"_s;
    else if (op == u"scale"_s)
        asAsked = state == u"Succeeded"_s && inner(compute).value(u"agentCount"_s).toInt() == m_nodes;
    else if (op == u"detach"_s || op == u"delete"_s)
        asAsked = state == u"absent"_s;
    else if (op == u"reattach"_s || op == u"update-tls"_s)
        asAsked = state == u"Succeeded"_s
            && inner(compute).value(u"sslConfiguration"_s).toObject().value(u"status"_s).toString() == u"Enabled"_s;
    else if (op == u"kubeconfig"_s)
        asAsked = first.run.exitCode == 0 && first.run.out.contains("clusters:");
    const bool isOperation = op != u"kubeconfig"_s;
    const bool succeeded = isOperation ? (record && record->state == ops::OperationState::Succeeded)
                                       : first.run.exitCode == 0;
    bool lost = false;
    if (succeeded && !asAsked)
        lost = true, problems << u"succeeded but the compute is %1"_s.arg(state);
    if (!succeeded) {
        const bool saidSo = first.run.exitCode != 0
            && (!isOperation || !record
                || (record->state == ops::OperationState::Failed && !record->canResume() && !record->error.isEmpty()));
        if (!saidSo)
            lost = true, problems << u"neither succeeded nor failed with a reason (journal: %1)"_s
                                         .arg(record ? ops::nameOf(record->state) + u' ' + record->error : u"none"_s);
        if (transient)
            lost = true, problems << u"a transient fault made it fail"_s;
    }
    if (lost)
        ++m_counts.lost;

    // Key material and certificates.
    const int leftover = matrix::keychainLeftovers(record ? record->id : QString());
    if (leftover > 0) {
        m_counts.leftoverSecrets += leftover;
        problems << u"%1 key material entries left in the keychain"_s.arg(leftover);
    }
    if ((op == u"reattach"_s || op == u"update-tls"_s) && state == u"Succeeded"_s && tlsMaterial(compute) != m_tlsBefore)
        ++m_counts.lost, problems << u"the certificate or key changed"_s;

    if (!problems.isEmpty() && !first.hung && !first.signalled && processed <= expectedPuts && !lost && leftover == 0)
        ++m_counts.other;
    restore(op, compute);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s) + u"\n"_s + log));
}

void TestMatrixFaults::cleanupTestCase()
{
    const QString line = m_counts.line(u"faults (part %1 of 2)"_s.arg(MATRIX_PART));
    printf("%s\n", qPrintable(line));
    fflush(stdout);
    m_sandbox.stop();
}

QTEST_GUILESS_MAIN(TestMatrixFaults)
#include "tst_matrix_faults.moc"
