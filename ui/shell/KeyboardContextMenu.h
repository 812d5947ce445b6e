#pragma once
#include <QObject>

class QAbstractItemView;

namespace cw::ui {

// Opens an item view's context menu from the keyboard, at its current row: Shift+F10 and the
// Menu key. Qt itself turns only the Menu key into a context menu, and only on some platforms.
class KeyboardContextMenu : public QObject
{
    Q_OBJECT
public:
    static void install(QAbstractItemView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit KeyboardContextMenu(QAbstractItemView *view);
    QAbstractItemView *m_view;
};

} // namespace cw::ui
