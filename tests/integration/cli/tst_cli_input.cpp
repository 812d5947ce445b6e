// clusterwright-cli and the files a user names: what it reads (certificate and key files that
// are devices, FIFOs, directories or too large), what it checks (certificates the report
// refuses must refuse the preflight) and where it writes (no device, FIFO or link is replaced
// or followed; a trace that cannot be written fails the command).
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "CliRunner.h"
#include "TestPki.h"
#include "common/AppIdentity.h"
#include "support/SandboxProcess.h"

using namespace Qt::StringLiterals;
using namespace cw::tls::test;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

// Like runCli, but the child's address space is capped (2 GiB) so that a regression that reads
// /dev/zero without bound ends in a failed allocation, not in the machine's memory.
CliRun runCliBounded(const QStringList &arguments, int timeoutMs = 60000)
{
    QProcess process;
    if (!kSanitized) // ASan reserves terabytes of shadow memory
        process.setChildProcessModifier([] {
            const rlimit limit{rlim_t(2) << 30, rlim_t(2) << 30};
            ::setrlimit(RLIMIT_AS, &limit);
        });
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(CW_CLI_BIN), arguments);
    process.closeWriteChannel();
    CliRun run;
    if (!finished.wait(timeoutMs)) {
        process.kill();
        finished.wait(5000);
        run.crashed = true;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.crashed = run.crashed || process.exitStatus() != QProcess::NormalExit;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

mode_t nodeType(const QString &path)
{
    struct stat st {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & S_IFMT) : 0;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestCliInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unreadableCertificateInputs_data();
    void unreadableCertificateInputs();
    void certificatesThePreflightRefuses_data();
    void certificatesThePreflightRefuses();
    void reattachRefusesWhatTheReportRefuses();
    void kubeconfigOntoANode_data();
    void kubeconfigOntoANode();
    void tlsBackupRefusesALink();
    void traceThatCannotBeWritten_data();
    void traceThatCannotBeWritten();
    void loginInputsAreBounded();

private:
    QString tmp(const QString &name) const { return m_dir.filePath(name); }
    QString makeNode(const QString &kind);

    cw::test::SandboxProcess m_sandbox;
    QTemporaryDir m_dir{QString::fromLocal8Bit(qgetenv("CW_TEST_TMPDIR")) + u"/cli-input-XXXXXX"_s};
    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<TestKey> m_key;
    QString m_cert;
    QString m_keyFile;
    const QString m_host = u"ml.contoso.com"_s;
};

void TestCliInput::initTestCase()
{
    cw::applyAppIdentity(*QCoreApplication::instance());
    QVERIFY(m_dir.isValid());
    QVERIFY(m_sandbox.start());
    const QString endpoint = tmp(u"ready.json"_s);
    QVERIFY(writeFile(endpoint, m_sandbox.readyLine().toJson(QJsonDocument::Compact) + '\n'));
    const CliRun login = runCli({u"login"_s, u"sandbox"_s, u"--endpoint-file"_s, endpoint});
    QVERIFY2(login.exitCode == 0, login.err.constData());

    m_pki = std::make_unique<TestPki>();
    m_key = std::make_unique<TestKey>(KeyKind::Rsa2048);
    m_cert = tmp(u"cert.pem"_s);
    m_keyFile = tmp(u"key.pem"_s);
    QVERIFY(writeFile(m_cert, m_pki->leafPem(*m_key, {m_host, {m_host}}) + m_pki->caCertificatePem()));
    QVERIFY(writeFile(m_keyFile, m_key->pkcs8Pem()));
}

// A FIFO, or a character device: a copy of /dev/null made in the test's folder when this runs
// as root (so that no regression can ever replace the real one), else /dev/null itself (which
// an ordinary user cannot replace).
QString TestCliInput::makeNode(const QString &kind)
{
    static int serial = 0;
    const QString path = tmp(u"node-%1"_s.arg(++serial));
    if (kind == u"fifo"_s)
        return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0 ? path : QString();
    if (::geteuid() == 0)
        return ::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0600, makedev(1, 3)) == 0 ? path : QString();
    return u"/dev/null"_s;
}

void TestCliInput::unreadableCertificateInputs_data()
{
    QTest::addColumn<QString>("which"); // cert-file or key-file
    QTest::addColumn<QString>("path");
    QTest::newRow("cert /dev/zero") << u"cert-file"_s << u"/dev/zero"_s;
    QTest::newRow("cert /dev/urandom") << u"cert-file"_s << u"/dev/urandom"_s;
    QTest::newRow("key /dev/zero") << u"key-file"_s << u"/dev/zero"_s;
    QTest::newRow("key /dev/urandom") << u"key-file"_s << u"/dev/urandom"_s;
    QTest::newRow("cert fifo") << u"cert-file"_s << u"FIFO"_s;
    QTest::newRow("key fifo") << u"key-file"_s << u"FIFO"_s;
    QTest::newRow("cert directory") << u"cert-file"_s << u"DIR"_s;
    QTest::newRow("cert over the limit") << u"cert-file"_s << u"LARGE"_s;
}

void TestCliInput::unreadableCertificateInputs()
{
    QFETCH(QString, which);
    QFETCH(QString, path);
    if (path == u"FIFO"_s) {
        path = makeNode(u"fifo"_s); // nobody ever writes to it: a blocking open hangs
        QVERIFY(!path.isEmpty());
    } else if (path == u"DIR"_s) {
        path = m_dir.path();
    } else if (path == u"LARGE"_s) {
        path = tmp(u"large.pem"_s);
        QVERIFY(writeFile(path, m_pki->caCertificatePem() + QByteArray(1024 * 1024, '\n')));
    }
    const QString cert = which == u"cert-file"_s ? path : m_cert;
    const QString key = which == u"key-file"_s ? path : m_keyFile;
    for (const QStringList &command :
         {QStringList{u"preflight"_s, u"create"_s, u"in-bad"_s}, QStringList{u"create"_s, u"in-bad"_s},
          QStringList{u"update"_s, u"tls-prod"_s}, QStringList{u"reattach"_s, u"tls-prod"_s}}) {
        QStringList args = command;
        args << u"--cert-file"_s << cert << u"--key-file"_s << key;
        if (command.first() != u"reattach"_s)
            args << u"--cname"_s << m_host;
        const CliRun run = runCliBounded(args);
        QVERIFY2(!run.crashed, qPrintable(args.join(u' ') + u": "_s + QString::fromUtf8(run.err)));
        QVERIFY2(run.exitCode == 2, qPrintable(args.join(u' ') + u": "_s + QString::fromUtf8(run.err)));
        const QByteArray expected = path.endsWith(u"large.pem"_s) ? QByteArray("is larger than 1024 KiB")
                                                                 : QByteArray("is not a regular file (a device, FIFO or directory)");
        QVERIFY2(run.err.contains(expected), run.err.constData());
    }
    QCOMPARE(m_sandbox.countRequests("PUT", u"/computes/in-bad$"_s), 0);
}

void TestCliInput::certificatesThePreflightRefuses_data()
{
    QTest::addColumn<QByteArray>("certPem");
    QTest::addColumn<bool>("weakKey");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("finding");
    // Created per row from the fixture's PKI (initTestCase has run).
    QTest::newRow("good chain") << QByteArray("good") << false << 0 << QByteArray();
    QTest::newRow("intermediate first") << QByteArray("reversed") << false << 4 << QByteArray("certificate.chain-order");
    QTest::newRow("1024-bit RSA key") << QByteArray("good") << true << 4 << QByteArray("certificate.key-strength");
    QTest::newRow("key inside the certificate file") << QByteArray("with-key") << false << 4
                                                     << QByteArray("certificate.key-in-certificate");
}

void TestCliInput::certificatesThePreflightRefuses()
{
    QFETCH(QByteArray, certPem);
    QFETCH(bool, weakKey);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, finding);
    TestKey weak(weakKey ? KeyKind::Rsa1024 : KeyKind::Rsa2048);
    const TestKey &key = weakKey ? weak : *m_key;
    const QByteArray leaf = m_pki->leafPem(key, {m_host, {m_host}});
    const QByteArray ca = m_pki->caCertificatePem();
    QByteArray text = leaf + ca;
    if (certPem == "reversed")
        text = ca + leaf;
    else if (certPem == "with-key")
        text = leaf + key.pkcs8Pem() + ca;
    const QString certFile = tmp(u"pf-cert.pem"_s);
    const QString keyFile = tmp(u"pf-key.pem"_s);
    QVERIFY(writeFile(certFile, text));
    QVERIFY(writeFile(keyFile, key.pkcs8Pem()));

    const CliRun run = runCli({u"preflight"_s, u"create"_s, u"pf-tls"_s, u"--cert-file"_s, certFile, u"--key-file"_s,
                               keyFile, u"--cname"_s, m_host, u"-o"_s, u"json"_s});
    QVERIFY2(run.exitCode == exitCode, QByteArray(run.out + run.err).constData());
    if (!finding.isEmpty()) {
        bool found = false;
        for (const QJsonValue &v : run.json().array())
            found = found || (v[u"id"_s].toString().toUtf8() == finding && v[u"status"_s].toString() == u"fail"_s);
        QVERIFY2(found, run.out.constData());
    }
}

// Re-attach with the person's files: the same report, against the compute's CNAME, before
// anything is detached.
void TestCliInput::reattachRefusesWhatTheReportRefuses()
{
    const QString host = u"www.contoso.com"_s; // tls-prod's CNAME in the sandbox's seed
    const QByteArray leaf = m_pki->leafPem(*m_key, {host, {host}});
    const QString certFile = tmp(u"re-cert.pem"_s);
    QVERIFY(writeFile(certFile, leaf + m_key->pkcs8Pem()));
    const int deletes = m_sandbox.countRequests("DELETE", u"/computes/tls-prod"_s);
    const CliRun run = runCli({u"reattach"_s, u"tls-prod"_s, u"--cert-file"_s, certFile, u"--key-file"_s, m_keyFile});
    QVERIFY2(run.exitCode == 4, run.err.constData());
    QVERIFY2(run.err.contains("also holds a private key"), run.err.constData());
    QCOMPARE(m_sandbox.countRequests("DELETE", u"/computes/tls-prod"_s), deletes);
    QCOMPARE(runCli({u"show"_s, u"tls-prod"_s}).exitCode, 0);
}

void TestCliInput::kubeconfigOntoANode_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("character device") << u"chr"_s;
    QTest::newRow("fifo") << u"fifo"_s;
}

void TestCliInput::kubeconfigOntoANode()
{
    QFETCH(QString, kind);
    const QString node = makeNode(kind);
    QVERIFY(!node.isEmpty());
    const mode_t before = nodeType(node);
    QVERIFY(before == S_IFCHR || before == S_IFIFO);
    const CliRun run = runCliBounded({u"kubeconfig"_s, u"tls-prod"_s, u"--file"_s, node});
    QVERIFY2(run.exitCode == 2, run.err.constData());
    QVERIFY2(run.err.contains("is not a regular file"), run.err.constData());
    QCOMPARE(nodeType(node), before);

    // A link is not written through either, and a regular file still works.
    const QString target = tmp(u"kube-target"_s);
    const QString link = tmp(u"kube-link-%1"_s.arg(kind));
    QVERIFY(QFile::link(target, link));
    const CliRun linked = runCli({u"kubeconfig"_s, u"tls-prod"_s, u"--file"_s, link});
    QVERIFY2(linked.exitCode == 2, linked.err.constData());
    QVERIFY(!QFileInfo::exists(target));
    const CliRun ok = runCli({u"kubeconfig"_s, u"tls-prod"_s, u"--file"_s, tmp(u"kube-%1.yaml"_s.arg(kind))});
    QVERIFY2(ok.exitCode == 0, ok.err.constData());
}

void TestCliInput::tlsBackupRefusesALink()
{
    const QString dir = tmp(u"backup"_s);
    const QString elsewhere = tmp(u"elsewhere"_s);
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(QDir().mkpath(elsewhere));
    const QString target = elsewhere + u"/stolen-key.pem"_s;
    QVERIFY(QFile::link(target, dir + u"/key.pem"_s)); // dangling
    for (const QStringList &extra : {QStringList{}, QStringList{u"--overwrite"_s}}) {
        const CliRun run = runCli(QStringList{u"tls-backup"_s, u"tls-prod"_s, u"--dir"_s, dir} + extra);
        QVERIFY2(run.exitCode == 2, run.err.constData());
        QVERIFY2(run.err.contains("symbolic link"), run.err.constData());
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(!QFileInfo::exists(dir + u"/cert.pem"_s));
        QVERIFY(QFileInfo(dir + u"/key.pem"_s).isSymLink());
    }
}

void TestCliInput::traceThatCannotBeWritten_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("/dev/full") << u"/dev/full"_s;
    QTest::newRow("fifo") << u"FIFO"_s;
    QTest::newRow("directory") << u"DIR"_s;
}

void TestCliInput::traceThatCannotBeWritten()
{
    QFETCH(QString, path);
    if (path == u"FIFO"_s)
        path = makeNode(u"fifo"_s);
    else if (path == u"DIR"_s)
        path = m_dir.path();
    QVERIFY(!path.isEmpty());
    const mode_t before = nodeType(path);
    const CliRun run = runCliBounded({u"list"_s, u"--trace-http"_s, path});
    QVERIFY2(!run.crashed, run.err.constData());
    QVERIFY2(run.exitCode != 0, run.err.constData());
    QVERIFY2(run.err.contains("trace"), run.err.constData());
    QCOMPARE(nodeType(path), before);
}

void TestCliInput::loginInputsAreBounded()
{
    for (const QString &endpoint : {u"/dev/zero"_s, makeNode(u"fifo"_s), m_dir.path()}) {
        const CliRun run = runCliBounded({u"login"_s, u"sandbox"_s, u"--endpoint-file"_s, endpoint});
        QVERIFY2(!run.crashed && run.exitCode == 2, run.err.constData());
        QVERIFY2(run.err.contains("is not a regular file (a device, FIFO or directory)"), run.err.constData());
    }
    const CliRun secret = runCli({u"login"_s, u"service-principal"_s, u"--tenant"_s, u"t"_s, u"--client-id"_s, u"c"_s,
                                  u"--secret-stdin"_s},
                                 QProcessEnvironment::systemEnvironment(), QByteArray(100 * 1024, 'a'));
    QVERIFY2(!secret.crashed && secret.exitCode == 2, secret.err.constData());
    QVERIFY2(secret.err.contains("not a client secret"), secret.err.constData());
    // A secret of normal size on standard input is the one used, not replaced by the (here
    // absent) AZURE_CLIENT_SECRET: the sign-in is attempted (and fails: no such tenant here).
    QProcessEnvironment noEnvSecret = QProcessEnvironment::systemEnvironment();
    noEnvSecret.remove(u"AZURE_CLIENT_SECRET"_s);
    const CliRun piped = runCli({u"login"_s, u"service-principal"_s, u"--tenant"_s, u"t"_s, u"--client-id"_s, u"c"_s,
                                 u"--secret-stdin"_s},
                                noEnvSecret, QByteArray("a-piped-secret\n"), 120000);
    QVERIFY2(!piped.crashed && piped.exitCode != 0, piped.err.constData());
    QVERIFY2(!piped.err.contains("No client secret"), piped.err.constData());
    // None of them replaced the sign-in that works.
    const CliRun list = runCli({u"list"_s});
    QVERIFY2(list.exitCode == 0, list.err.constData());
}

QTEST_GUILESS_MAIN(TestCliInput)
#include "tst_cli_input.moc"
