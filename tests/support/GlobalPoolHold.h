#pragma once
// Holds every thread of Qt's global thread pool (QThreadPool::globalInstance()) busy until this
// object goes or `limitMs` passed: work handed to that pool meanwhile waits. A repaint that hands
// pieces of its fills to that pool (Qt 6.4's raster engine does for tall gradient fills, such as
// Fusion's scroll bars) and waits for them then takes about `limitMs`; one that does not is not
// slowed down at all.
#include <QSemaphore>
#include <QThreadPool>

namespace cw::test {

class GlobalPoolHold
{
public:
    explicit GlobalPoolHold(int limitMs)
        : m_count(QThreadPool::globalInstance()->maxThreadCount())
    {
        for (int i = 0; i < m_count; ++i)
            QThreadPool::globalInstance()->start([this, limitMs] {
                m_started.release();
                (void)m_release.tryAcquire(1, limitMs);
                m_done.release();
            });
        m_holding = m_started.tryAcquire(m_count, 10000);
    }
    ~GlobalPoolHold()
    {
        m_release.release(m_count);
        m_done.acquire(m_count); // every holder has returned before the semaphores go
    }
    GlobalPoolHold(const GlobalPoolHold &) = delete;
    GlobalPoolHold &operator=(const GlobalPoolHold &) = delete;

    // Every thread of the pool is held.
    bool holding() const { return m_holding; }

private:
    const int m_count;
    QSemaphore m_started, m_release, m_done;
    bool m_holding = false;
};

} // namespace cw::test
