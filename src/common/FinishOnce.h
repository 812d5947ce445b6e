#pragma once
#include <QMetaObject>
#include <QObject>

namespace cw {

// The ending of a one-shot job object: the first call wins, later ones are ignored; the result is
// delivered from the event loop (so a caller that connects right after starting the job still
// hears it, even when the answer was known at once) and the job deletes itself afterwards.
// `emitFinished` emits the job's own finished(result) signal.
template <typename EmitFinished>
void finishOnceLater(QObject *job, bool &done, EmitFinished emitFinished)
{
    if (done)
        return;
    done = true;
    QMetaObject::invokeMethod(
        job,
        [job, emitFinished] {
            emitFinished();
            job->deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace cw
