// readBoundedFile: the one reader of files a user names. Devices, FIFOs and directories are
// refused without reading (a FIFO without a writer must not block), and no file is read past
// its limit whatever its size says.
#include <QTest>

#include <sys/stat.h>

#include "common/BoundedFileRead.h"

using namespace Qt::StringLiterals;

class TestBoundedFileRead : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsARegularFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cert.pem"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(1000, 'x'));
        f.close();
        const cw::BoundedFileRead read = cw::readBoundedFile(path, 1000);
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.data, QByteArray(1000, 'x'));

        const cw::BoundedFileRead tooLarge = cw::readBoundedFile(path, 999);
        QVERIFY(!tooLarge.ok);
        QVERIFY(tooLarge.data.isEmpty());
        QVERIFY2(tooLarge.error.contains(path), qPrintable(tooLarge.error));
    }

    void readsAnEmptyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"empty"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const cw::BoundedFileRead read = cw::readBoundedFile(path, 10);
        QVERIFY(read.ok);
        QVERIFY(read.data.isEmpty());
    }

    void refusesWhatIsNotARegularFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("/dev/zero") << u"/dev/zero"_s;
        QTest::newRow("/dev/urandom") << u"/dev/urandom"_s;
        QTest::newRow("/dev/null") << u"/dev/null"_s;
        QTest::newRow("fifo") << u"FIFO"_s;
        QTest::newRow("directory") << u"DIR"_s;
    }

    void refusesWhatIsNotARegularFile()
    {
        QFETCH(QString, path);
        QTemporaryDir dir;
        if (path == u"FIFO"_s) {
            path = dir.filePath(u"fifo"_s);
            // No writer ever opens it: a blocking open would hang the test here.
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        } else if (path == u"DIR"_s) {
            path = dir.path();
        }
        const cw::BoundedFileRead read = cw::readBoundedFile(path, 1024 * 1024);
        QVERIFY(!read.ok);
        QVERIFY(read.data.isEmpty());
        QVERIFY2(read.error.contains(u"is not a regular file (a device, FIFO or directory)"_s), qPrintable(read.error));
        QVERIFY2(read.error.contains(path), qPrintable(read.error));
    }

    void reportsAMissingFile()
    {
        const cw::BoundedFileRead read = cw::readBoundedFile(u"/nonexistent/cw/cert.pem"_s, 10);
        QVERIFY(!read.ok);
        QVERIFY2(read.error.contains(u"/nonexistent/cw/cert.pem"_s), qPrintable(read.error));
    }
};

QTEST_GUILESS_MAIN(TestBoundedFileRead)
#include "tst_boundedfileread.moc"
