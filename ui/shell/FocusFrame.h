#pragma once
#include <QObject>

class QMainWindow;

namespace cw::ui {

// Makes the keyboard focus visible on the main window's lists, tables and text panes: the
// style draws no focus mark on an empty list or on a text browser, so while one of them has
// the focus its frame is drawn in the palette's highlight colour (light and dark alike).
class FocusFrame : public QObject
{
    Q_OBJECT
public:
    explicit FocusFrame(QMainWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QMainWindow *m_window;
};

} // namespace cw::ui
