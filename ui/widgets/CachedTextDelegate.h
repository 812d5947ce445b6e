#pragma once
#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace cw::ui {

// A QStyledItemDelegate that draws each cell's one-line text from a cache of laid-out texts
// (QStaticText, already elided to the cell's width) instead of laying the text out three times
// per cell per paint as QCommonStyle does (to place it, to elide it, to draw it). A repaint of the
// 1280×800 clusters table spent 8-11 ms of the GUI thread there, mostly HarfBuzz shaping the same
// texts again, which alone broke the one-frame (16 ms) budget of the gui-stall benchmark.
//
// The rest of the cell (background, alternating rows, selection, icon) is still the style's own
// drawing, made with the text left out. Under Fusion a cell without icon or check box is the
// style's item panel alone, which is all Fusion's whole item draws for it without the measuring
// (a repaint of the clusters table went from 1.64 to 1.39 ms). The text is then drawn where and
// how QCommonStyle draws it (same rectangle, margins, alignment, elision and colour), which a
// test checks pixel for pixel against QStyledItemDelegate. Cells the cache cannot draw the same
// way (text wrapped onto more lines, multi-line text, right-to-left, another elide mode, an
// editor open, a view that does not select decorations, the focused cell) are left to the
// style, as QStyledItemDelegate does.
class CachedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Laid-out texts kept. A screenful of cells is a few hundred; past this the cache starts over
    // (a scroll through 6,000 rows would otherwise keep every text it met).
    static constexpr qsizetype kMaxTexts = 4096;
    qsizetype cachedTexts() const { return m_texts.size(); }

private:
    struct Key {
        QString text;
        QFont font;    // a cell's own font (FontRole) is a text of its own
        int width;     // of the text's rectangle (the elision depends on it); -1: as wide as the text
        int alignment; // horizontal, within that width
        bool wrap;     // the view wraps words (QTableView's default)
        friend bool operator==(const Key &a, const Key &b) noexcept
        {
            return a.width == b.width && a.alignment == b.alignment && a.wrap == b.wrap && a.text == b.text
                   && a.font == b.font;
        }
        friend size_t qHash(const Key &key, size_t seed) noexcept
        {
            return qHashMulti(seed, key.text, key.font, key.width, key.alignment, key.wrap);
        }
    };
    struct LaidOut {
        QStaticText text; // elided when it does not fit
        int height;          // of the whole text's line, which QCommonStyle aligns in the cell
        qreal naturalWidth;  // of the whole text on one line
        bool styleDraws;     // more than one line (wrapped words, line breaks): the style draws it
    };
    // The cache's entry for the text in a rectangle `width` wide, made when missing.
    const LaidOut &laidOut(const QString &text, const QFont &font, int width, Qt::Alignment alignment, bool wrap) const;
    // The layout itself; width -1: one left-aligned line as wide as the text.
    static LaidOut layOut(const QString &text, const QFont &font, int width, Qt::Alignment alignment, bool wrap);

    // The text's rectangle in a cell without check box or icon, which depends on the cell's size
    // and kind only: asked of the style once for each (a table has a few column widths and one
    // row height), kept relative to the cell.
    QRect plainTextRect(const QStyleOptionViewItem &opt, const QStyle *style) const;
    struct PlainCell {
        int width, height, features, displayAlignment;
        friend bool operator==(const PlainCell &, const PlainCell &) = default;
        friend size_t qHash(const PlainCell &c, size_t seed) noexcept
        {
            return qHashMulti(seed, c.width, c.height, c.features, c.displayAlignment);
        }
    };

    mutable QHash<Key, LaidOut> m_texts;
    mutable QHash<PlainCell, QRect> m_plainTextRects;
    mutable const QStyle *m_plainTextStyle = nullptr; // whose rectangles those are
};

} // namespace cw::ui
