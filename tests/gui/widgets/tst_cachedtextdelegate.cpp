// CachedTextDelegate draws a table exactly as QStyledItemDelegate does, pixel for pixel: plain,
// elided, right-aligned and accented texts, cells with an icon, a coloured or bold text, a
// cell with a background of its own, an empty cell, a disabled row, the selected row and the
// focused cell, alternating row colours, then again from its cache, after the columns were
// resized (other elisions) and with the view unfocused (the inactive palette). Cells it leaves to the style (multi-line text) are in the
// table too. Its cache stays bounded and keys texts by their own font.
#include <QTest>

#include <QHeaderView>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QStandardItemModel>
#include <QTableView>

#include "widgets/CachedTextDelegate.h"

using namespace cw::ui;

namespace {

QIcon squareIcon(const QColor &colour)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(colour);
    return QIcon(pixmap);
}

// Rows like the clusters table's: name, state (with an icon), VM size, node count (right-aligned),
// region, a long endpoint, and a few cells of their own kind.
void fill(QStandardItemModel &model)
{
    const QStringList names = {QStringLiteral("aks-alpha"), QStringLiteral("Éclair-prod"), QStringLiteral("zeta"),
                               QStringLiteral("dev-test-cluster-with-a-rather-long-name-0001"), QString()};
    const QStringList states = {QStringLiteral("Succeeded"), QStringLiteral("Creating"), QStringLiteral("Failed"),
                                QStringLiteral("Creazione in corso…")};
    for (int r = 0; r < 24; ++r) {
        QList<QStandardItem *> row;
        row << new QStandardItem(names.at(r % names.size()) + (r >= names.size() ? QString::number(r) : QString()));
        auto *state = new QStandardItem(squareIcon(r % 3 ? Qt::darkGreen : Qt::red), states.at(r % states.size()));
        row << state;
        row << new QStandardItem(QStringLiteral("Standard_D%1_v2").arg(1 << (r % 5)));
        auto *nodes = new QStandardItem(QString::number(r * 37 % 1000));
        nodes->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
        row << nodes;
        row << new QStandardItem(r % 2 ? QStringLiteral("westeurope") : QStringLiteral("italynorth"));
        row << new QStandardItem(QStringLiteral("https://aks-%1.westeurope.cloudapp.azure.com:443/api/v1/score").arg(r));
        model.appendRow(row);
    }
    model.item(2, 0)->setForeground(QColor(Qt::blue));
    model.item(7, 2)->setBackground(QColor(255, 240, 200)); // the style's item panel draws it
    QFont bold;
    bold.setBold(true);
    model.item(3, 2)->setFont(bold);
    model.item(4, 4)->setText(QStringLiteral("first line\nsecond line")); // left to the style
    for (int c = 0; c < model.columnCount(); ++c)
        model.item(6, c)->setEnabled(false);
}

QImage paintedWith(QTableView &view, QAbstractItemDelegate *delegate)
{
    view.setItemDelegate(delegate);
    return view.viewport()->grab().toImage();
}

// Where two images differ, for the failure message.
QByteArray differences(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return "sizes differ";
    int count = 0;
    QPoint first(-1, -1);
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            if (a.pixel(x, y) != b.pixel(x, y) && count++ == 0)
                first = QPoint(x, y);
    return QByteArray::number(count) + " pixels differ, the first at " + QByteArray::number(first.x()) + ","
           + QByteArray::number(first.y());
}

} // namespace

class TestCachedTextDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paintsAsTheStyledDelegate_data();
    void paintsAsTheStyledDelegate();
    void fittingTextsKeepTheirLayoutAcrossWidths();
    void cacheIsBoundedAndKeyedByFont();
};

void TestCachedTextDelegate::paintsAsTheStyledDelegate_data()
{
    QTest::addColumn<int>("columnWidth");
    QTest::addColumn<bool>("focused");
    QTest::newRow("wide columns, focused") << 160 << true;
    QTest::newRow("narrow columns (elided), focused") << 70 << true;
    QTest::newRow("narrow columns, not focused") << 70 << false;
}

void TestCachedTextDelegate::paintsAsTheStyledDelegate()
{
    QFETCH(int, columnWidth);
    QFETCH(bool, focused);
    QStandardItemModel model;
    fill(model);
    QTableView view;
    view.setModel(&model);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setAlternatingRowColors(true);
    view.verticalHeader()->hide();
    view.horizontalHeader()->setStretchLastSection(true);
    for (int c = 0; c + 1 < model.columnCount(); ++c)
        view.setColumnWidth(c, columnWidth);
    view.resize(900, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.selectRow(5);
    view.setCurrentIndex(model.index(5, 1));
    if (focused) {
        view.activateWindow();
        view.setFocus();
        QTRY_VERIFY(view.hasFocus());
    } else {
        view.clearFocus();
    }

    QStyledItemDelegate styled;
    CachedTextDelegate cached;
    const QImage expected = paintedWith(view, &styled);
    const QImage first = paintedWith(view, &cached); // every text laid out now
    QVERIFY(cached.cachedTexts() > 0);
    const qsizetype texts = cached.cachedTexts();
    const QImage again = paintedWith(view, &cached); // from the cache
    QCOMPARE(cached.cachedTexts(), texts);           // nothing new to lay out
    QVERIFY2(first == expected, differences(first, expected).constData());
    QVERIFY2(again == expected, differences(again, expected).constData());
    view.setItemDelegate(nullptr);
}

void TestCachedTextDelegate::fittingTextsKeepTheirLayoutAcrossWidths()
{
    // The clusters view fits its columns after every refresh: a left-aligned text that still fits
    // is drawn from the layout it had, not laid out again for the new width (and drawn the same).
    QStandardItemModel model;
    for (const char *name : {"aks-alpha", "Éclair-prod", "zeta", "inference-prod", "legacy-failed"})
        model.appendRow(new QStandardItem(QString::fromUtf8(name)));
    QTableView view;
    view.setFocusPolicy(Qt::NoFocus); // the focused cell is the style's to draw
    view.setModel(&model);
    view.verticalHeader()->hide();
    view.resize(600, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QStyledItemDelegate styled;
    CachedTextDelegate cached;
    qsizetype texts = -1;
    for (int width : {150, 163, 190, 121}) {
        view.setColumnWidth(0, width);
        const QImage expected = paintedWith(view, &styled);
        const QImage drawn = paintedWith(view, &cached);
        QVERIFY2(drawn == expected, QByteArray(QByteArray::number(width) + ": " + differences(drawn, expected)).constData());
        if (texts < 0)
            texts = cached.cachedTexts();
        QCOMPARE(cached.cachedTexts(), texts); // one layout per text for every width
    }
    QCOMPARE(texts, model.rowCount());
    view.setItemDelegate(nullptr);
}

void TestCachedTextDelegate::cacheIsBoundedAndKeyedByFont()
{
    QStandardItemModel model(1, 1);
    QTableView view;
    view.setFocusPolicy(Qt::NoFocus); // the focused cell is the style's to draw
    view.setModel(&model);
    view.resize(300, 100);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    CachedTextDelegate cached;
    view.setItemDelegate(&cached);

    // One text in two fonts is two entries: a bold cell does not take a plain one's layout.
    model.setData(model.index(0, 0), QStringLiteral("aks-alpha"));
    view.viewport()->repaint();
    QCOMPARE(cached.cachedTexts(), 1);
    QFont bold = view.font();
    bold.setBold(true);
    model.setData(model.index(0, 0), bold, Qt::FontRole);
    view.viewport()->repaint();
    QCOMPARE(cached.cachedTexts(), 2);

    // Every new text is an entry until the bound, and the cache starts over there.
    for (int i = 0; i < CachedTextDelegate::kMaxTexts + 10; ++i) {
        model.setData(model.index(0, 0), QStringLiteral("cluster-%1").arg(i));
        view.viewport()->repaint();
        QVERIFY2(cached.cachedTexts() <= CachedTextDelegate::kMaxTexts, QByteArray::number(cached.cachedTexts()).constData());
    }
    QVERIFY(cached.cachedTexts() < CachedTextDelegate::kMaxTexts);
    view.setItemDelegate(nullptr);
}

QTEST_MAIN(TestCachedTextDelegate)
#include "tst_cachedtextdelegate.moc"
