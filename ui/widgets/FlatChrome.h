#pragma once

class QAbstractScrollArea;
class QHeaderView;
class QToolBar;

namespace cw::ui {

// Gives a scroll area flat scroll bars: a track of the view's base colour, a rounded handle of the
// palette's mid colour (darker under the mouse and while dragged), no arrow buttons. For the views
// that repaint while data streams in (the clusters table and its details).
// Why not Fusion's own: Qt 6.4's raster engine fills a gradient taller than about a hundred lines
// (Fusion's grooves and handles) in pieces on QThreadPool::globalInstance(), and the GUI thread
// waits for every piece. A repaint of the clusters table handed 61 pieces to that pool, and under
// load a repaint of the clusters view waited 13-29 times (gui-stall benchmark). A solid rectangle
// is one fill on the GUI thread: these scroll bars never hand work to another thread.
// Only the scroll bars take the flat style (FlatStyle: the application style with these parts
// drawn flat), so the rest of the view keeps the plain style.
void useFlatScrollBars(QAbstractScrollArea *area);

// The same for a table's header: sections of the button colour with a mid-coloured line on their
// right and bottom, the style's own sort arrow. Fusion's header sections were the last paint of
// the clusters view that handed pieces to Qt's pool (12 times in a gui-stall run, backtraces).
void useFlatHeader(QHeaderView *header);

// The same for a main window's toolbar: the window colour with a mid-coloured line at its bottom.
// Fusion's toolbar draws its light and dark lines with a cosmetic pen whose spans go to Qt's pool
// in pieces once a line is wider than ~96 px: the clusters view's first paint with its rows (the
// toolbar appears with the view) handed 72 pieces to that pool for the toolbar and 49 for the
// operations dock's Fusion scroll bars and headers, and the GUI thread waited for each (gdb on
// QThreadPool::start; session 19). Its buttons keep the style's own look.
void useFlatToolBar(QToolBar *toolBar);

} // namespace cw::ui
