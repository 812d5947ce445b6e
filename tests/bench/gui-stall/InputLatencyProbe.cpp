#include "InputLatencyProbe.h"

#include <QCoreApplication>
#include <QEvent>

#include <time.h>

namespace cw::bench {

namespace {

const QEvent::Type kProbeEvent = QEvent::Type(QEvent::registerEventType());

class ProbeEvent : public QEvent
{
public:
    explicit ProbeEvent(qint64 postedNs) : QEvent(kProbeEvent), postedNs(postedNs) {}
    const qint64 postedNs;
};

} // namespace

InputLatencyProbe::InputLatencyProbe(const QElapsedTimer *clock, QObject *parent) : QObject(parent), m_clock(clock)
{
    m_waits.reserve(1 << 16);
}

InputLatencyProbe::~InputLatencyProbe()
{
    stop();
}

void InputLatencyProbe::start()
{
    if (m_running.exchange(true))
        return;
    m_poster = std::thread([this] { postLoop(); });
}

void InputLatencyProbe::stop()
{
    if (!m_running.exchange(false))
        return;
    m_poster.join();
    QCoreApplication::sendPostedEvents(this, kProbeEvent);
}

void InputLatencyProbe::postLoop()
{
    while (m_running.load()) {
        const qint64 before = m_clock->nsecsElapsed();
        const timespec oneMs{0, 1000000};
        clock_nanosleep(CLOCK_MONOTONIC, 0, &oneMs, nullptr);
        const qint64 now = m_clock->nsecsElapsed();
        const qint64 oversleep = now - before - 1000000;
        if (oversleep > m_longestOversleepNs.load())
            m_longestOversleepNs.store(oversleep);
        if (oversleep > 10000000)
            ++m_oversleepsOver10Ms;
        QCoreApplication::postEvent(this, new ProbeEvent(now));
    }
}

bool InputLatencyProbe::event(QEvent *event)
{
    if (event->type() != kProbeEvent)
        return QObject::event(event);
    const qint64 posted = static_cast<ProbeEvent *>(event)->postedNs;
    m_waits.push_back({posted, double(m_clock->nsecsElapsed() - posted) / 1e6});
    return true;
}

} // namespace cw::bench
