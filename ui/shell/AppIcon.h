#pragma once
// The app's icon, from the pixels rendered at build time from icons/clusterwright.svg
// (resources/render_icon.cpp), so that the window's first paint loads neither Qt's SVG icon
// engine nor the image-format plugins QImageReader loads for a PNG (~6 ms of the GUI thread).
#include <QIcon>
#include <QPixmap>

namespace cw::ui {

// The sizes a window icon is offered in (window managers pick one and scale it).
QIcon appIcon();
// The icon at `logicalSize` for a screen of `devicePixelRatio`: the smallest rendered size at
// least that many pixels (the largest when none is), scaled down when it is larger.
QPixmap appIconPixmap(int logicalSize, qreal devicePixelRatio);

} // namespace cw::ui
