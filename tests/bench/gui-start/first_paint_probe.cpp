// LD_PRELOAD probe for the gui-start benchmark: measures from outside, adding nothing to the
// application. It interposes QCoreApplication::sendEvent and ::sendSpontaneousEvent, which
// QtWidgets calls across the library boundary (the paint events of QWidgetRepaintManager go
// through sendSpontaneousEvent; notifyInternal2 itself is called inside QtCore only, where it
// cannot be interposed). When the first QPaintEvent delivered to a top-level widget has been
// handled (the window's content is painted; the flush follows in the same repaint), it prints
// the time since CW_BENCH_T0_NS (CLOCK_MONOTONIC, set by the driver just before it started the
// process) and ends the process. With CW_BENCH_PROBE_KEEP_RUNNING=1 (the time-to-clusters
// benchmark and timeline) it prints the first paint's time once and lets the process go on.
// With CW_BENCH_PROBE_PAINTS_OF=<objectName> it also prints CW_PAINT_OF_MS=<ms> each time a
// widget of that name (or its viewport) has been painted: the time-to-clusters driver takes the
// first such paint after the app's "the clusters table shows N computes" line, when the person
// sees the rows (the line itself comes when the model holds them, before their paint).
#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

#include <dlfcn.h>
#include <time.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <utility>

namespace {

using Send = bool (*)(QObject *, QEvent *);

Send realFunction(const char *symbol)
{
    return reinterpret_cast<Send>(dlsym(RTLD_NEXT, symbol));
}

long long nowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

// Milliseconds since CW_BENCH_T0_NS (-1 when the driver did not set it).
double msSinceT0()
{
    const char *t0 = std::getenv("CW_BENCH_T0_NS");
    return t0 ? double(nowNs() - std::atoll(t0)) / 1e6 : -1.0;
}

// Whether `widget` is the watched widget (CW_BENCH_PROBE_PAINTS_OF) or its viewport.
bool isWatched(const QWidget *widget)
{
    static const QString name = QString::fromLocal8Bit(qgetenv("CW_BENCH_PROBE_PAINTS_OF"));
    if (name.isEmpty())
        return false;
    return widget->objectName() == name || (widget->parentWidget() && widget->parentWidget()->objectName() == name);
}

bool deliver(Send real, QObject *receiver, QEvent *event)
{
    const bool anyPaint = event && event->type() == QEvent::Paint && receiver && receiver->isWidgetType();
    const bool isPaint = anyPaint && static_cast<QWidget *>(receiver)->isWindow();
    const bool watched = anyPaint && isWatched(static_cast<QWidget *>(receiver));
    const bool result = real(receiver, event);
    if (watched) {
        std::fprintf(stderr, "\nCW_PAINT_OF_MS=%.2f\n", msSinceT0());
        std::fflush(stderr);
    }
    if (isPaint) {
        const double ms = msSinceT0();
        static const bool keepRunning = std::getenv("CW_BENCH_PROBE_KEEP_RUNNING") != nullptr;
        if (!keepRunning) {
            std::fprintf(stderr, "\nCW_FIRST_PAINT_MS=%.2f\n", ms);
            std::fflush(stderr);
            _exit(0);
        }
        static bool reported = false;
        if (!std::exchange(reported, true)) {
            // The timeline also wants the GUI thread's CPU time so far (its wall time is noisy).
            timespec cpu{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu);
            std::fprintf(stderr, "\nCW_FIRST_PAINT_MS=%.2f cpu %.1f\n", ms, cpu.tv_sec * 1e3 + cpu.tv_nsec / 1e6);
            std::fflush(stderr);
        }
    }
    return result;
}

} // namespace

bool QCoreApplication::sendEvent(QObject *receiver, QEvent *event)
{
    static const Send real = realFunction("_ZN16QCoreApplication9sendEventEP7QObjectP6QEvent");
    return deliver(real, receiver, event);
}

bool QCoreApplication::sendSpontaneousEvent(QObject *receiver, QEvent *event)
{
    static const Send real = realFunction("_ZN16QCoreApplication20sendSpontaneousEventEP7QObjectP6QEvent");
    return deliver(real, receiver, event);
}
