#include "widgets/CachedTextDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>
#include <QTextLayout>
#include <QTextOption>

#include <utility>

namespace cw::ui {

namespace {

// Whether QCommonStyle draws the cell's text in the rectangle it gives the text whatever the text
// is (a cell whose decoration is selected with it: the rest of the cell beside the icon), as one
// line or more (which laidOut() tells). Anything else is left to the style.
bool textRectIsTheCells(const QStyleOptionViewItem &opt)
{
    // The focused cell too: the style draws its focus frame over the text (Fusion's is translucent),
    // and it is one cell of the view.
    if (opt.text.isEmpty() || opt.direction != Qt::LeftToRight || opt.textElideMode != Qt::ElideRight
        || (opt.state & (QStyle::State_Editing | QStyle::State_HasFocus)) || !opt.showDecorationSelected
        || (opt.decorationPosition != QStyleOptionViewItem::Left && opt.decorationPosition != QStyleOptionViewItem::Right))
        return false;
    return true; // (a multi-line text is found once, when it is laid out: layOut())
}

// Whether the style draws a cell without a check box, an icon or a text, unfocused, as
// QCommonStyle's CE_ItemViewItem does: the style's PE_PanelItemViewItem, clipped to the cell, and
// nothing else (it also measures the check, icon and text rectangles, and paints the null icon,
// which is most of its cost). Fusion, the style the app runs with wherever the desktop names no
// other, draws items with QCommonStyle's code; any other style (a platform's, a proxy, a style
// sheet) is left its own CE_ItemViewItem.
bool stylePanelIsThePlainItem(const QStyle *style)
{
    return style->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0;
}

} // namespace

void CachedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // What QStyledItemDelegate::paint does, with the text drawn apart when it can be.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    if (!textRectIsTheCells(opt)) {
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        return;
    }
    // QCommonStyle's text rectangle, less its margins; without the text, which it does not depend
    // on here and which would be laid out to measure it.
    QString text = std::exchange(opt.text, QString());
    const bool plainItem = !(opt.features & (QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDecoration))
                           && stylePanelIsThePlainItem(style);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = (plainItem ? plainTextRect(opt, style) : style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget))
                               .adjusted(margin, 0, -margin, 0);
    const Qt::Alignment horizontal = QStyle::visualAlignment(opt.direction, opt.displayAlignment) & Qt::AlignHorizontal_Mask;
    const bool wrap = opt.features & QStyleOptionViewItem::WrapText;
    const LaidOut &laid = laidOut(text, opt.font, textRect.width(), horizontal, wrap);
    if (laid.styleDraws) { // more than one line: the style elides the lines
        opt.text = std::move(text);
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        return;
    }
    painter->save();
    painter->setClipRect(opt.rect);
    // The background and selection: the style's whole item without its text, or its panel alone
    // where that is the same drawing (stylePanelIsThePlainItem()).
    if (plainItem)
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    else
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // with the icon
    // Its top as QCommonStyle places it: the unelided text's line aligned in the rectangle.
    const int top = QStyle::alignedRect(Qt::LeftToRight, opt.displayAlignment, QSize(0, laid.height), textRect).top();

    QPalette::ColorGroup group = (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    painter->setPen(opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(opt.font);
    painter->drawStaticText(QPointF(textRect.x(), top), laid.text);
    painter->restore();
}

QRect CachedTextDelegate::plainTextRect(const QStyleOptionViewItem &opt, const QStyle *style) const
{
    // The style places the text of a cell without check box or icon by the cell's size alone
    // (QCommonStylePrivate::viewItemLayout, which lays out a text to measure even an empty one):
    // asked once per cell size, then moved to the cell.
    if (style != m_plainTextStyle || m_plainTextRects.size() >= 256) {
        m_plainTextRects.clear();
        m_plainTextStyle = style;
    }
    const PlainCell key{opt.rect.width(), opt.rect.height(), int(opt.features), int(opt.displayAlignment)};
    auto found = m_plainTextRects.constFind(key);
    if (found == m_plainTextRects.constEnd())
        found = m_plainTextRects.insert(
            key, style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget).translated(-opt.rect.topLeft()));
    return found->translated(opt.rect.topLeft());
}

const CachedTextDelegate::LaidOut &CachedTextDelegate::laidOut(const QString &text, const QFont &font, int width,
                                                               Qt::Alignment alignment, bool wrap) const
{
    if (m_texts.size() >= kMaxTexts)
        m_texts.clear();
    // A left-aligned text that fits is laid out the same at every width it fits in: one entry for
    // all of them (width -1), so a column made wider or narrower (the view fits its columns after
    // each refresh) does not lay out its whole screenful again.
    if (!(alignment & (Qt::AlignRight | Qt::AlignHCenter | Qt::AlignJustify))) { // (AlignAbsolute may be set)
        const Key natural{text, font, -1, 0, false};
        auto found = m_texts.constFind(natural);
        if (found == m_texts.constEnd())
            found = m_texts.insert(natural, layOut(text, font, -1, Qt::AlignLeft, false));
        if (found->naturalWidth <= width)
            return *found;
    }
    const Key key{text, font, width, int(alignment), wrap};
    if (const auto found = m_texts.constFind(key); found != m_texts.constEnd())
        return *found;
    return *m_texts.insert(key, layOut(text, font, width, alignment, wrap));
}

CachedTextDelegate::LaidOut CachedTextDelegate::layOut(const QString &text, const QFont &font, int width,
                                                       Qt::Alignment alignment, bool wrap)
{
    // As QCommonStyle: the text laid out in lines as wide as the rectangle (words wrapped when the
    // view wraps them); one line is elided at the right when its natural width is more than that.
    // Width -1: one line as wide as the text (QStaticText without a text width lays out the same).
    // More than one line, or the "longest variant" separator of QFontMetrics::elidedText: the
    // style's to draw.
    for (const QChar c : text)
        if (c == QLatin1Char('\n') || c == QChar::LineSeparator || c == QChar(0x9c))
            return LaidOut{QStaticText(), 0, 0, true};
    QTextOption textOption;
    textOption.setWrapMode(wrap ? QTextOption::WordWrap : QTextOption::ManualWrap);
    textOption.setTextDirection(Qt::LeftToRight);
    textOption.setAlignment(alignment);
    QTextLayout layout(text, font);
    layout.setTextOption(textOption);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (width >= 0)
        line.setLineWidth(width); // else endLayout() lays it out unbounded
    line.setPosition(QPointF(0, 0));
    const bool wrapped = width >= 0 && layout.createLine().isValid();
    layout.endLayout();
    if (wrapped)
        return LaidOut{QStaticText(), 0, line.naturalTextWidth(), true};

    const bool elided = width >= 0 && line.naturalTextWidth() > width;
    QStaticText shown(elided ? QFontMetrics(font).elidedText(text, Qt::ElideRight, width) : text);
    shown.setTextFormat(Qt::PlainText); // never read as rich text, whatever the service named a thing
    shown.setTextOption(textOption);
    if (width >= 0)
        shown.setTextWidth(width);
    shown.setPerformanceHint(QStaticText::ModerateCaching);
    return LaidOut{std::move(shown), layout.boundingRect().size().toSize().height(), line.naturalTextWidth(), false};
}

} // namespace cw::ui
