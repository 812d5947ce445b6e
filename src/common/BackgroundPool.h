#pragma once

class QThreadPool;

namespace cw {

// The threads of the application's own background work: list pages parsed into rows, a refresh's
// diff, heap trims, CA files and certificates read. Never QThreadPool::globalInstance(): Qt 6.4's
// QtGui splits large image conversions, scalings and raster fills into pieces run on the global
// pool, and the GUI thread waits for them inside a paint. With our 5-20 ms page parses queued
// there, a repaint of the clusters table sat behind them (stalls of 15-25 ms in which the GUI
// thread used no CPU at all; gui-stall benchmark). As many threads as cores; lives until exit.
QThreadPool *backgroundPool();

} // namespace cw
