#pragma once
#include "arm/LroState.h"
#include "azure/ArmCallJobs.h"
#include "azure/ExtensionRequests.h"
#include "azure/ExtensionResource.h"

#include <QPointer>

namespace cw::arm {
class ArmJob;
class LroPoller;
}

namespace cw::azure {

using ExtensionGetJob = ArmGetJob<ExtensionResource>;
using ExtensionListJob = ArmListJob<ExtensionResource>;

// What a long-running extension write ended with.
struct ExtensionWriteOutcome {
    // Succeeded, Failed (the operation ended Failed: `extension` then holds the failed document
    // with its statuses, and the job's result also carries the error), Abandoned (--no-wait: the
    // service accepted the request and `state` allows resuming), Canceled.
    arm::LroResult::Outcome outcome = arm::LroResult::Outcome::Error;
    std::optional<ExtensionResource> extension; // the final document; none after a delete
    arm::LroState state;
};

// A PUT / PATCH / DELETE of an extension followed to its end: the request, then the
// Azure-AsyncOperation polls (LroPoller, which reports progress()), then for a failed install or
// update the extension document with its statuses. result().error is set for a refused request
// and for a failed operation; result().value for every accepted one.
class ExtensionWriteJob : public ResultJob<ExtensionWriteOutcome>
{
    Q_OBJECT
public:
    // `wait` false: finished as soon as the service accepted the request (the operation goes on).
    ExtensionWriteJob(arm::ArmConnection *connection, arm::ArmRequest request, bool wait, int pollIntervalMs);

Q_SIGNALS:
    void progress(const cw::arm::LroProgress &progress);

private:
    void doCancel() override;
    void onAccepted(const arm::ArmResponse &response);
    void onDone(const arm::LroResult &result);
    void readFailedDocument(const arm::LroResult &result);
    void finishWithOutcome(ExtensionWriteOutcome outcome, std::optional<arm::ArmError> error);

    arm::ArmConnection *m_connection;
    arm::ArmRequest m_request;
    bool m_wait;
    int m_pollIntervalMs;
    QPointer<arm::ArmJob> m_job;
    QPointer<arm::LroPoller> m_poller;
};

// The Microsoft.KubernetesConfiguration extensions of one cluster (AKS managed cluster id),
// api-version 2022-11-01. Reads are plain jobs; writes are ExtensionWriteJobs.
class ExtensionService
{
public:
    explicit ExtensionService(arm::ArmConnection *connection);

    ExtensionGetJob *get(const QString &clusterId, const QString &name);
    ExtensionListJob *list(const QString &clusterId);
    // PUT: installs (201) or replaces the configuration of (200) the extension.
    ExtensionWriteJob *createOrUpdate(const QString &clusterId, const QString &name, const rules::ExtensionConfiguration &config,
                                      const extensionrequest::InstallOptions &options = {}, bool wait = true);
    // PATCH: settings merged key by key; protected settings replaced when given.
    ExtensionWriteJob *update(const QString &clusterId, const QString &name, const rules::ExtensionConfiguration &changes,
                              bool wait = true);
    ExtensionWriteJob *remove(const QString &clusterId, const QString &name, bool wait = true);

    // The wait between polls when the service gives no Retry-After (default 5 s).
    void setPollIntervalMs(int ms) { m_pollIntervalMs = ms; }

private:
    arm::ArmConnection *m_connection;
    int m_pollIntervalMs = 5000;
};

} // namespace cw::azure
