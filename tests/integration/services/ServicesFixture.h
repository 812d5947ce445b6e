#pragma once
// Helpers of the services integration tests: a sandbox connection and waits on service jobs
// (QSignalSpy's test-only event loop; never sleeps).
#include "arm/ArmConnection.h"
#include "arm/LroPoller.h"
#include "auth/CloudEnvironment.h"
#include "auth/SandboxCredential.h"
#include "azure/ServiceJob.h"
#include "support/SandboxProcess.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace cw::test {

inline const QString kSub = QStringLiteral("00000000-0000-4000-8000-000000000001");
inline const QString kSub2 = QStringLiteral("00000000-0000-4000-8000-000000000002");

inline std::unique_ptr<arm::ArmConnection> servicesConnection(const SandboxProcess &sandbox)
{
    const auto ep = sandbox.endpoint();
    auto credential = std::make_shared<auth::SandboxCredential>(ep.baseUrl, ep.caFile, ep.tenantId, ep.clientId,
                                                                ep.clientSecret.toUtf8());
    auto connection = std::make_unique<arm::ArmConnection>(auth::CloudEnvironment::sandbox(ep.baseUrl, ep.caFile),
                                                           credential);
    connection->setTransferTimeoutMs(15000);
    return connection;
}

// Waits for a job and copies its result out before the job deletes itself.
template <typename T>
azure::ServiceResult<T> awaitResult(azure::ResultJob<T> *job, int timeoutMs = 30000)
{
    azure::ServiceResult<T> out;
    bool done = false;
    QSignalSpy spy(job, &azure::ServiceJob::finished);
    QObject::connect(job, &azure::ServiceJob::finished, job, [&out, &done, job] {
        out = job->result();
        done = true;
    });
    if (!done)
        spy.wait(timeoutMs);
    if (!done)
        out.error = arm::ArmError::make(arm::ArmError::Kind::Timeout, QStringLiteral("TestTimeout"),
                                        QStringLiteral("the job did not finish in time"));
    return out;
}

inline arm::LroResult awaitPoller(arm::LroPoller *poller, int timeoutMs = 60000)
{
    poller->setDefaultIntervalMs(200);
    QSignalSpy spy(poller, &arm::LroPoller::finished);
    poller->start();
    arm::LroResult result;
    if (spy.wait(timeoutMs) || !spy.isEmpty())
        result = spy.at(0).at(0).value<arm::LroResult>();
    poller->deleteLater();
    return result;
}

template <typename T>
QString describe(const azure::ServiceResult<T> &r)
{
    return r.error ? r.error->humanMessage() + QLatin1Char('\n') + r.error->rawDetail() : QString();
}

} // namespace cw::test
