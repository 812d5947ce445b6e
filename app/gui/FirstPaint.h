#pragma once
#include <functional>

class QWidget;

namespace cw {

// Runs `work` once, in the event-loop turn after `window` handled its first paint event: for work
// that the first paint should not wait for and that competed with it on a 2-core machine.
// Nothing runs if the window goes first.
void runAfterFirstPaint(QWidget *window, std::function<void()> work);

} // namespace cw
