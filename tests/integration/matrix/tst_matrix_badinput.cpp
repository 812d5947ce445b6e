// Issue 17's bad-input matrix, kept in the suite: clusterwright-cli given devices, FIFOs,
// folders, dangling links, huge and garbage files where it reads or writes files, and garbage
// ids, names, numbers, flags and commands. Every run must end by itself (no hang), without a
// signal (no crash), with a non-zero input exit code (2 usage, 4 preflight refused, 5 not found)
// and a message on stderr; a file it was told to write that is not a regular file is left as it
// was, and nothing is sent to Azure (no compute appears, no PUT).
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/types.h>

#include "../sandbox/SandboxTestUtil.h"
#include "MatrixSupport.h"
#include "common/AppIdentity.h"

using namespace Qt::StringLiterals;
using namespace cw;

namespace {

// Where a file is read: %X stands for the hostile file.
struct Reader {
    const char *name;
    QStringList args;
};

// The hostile files (placeholders resolved in initTestCase).
const char *const kHostileFiles[] = {"/dev/zero", "/dev/urandom", "/dev/null", "%FIFO", "%DIR", "%DANGLING",
                                     "%HUGE", "%EMPTY", "%GARBAGE", "%MISSING"};

QList<int> inputCodes() { return {2, 4, 5}; }

} // namespace

class TestMatrixBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusedClearly_data();
    void refusedClearly();
    void cleanupTestCase();

private:
    QString tmp(const QString &name) const { return m_dir.filePath(name); }
    QString resolve(QString arg) const;
    // What a write target is (so a refused write can be shown to have left it alone).
    static QString nodeKind(const QString &path);

    test::SandboxProcess m_sandbox;
    QTemporaryDir m_dir{QString::fromLocal8Bit(qgetenv("CW_TEST_TMPDIR")) + u"/matrix-input-XXXXXX"_s};
    matrix::Counts m_counts;
    int m_unclear = 0;
    int m_wrongCode = 0;
};

QString TestMatrixBadInput::resolve(QString arg) const
{
    static const QRegularExpression placeholder(u"%([A-Z]+)"_s);
    QRegularExpressionMatch m = placeholder.match(arg);
    while (m.hasMatch()) {
        const QString key = m.captured(1);
        QString value;
        if (key == u"CID"_s)
            value = test::clusterIdOf(m_sandbox, u"rg-aks"_s, u"aks-plain"_s);
        else
            value = tmp(key.toLower());
        arg.replace(m.capturedStart(), m.capturedLength(), value);
        m = placeholder.match(arg, m.capturedStart() + value.size());
    }
    return arg;
}

QString TestMatrixBadInput::nodeKind(const QString &path)
{
    struct stat st {};
    if (lstat(QFile::encodeName(path).constData(), &st) != 0)
        return u"absent"_s;
    if (S_ISLNK(st.st_mode))
        return u"link -> "_s + QFileInfo(path).symLinkTarget() + (QFileInfo::exists(path) ? u""_s : u" (dangling)"_s);
    if (S_ISFIFO(st.st_mode))
        return u"fifo"_s;
    if (S_ISCHR(st.st_mode))
        return u"char device"_s;
    if (S_ISDIR(st.st_mode))
        return u"dir"_s;
    return u"file of %1 bytes"_s.arg(st.st_size);
}

void TestMatrixBadInput::initTestCase()
{
    applyAppIdentity(*QCoreApplication::instance());
    QVERIFY(m_dir.isValid());
    QVERIFY(matrix::startAndLogin(m_sandbox, tmp(u"ready.json"_s)));
    QCOMPARE(mkfifo(QFile::encodeName(tmp(u"fifo"_s)).constData(), 0600), 0); // nobody ever writes to it
    QVERIFY(QDir().mkpath(tmp(u"dir"_s)));
    QVERIFY(QFile::link(tmp(u"nowhere/target"_s), tmp(u"dangling"_s)));
    QFile huge(tmp(u"huge"_s));
    QVERIFY(huge.open(QIODevice::WriteOnly) && huge.resize(qint64(512) << 20)); // 512 MiB, sparse
    huge.close();
    QFile empty(tmp(u"empty"_s));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    QFile garbage(tmp(u"garbage"_s));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    QByteArray bytes(64 * 1024, '\0');
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char((i * 2654435761u) >> 13);
    garbage.write(bytes);
    garbage.close();
    QFile regular(tmp(u"regular"_s));
    QVERIFY(regular.open(QIODevice::WriteOnly) && regular.write("keep me\n") == 8);
    regular.close();
    // A valid certificate and key, so that only the hostile file is wrong in a row.
    QCOMPARE(runCli({u"tls-backup"_s, u"tls-prod"_s, u"--dir"_s, tmp(u"tls"_s)}).exitCode, 0);
    QVERIFY(QFile::rename(tmp(u"tls/cert.pem"_s), tmp(u"cert"_s)) && QFile::rename(tmp(u"tls/key.pem"_s), tmp(u"key"_s)));
    m_sandbox.control("DELETE", u"/_sandbox/requests"_s);
}

void TestMatrixBadInput::refusedClearly_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QList<int>>("codes");
    QTest::addColumn<QString>("target"); // a write target that must be left as it was ("" none)
    QTest::addColumn<bool>("noKeychain");

    const Reader readers[] = {
        {"create --cert-file", {u"create"_s, u"mi-tls"_s, u"--cert-file"_s, u"%X"_s, u"--key-file"_s, u"%KEY"_s, u"--cname"_s, u"www.contoso.com"_s}},
        {"create --key-file", {u"create"_s, u"mi-tls"_s, u"--cert-file"_s, u"%CERT"_s, u"--key-file"_s, u"%X"_s, u"--cname"_s, u"www.contoso.com"_s}},
        {"preflight create --cert-file", {u"preflight"_s, u"create"_s, u"mi-tls"_s, u"--cert-file"_s, u"%X"_s, u"--key-file"_s, u"%KEY"_s, u"--cname"_s, u"www.contoso.com"_s}},
        {"reattach --cert-file", {u"reattach"_s, u"tls-prod"_s, u"--cert-file"_s, u"%X"_s, u"--key-file"_s, u"%KEY"_s}},
        {"update --key-file", {u"update"_s, u"tls-prod"_s, u"--cert-file"_s, u"%CERT"_s, u"--key-file"_s, u"%X"_s, u"--cname"_s, u"www.contoso.com"_s}},
        {"attach --cert-file", {u"attach"_s, u"mi-att"_s, u"--cluster-id"_s, u"%CID"_s, u"--cert-file"_s, u"%X"_s, u"--key-file"_s, u"%KEY"_s, u"--cname"_s, u"www.contoso.com"_s}},
        {"login --endpoint-file", {u"login"_s, u"sandbox"_s, u"--endpoint-file"_s, u"%X"_s}},
    };
    for (const Reader &r : readers)
        for (const char *file : kHostileFiles) {
            QStringList args = r.args;
            args.replaceInStrings(u"%X"_s, QString::fromLatin1(file));
            QTest::addRow("%s %s", r.name, file) << args << inputCodes() << QString() << false;
        }

    // Write targets that are not regular files: refused, left as they were.
    const char *const kubeTargets[] = {"/dev/full", "/dev/null", "%FIFO", "%DIR", "%DANGLING"};
    for (const char *t : kubeTargets)
        QTest::addRow("kubeconfig --file %s", t)
            << QStringList{u"kubeconfig"_s, u"tls-prod"_s, u"--file"_s, QString::fromLatin1(t)} << QList<int>{2}
            << QString::fromLatin1(t) << false;
    const char *const traceTargets[] = {"/dev/full", "%FIFO", "%DIR", "%DANGLING"};
    for (const char *t : traceTargets)
        QTest::addRow("--trace-http %s", t) << QStringList{u"list"_s, u"--trace-http"_s, QString::fromLatin1(t)}
                                             << QList<int>{2} << QString::fromLatin1(t) << false;
    const char *const dirTargets[] = {"%REGULAR", "%FIFO", "%DANGLING", "/dev/null"};
    for (const char *t : dirTargets)
        QTest::addRow("tls-backup --dir %s", t) << QStringList{u"tls-backup"_s, u"tls-prod"_s, u"--dir"_s, QString::fromLatin1(t)}
                                                 << QList<int>{2} << QString::fromLatin1(t) << false;
    const char *const backupTargets[] = {"%REGULAR", "%DIR", "%DANGLING", "%FIFO"};
    for (const char *t : backupTargets)
        QTest::addRow("reattach --tls-backup-file %s", t)
            << QStringList{u"reattach"_s, u"tls-prod"_s, u"--tls-backup-file"_s, QString::fromLatin1(t)} << QList<int>{2}
            << QString::fromLatin1(t) << true;

    // Ids, names, numbers, flags and commands.
    const QString longText(100000, u'a');
    auto row = [](const char *name, const QStringList &args, const QList<int> &codes = {2}) {
        QTest::newRow(name) << args << codes << QString() << false;
    };
    row("attach --cluster-id garbage", {u"attach"_s, u"mi-att"_s, u"--cluster-id"_s, u"garbage"_s});
    row("attach --cluster-id empty", {u"attach"_s, u"mi-att"_s, u"--cluster-id"_s, u""_s});
    row("attach --cluster-id ../../x", {u"attach"_s, u"mi-att"_s, u"--cluster-id"_s, u"../../x"_s});
    row("attach --cluster-id 100 KB", {u"attach"_s, u"mi-att"_s, u"--cluster-id"_s, longText});
    row("attach --cluster-id wrong provider",
        {u"attach"_s, u"mi-att"_s, u"--cluster-id"_s,
         u"/subscriptions/00000000-0000-4000-8000-000000000001/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm"_s});
    row("attach without --cluster-id", {u"attach"_s, u"mi-att"_s});
    row("list --subscription garbage", {u"list"_s, u"--subscription"_s, u"garbage"_s});
    row("list --subscription empty", {u"list"_s, u"--subscription"_s, u""_s});
    row("list -w ../x", {u"list"_s, u"-w"_s, u"../x"_s}, inputCodes());
    row("list -g ../..", {u"list"_s, u"-g"_s, u"../.."_s}, inputCodes());
    row("show a/b", {u"show"_s, u"a/b"_s}, inputCodes());
    row("show ../../x", {u"show"_s, u"../../x"_s}, inputCodes());
    // The name makes a request line over the service's limit: its refusal (431) is the answer.
    row("show 100 KB name", {u"show"_s, longText}, {1, 2, 5});
    row("show empty name", {u"show"_s, u""_s});
    row("show NUL-free control characters", {u"show"_s, u"a\x01\x02\x1b[2J"_s}, inputCodes());
    row("create name with a space", {u"create"_s, u"a b"_s}, inputCodes());
    row("create unicode name", {u"create"_s, u"çççç"_s}, inputCodes());
    row("create name with a newline", {u"create"_s, u"ab\ncd"_s}, inputCodes());
    row("create 100 KB name", {u"create"_s, longText}, inputCodes());
    row("create --nodes -1", {u"create"_s, u"mi-nodes"_s, u"--nodes"_s, u"-1"_s}, inputCodes());
    row("create --nodes 0", {u"create"_s, u"mi-nodes"_s, u"--nodes"_s, u"0"_s}, inputCodes());
    row("create --nodes abc", {u"create"_s, u"mi-nodes"_s, u"--nodes"_s, u"abc"_s});
    row("create --nodes 1e3", {u"create"_s, u"mi-nodes"_s, u"--nodes"_s, u"1e3"_s});
    row("create --nodes 99999999999", {u"create"_s, u"mi-nodes"_s, u"--nodes"_s, u"99999999999"_s});
    row("create --nodes empty", {u"create"_s, u"mi-nodes"_s, u"--nodes"_s, u""_s});
    row("update --nodes abc", {u"update"_s, u"inference-prod"_s, u"--nodes"_s, u"abc"_s});
    row("create --poll-interval-ms abc", {u"create"_s, u"mi-poll"_s, u"--poll-interval-ms"_s, u"abc"_s});
    row("create --poll-interval-ms -5", {u"create"_s, u"mi-poll"_s, u"--poll-interval-ms"_s, u"-5"_s});
    row("create --poll-interval-ms 0", {u"create"_s, u"mi-poll"_s, u"--poll-interval-ms"_s, u"0"_s});
    row("create --poll-interval-ms 99999999999", {u"create"_s, u"mi-poll"_s, u"--poll-interval-ms"_s, u"99999999999"_s});
    row("create --vm-size empty", {u"create"_s, u"mi-vm"_s, u"--vm-size"_s, u""_s}, inputCodes());
    // Only a warning in the preflight (the region's list may lag behind Azure): Azure refuses it.
    row("create --vm-size unknown", {u"create"_s, u"mi-vm"_s, u"--vm-size"_s, u"Standard_Nope"_s}, {1, 4});
    row("create --purpose huge", {u"create"_s, u"mi-p"_s, u"--purpose"_s, u"huge"_s});
    row("create --service-cidr garbage", {u"create"_s, u"mi-net"_s, u"--service-cidr"_s, u"999.1.1.1/99"_s}, inputCodes());
    row("create --dns-service-ip garbage", {u"create"_s, u"mi-net"_s, u"--dns-service-ip"_s, u"garbage"_s}, inputCodes());
    row("unknown flag", {u"list"_s, u"--frob"_s});
    row("unknown command", {u"frobnicate"_s});
    row("-o xml", {u"list"_s, u"-o"_s, u"xml"_s});
    row("option without its value", {u"list"_s, u"--subscription"_s});
    row("operations resume garbage", {u"operations"_s, u"resume"_s, u"garbage"_s}, inputCodes());
    row("operations resume ../../etc/passwd", {u"operations"_s, u"resume"_s, u"../../etc/passwd"_s}, inputCodes());
    row("operations unknown", {u"operations"_s, u"frob"_s});
    row("kubeconfig without --file", {u"kubeconfig"_s, u"tls-prod"_s});
    row("tls-backup without --dir", {u"tls-backup"_s, u"tls-prod"_s});
    row("login unknown kind", {u"login"_s, u"nonsense"_s});
    row("client secret as an argument", {u"list"_s, u"--client-secret"_s, u"x"_s});
}

void TestMatrixBadInput::refusedClearly()
{
    QFETCH(QStringList, args);
    QFETCH(QList<int>, codes);
    QFETCH(QString, target);
    QFETCH(bool, noKeychain);
    ++m_counts.runs;
    for (QString &a : args)
        a = resolve(a);
    target = resolve(target);
    const QString before = target.isEmpty() ? QString() : nodeKind(target);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (noKeychain)
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/clusterwright-matrix-bus"_s);
    m_sandbox.control("DELETE", u"/_sandbox/requests"_s);

    const matrix::Outcome o = matrix::runCliTimed(args, env, 30000);
    QStringList problems;
    if (o.hung)
        ++m_counts.hangs, problems << u"no exit within 30 s"_s;
    if (o.signalled)
        ++m_counts.crashes, problems << u"killed by a signal"_s;
    if (!o.hung && !o.signalled && !codes.contains(o.run.exitCode))
        ++m_wrongCode, problems << u"exit %1, expected one of %2"_s.arg(o.run.exitCode).arg(
                           [&codes] { QStringList l; for (int c : codes) l << QString::number(c); return l.join(u'/'); }());
    const QByteArray err = o.run.err.trimmed();
    if (err.isEmpty() || err.contains("terminate called") || err.contains("bad_alloc"))
        ++m_unclear, problems << u"no clear message"_s;
    if (!target.isEmpty() && nodeKind(target) != before)
        ++m_counts.lost, problems << u"the target changed from %1 to %2"_s.arg(before, nodeKind(target));
    int puts = 0; // writes Azure carried out
    for (const QJsonValue &v : m_sandbox.requests()) {
        const QString method = v[u"method"_s].toString();
        const int status = v[u"status"_s].toInt();
        puts += (method == u"PUT"_s || method == u"DELETE"_s) && status >= 200 && status < 300;
    }
    if (puts > 0)
        ++m_counts.lost, problems << u"%1 writes reached Azure"_s.arg(puts);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s) + u"\nstderr: "_s + QString::fromUtf8(err.left(400))));
}

void TestMatrixBadInput::cleanupTestCase()
{
    m_counts.other = m_unclear + m_wrongCode;
    printf("%s (%d without a clear message, %d with another exit code)\n", qPrintable(m_counts.line(u"bad input"_s)),
           m_unclear, m_wrongCode);
    fflush(stdout);
    m_sandbox.stop();
}

QTEST_GUILESS_MAIN(TestMatrixBadInput)
#include "tst_matrix_badinput.moc"
