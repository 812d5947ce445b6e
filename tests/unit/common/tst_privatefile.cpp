#include <QtTest>

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

    void reportsAnUnwritableFolder()
    {
        const auto result = cw::writePrivateFileAtomically(QStringLiteral("/proc/cw-no/x"), "x");
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(QStringLiteral("/proc/cw-no")));
    }
};

QTEST_GUILESS_MAIN(TestPrivateFile)
#include "tst_privatefile.moc"
