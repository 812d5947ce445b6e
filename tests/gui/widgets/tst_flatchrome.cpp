// The flat scroll bars, header and toolbar (widgets/FlatChrome): a repaint of a scroll area or a
// main window that has them never waits for Qt's global thread pool (Fusion's gradient scroll bars
// and its toolbar's lines hand pieces of their fills to it and wait), and they look as described:
// a track of the base colour and a handle of the mid colour; header sections of the button colour;
// a toolbar of the window colour over a mid-coloured line.
#include <QElapsedTimer>
#include <QHeaderView>
#include <QMainWindow>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QToolBar>

#include "support/PoolHold.h"
#include "widgets/FlatChrome.h"

using namespace cw;

namespace {

constexpr int kHoldMs = 3000;

// A table that needs both scroll bars, shown, its first paint done.
void fill(QTableView &table, QStandardItemModel &model)
{
    model.setRowCount(3000);
    model.setColumnCount(12);
    for (int r = 0; r < 3000; ++r)
        model.setItem(r, r % 12, new QStandardItem(QStringLiteral("compute-%1").arg(r)));
    table.setModel(&model);
    table.resize(900, 600);
    table.show();
}

// How long a full repaint of `widget` takes while Qt's global pool is held.
qint64 repaintWhileThePoolIsHeld(QWidget &widget, bool *held)
{
    test::PoolHold hold(QThreadPool::globalInstance(), kHoldMs);
    *held = hold.holding();
    QElapsedTimer elapsed;
    elapsed.start();
    widget.repaint();
    return elapsed.elapsed();
}

// A main window as wide as the app's first one, with a toolbar of a few actions, shown.
void fill(QMainWindow &window)
{
    QToolBar *bar = window.addToolBar(QStringLiteral("Main toolbar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (const char *text : {"New cluster…", "Detach…", "Re-attach to update…", "Scale node count…"})
        bar->addAction(QString::fromUtf8(text));
    window.setCentralWidget(new QWidget(&window));
    window.resize(1280, 700);
    window.show();
}

// `table` with the flat scroll bars, filled and shown; false when it was never exposed.
bool showFlatTable(QTableView &table, QStandardItemModel &model)
{
    ui::useFlatScrollBars(&table);
    fill(table, model);
    return QTest::qWaitForWindowExposed(&table);
}

// `window`'s toolbar made flat, the window shown; null when it was never exposed.
QToolBar *showFlatToolBar(QMainWindow &window)
{
    fill(window);
    QToolBar *bar = window.findChild<QToolBar *>();
    ui::useFlatToolBar(bar);
    return QTest::qWaitForWindowExposed(&window) ? bar : nullptr;
}

} // namespace

class TestFlatChrome : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aRepaintNeverWaitsForQtsThreads()
    {
        QStandardItemModel model;
        QTableView table;
        ui::useFlatScrollBars(&table);
        ui::useFlatHeader(table.horizontalHeader());
        table.setSortingEnabled(true); // the header draws its sort arrow too
        fill(table, model);
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        QVERIFY(table.verticalScrollBar()->isVisible());
        QVERIFY(table.horizontalScrollBar()->isVisible());
        table.repaint();

        bool held = false;
        const qint64 ms = repaintWhileThePoolIsHeld(table, &held);
        QVERIFY(held);
        QVERIFY2(ms < kHoldMs / 3, qPrintable(QStringLiteral("the repaint took %1 ms").arg(ms)));

        // For the record (not a requirement of ours: another Qt may paint otherwise): the same
        // table with the style's own scroll bars.
        QStandardItemModel plainModel;
        QTableView plain;
        fill(plain, plainModel);
        QVERIFY(QTest::qWaitForWindowExposed(&plain));
        plain.repaint();
        qInfo("with the style's scroll bars the repaint took %lld ms while Qt's pool was held",
              qlonglong(repaintWhileThePoolIsHeld(plain, &held)));
    }

    void theHandleFollowsTheValueAndTheMouse()
    {
        // No arrow buttons: the handle runs the whole track, and dragging it to the end of the
        // track reaches the last value (FlatStyle's geometry is what QScrollBar maps the mouse with).
        QStandardItemModel model;
        QTableView table;
        QVERIFY(showFlatTable(table, model));
        QScrollBar *bar = table.verticalScrollBar();
        QCOMPARE(bar->width(), 12);
        const QColor base = bar->palette().color(QPalette::Base);
        const QColor mid = bar->palette().color(QPalette::Mid);
        const int x = bar->width() / 2;

        bar->setValue(bar->maximum());
        QImage image = bar->grab().toImage();
        QCOMPARE(image.pixelColor(x, image.height() - 4).rgb(), mid.rgb());
        QCOMPARE(image.pixelColor(x, 3).rgb(), base.rgb());

        bar->setValue(0);
        QTest::mousePress(bar, Qt::LeftButton, {}, QPoint(x, 12));
        QTest::mouseMove(bar, QPoint(x, bar->height() + 20));
        QTest::mouseRelease(bar, Qt::LeftButton, {}, QPoint(x, bar->height() + 20));
        QCOMPARE(bar->value(), bar->maximum());

        // A click on the track below the handle moves by a page.
        bar->setValue(0);
        QTest::mouseClick(bar, Qt::LeftButton, {}, QPoint(x, bar->height() / 2));
        QCOMPARE(bar->value(), bar->pageStep());

        // Under the mouse the handle darkens.
        bar->setValue(0);
        QVERIFY(bar->testAttribute(Qt::WA_Hover));
        QTest::mouseMove(bar, QPoint(x, 12));
        QTRY_VERIFY(bar->underMouse());
        image = bar->grab().toImage();
        QCOMPARE(image.pixelColor(x, 12).rgb(), bar->palette().color(QPalette::Dark).rgb());
        QCOMPARE(image.pixelColor(x, bar->height() - 4).rgb(), base.rgb());
        QTest::mouseMove(table.viewport(), QPoint(20, 20)); // away, for the next tests' bars
        QTRY_VERIFY(!bar->underMouse());
    }

    void aToolBarRepaintNeverWaitsForQtsThreads()
    {
        QMainWindow window;
        QToolBar *bar = showFlatToolBar(window);
        QVERIFY(bar);
        QVERIFY(bar->width() > 1000);
        bar->repaint();

        bool held = false;
        const qint64 ms = repaintWhileThePoolIsHeld(*bar, &held);
        QVERIFY(held);
        QVERIFY2(ms < kHoldMs / 3, qPrintable(QStringLiteral("the toolbar's repaint took %1 ms").arg(ms)));

        // For the record, as above: the style's own toolbar.
        QMainWindow plain;
        fill(plain);
        QVERIFY(QTest::qWaitForWindowExposed(&plain));
        plain.findChild<QToolBar *>()->repaint();
        qInfo("with the style's toolbar its repaint took %lld ms while Qt's pool was held",
              qlonglong(repaintWhileThePoolIsHeld(*plain.findChild<QToolBar *>(), &held)));
    }

    void aToolBarTakesThePalettesColours()
    {
        QMainWindow window;
        QToolBar *bar = showFlatToolBar(window);
        QVERIFY(bar);
        const QImage image = bar->grab().toImage();
        const QColor background = bar->palette().color(QPalette::Window);
        const QColor line = bar->palette().color(QPalette::Mid);
        QVERIFY(background != line);
        // Past the last button: the bar's own background, then its bottom line.
        const int x = image.width() - 5;
        QCOMPARE(image.pixelColor(x, image.height() / 2).rgb(), background.rgb());
        QCOMPARE(image.pixelColor(x, image.height() - 1).rgb(), line.rgb());
        // The buttons keep their text beside the (empty) icon: the style's own buttons.
        QCOMPARE(bar->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
    }

    void scrollBarsAndHeaderTakeThePalettesColours()
    {
        QStandardItemModel model;
        QTableView table;
        QVERIFY(showFlatTable(table, model));
        QScrollBar *bar = table.verticalScrollBar();
        bar->setValue(0);
        const QImage image = bar->grab().toImage();
        const QColor base = bar->palette().color(QPalette::Base);
        const QColor mid = bar->palette().color(QPalette::Mid);
        QVERIFY(base != mid);
        // The handle is at the top (value 0), the track below it; an edge pixel is track (the
        // handle has a margin).
        const int x = image.width() / 2;
        QCOMPARE(image.pixelColor(0, image.height() / 2).rgb(), base.rgb());
        QCOMPARE(image.pixelColor(x, image.height() - 3).rgb(), base.rgb());
        QCOMPARE(image.pixelColor(x, 12).rgb(), mid.rgb());
        // No arrow buttons: the handle starts at the top, after its 2 px margin.
        QCOMPARE(image.pixelColor(x, 3).rgb(), mid.rgb());

        // The header: sections of the button colour, a mid-coloured line at their bottom.
        ui::useFlatHeader(table.horizontalHeader());
        QHeaderView *header = table.horizontalHeader();
        const QImage sections = header->grab().toImage();
        const QColor button = header->palette().color(QPalette::Button);
        const int middle = header->sectionViewportPosition(0) + header->sectionSize(0) / 2;
        QCOMPARE(sections.pixelColor(middle, 1).rgb(), button.rgb());
        QCOMPARE(sections.pixelColor(middle, sections.height() - 1).rgb(),
                 header->palette().color(QPalette::Mid).rgb());
    }
};

QTEST_MAIN(TestFlatChrome)
#include "tst_flatchrome.moc"
