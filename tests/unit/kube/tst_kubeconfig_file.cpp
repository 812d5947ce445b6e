// Writing an exported kubeconfig: owner-only permissions; a new file never clobbers an existing
// one; a merge keeps the user's entries and current context, and the previous bytes as a 0600
// backup (a symlink planted at the backup's name is replaced, not followed); folders, FIFOs and
// unreadable files are refused and left untouched.
#include "kube/KubeconfigFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace cw::kube;

namespace {

Kubeconfig config(const QByteArray &name)
{
    const QByteArray text = "clusters:\n- name: " + name + "\n  cluster:\n    server: https:/" "/" + name + ":443\n"
                            "users:\n- name: u-" + name + "\n  user:\n    client-key-data: " + QByteArray("KEY").toBase64() + "\n"
                            "contexts:\n- name: " + name + "\n  context:\n    cluster: " + name + "\n    user: u-" + name + "\n"
                            "current-context: " + name + "\n";
    return *Kubeconfig::parse(text).value;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeRaw(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

bool ownerOnly(const QString &path)
{
    return (QFile::permissions(path) & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther))
        == QFile::Permissions();
}

const KubeconfigWriteOptions kNew{KubeconfigWriteMode::NewFile, false};
const KubeconfigWriteOptions kMerge{KubeconfigWriteMode::Merge, false};

// A user's file with what kubectl must keep reading: comments, plain booleans, exec plugins.
const QByteArray kUserFile = "# my clusters\n"
                             "apiVersion: v1\n"
                             "kind: Config\n"
                             "clusters:\n"
                             "- cluster:\n"
                             "    insecure-skip-tls-verify: true   # lab cluster\n"
                             "    server: https://lab:6443\n"
                             "  name: lab\n"
                             "users:\n"
                             "- name: lab-user\n"
                             "  user:\n"
                             "    exec:\n"
                             "      apiVersion: client.authentication.k8s.io/v1beta1\n"
                             "      command: kubelogin\n"
                             "      provideClusterInfo: false\n"
                             "contexts:\n"
                             "- context:\n"
                             "    cluster: lab\n"
                             "    user: lab-user\n"
                             "  name: lab\n"
                             "current-context: lab\n"
                             "preferences: {}\n";

} // namespace

class TestKubeconfigFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config"));
        const KubeconfigWriteResult r = writeKubeconfigFile(path, config("a"), kNew);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(ownerOnly(path));
        QVERIFY(r.backupPath.isEmpty());
        QCOMPARE(r.added.size(), 3);
        const auto back = Kubeconfig::parse(readAll(path));
        QVERIFY(back.ok());
        QCOMPARE(back.value->currentContext(), QStringLiteral("a"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);  // no temporary left
    }

    // The defect: `kubeconfig NAME --file ~/.kube/config` replaced the user's whole file.
    void newFileNeverClobbers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config"));
        writeRaw(path, kUserFile);
        const KubeconfigWriteResult r = writeKubeconfigFile(path, config("b"), kNew);
        QVERIFY(!r.ok);
        QVERIFY(r.targetExists);
        QCOMPARE(readAll(path), kUserFile);
        QVERIFY(!QFile::exists(kubeconfigBackupPath(path)));
    }

    void mergeKeepsTheUsersFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config"));
        writeRaw(path, kUserFile);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
        const KubeconfigWriteResult r = writeKubeconfigFile(path, config("b"), kMerge);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.added.size(), 3);
        QVERIFY(!r.currentContextChanged);
        QVERIFY(r.commentsDropped);  // "# lab cluster" could not be kept
        QCOMPARE(r.backupPath, path + QStringLiteral(".clusterwright-backup"));
        QCOMPARE(readAll(r.backupPath), kUserFile);
        QVERIFY(ownerOnly(r.backupPath));
        QVERIFY(ownerOnly(path));

        const QByteArray merged = readAll(path);
        QVERIFY2(merged.startsWith("# my clusters\n"), merged.constData());
        QVERIFY2(merged.contains("insecure-skip-tls-verify: true\n"), merged.constData());
        QVERIFY2(merged.contains("provideClusterInfo: false\n"), merged.constData());
        const auto back = Kubeconfig::parse(merged);
        QVERIFY(back.ok());
        QCOMPARE(back.value->currentContext(), QStringLiteral("lab"));
        QCOMPARE(back.value->clusters().size(), 2);
        const auto before = Kubeconfig::parse(kUserFile);
        for (const char *list : {"clusters", "users", "contexts"})
            QVERIFY(back.value->document().find(list)->items.front() == before.value->document().find(list)->items.front());
        const QStringList lines = describeKubeconfigWrite(path, r);
        QVERIFY(lines.join(QLatin1Char('\n')).contains(r.backupPath));
    }

    void mergeSwitchesContextOnlyWhenAsked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config"));
        writeRaw(path, kUserFile);
        const KubeconfigWriteResult r = writeKubeconfigFile(path, config("b"), {KubeconfigWriteMode::Merge, true});
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.currentContextChanged);
        QCOMPARE(Kubeconfig::parse(readAll(path)).value->currentContext(), QStringLiteral("b"));
    }

    void overwriteKeepsABackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config"));
        writeRaw(path, kUserFile);
        const KubeconfigWriteResult r = writeKubeconfigFile(path, config("b"), {KubeconfigWriteMode::Overwrite, false});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(readAll(r.backupPath), kUserFile);
        QCOMPARE(Kubeconfig::parse(readAll(path)).value->clusters().size(), 1);
    }

    void backupSymlinkIsReplacedNotFollowed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config"));
        const QString victim = dir.filePath(QStringLiteral("victim"));
        writeRaw(path, kUserFile);
        writeRaw(victim, "precious\n");
        QVERIFY(QFile::link(victim, kubeconfigBackupPath(path)));
        const KubeconfigWriteResult r = writeKubeconfigFile(path, config("b"), kMerge);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(readAll(victim), QByteArray("precious\n"));
        QVERIFY(!QFileInfo(r.backupPath).isSymLink());
        QCOMPARE(readAll(r.backupPath), kUserFile);
    }

    void symlinkedConfigIsWrittenWhereItPoints()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath(QStringLiteral("dotfiles-kubeconfig"));
        const QString path = dir.filePath(QStringLiteral("config"));
        writeRaw(real, kUserFile);
        QVERIFY(QFile::link(real, path));
        QVERIFY(writeKubeconfigFile(path, config("b"), kMerge).ok);
        QVERIFY(QFileInfo(path).isSymLink());
        QCOMPARE(Kubeconfig::parse(readAll(real)).value->clusters().size(), 2);
    }

    void refusesWhatIsNotARegularFile()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("folder"));
        QVERIFY(QDir().mkpath(folder));
        const QString fifo = dir.filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        for (const QString &path : {folder, fifo}) {
            for (const KubeconfigWriteOptions &options : {kNew, kMerge, KubeconfigWriteOptions{KubeconfigWriteMode::Overwrite, false}}) {
                const KubeconfigWriteResult r = writeKubeconfigFile(path, config("b"), options);
                QVERIFY(!r.ok);
                QVERIFY2(r.error.contains(QLatin1String("not a regular file")), qPrintable(r.error));
            }
        }
        QVERIFY(QFileInfo(folder).isDir());
        QVERIFY(!QFile::exists(kubeconfigBackupPath(fifo)));
    }

    void mergeRefusesToClobberAnUnreadableFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config"));
        const QByteArray garbage = "clusters: \"unterminated\n";
        writeRaw(path, garbage);
        const KubeconfigWriteResult r = writeKubeconfigFile(path, config("b"), kMerge);
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QLatin1String("left unchanged")));
        QCOMPARE(readAll(path), garbage);
    }

    void mergeIntoMissingOrEmptyFileCreatesIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new-config"));
        QVERIFY(writeKubeconfigFile(path, config("c"), kMerge).ok);
        QVERIFY(QFile::exists(path));
        const QString empty = dir.filePath(QStringLiteral("empty"));
        writeRaw(empty, "# nothing yet\n");
        const KubeconfigWriteResult r = writeKubeconfigFile(empty, config("c"), kMerge);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(Kubeconfig::parse(readAll(empty)).value->currentContext(), QStringLiteral("c"));
    }
};

QTEST_GUILESS_MAIN(TestKubeconfigFile)
#include "tst_kubeconfig_file.moc"
