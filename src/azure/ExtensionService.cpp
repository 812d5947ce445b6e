#include "azure/ExtensionService.h"

#include "arm/ArmJob.h"
#include "arm/LroPoller.h"

#include <QCoreApplication>

namespace cw::azure {

ExtensionWriteJob::ExtensionWriteJob(arm::ArmConnection *connection, arm::ArmRequest request, bool wait, int pollIntervalMs)
    : ResultJob<ExtensionWriteOutcome>(connection)
    , m_connection(connection)
    , m_request(std::move(request))
    , m_wait(wait)
    , m_pollIntervalMs(pollIntervalMs)
{
    m_job = connection->send(m_request);
    connect(m_job, &arm::ArmJob::finished, this, [this](const arm::ArmResponse &response) { onAccepted(response); });
}

void ExtensionWriteJob::doCancel()
{
    if (m_job)
        m_job->cancel();
    if (m_poller)
        m_poller->cancel();
}

void ExtensionWriteJob::onAccepted(const arm::ArmResponse &response)
{
    m_lastResponse = response;
    if (response.error) {
        m_result.error = response.error;
        return finishOnce();
    }
    auto *poller = arm::LroPoller::fromResponse(m_connection, m_request, response, this);
    m_poller = poller;
    poller->setDefaultIntervalMs(m_pollIntervalMs);
    if (!m_wait) {
        ExtensionWriteOutcome accepted;
        accepted.outcome = arm::LroResult::Outcome::Abandoned;
        accepted.state = poller->state();
        if (const auto doc = ExtensionResource::fromJson(response.json()); doc.value)
            accepted.extension = *doc.value;
        poller->deleteLater();
        return finishWithOutcome(std::move(accepted), std::nullopt);
    }
    connect(poller, &arm::LroPoller::progress, this, &ExtensionWriteJob::progress);
    connect(poller, &arm::LroPoller::finished, this, [this](const arm::LroResult &result) { onDone(result); });
    poller->start();
}

void ExtensionWriteJob::onDone(const arm::LroResult &result)
{
    if (m_poller)
        m_poller->deleteLater();
    if (result.outcome == arm::LroResult::Outcome::Failed && m_request.method != "DELETE")
        return readFailedDocument(result);
    ExtensionWriteOutcome outcome;
    outcome.outcome = result.outcome;
    outcome.state = result.state;
    if (m_request.method != "DELETE" && result.succeeded()) {
        if (const auto doc = ExtensionResource::fromJson(result.resource); doc.value)
            outcome.extension = *doc.value;
    }
    std::optional<arm::ArmError> error = result.error;
    if (!result.succeeded() && !error)
        error = arm::ArmError::make(arm::ArmError::Kind::Malformed, QStringLiteral("OperationNotCompleted"),
                                    QCoreApplication::translate("cw::azure", "The extension's operation ended %1.").arg(result.status));
    finishWithOutcome(std::move(outcome), result.succeeded() ? std::nullopt : error);
}

// A failed install says why in the extension's statuses (the operation's error repeats it in one
// sentence): read the document so the caller can show each status.
void ExtensionWriteJob::readFailedDocument(const arm::LroResult &result)
{
    arm::ArmRequest get;
    get.method = "GET";
    get.pathOrUrl = result.state.resourceUrl;
    m_job = m_connection->send(std::move(get));
    connect(m_job, &arm::ArmJob::finished, this, [this, result](const arm::ArmResponse &response) {
        ExtensionWriteOutcome outcome;
        outcome.outcome = result.outcome;
        outcome.state = result.state;
        if (!response.error)
            if (const auto doc = ExtensionResource::fromJson(response.json()); doc.value)
                outcome.extension = *doc.value;
        finishWithOutcome(std::move(outcome), result.error);
    });
}

void ExtensionWriteJob::finishWithOutcome(ExtensionWriteOutcome outcome, std::optional<arm::ArmError> error)
{
    m_result.value = std::move(outcome);
    m_result.error = std::move(error);
    finishOnce();
}

ExtensionService::ExtensionService(arm::ArmConnection *connection)
    : m_connection(connection)
{
}

ExtensionGetJob *ExtensionService::get(const QString &clusterId, const QString &name)
{
    return new ExtensionGetJob(m_connection, extensionrequest::get(clusterId, name), &ExtensionResource::fromJson);
}

ExtensionListJob *ExtensionService::list(const QString &clusterId)
{
    return new ExtensionListJob(m_connection, extensionrequest::list(clusterId));
}

ExtensionWriteJob *ExtensionService::createOrUpdate(const QString &clusterId, const QString &name,
                                                    const rules::ExtensionConfiguration &config,
                                                    const extensionrequest::InstallOptions &options, bool wait)
{
    return new ExtensionWriteJob(m_connection, extensionrequest::createOrUpdate(clusterId, name, config, options), wait,
                                 m_pollIntervalMs);
}

ExtensionWriteJob *ExtensionService::update(const QString &clusterId, const QString &name,
                                            const rules::ExtensionConfiguration &changes, bool wait)
{
    return new ExtensionWriteJob(m_connection, extensionrequest::update(clusterId, name, changes), wait, m_pollIntervalMs);
}

ExtensionWriteJob *ExtensionService::remove(const QString &clusterId, const QString &name, bool wait)
{
    return new ExtensionWriteJob(m_connection, extensionrequest::remove(clusterId, name), wait, m_pollIntervalMs);
}

} // namespace cw::azure
