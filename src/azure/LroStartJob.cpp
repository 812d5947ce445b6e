#include "azure/LroStartJob.h"

#include "arm/ArmConnection.h"
#include "arm/ArmJob.h"

namespace cw::azure {

LroStartJob::LroStartJob(arm::ArmConnection *connection, arm::ArmRequest request)
    : ResultJob<LroHandle>(connection)
    , m_connection(connection)
    , m_request(request)
{
    m_job = connection->send(std::move(request));
    connect(m_job, &arm::ArmJob::finished, this, &LroStartJob::onAnswer);
}

void LroStartJob::cancel()
{
    if (m_job)
        m_job->abort();
}

void LroStartJob::onAnswer(const arm::ArmResponse &response)
{
    m_lastResponse = response;
    if (response.error) {
        m_result.error = response.error;
    } else {
        // The poller re-sends the client request id the initial answer carried.
        m_request.clientRequestId = response.clientRequestId;
        LroHandle handle;
        handle.initial = response;
        handle.poller = arm::LroPoller::fromResponse(m_connection, m_request, response, m_connection);
        m_result.value = handle;
    }
    finishOnce();
}

} // namespace cw::azure
