// How long an event arriving from outside waits for the GUI thread: what a user feels as a stall.
//
// A thread of its own posts a timestamped event to the GUI thread about every millisecond, the
// way input reaches an event loop (another thread or process makes the loop's wake-up descriptor
// readable). The GUI thread records, on delivery, how long each waited. A busy GUI thread makes
// the events queue; an idle one, asleep in poll(), is woken at once.
//
// Why not only a 1 ms timer on the GUI thread: on this kind of VM a thread asleep on a timer is
// sometimes woken 10-20 ms late while both cores are idle (a bare C loop of poll(NULL, 0, 1)
// overslept 18 ms in 20 s on an idle machine), but a thread woken by another one is not (at most
// 2.7 ms in the same test). The timer's gaps then measure the VM's timer, not the application.
// The posting thread sleeps on a timer too, so it also records how late its own timer woke it:
// that is the machine's timer oversleep during the window, printed beside the timer's gaps.
#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <thread>
#include <vector>

namespace cw::bench {

class InputLatencyProbe : public QObject
{
public:
    // clock: the window's clock (QElapsedTimer reads CLOCK_MONOTONIC; reading it from the
    // posting thread is safe once it is started).
    explicit InputLatencyProbe(const QElapsedTimer *clock, QObject *parent = nullptr);
    ~InputLatencyProbe() override;

    void start();
    void stop(); // joins the posting thread, then delivers what it had posted

    struct Wait {
        qint64 postedNs; // on the window's clock
        double ms;       // posted -> delivered
    };
    const std::vector<Wait> &waits() const { return m_waits; }
    // The posting thread's longest sleep beyond the 1 ms it asked for.
    double longestTimerOversleepMs() const { return m_longestOversleepNs.load() / 1e6; }
    int timerOversleepsOver10Ms() const { return m_oversleepsOver10Ms.load(); }

protected:
    bool event(QEvent *event) override;

private:
    void postLoop();

    const QElapsedTimer *m_clock;
    std::thread m_poster;
    std::atomic<bool> m_running{false};
    std::atomic<qint64> m_longestOversleepNs{0};
    std::atomic<int> m_oversleepsOver10Ms{0};
    std::vector<Wait> m_waits; // GUI thread only
};

} // namespace cw::bench
