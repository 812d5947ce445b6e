#include "shell/KeyboardContextMenu.h"

#include <QAbstractItemView>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QItemSelectionModel>
#include <QKeyEvent>

namespace cw::ui {

void KeyboardContextMenu::install(QAbstractItemView *view)
{
    view->installEventFilter(new KeyboardContextMenu(view));
}

KeyboardContextMenu::KeyboardContextMenu(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
}

bool KeyboardContextMenu::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view || event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool shiftF10 = key->key() == Qt::Key_F10 && key->modifiers() == Qt::ShiftModifier;
    const bool menuKey = key->key() == Qt::Key_Menu && key->modifiers() == Qt::NoModifier;
    if (!shiftF10 && !menuKey)
        return false;
    // At the row the keyboard is on (the selected one), not where the mouse happens to be.
    QModelIndex index = m_view->currentIndex();
    if (const QModelIndexList rows = m_view->selectionModel() ? m_view->selectionModel()->selectedRows()
                                                              : QModelIndexList();
        !rows.isEmpty())
        index = rows.first();
    const QRect rect = m_view->visualRect(index);
    const QPoint inViewport = rect.isValid() ? QPoint(rect.left() + 8, rect.center().y()) : m_view->viewport()->rect().center();
    const QPoint pos = m_view->viewport()->mapTo(m_view, inViewport);
    QContextMenuEvent menu(QContextMenuEvent::Keyboard, pos, m_view->mapToGlobal(pos), key->modifiers());
    QCoreApplication::sendEvent(m_view, &menu);
    return true;
}

} // namespace cw::ui
