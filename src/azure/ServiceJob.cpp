#include "azure/ServiceJob.h"

namespace cw::azure {

ServiceJob::ServiceJob(QObject *parent)
    : AsyncJob(parent, Delivery::Immediate)
{
}

void ServiceJob::finishOnce()
{
    finishWith([this] { Q_EMIT finished(); });
}

} // namespace cw::azure
