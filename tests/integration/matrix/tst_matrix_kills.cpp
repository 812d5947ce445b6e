// Issue 17's kill matrix, kept in the suite: clusterwright-cli is SIGKILLed while the journal
// shows step N of a create, an attach or a re-attach running, then `operations resume ID`
// finishes it. With a real keychain (the test runs with a private gnome-keyring) and without
// one (no Secret Service on the bus: the re-attach keeps its TLS material in --tls-backup-file
// or reads it back from the cluster's azuremlfessl secret). Each run checks: exactly one
// processed create/attach PUT, the compute ends Succeeded, the re-attached certificate and key
// are the same as before, no key material left in the keychain, the backup file removed.
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "../sandbox/SandboxTestUtil.h"
#include "MatrixSupport.h"
#include "common/AppIdentity.h"

using namespace Qt::StringLiterals;
using namespace cw;

class TestMatrixKills : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedThenResumed_data();
    void killedThenResumed();
    void unreadableDetachAnswerThenResumed_data();
    void unreadableDetachAnswerThenResumed();
    void cleanupTestCase();

private:
    QString tmp(const QString &name) const { return m_dir.filePath(name); }
    QProcessEnvironment env(bool keychain) const;
    QByteArray tlsMaterial(const QString &compute);

    test::SandboxProcess m_sandbox;
    QTemporaryDir m_dir{QString::fromLocal8Bit(qgetenv("CW_TEST_TMPDIR")) + u"/matrix-kills-XXXXXX"_s};
    QString m_certFile, m_keyFile, m_cname;
    QByteArray m_tlsBefore;
    matrix::Counts m_counts;
    int m_row = 0;
};

QProcessEnvironment TestMatrixKills::env(bool keychain) const
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    if (!keychain) // no Secret Service: the D-Bus session leads nowhere
        e.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/clusterwright-matrix-bus"_s);
    return e;
}

QByteArray TestMatrixKills::tlsMaterial(const QString &compute)
{
    const QString dir = tmp(u"tls-read-%1"_s.arg(++m_row));
    if (runCli({u"tls-backup"_s, compute, u"--dir"_s, dir}).exitCode != 0)
        return {};
    QFile cert(dir + u"/cert.pem"_s), key(dir + u"/key.pem"_s);
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return {};
    return cert.readAll() + key.readAll();
}

void TestMatrixKills::initTestCase()
{
    applyAppIdentity(*QCoreApplication::instance()); // the CLI's journal directory
    QVERIFY(m_dir.isValid());
    QVERIFY(matrix::startAndLogin(m_sandbox, tmp(u"ready.json"_s)));
    // Slow enough that every waiting step lasts a few polls (create 1.6 s, attach 0.8 s).
    m_sandbox.control("POST", u"/_sandbox/settings"_s,
                      QJsonDocument(QJsonObject{{u"speed"_s, 0.2}, {u"regionalCoreQuota"_s, 100000}}));
    const QString dir = tmp(u"tls-prod-files"_s);
    QCOMPARE(runCli({u"tls-backup"_s, u"tls-prod"_s, u"--dir"_s, dir}).exitCode, 0);
    m_certFile = dir + u"/cert.pem"_s;
    m_keyFile = dir + u"/key.pem"_s;
    m_cname = test::computeProps(m_sandbox, u"tls-prod"_s).value(u"properties"_s).toObject()
                  .value(u"sslConfiguration"_s).toObject().value(u"cname"_s).toString();
    m_tlsBefore = tlsMaterial(u"tls-prod"_s);
    QVERIFY(!m_tlsBefore.isEmpty());
}

void TestMatrixKills::killedThenResumed_data()
{
    QTest::addColumn<QString>("op");       // create, attach, reattach, reattach-files
    QTest::addColumn<QString>("keeping");  // keychain, backup-file, cluster-secret
    QTest::addColumn<int>("killAtStep");
    struct Variant {
        const char *op;
        const char *keeping;
        int steps;
    };
    const Variant variants[] = {
        {"create", "keychain", 4},        {"attach", "keychain", 4},
        {"reattach", "keychain", 8},      {"reattach-files", "keychain", 8},
        {"create", "no keychain", 4},     {"attach", "no keychain", 4},
        {"reattach", "backup-file", 8},   {"reattach", "cluster-secret", 8},
    };
    for (const Variant &v : variants)
        for (int step = 0; step < v.steps; ++step)
            QTest::addRow("%s, %s, killed at step %d", v.op, v.keeping, step)
                << QString::fromLatin1(v.op) << QString::fromLatin1(v.keeping) << step;
}

void TestMatrixKills::killedThenResumed()
{
    QFETCH(QString, op);
    QFETCH(QString, keeping);
    QFETCH(int, killAtStep);
    ++m_counts.runs;
    const int n = ++m_row;
    const bool keychain = keeping == u"keychain"_s;
    const QProcessEnvironment environment = env(keychain);

    QString compute;
    QStringList args;
    const QString backupFile = tmp(u"backup-%1.json"_s.arg(n));
    if (op == u"create"_s) {
        compute = u"mk-%1"_s.arg(n);
        args = {u"create"_s, compute, u"--purpose"_s, u"dev-test"_s, u"--nodes"_s, u"1"_s};
    } else if (op == u"attach"_s) {
        compute = u"mka-%1"_s.arg(n);
        args = {u"attach"_s, compute, u"--cluster-id"_s, test::clusterIdOf(m_sandbox, u"rg-aks"_s, u"aks-plain"_s)};
    } else {
        compute = u"tls-prod"_s;
        args = {u"reattach"_s, compute};
        if (op == u"reattach-files"_s)
            args << u"--cert-file"_s << m_certFile << u"--key-file"_s << m_keyFile;
        if (keeping == u"backup-file"_s)
            args << u"--tls-backup-file"_s << backupFile;
    }
    args << u"--poll-interval-ms"_s << u"100"_s;
    m_sandbox.control("DELETE", u"/_sandbox/requests"_s);

    // Run until the journal shows step N running ("running" is a passing moment: latch it).
    const QDateTime since = QDateTime::currentDateTimeUtc().addMSecs(-1);
    std::unique_ptr<QProcess> first(startCli(args, environment));
    QSignalSpy finished(first.get(), &QProcess::finished);
    bool reached = false;
    const auto killPoint = [&] {
        if (!reached) {
            const auto r = matrix::newestRecord(compute, since);
            reached = first->state() == QProcess::NotRunning
                || (r && r->currentStep >= killAtStep && r->currentStep < r->steps.size()
                    && r->steps.at(r->currentStep).state == ops::StepState::Running);
        }
        return reached;
    };
    QStringList problems;
    if (!QTest::qWaitFor(killPoint, 60000)) {
        ++m_counts.hangs;
        problems << u"step %1 never reached"_s.arg(killAtStep);
    }
    const bool killed = first->state() != QProcess::NotRunning;
    if (killed) {
        first->kill(); // SIGKILL
        QVERIFY(finished.wait(10000));
    } else if (first->exitStatus() != QProcess::NormalExit) {
        ++m_counts.crashes;
        problems << u"the CLI crashed before the kill"_s;
    }
    QString log = u"first run %1: %2"_s.arg(killed ? u"killed"_s : u"ended with %1"_s.arg(first->exitCode()))
                      .arg(QString::fromUtf8(first->readAllStandardError()).trimmed());

    std::optional<ops::OperationRecord> record = matrix::newestRecord(compute, since);
    for (int i = 0; i < 2 && record && record->canResume(); ++i) {
        const matrix::Outcome resumed = matrix::runCliTimed({u"operations"_s, u"resume"_s, record->id}, environment, 120000);
        log += u"\nresume: exit %1: %2"_s.arg(resumed.run.exitCode).arg(QString::fromUtf8(resumed.run.err).trimmed());
        if (resumed.hung)
            ++m_counts.hangs, problems << u"resume hang"_s;
        if (resumed.signalled)
            ++m_counts.crashes, problems << u"resume crash"_s;
        record = matrix::newestRecord(compute, since);
    }

    const int processed = matrix::processedPuts(m_sandbox, compute);
    if (processed > 1)
        m_counts.duplicatePuts += processed - 1, problems << u"%1 processed PUTs"_s.arg(processed);
    const QString state = matrix::computeState(m_sandbox, compute);
    bool lost = !record || record->state != ops::OperationState::Succeeded || state != u"Succeeded"_s || processed != 1;
    if (lost)
        problems << u"not finished as asked: journal %1 (%2), compute %3"_s
                        .arg(record ? ops::nameOf(record->state) : u"none"_s, record ? record->error : QString(), state);
    if (op.startsWith(u"reattach"_s) && state == u"Succeeded"_s) {
        const QString tls = test::computeProps(m_sandbox, compute).value(u"properties"_s).toObject()
                                .value(u"sslConfiguration"_s).toObject().value(u"status"_s).toString();
        if (tls != u"Enabled"_s || tlsMaterial(compute) != m_tlsBefore)
            lost = true, problems << u"the certificate was not restored intact (TLS %1)"_s.arg(tls);
        if (record && record->tlsKept != keeping)
            problems << u"the journal says the TLS material was kept in '%1'"_s.arg(record->tlsKept);
        if (QFile::exists(backupFile))
            ++m_counts.leftoverSecrets, problems << u"the backup file was left behind"_s;
    }
    if (lost)
        ++m_counts.lost;
    const int leftover = keychain ? matrix::keychainLeftovers(record ? record->id : QString()) : 0;
    if (leftover > 0)
        m_counts.leftoverSecrets += leftover, problems << u"%1 key material entries left in the keychain"_s.arg(leftover);

    // The next row starts from the same world (a failed row must not fail the next ones).
    const bool settled = QTest::qWaitFor([&] {
        const QString now = matrix::computeState(m_sandbox, compute);
        return now == u"absent"_s || now == u"Succeeded"_s || now == u"Failed"_s;
    }, 30000);
    if (!settled)
        problems << u"the compute did not settle"_s;
    if (op.startsWith(u"reattach"_s) && matrix::computeState(m_sandbox, compute) == u"absent"_s)
        runCli({u"attach"_s, compute, u"--cluster-id"_s, test::clusterIdOf(m_sandbox, u"rg-ml"_s, u"tls-prod-aks"_s),
                u"--cert-file"_s, m_certFile, u"--key-file"_s, m_keyFile, u"--cname"_s, m_cname,
                u"--poll-interval-ms"_s, u"100"_s});
    if (op == u"create"_s && state != u"absent"_s)
        runCli({u"detach"_s, compute, u"--delete-cluster"_s, u"--poll-interval-ms"_s, u"100"_s});
    if (op == u"attach"_s && state != u"absent"_s)
        runCli({u"detach"_s, compute, u"--poll-interval-ms"_s, u"100"_s});
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s) + u'\n' + log));
}

void TestMatrixKills::unreadableDetachAnswerThenResumed_data()
{
    QTest::addColumn<QString>("op");
    QTest::newRow("reattach") << u"reattach"_s;
    QTest::newRow("detach") << u"detach"_s;
    QTest::newRow("delete") << u"delete"_s;
}

void TestMatrixKills::unreadableDetachAnswerThenResumed()
{
    // What a kill right after the DELETE left does, without depending on when the kill lands:
    // the DELETE is processed but its answer is unreadable, and the resume comes while that
    // detach is still running (2 s at speed 1), so the DELETE sent again meets a 409.
    QFETCH(QString, op);
    ++m_counts.runs;
    const int n = ++m_row;
    QString compute = u"tls-prod"_s;
    QStringList args{u"reattach"_s, compute};
    if (op == u"detach"_s) {
        compute = u"mkd-%1"_s.arg(n);
        QCOMPARE(runCli({u"attach"_s, compute, u"--cluster-id"_s, test::clusterIdOf(m_sandbox, u"rg-aks"_s, u"aks-plain"_s),
                         u"--poll-interval-ms"_s, u"100"_s}).exitCode, 0);
        args = {u"detach"_s, compute};
    } else if (op == u"delete"_s) {
        compute = u"mkx-%1"_s.arg(n);
        QCOMPARE(runCli({u"create"_s, compute, u"--purpose"_s, u"dev-test"_s, u"--nodes"_s, u"1"_s,
                         u"--poll-interval-ms"_s, u"100"_s}).exitCode, 0);
        args = {u"detach"_s, compute, u"--delete-cluster"_s};
    }
    args << u"--poll-interval-ms"_s << u"100"_s;
    m_sandbox.control("POST", u"/_sandbox/settings"_s, QJsonDocument(QJsonObject{{u"speed"_s, 1.0}}));
    m_sandbox.control("POST", u"/_sandbox/faults"_s,
                      QJsonDocument(QJsonObject{{u"method"_s, u"DELETE"_s}, {u"path"_s, u"/computes/%1$"_s.arg(compute)},
                                                {u"kind"_s, u"malformed"_s}, {u"count"_s, 1}}));
    const QDateTime since = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const CliRun first = runCli(args);
    std::optional<ops::OperationRecord> record = matrix::newestRecord(compute, since);
    QVERIFY2(record, first.err.constData());
    QString log = QString::fromUtf8(first.err);
    for (int i = 0; i < 2 && record->canResume(); ++i) {
        const CliRun resumed = runCli({u"operations"_s, u"resume"_s, record->id});
        log += QString::fromUtf8(resumed.err);
        record = matrix::newestRecord(compute, since);
    }
    m_sandbox.control("POST", u"/_sandbox/settings"_s, QJsonDocument(QJsonObject{{u"speed"_s, 0.2}}));
    const bool succeeded = record->state == ops::OperationState::Succeeded;
    if (!succeeded)
        ++m_counts.lost;
    const QString state = matrix::computeState(m_sandbox, compute);
    if (op == u"reattach"_s && state == u"absent"_s) // the next rows need tls-prod
        runCli({u"attach"_s, compute, u"--cluster-id"_s, test::clusterIdOf(m_sandbox, u"rg-ml"_s, u"tls-prod-aks"_s),
                u"--cert-file"_s, m_certFile, u"--key-file"_s, m_keyFile, u"--cname"_s, m_cname,
                u"--poll-interval-ms"_s, u"100"_s});
    QVERIFY2(succeeded, qPrintable(log));
    QCOMPARE(state, op == u"reattach"_s ? u"Succeeded"_s : u"absent"_s);
    if (op == u"reattach"_s)
        QCOMPARE(tlsMaterial(compute), m_tlsBefore);
}

void TestMatrixKills::cleanupTestCase()
{
    printf("%s\n", qPrintable(m_counts.line(u"kills"_s)));
    fflush(stdout);
    m_sandbox.stop();
}

QTEST_GUILESS_MAIN(TestMatrixKills)
#include "tst_matrix_kills.moc"
