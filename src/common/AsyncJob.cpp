#include "common/AsyncJob.h"

#include <QPointer>

namespace cw {

AsyncJob::AsyncJob(QObject *parent, Delivery delivery, Lifetime lifetime)
    : QObject(parent)
    , m_delivery(delivery)
    , m_lifetime(lifetime)
{
}

AsyncJob::~AsyncJob() = default;

void AsyncJob::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    doStart();
}

void AsyncJob::cancel()
{
    if (!m_finished)
        doCancel();
}

bool AsyncJob::finishWith(std::function<void()> emitResult)
{
    if (m_finished)
        return false;
    m_finished = true;
    if (m_delivery == Delivery::Immediate)
        deliver(emitResult);
    else
        QMetaObject::invokeMethod(this, [this, emitResult = std::move(emitResult)] { deliver(emitResult); },
                                  Qt::QueuedConnection);
    return true;
}

void AsyncJob::deliver(const std::function<void()> &emitResult)
{
    // A receiver may delete a KeptByOwner job inside its finished signal.
    const QPointer<AsyncJob> self(this);
    emitResult();
    if (self && m_lifetime == Lifetime::DeleteWhenFinished)
        deleteLater();
}

} // namespace cw
