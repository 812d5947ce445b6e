// Writing an exported kubeconfig: owner-only permissions, merge into an existing file, and an
// unreadable existing file left untouched.
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

} // namespace

class TestKubeconfigFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config"));
        const KubeconfigWriteResult r = writeKubeconfigFile(path, config("a"), false);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions());
        const auto back = Kubeconfig::parse(readAll(path));
        QVERIFY(back.ok());
        QCOMPARE(back.value->currentContext(), QStringLiteral("a"));
    }

    void mergesIntoExisting()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config"));
        QVERIFY(writeKubeconfigFile(path, config("a"), false).ok);
        const KubeconfigWriteResult r = writeKubeconfigFile(path, config("b"), true);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.added.size(), 3);
        const auto back = Kubeconfig::parse(readAll(path));
        QVERIFY(back.ok());
        QCOMPARE(back.value->clusters().size(), 2);
        QCOMPARE(back.value->currentContext(), QStringLiteral("b"));
        QVERIFY(back.value->resolve(QStringLiteral("a")));
    }

    void mergeRefusesToClobberAnUnreadableFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config"));
        const QByteArray garbage = "clusters: \"unterminated\n";
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(garbage);
        }
        const KubeconfigWriteResult r = writeKubeconfigFile(path, config("b"), true);
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QLatin1String("left unchanged")));
        QCOMPARE(readAll(path), garbage);
    }

    // Export onto a FIFO (merge or not) used to block on the read or replace the node.
    void refusesAFifoAndALink_data()
    {
        QTest::addColumn<bool>("merge");
        QTest::newRow("replace") << false;
        QTest::newRow("merge") << true;
    }

    void refusesAFifoAndALink()
    {
        QFETCH(bool, merge);
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const KubeconfigWriteResult r = writeKubeconfigFile(fifo, config("d"), merge);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("not a regular file")), qPrintable(r.error));
        struct stat st {};
        QCOMPARE(::lstat(QFile::encodeName(fifo).constData(), &st), 0);
        QVERIFY(S_ISFIFO(st.st_mode));

        const QString link = dir.filePath(QStringLiteral("config"));
        const QString target = dir.filePath(QStringLiteral("target"));
        QVERIFY(QFile::link(target, link));
        const KubeconfigWriteResult linked = writeKubeconfigFile(link, config("d"), merge);
        QVERIFY(!linked.ok);
        QVERIFY2(linked.error.contains(QLatin1String("symbolic link")), qPrintable(linked.error));
        QVERIFY(!QFileInfo::exists(target));
    }

    void mergeIntoMissingFileCreatesIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new-config"));
        const KubeconfigWriteResult r = writeKubeconfigFile(path, config("c"), true);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestKubeconfigFile)
#include "tst_kubeconfig_file.moc"
