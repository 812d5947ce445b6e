#include "shell/FirstPaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace cw::ui {
namespace {

class FirstPaintFilter : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Let this paint finish (and reach the backing store), then quit.
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

void exitAfterFirstPaint(QWidget *window)
{
    window->installEventFilter(new FirstPaintFilter(window));
}

} // namespace cw::ui
