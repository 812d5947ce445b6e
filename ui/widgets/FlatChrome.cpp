#include "widgets/FlatChrome.h"

#include <QAbstractScrollArea>
#include <QHeaderView>
#include <QScrollBar>
#include <QToolBar>

namespace cw::ui {

void useFlatScrollBars(QAbstractScrollArea *area)
{
    // palette(...) follows the application's palette (light, dark, high contrast). Each part named
    // here is drawn with solid fills; a part not named would fall back to the style's gradients.
    static const QString css = QStringLiteral(
        "QScrollBar { background: palette(base); border: none; margin: 0; }"
        "QScrollBar:vertical { width: 12px; }"
        "QScrollBar:horizontal { height: 12px; }"
        "QScrollBar::handle { background: palette(mid); border-radius: 3px; margin: 2px; }"
        "QScrollBar::handle:hover { background: palette(dark); }"
        "QScrollBar::handle:pressed { background: palette(shadow); }"
        "QScrollBar::handle:vertical { min-height: 24px; }"
        "QScrollBar::handle:horizontal { min-width: 24px; }"
        "QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; border: none; background: none; }"
        "QScrollBar::add-page, QScrollBar::sub-page { background: none; }");
    area->verticalScrollBar()->setStyleSheet(css);
    area->horizontalScrollBar()->setStyleSheet(css);
}

void useFlatHeader(QHeaderView *header)
{
    header->setStyleSheet(QStringLiteral(
        "QHeaderView::section { background: palette(button); color: palette(button-text); border: none;"
        " border-right: 1px solid palette(mid); border-bottom: 1px solid palette(mid); padding: 2px 4px; }"));
}

void useFlatToolBar(QToolBar *toolBar)
{
    toolBar->setStyleSheet(QStringLiteral(
        "QToolBar { background: palette(window); border: none; border-bottom: 1px solid palette(mid); }"));
}

} // namespace cw::ui
