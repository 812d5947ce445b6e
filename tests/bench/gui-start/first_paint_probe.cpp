// LD_PRELOAD probe for the gui-start benchmark: measures from outside, adding nothing to the
// application. It interposes QCoreApplication::notifyInternal2 (every sendEvent goes through
// it, across the library boundary), and when the first QPaintEvent delivered to a top-level
// widget has been handled (the window's content is painted; the flush follows in the same
// repaint), it prints the time since CW_BENCH_T0_NS (CLOCK_MONOTONIC, set by the driver just
// before it started the process) and ends the process.
#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

#include <dlfcn.h>
#include <time.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace {

using Notify = bool (*)(QObject *, QEvent *);

Notify realNotify()
{
    static Notify real = reinterpret_cast<Notify>(dlsym(RTLD_NEXT, "_ZN16QCoreApplication15notifyInternal2EP7QObjectP6QEvent"));
    return real;
}

long long nowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

} // namespace

bool QCoreApplication::notifyInternal2(QObject *receiver, QEvent *event)
{
    const bool isPaint = event && event->type() == QEvent::Paint && receiver && receiver->isWidgetType()
        && static_cast<QWidget *>(receiver)->isWindow();
    const bool result = realNotify()(receiver, event);
    if (isPaint) {
        const char *t0 = std::getenv("CW_BENCH_T0_NS");
        const double ms = t0 ? double(nowNs() - std::atoll(t0)) / 1e6 : -1.0;
        std::fprintf(stderr, "\nCW_FIRST_PAINT_MS=%.2f\n", ms);
        std::fflush(stderr);
        _exit(0);
    }
    return result;
}
