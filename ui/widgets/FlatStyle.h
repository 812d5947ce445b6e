#pragma once
#include <QProxyStyle>

namespace cw::ui {

// The application's style with flat scroll bars, table headers and toolbars, for the widgets
// FlatChrome gives it (one instance, shared). Every other part is the application style's own.
// Scroll bars: a track of the base colour, a handle of the mid colour with rounded corners and a
// 2 px margin (dark under the mouse: the base style's polish gives scroll bars hover events;
// shadow while dragged), no arrow buttons, 12 px thick.
// Header sections: the button colour with a mid-coloured line on their right and bottom.
// Toolbars: the window colour with a mid-coloured line at their bottom.
// Everything is drawn with opaque fills: Qt 6.4's raster engine never hands a piece of them to
// its thread pool (FlatChrome.h says why that matters).
// Why a proxy style and not the style sheets these parts had until session 19: each
// setStyleSheet() parses its sheet and makes a QStyleSheetStyle for that widget, ~0.5 M
// instructions a call; the eleven calls were a quarter of the work of building the views once a
// session is ready (callgrind), on the way to the first rows.
class FlatStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // The one instance: the application style's kind as its base, owned by the application.
    static FlatStyle *instance();

    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr,
                    const QWidget *widget = nullptr) const override;
    QRect subControlRect(ComplexControl control, const QStyleOptionComplex *option, SubControl sub,
                         const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;

private:
    explicit FlatStyle(const QString &baseKey);
};

} // namespace cw::ui
