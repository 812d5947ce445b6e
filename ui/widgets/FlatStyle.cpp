#include "widgets/FlatStyle.h"

#include <QApplication>
#include <QPainter>
#include <QPointer>
#include <QStyleOption>

#include <algorithm>

namespace cw::ui {
namespace {

constexpr int kScrollBarThickness = 12;
constexpr int kHandleMinimum = 24;
constexpr int kHandleMargin = 2;
constexpr qreal kHandleRadius = 3;

} // namespace

FlatStyle::FlatStyle(const QString &baseKey)
    : QProxyStyle(baseKey)
{
}

FlatStyle *FlatStyle::instance()
{
    static QPointer<FlatStyle> style;
    if (!style) {
        style = new FlatStyle(QApplication::style()->name());
        style->setParent(qApp); // goes with the application, after every widget that uses it
    }
    return style;
}

int FlatStyle::pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const
{
    switch (metric) {
    case PM_ScrollBarExtent:
        return kScrollBarThickness;
    case PM_ScrollBarSliderMin:
        return kHandleMinimum;
    default:
        return QProxyStyle::pixelMetric(metric, option, widget);
    }
}

QRect FlatStyle::subControlRect(ComplexControl control, const QStyleOptionComplex *option, SubControl sub,
                                const QWidget *widget) const
{
    const auto *bar = qstyleoption_cast<const QStyleOptionSlider *>(option);
    if (control != CC_ScrollBar || !bar)
        return QProxyStyle::subControlRect(control, option, sub, widget);
    // QCommonStyle's layout with no arrow buttons: the groove is the whole bar, the handle's
    // length is its page's share of it (at least kHandleMinimum), placed by the value.
    const QRect whole = bar->rect;
    const bool horizontal = bar->orientation == Qt::Horizontal;
    const int length = horizontal ? whole.width() : whole.height();
    const qint64 range = qint64(bar->maximum) - bar->minimum;
    int handle = length;
    if (range > 0) {
        handle = int(qint64(bar->pageStep) * length / (range + bar->pageStep));
        handle = std::clamp(handle, std::min(pixelMetric(PM_ScrollBarSliderMin, option, widget), length), length);
    }
    const int start = sliderPositionFromValue(bar->minimum, bar->maximum, bar->sliderPosition, length - handle,
                                              bar->upsideDown);
    const auto along = [&](int from, int size) {
        return horizontal ? QRect(from, 0, size, whole.height()) : QRect(0, from, whole.width(), size);
    };
    QRect rect;
    switch (sub) {
    case SC_ScrollBarGroove:
        rect = along(0, length);
        break;
    case SC_ScrollBarSlider:
        rect = along(start, handle);
        break;
    case SC_ScrollBarSubPage:
        rect = along(0, start);
        break;
    case SC_ScrollBarAddPage:
        rect = along(start + handle, length - start - handle);
        break;
    default:
        return QRect(); // the arrow buttons (and first/last): none
    }
    return visualRect(bar->direction, whole, rect.translated(whole.topLeft()));
}

void FlatStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                                   const QWidget *widget) const
{
    const auto *bar = qstyleoption_cast<const QStyleOptionSlider *>(option);
    if (control != CC_ScrollBar || !bar) {
        QProxyStyle::drawComplexControl(control, option, painter, widget);
        return;
    }
    painter->fillRect(bar->rect, bar->palette.base());
    const QRect handle =
        subControlRect(CC_ScrollBar, bar, SC_ScrollBarSlider, widget)
            .adjusted(kHandleMargin, kHandleMargin, -kHandleMargin, -kHandleMargin);
    if (!handle.isValid() || !(bar->state & State_Enabled) || bar->minimum == bar->maximum)
        return; // nothing to scroll: the track alone
    const bool onHandle = bar->activeSubControls & SC_ScrollBarSlider;
    const QPalette::ColorRole role = onHandle && (bar->state & State_Sunken)      ? QPalette::Shadow
                                     : onHandle && (bar->state & State_MouseOver) ? QPalette::Dark
                                                                                  : QPalette::Mid;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(bar->palette.color(role));
    painter->drawRoundedRect(QRectF(handle), kHandleRadius, kHandleRadius);
    painter->restore();
}

void FlatStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                            const QWidget *widget) const
{
    // The lines are one-pixel rectangles: the raster engine fills an opaque rectangle itself,
    // where a pen's line goes through its span functions.
    const QRect r = option->rect;
    const QColor mid = option->palette.color(QPalette::Mid);
    switch (element) {
    case CE_HeaderSection:
        painter->fillRect(r, option->palette.button());
        painter->fillRect(QRect(r.right(), r.top(), 1, r.height()), mid);
        painter->fillRect(QRect(r.left(), r.bottom(), r.width(), 1), mid);
        return;
    case CE_HeaderEmptyArea:
        painter->fillRect(r, option->palette.button());
        painter->fillRect(QRect(r.left(), r.bottom(), r.width(), 1), mid);
        return;
    case CE_ToolBar:
        painter->fillRect(r, option->palette.window());
        painter->fillRect(QRect(r.left(), r.bottom(), r.width(), 1), mid);
        return;
    default:
        QProxyStyle::drawControl(element, option, painter, widget);
    }
}

} // namespace cw::ui
