// runAfterFirstPaint (app/gui): the work the app defers past its first paint (loading TLS while
// the embedded sandbox starts) runs once, after the window's first paint has been handled, and
// not at all if the window never paints.
#include "FirstPaint.h"

#include <QPaintEvent>
#include <QPointer>
#include <QTest>
#include <QWidget>

namespace {

class CountingWindow : public QWidget
{
public:
    int paints = 0;

protected:
    void paintEvent(QPaintEvent *) override { ++paints; }
};

} // namespace

class TestFirstPaint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsOnceAfterTheFirstPaint();
    void nothingRunsWithoutAPaint();
};

void TestFirstPaint::runsOnceAfterTheFirstPaint()
{
    CountingWindow window;
    window.resize(320, 200);
    int runs = 0;
    int paintsWhenRun = -1;
    cw::runAfterFirstPaint(&window, [&] {
        ++runs;
        paintsWhenRun = window.paints;
    });
    QCoreApplication::processEvents();
    QCOMPARE(runs, 0); // not shown, not painted: nothing ran
    window.show();
    QTRY_COMPARE(runs, 1);
    QCOMPARE(paintsWhenRun, 1); // the first paint was handled before the work ran
    window.update();
    QTRY_VERIFY(window.paints >= 2);
    QCoreApplication::processEvents();
    QCOMPARE(runs, 1); // later paints run nothing
}

void TestFirstPaint::nothingRunsWithoutAPaint()
{
    int runs = 0;
    {
        CountingWindow window;
        cw::runAfterFirstPaint(&window, [&] { ++runs; });
        QCoreApplication::processEvents();
    }
    QCoreApplication::processEvents();
    QCOMPARE(runs, 0);
}

QTEST_MAIN(TestFirstPaint)
#include "tst_first_paint.moc"
