#pragma once

class QWidget;

namespace cw::ui {

// Quits the application right after `window` has painted for the first time (used by the
// gui-start benchmark, which times the whole process from the outside).
void exitAfterFirstPaint(QWidget *window);

} // namespace cw::ui
