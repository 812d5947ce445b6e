#include "widgets/FlatChrome.h"

#include <QAbstractScrollArea>
#include <QHeaderView>
#include <QScrollBar>
#include <QToolBar>

#include "widgets/FlatStyle.h"

namespace cw::ui {

// Each part takes the shared FlatStyle (its drawing and why it is a style, not a style sheet:
// FlatStyle.h). Its colours are the widget's palette roles, so light, dark and high-contrast
// palettes are followed.

void useFlatScrollBars(QAbstractScrollArea *area)
{
    area->verticalScrollBar()->setStyle(FlatStyle::instance());
    area->horizontalScrollBar()->setStyle(FlatStyle::instance());
}

void useFlatHeader(QHeaderView *header)
{
    header->setStyle(FlatStyle::instance());
}

void useFlatToolBar(QToolBar *toolBar)
{
    toolBar->setStyle(FlatStyle::instance());
}

} // namespace cw::ui
