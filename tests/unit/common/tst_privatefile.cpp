#include <QTest>

#include <sys/stat.h>

#include "common/PrivateFile.h"

class TestPrivateFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesOwnerOnlyFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nested/key.pem"));
        const auto result = cw::writePrivateFileAtomically(path, QByteArrayLiteral("secret"));
        QVERIFY2(result.ok, qPrintable(result.error));
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArrayLiteral("secret"));
    }

    void tightensAnExistingWorldReadableFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        QVERIFY(cw::writeFileAtomically(path, QByteArrayLiteral("{}")).ok);
        QVERIFY(QFileInfo(path).permissions() & QFileDevice::ReadOther);
        QVERIFY(cw::writePrivateFileAtomically(path, QByteArrayLiteral("{\"a\":1}")).ok);
        QVERIFY(!(QFileInfo(path).permissions() & QFileDevice::ReadOther));
        QVERIFY(!(QFileInfo(path).permissions() & QFileDevice::ReadGroup));
    }

    // A dangling link named key.pem must not carry the key to wherever it points.
    void refusesASymbolicLinkAndLeavesItsTarget()
    {
        QTemporaryDir dir;
        const QString link = dir.filePath(QStringLiteral("key.pem"));
        const QString target = dir.filePath(QStringLiteral("elsewhere/stolen.pem"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("elsewhere"))));
        QVERIFY(QFile::link(target, link));
        const auto result = cw::writePrivateFileAtomically(link, QByteArrayLiteral("secret"));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("symbolic link")), qPrintable(result.error));
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(QFileInfo(link).isSymLink());
        // Not even through a link to an existing file.
        QFile t(target);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.close();
        QVERIFY(!cw::writeFileAtomically(link, QByteArrayLiteral("x")).ok);
        QCOMPARE(QFileInfo(target).size(), 0);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System).size(), 1); // no temp left
    }

    // Writing "onto" a FIFO (or a device) used to replace the node with a regular file.
    void refusesAFifoAndLeavesTheNode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        const auto result = cw::writePrivateFileAtomically(path, QByteArrayLiteral("secret"));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("not a regular file")), qPrintable(result.error));
        struct stat st {};
        QCOMPARE(::lstat(QFile::encodeName(path).constData(), &st), 0);
        QVERIFY(S_ISFIFO(st.st_mode));
    }

    void refusesACharacterDevice()
    {
        const auto result = cw::writePrivateFileAtomically(QStringLiteral("/dev/null"), QByteArrayLiteral("secret"));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("not a regular file")), qPrintable(result.error));
        struct stat st {};
        QCOMPARE(::stat("/dev/null", &st), 0);
        QVERIFY(S_ISCHR(st.st_mode));
    }

    void reportsAnUnwritableFolder()
    {
        const auto result = cw::writePrivateFileAtomically(QStringLiteral("/proc/cw-no/x"), "x");
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(QStringLiteral("/proc/cw-no")));
    }
};

QTEST_GUILESS_MAIN(TestPrivateFile)
#include "tst_privatefile.moc"
