#pragma once
#include "arm/LroPoller.h"
#include "azure/ServiceJob.h"

#include <QPointer>

namespace cw::arm {
class ArmConnection;
class ArmJob;
}

namespace cw::azure {

// A started long-running operation: the accepted initial answer and an unstarted poller.
// The caller connects to the poller's progress()/finished(), calls start(), and owns it
// (it is parented to the connection; deleteLater() it when done).
struct LroHandle {
    arm::LroPoller *poller = nullptr;
    arm::ArmResponse initial;
};

// Sends the PUT/DELETE that starts an operation. An accepted answer gives an LroHandle; a
// refusal gives the ArmError (for an ambiguous create PUT, lastResponse().createProbe tells
// whether the resource exists).
class LroStartJob : public ResultJob<LroHandle>
{
    Q_OBJECT
public:
    LroStartJob(arm::ArmConnection *connection, arm::ArmRequest request);
    void cancel() override;

private:
    void onAnswer(const arm::ArmResponse &response);

    arm::ArmConnection *m_connection;
    arm::ArmRequest m_request;
    QPointer<arm::ArmJob> m_job;
};

} // namespace cw::azure
