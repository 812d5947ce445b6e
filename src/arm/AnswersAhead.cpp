#include "arm/AnswersAhead.h"

#include "arm/ArmConnection.h"

#include <QTimer>

#include <utility>

namespace cw::arm {
namespace {

// By connection, on each thread (a connection and its jobs live on one thread). Kept out of
// ArmConnection: only the start of a session has answers fetched ahead.
QHash<const ArmConnection *, AnswersAhead *> &serving()
{
    static thread_local QHash<const ArmConnection *, AnswersAhead *> byConnection;
    return byConnection;
}

} // namespace

AnswersAhead::AnswersAhead(ArmConnection *connection)
    : QObject(connection)
    , m_connection(connection)
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    m_deadline->setInterval(kWaitMs);
    connect(m_deadline, &QTimer::timeout, this, &AnswersAhead::giveUp);
    serving().insert(connection, this);
}

AnswersAhead::~AnswersAhead()
{
    if (serving().value(m_connection) == this)
        serving().remove(m_connection);
}

AnswersAhead *AnswersAhead::of(const ArmConnection *connection)
{
    const auto &byConnection = serving();
    return byConnection.isEmpty() ? nullptr : byConnection.value(connection);
}

void AnswersAhead::setWaitMs(int ms)
{
    m_deadline->setInterval(ms);
}

void AnswersAhead::expect(const QUrl &url)
{
    if (m_closed || m_noMore || m_entries.contains(url))
        return;
    m_entries.insert(url, Entry{});
    if (!m_deadline->isActive())
        m_deadline->start();
}

void AnswersAhead::deliver(const QUrl &url, std::optional<ArmResponse> answer)
{
    const auto it = m_entries.find(url);
    if (it == m_entries.end() || it->arrived)
        return; // not expected, or given up on already
    if (!it->claimed) {
        if (m_closed) {
            m_entries.erase(it); // nobody will ask for it any more
            goIfDone();
            return;
        }
        it->arrived = true;
        it->answer = std::move(answer);
        return;
    }
    Entry entry = std::move(*it);
    m_entries.erase(it);
    goIfDone();
    // At once: this runs from the event loop already (the other thread's answer was queued), and
    // the job still finishes from the event loop (ArmJob::finish). A turn less for the rows.
    if (entry.context)
        entry.take(std::move(answer));
}

bool AnswersAhead::claim(const QUrl &url, QObject *context, Take take)
{
    const auto it = m_entries.find(url);
    if (m_closed || it == m_entries.end() || it->claimed)
        return false;
    it->claimed = true;
    it->context = context;
    it->take = std::move(take);
    if (it->arrived) {
        Entry entry = std::move(*it);
        m_entries.erase(it);
        hand(std::move(entry));
        goIfDone();
    }
    return true;
}

void AnswersAhead::close()
{
    m_closed = true;
    m_entries.removeIf([](QHash<QUrl, Entry>::iterator it) { return !it->claimed; });
    goIfDone();
}

void AnswersAhead::expectNoMore()
{
    m_noMore = true;
    goIfDone();
}

void AnswersAhead::hand(Entry entry)
{
    // From the event loop: a job that claims inside its start() goes on after start() returned.
    if (!entry.context)
        return;
    QObject *context = entry.context;
    QMetaObject::invokeMethod(context, [take = std::move(entry.take), answer = std::move(entry.answer)]() mutable {
        take(std::move(answer));
    }, Qt::QueuedConnection);
}

void AnswersAhead::giveUp()
{
    // What has not come by now is not waited for: the jobs that wait send on their own.
    const QHash<QUrl, Entry> entries = std::exchange(m_entries, {});
    m_closed = true;
    for (const Entry &entry : entries)
        if (entry.claimed && entry.context) // (an answer that came for a claimed entry was handed over at once)
            entry.take(std::nullopt);
    goIfDone();
}

void AnswersAhead::goIfDone()
{
    // Closed (or expecting no more) with nothing left to hand over: the connection's jobs no
    // longer find it.
    if (!(m_closed || m_noMore) || !m_entries.isEmpty())
        return;
    m_deadline->stop();
    serving().remove(m_connection);
    deleteLater();
}

} // namespace cw::arm
