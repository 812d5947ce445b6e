#pragma once
// Holds every thread of a thread pool busy until release(), this object's end or `limitMs`,
// whichever comes first: work handed to that pool meanwhile waits. Held on Qt's global pool, a
// repaint that hands pieces of its fills to it (Qt 6.4's raster engine does for tall gradient
// fills, such as Fusion's scroll bars) and waits for them takes about `limitMs`; one that does not
// is not slowed down at all. Held on ours (cw::backgroundPool()), list pages wait to be parsed.
#include <QSemaphore>
#include <QThreadPool>

#include <utility>

namespace cw::test {

class PoolHold
{
public:
    PoolHold(QThreadPool *pool, int limitMs)
        : m_count(pool->maxThreadCount())
    {
        for (int i = 0; i < m_count; ++i)
            pool->start([this, limitMs] {
                m_started.release();
                (void)m_release.tryAcquire(1, limitMs);
                m_done.release();
            });
        m_holding = m_started.tryAcquire(m_count, 20000);
    }
    ~PoolHold()
    {
        release();
        m_done.acquire(m_count); // every holder has returned before the semaphores go
    }
    PoolHold(const PoolHold &) = delete;
    PoolHold &operator=(const PoolHold &) = delete;

    // Every thread of the pool is held.
    bool holding() const { return m_holding; }
    // Lets the pool's threads go (once).
    void release()
    {
        if (!std::exchange(m_released, true))
            m_release.release(m_count);
    }

private:
    const int m_count;
    QSemaphore m_started, m_release, m_done;
    bool m_holding = false;
    bool m_released = false;
};

} // namespace cw::test
