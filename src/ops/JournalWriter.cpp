#include "ops/JournalWriter.h"

#include <QFile>

#include <algorithm>
#include <iterator>

#include "common/PrivateFile.h"

namespace cw::ops {

JournalWriter::JournalWriter()
    : m_thread([this] { run(); })
{
}

JournalWriter::~JournalWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void JournalWriter::enqueue(const QString &path, QByteArray contents, Done done)
{
    enqueue(path, Contents([bytes = std::move(contents)] { return bytes; }), std::move(done));
}

void JournalWriter::enqueue(const QString &path, Contents contents, Done done)
{
    {
        std::lock_guard lock(m_mutex);
        const auto queued = std::find_if(m_queue.begin(), m_queue.end(), [&path](const Job &j) { return j.path == path; });
        if (queued != m_queue.end()) {
            queued->contents = std::move(contents);
            if (done)
                queued->done.push_back(std::move(done));
        } else {
            Job job{path, std::move(contents), {}};
            if (done)
                job.done.push_back(std::move(done));
            m_queue.push_back(std::move(job));
        }
    }
    m_wake.notify_one();
}

bool JournalWriter::removeFile(const QString &path)
{
    // Holding m_io: no write is between being taken from the queue and landing on disk, so
    // none can bring the file back after it is removed.
    std::vector<Done> dropped;
    bool removed = false;
    {
        std::lock_guard io(m_io);
        {
            std::lock_guard lock(m_mutex);
            const auto first = std::stable_partition(m_queue.begin(), m_queue.end(),
                                                     [&path](const Job &j) { return j.path != path; });
            for (auto it = first; it != m_queue.end(); ++it)
                std::move(it->done.begin(), it->done.end(), std::back_inserter(dropped));
            m_queue.erase(first, m_queue.end());
            if (m_queue.empty() && !m_busy)
                m_idle.notify_all(); // a flush() may be waiting for exactly these
        }
        removed = QFile::remove(path);
    }
    const bool droppedAny = !dropped.empty();
    for (const Done &done : dropped)
        done(false, QStringLiteral("removed before it was written"));
    return removed || droppedAny;
}

void JournalWriter::flush()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_queue.empty() && !m_busy; });
}

void JournalWriter::run()
{
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty()) {
                m_idle.notify_all();
                return; // stopping, and everything is written
            }
        }
        // Taking a job and writing it happen under m_io together (see removeFile()).
        std::unique_lock io(m_io);
        Job job;
        {
            std::lock_guard lock(m_mutex);
            if (m_queue.empty()) {
                m_idle.notify_all();
                continue; // removeFile() took it meanwhile
            }
            job = std::move(m_queue.front());
            m_queue.pop_front();
            m_busy = true;
        }
        const FileWriteResult result = writePrivateFileAtomically(job.path, job.contents());
        io.unlock();
        for (const Done &done : job.done)
            done(result.ok, result.error);
        {
            std::lock_guard lock(m_mutex);
            m_busy = false;
            if (m_queue.empty())
                m_idle.notify_all();
        }
    }
}

} // namespace cw::ops
