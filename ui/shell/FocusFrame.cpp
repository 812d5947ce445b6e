#include "shell/FocusFrame.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QEvent>
#include <QMainWindow>

namespace cw::ui {
namespace {
const char kSavedStyle[] = "cwFocusFrameSavedStyle";
const char kSavedWidth[] = "cwFocusFrameSavedWidth";
} // namespace

FocusFrame::FocusFrame(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
    // On the application: the views are made later (each session gets a new clusters view).
    qApp->installEventFilter(this);
}

bool FocusFrame::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::FocusIn && event->type() != QEvent::FocusOut)
        return false;
    auto *area = qobject_cast<QAbstractScrollArea *>(watched);
    if (!area || area->window() != m_window || area->frameShape() == QFrame::NoFrame)
        return false;
    if (event->type() == QEvent::FocusIn && !area->property(kSavedStyle).isValid()) {
        // The same frame width, so nothing inside moves; only the frame's colour changes.
        area->setProperty(kSavedStyle, area->frameStyle());
        area->setProperty(kSavedWidth, area->lineWidth());
        const int width = area->frameWidth();
        QPalette palette = area->palette();
        palette.setColor(QPalette::WindowText, palette.color(QPalette::Active, QPalette::Highlight));
        area->setPalette(palette);
        area->setFrameStyle(QFrame::Box | QFrame::Plain);
        area->setLineWidth(width);
    } else if (event->type() == QEvent::FocusOut && area->property(kSavedStyle).isValid()) {
        area->setFrameStyle(area->property(kSavedStyle).toInt());
        area->setLineWidth(area->property(kSavedWidth).toInt());
        area->setProperty(kSavedStyle, QVariant());
        area->setProperty(kSavedWidth, QVariant());
        area->setPalette(QPalette()); // back to the application's (follows a light/dark switch)
    }
    return false;
}

} // namespace cw::ui
