#include "azure/ServiceJob.h"

namespace cw::azure {

ServiceJob::ServiceJob(QObject *parent)
    : QObject(parent)
{
}

void ServiceJob::finishOnce()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}

} // namespace cw::azure
