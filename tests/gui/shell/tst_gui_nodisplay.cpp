// The built `clusterwright` answers --help and --version without a display (no
// QT_QPA_PLATFORM, DISPLAY or WAYLAND_DISPLAY): it must print and exit 0, not abort while
// creating the QApplication.
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestGuiNoDisplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersWithoutDisplay_data();
    void answersWithoutDisplay();
};

void TestGuiNoDisplay::answersWithoutDisplay_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("--help") << u"--help"_s << QByteArray("--sandbox-speed");
    QTest::newRow("-h") << u"-h"_s << QByteArray("Usage:");
    QTest::newRow("--version") << u"--version"_s << QByteArray("clusterwright ");
}

void TestGuiNoDisplay::answersWithoutDisplay()
{
    QFETCH(QString, option);
    QFETCH(QByteArray, expected);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s})
        env.remove(name);
    QProcess gui;
    gui.setProcessEnvironment(env);
    QSignalSpy finished(&gui, &QProcess::finished);
    gui.start(QStringLiteral(CW_GUI_BIN), {option});
    QVERIFY2(finished.wait(30000), "clusterwright did not exit");
    const QByteArray out = gui.readAllStandardOutput();
    const QByteArray err = gui.readAllStandardError();
    QCOMPARE(gui.exitStatus(), QProcess::NormalExit); // no abort (exit 134)
    QVERIFY2(gui.exitCode() == 0, err.constData());
    QVERIFY2(out.contains(expected), out.constData());
}

QTEST_GUILESS_MAIN(TestGuiNoDisplay)
#include "tst_gui_nodisplay.moc"
