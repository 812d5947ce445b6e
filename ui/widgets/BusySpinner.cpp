#include "widgets/BusySpinner.h"

#include <QPainter>
#include <QTimer>

namespace cw::ui {

namespace {
constexpr int kSpokes = 12;
}

BusySpinner::BusySpinner(QWidget *parent)
    : QWidget(parent)
    , m_timer(new QTimer(this))
{
    setAccessibleName(tr("Loading"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_timer->setInterval(80);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_step = (m_step + 1) % kSpokes;
        update();
    });
    hide();
}

bool BusySpinner::isRunning() const
{
    return m_timer->isActive();
}

QSize BusySpinner::sizeHint() const
{
    const int side = fontMetrics().height() + 4;
    return {side, side};
}

void BusySpinner::setRunning(bool running)
{
    if (running) {
        m_timer->start();
        show();
    } else {
        m_timer->stop();
        hide();
    }
}

void BusySpinner::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal side = qMin(width(), height());
    p.translate(width() / 2.0, height() / 2.0);
    QColor colour = palette().color(QPalette::WindowText);
    QPen pen(colour, qMax<qreal>(1.5, side / 10.0), Qt::SolidLine, Qt::RoundCap);
    for (int i = 0; i < kSpokes; ++i) {
        // The spoke at the current step is opaque, the ones behind it fade out.
        const int age = (m_step - i + kSpokes) % kSpokes;
        colour.setAlphaF(1.0 - age / qreal(kSpokes));
        pen.setColor(colour);
        p.setPen(pen);
        p.save();
        p.rotate(i * 360.0 / kSpokes);
        p.drawLine(QPointF(0, side * 0.22), QPointF(0, side * 0.45));
        p.restore();
    }
}

} // namespace cw::ui
