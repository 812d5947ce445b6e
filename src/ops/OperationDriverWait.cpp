// The steps after a request was accepted: detach (DELETE), follow the long-running operation,
// and verify the compute ended where the operation says (ready, or gone).
#include "ops/OperationDriver.h"

#include "arm/ArmConnection.h"
#include "arm/ArmJob.h"
#include "arm/LroDocuments.h"
#include "arm/LroPoller.h"
#include "azure/ComputeRequests.h"

namespace cw::ops {

using nlohmann::json;

void OperationDriver::stepDetach()
{
    using azure::computerequest::Underlying;
    const arm::ArmRequest request
        = azure::computerequest::remove(m_record.workspace, m_record.computeName,
                                        m_record.kind == OperationKind::Delete ? Underlying::Delete : Underlying::Detach);
    arm::ArmJob *job = send(request);
    connect(job, &arm::ArmJob::finished, this, [this, request](const arm::ArmResponse &answer) {
        if (!answer.ok()) {
            if (answer.httpStatus == 404
                && (m_record.kind == OperationKind::Reattach || m_record.kind == OperationKind::Migrate)) {
                // Detached already (by this operation before a restart): nothing to wait for.
                endStep(StepState::Done, tr("The compute was already detached."));
                return skipStep(tr("Nothing to wait for."));
            }
            if (answer.httpStatus == 404)
                return failOperation(tr("There is no compute named '%1' in this workspace.").arg(m_record.computeName));
            if (answer.httpStatus == 409)
                return followDetachInProgress(answer);
            return failOnAnswer(answer);
        }
        m_initialAnswer = std::make_pair(request, answer);
        completeStep(tr("Accepted by Azure."));
    });
}

void OperationDriver::followDetachInProgress(const arm::ArmResponse &conflict)
{
    // 409 "an operation is in progress": when this operation's own earlier DELETE reached Azure
    // before a restart (a kill during the detach step), the compute is being removed already.
    // Follow that removal (the wait step polls the compute until it is gone) instead of failing.
    arm::ArmJob *job = readCompute();
    connect(job, &arm::ArmJob::finished, this, [this, conflict](const arm::ArmResponse &answer) {
        if (answer.ok() && arm::provisioningState(answer.json()).compare(QLatin1String("Deleting"), Qt::CaseInsensitive) == 0) {
            m_record.lro = {};
            return completeStep(tr("A detach of this compute was already in progress; following it."));
        }
        if (answer.httpStatus == 404) {
            // That removal ended between the conflict and this read: the compute is gone.
            m_record.lro = {};
            endStep(StepState::Done, tr("A detach of this compute was already in progress and has ended."));
            return skipStep(tr("Nothing to wait for."));
        }
        failOnAnswer(conflict);
    });
}

void OperationDriver::stepWait()
{
    startPolling(resourceLroState(isRemovalStep() ? QByteArray("DELETE") : QByteArray("PUT")));
    connect(m_poller, &arm::LroPoller::finished, this, &OperationDriver::onWaitFinished);
    m_poller->start();
}

void OperationDriver::startPolling(const arm::LroState &fallback)
{
    if (m_initialAnswer) {
        m_poller = arm::LroPoller::fromResponse(m_connection, m_initialAnswer->first, m_initialAnswer->second, this);
        m_initialAnswer.reset();
        m_record.lro = m_poller->state();
        save(); // the checkpoint a restarted app resumes from
    } else {
        if (!m_record.lro.isValid()) {
            m_record.lro = fallback;
            save();
        }
        m_poller = arm::LroPoller::resume(m_connection, m_record.lro, this);
    }
    m_poller->setDefaultIntervalMs(m_pollIntervalMs);
    connect(m_poller, &arm::LroPoller::progress, this, [this](const arm::LroProgress &p) {
        const QString text = p.percent ? tr("%1 (%2%)").arg(p.status).arg(*p.percent) : p.status;
        if (m_record.steps.at(m_record.currentStep).message != text)
            setStepMessage(text);
        Q_EMIT progress(m_record.id, p);
    });
}

bool OperationDriver::endStoppedWait(const arm::LroResult &result)
{
    using Outcome = arm::LroResult::Outcome;
    if (result.outcome == Outcome::Abandoned) {
        finishStopped(tr("Stopped waiting; the operation goes on in Azure. Resume to follow it."));
        return true;
    }
    if (result.outcome == Outcome::Error) {
        failResumable(tr("Lost track of the operation: %1 Resume to keep waiting.")
                          .arg(result.error ? result.error->humanMessage() : QString()),
                      result.error ? result.error->rawDetail() : QString());
        return true;
    }
    return false;
}

void OperationDriver::onWaitFinished(const arm::LroResult &result)
{
    using Outcome = arm::LroResult::Outcome;
    if (endStoppedWait(result))
        return;
    switch (result.outcome) {
    case Outcome::Succeeded:
        if (!isRemovalStep() && result.resource.is_object()
            && arm::provisioningState(result.resource).compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) == 0)
            m_finalResource = result.resource;
        return completeStep(tr("Finished: %1.").arg(result.status.isEmpty() ? tr("Succeeded") : result.status));
    case Outcome::Abandoned:
    case Outcome::Error:
    case Outcome::Failed:
    case Outcome::Canceled:
        break;
    }
    // Failed in Azure: the compute's provisioningErrors say why in the service's words.
    const QString operationError = result.error ? result.error->humanMessage() : result.status;
    const QString detail = result.error ? result.error->rawDetail() : QString();
    arm::ArmJob *job = readCompute();
    connect(job, &arm::ArmJob::finished, this, [this, operationError, detail](const arm::ArmResponse &answer) {
        if (answer.ok())
            failWithProvisioningErrors(answer.json(), operationError, detail);
        else
            failOperation(operationError, detail);
    });
}

void OperationDriver::stepVerify()
{
    if (m_finalResource && !isRemovalStep()) {
        m_finalResource.reset();
        return completeStep(tr("The compute is ready."));
    }
    arm::ArmJob *job = readCompute();
    connect(job, &arm::ArmJob::finished, this, [this](const arm::ArmResponse &answer) {
        if (isRemovalStep()) {
            if (answer.httpStatus == 404) {
                // A re-attach goes on with its attach PUT: that one has a long-running part of its own.
                m_record.lro = {};
                return completeStep(tr("The compute is no longer in the workspace."));
            }
            if (answer.ok()) {
                const QString state = arm::provisioningState(answer.json());
                const QString human = tr("The compute is still in the workspace (state %1).").arg(state);
                // Still there and settled: the detach did not happen (its DELETE was answered
                // 404, say), so a re-attach has detached nothing and resuming could never get
                // past this check. Final, and the compute keeps its certificate.
                if (state.compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) == 0)
                    return fail(human, {}, false);
                return failOperation(human);
            }
            return failOnAnswer(answer);
        }
        if (!answer.ok())
            return failOnAnswer(answer);
        const json compute = answer.json();
        const QString state = arm::provisioningState(compute);
        if (state.compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) == 0)
            return completeStep(tr("The compute is ready."));
        failWithProvisioningErrors(compute, tr("The service reports the compute as %1.").arg(state));
    });
}

} // namespace cw::ops
