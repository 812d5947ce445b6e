#include "ops/OperationDriver.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include "arm/ArmConnection.h"
#include "arm/ArmJob.h"
#include "arm/LroDocuments.h"
#include "arm/LroPoller.h"
#include "azure/ComputeRequests.h"
#include "ops/Journal.h"
#include "ops/OperationPlan.h"
#include "ops/PutAnswer.h"
#include "ops/TlsRecovery.h"
#include "secrets/SecretStore.h"

Q_LOGGING_CATEGORY(lcOps, "cw.ops", QtInfoMsg)

namespace cw::ops {
namespace {

using nlohmann::json;

} // namespace

OperationDriver::OperationDriver(arm::ArmConnection *connection, Journal *journal, OperationRecord record,
                                 std::optional<json> fullBody, int pollIntervalMs, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_journal(journal)
    , m_record(std::move(record))
    , m_fullBody(std::move(fullBody))
    , m_pollIntervalMs(pollIntervalMs)
{
}

OperationDriver::~OperationDriver()
{
    // Destroyed mid-step (shutdown, or a test simulating a killed process): the journal must
    // keep the record exactly as last saved, so no answer of the aborted request is handled.
    if (m_poller) {
        m_poller->disconnect(this);
        m_poller->cancel();
    }
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
    delete m_recovery.data();
}

void OperationDriver::setTlsSources(secrets::SecretStore *store, std::optional<tls::TlsMaterial> provided)
{
    m_secrets = store;
    m_providedTls = std::move(provided);
}

void OperationDriver::start()
{
    m_record.state = OperationState::Running;
    m_record.error.clear();
    m_record.errorDetail.clear();
    m_record.resumable = false;
    // Start on the event loop so callers can connect first; steps never finish synchronously.
    QMetaObject::invokeMethod(this, &OperationDriver::runCurrentStep, Qt::QueuedConnection);
}

void OperationDriver::stopWaiting()
{
    m_stopping = true;
    delete m_recovery.data();
    if (m_poller) {
        m_poller->cancel(); // finishes Abandoned → finishStopped
    } else if (m_job) {
        m_job->abort();
    } else {
        finishStopped(tr("Stopped waiting."));
    }
}

const char *OperationDriver::currentStepId() const
{
    if (m_record.currentStep >= m_record.steps.size())
        return "";
    // Step ids are the constants of OperationPlan.h; compare by value.
    const QString &id = m_record.steps.at(m_record.currentStep).id;
    for (const char *known : {step::kCheckName, step::kRead, step::kSubmit, step::kDetach, step::kWait, step::kVerify,
                              step::kReadSpec, step::kRecoverTls, step::kWaitDetach, step::kVerifyDetached})
        if (id == QLatin1String(known))
            return known;
    return "";
}

bool OperationDriver::isCreateLike() const
{
    // A re-attach's PUT attaches again under the same name: never sent twice either.
    return m_record.kind == OperationKind::Create || m_record.kind == OperationKind::Attach
        || m_record.kind == OperationKind::Reattach;
}

void OperationDriver::runCurrentStep()
{
    if (m_finished)
        return;
    if (m_record.currentStep >= m_record.steps.size()) {
        m_record.state = OperationState::Succeeded;
        save();
        emitFinished();
        return;
    }
    const QLatin1String id(currentStepId());
    beginStep();
    if (id == QLatin1String(step::kCheckName))
        stepCheckName();
    else if (id == QLatin1String(step::kRead))
        stepRead();
    else if (id == QLatin1String(step::kSubmit))
        stepSubmit();
    else if (id == QLatin1String(step::kDetach))
        stepDetach();
    else if (id == QLatin1String(step::kWait) || id == QLatin1String(step::kWaitDetach))
        stepWait();
    else if (id == QLatin1String(step::kVerify) || id == QLatin1String(step::kVerifyDetached))
        stepVerify();
    else if (id == QLatin1String(step::kReadSpec))
        stepReadSpec();
    else if (id == QLatin1String(step::kRecoverTls))
        stepRecoverTls();
    else
        failOperation(tr("This operation has a step this version does not know: %1.")
                          .arg(m_record.steps.at(m_record.currentStep).id));
}

// --- steps ---------------------------------------------------------------------------------

void OperationDriver::stepCheckName()
{
    arm::ArmJob *job = readCompute();
    connect(job, &arm::ArmJob::finished, this, [this](const arm::ArmResponse &answer) {
        if (answer.httpStatus == 404)
            return completeStep(tr("The name is free."));
        if (answer.ok())
            return failOperation(tr("A compute named '%1' already exists in this workspace. Choose another name, "
                                    "or detach the existing one first.").arg(m_record.computeName));
        failOnAnswer(answer);
    });
}

void OperationDriver::stepRead()
{
    arm::ArmJob *job = readCompute();
    connect(job, &arm::ArmJob::finished, this, [this](const arm::ArmResponse &answer) {
        if (!answer.ok())
            return failOnAnswer(answer);
        json document = answer.json();
        if (!document.is_object())
            return failOperation(tr("The service sent a compute document that cannot be read."));
        document = azure::computerequest::updateBody(std::move(document));
        // The planned change, RFC 7386. A new certificate's key material lives only in m_fullBody
        // (the journal's copy is scrubbed): merge that one, and send the merged whole.
        document.merge_patch(m_fullBody ? *m_fullBody : m_record.requestBody);
        if (m_fullBody)
            m_fullBody = document;
        m_record.requestBody = document;
        completeStep();
    });
}

void OperationDriver::stepSubmit()
{
    switch (m_record.putPhase) {
    case PutPhase::Acknowledged:
        return completeStep();
    case PutPhase::NotSent:
        return sendPut();
    case PutPhase::IntentRecorded:
        break;
    }
    if (!isCreateLike())
        return sendPut(); // an update PUT is idempotent: sending it again is safe
    // The process stopped while a create/attach PUT was out: look before sending again.
    setStepMessage(tr("Checking whether the earlier request reached Azure…"));
    arm::ArmJob *job = readCompute();
    connect(job, &arm::ArmJob::finished, this, [this](const arm::ArmResponse &answer) {
        if (answer.httpStatus == 404) {
            m_putIsResend = true; // a 409 to it means our first request got there after all
            return sendPut();     // it never arrived
        }
        if (!answer.ok())
            return failOnAnswer(answer);
        m_record.putPhase = PutPhase::Acknowledged;
        m_record.lro = resourceLroState("PUT");
        completeStep(tr("The earlier request had reached Azure; following it."));
    });
}

void OperationDriver::sendPut()
{
    const json body = bodyToSend();
    if (isCreateLike() && bodyLacksKeyMaterial(body) && m_record.kind == OperationKind::Reattach
        && !m_triedClusterRecovery)
        return recoverTlsThenSendPut();
    if (isCreateLike() && bodyLacksKeyMaterial(body))
        return failOperation(tr("The certificate's private key is no longer available (it was kept in the "
                                "keychain only while the operation ran). Start the operation again with "
                                "the certificate files."));
    // Journal the intent, and only once it is on disk let the request leave: a crash from here
    // on is resolved by a GET, never by sending it blindly again.
    m_record.putPhase = PutPhase::IntentRecorded;
    save([this, body] {
        if (m_stopping)
            return finishStopped(tr("Stopped waiting."));
        const arm::ArmRequest request
            = azure::computerequest::put(m_record.workspace, m_record.computeName, body, isCreateLike());
        arm::ArmJob *job = send(request);
        connect(job, &arm::ArmJob::finished, this,
                [this, request](const arm::ArmResponse &answer) { onPutAnswer(request, answer); });
    });
}

void OperationDriver::onPutAnswer(const arm::ArmRequest &request, const arm::ArmResponse &answer)
{
    if (m_finished)
        return; // stopped meanwhile: the journal keeps the intent, so resuming looks first
    if (answer.ok()) {
        m_record.putPhase = PutPhase::Acknowledged;
        m_initialAnswer = std::make_pair(request, answer);
        return completeStep(tr("Accepted by Azure."));
    }
    switch (classifyPutAnswer(answer)) {
    case PutAnswer::Accepted:
        return followAcceptedPut(request, answer);
    case PutAnswer::Refused:
        if (answer.httpStatus == 409 && m_putIsResend)
            return resolveConflictOnResend(answer);
        m_record.putPhase = PutPhase::NotSent; // refused by the service, or never left: nothing is in flight
        return failOnAnswer(answer);
    case PutAnswer::Ambiguous:
        break;
    }
    if (answer.error->kind == arm::ArmError::Kind::AmbiguousCreate) {
        switch (answer.createProbe) {
        case arm::CreateProbe::Exists:
            m_record.putPhase = PutPhase::Acknowledged;
            m_record.lro = resourceLroState("PUT");
            return completeStep(tr("The request reached Azure although its answer was lost; following it."));
        case arm::CreateProbe::Absent:
            if (!m_resentAfterAbsentProbe) {
                // Looked first, found nothing: sending once more cannot create a duplicate.
                m_resentAfterAbsentProbe = true;
                m_putIsResend = true;
                setStepMessage(tr("The request did not reach Azure; sending it again."));
                return sendPut();
            }
            break;
        case arm::CreateProbe::NotProbed:
        case arm::CreateProbe::Unknown:
            break;
        }
    }
    // It may have reached Azure: leave IntentRecorded, so resuming looks before sending again.
    failResumable(tr("It is not known whether Azure received the request: %1 Resume the "
                     "operation to check and continue.").arg(answer.error->humanMessage()),
                  answer.error->rawDetail());
}

void OperationDriver::followAcceptedPut(const arm::ArmRequest &request, const arm::ArmResponse &answer)
{
    // A 2xx whose body could not be read: Azure took the request. Follow it by its long-running
    // headers when it sent them, else by the compute itself; never send it again.
    m_record.putPhase = PutPhase::Acknowledged;
    if (!answer.header("Azure-AsyncOperation").isEmpty() || !answer.header("Location").isEmpty()) {
        arm::ArmResponse headersOnly = answer;
        headersOnly.error.reset();
        headersOnly.body.clear();
        m_initialAnswer = std::make_pair(request, headersOnly);
    } else {
        m_record.lro = resourceLroState("PUT");
    }
    completeStep(tr("Accepted by Azure (its answer could not be read; following the compute)."));
}

void OperationDriver::resolveConflictOnResend(const arm::ArmResponse &conflict)
{
    // Sent again after a GET found nothing, yet the service says the compute exists: our first
    // request got there after all. Look at it instead of reporting a failure.
    setStepMessage(tr("Azure says the compute already exists; checking whether it is ours…"));
    arm::ArmJob *job = readCompute();
    connect(job, &arm::ArmJob::finished, this, [this, conflict](const arm::ArmResponse &found) {
        if (!found.ok())
            return failResumable(tr("It is not known whether Azure received the request: %1 Resume the "
                                    "operation to check and continue.").arg(conflict.error->humanMessage()),
                                 conflict.error->rawDetail());
        m_record.putPhase = PutPhase::Acknowledged;
        m_record.lro = resourceLroState("PUT");
        completeStep(tr("The earlier request had reached Azure; following it."));
    });
}

void OperationDriver::stepDetach()
{
    using azure::computerequest::Underlying;
    const arm::ArmRequest request
        = azure::computerequest::remove(m_record.workspace, m_record.computeName,
                                        m_record.kind == OperationKind::Delete ? Underlying::Delete : Underlying::Detach);
    arm::ArmJob *job = send(request);
    connect(job, &arm::ArmJob::finished, this, [this, request](const arm::ArmResponse &answer) {
        if (!answer.ok()) {
            if (answer.httpStatus == 404 && m_record.kind == OperationKind::Reattach) {
                // Detached already (by this operation before a restart): nothing to wait for.
                completeStepWithoutRunning(tr("The compute was already detached."));
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
            completeStepWithoutRunning(tr("A detach of this compute was already in progress and has ended."));
            return skipStep(tr("Nothing to wait for."));
        }
        failOnAnswer(conflict);
    });
}

void OperationDriver::stepWait()
{
    if (m_initialAnswer) {
        m_poller = arm::LroPoller::fromResponse(m_connection, m_initialAnswer->first, m_initialAnswer->second, this);
        m_initialAnswer.reset();
        m_record.lro = m_poller->state();
        save(); // the checkpoint a restarted app resumes from
    } else if (m_record.lro.isValid()) {
        m_poller = arm::LroPoller::resume(m_connection, m_record.lro, this);
    } else {
        m_record.lro = resourceLroState(isRemovalStep() ? QByteArray("DELETE") : QByteArray("PUT"));
        save();
        m_poller = arm::LroPoller::resume(m_connection, m_record.lro, this);
    }
    m_poller->setDefaultIntervalMs(m_pollIntervalMs);
    connect(m_poller, &arm::LroPoller::progress, this, [this](const arm::LroProgress &p) {
        const QString text = p.percent ? tr("%1 (%2%)").arg(p.status).arg(*p.percent) : p.status;
        if (m_record.steps.at(m_record.currentStep).message != text) {
            setStepMessage(text);
        }
        Q_EMIT progress(m_record.id, p);
    });
    connect(m_poller, &arm::LroPoller::finished, this, &OperationDriver::onWaitFinished);
    m_poller->start();
}

void OperationDriver::onWaitFinished(const arm::LroResult &result)
{
    using Outcome = arm::LroResult::Outcome;
    switch (result.outcome) {
    case Outcome::Succeeded:
        if (!isRemovalStep() && result.resource.is_object()
            && arm::provisioningState(result.resource).compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) == 0)
            m_finalResource = result.resource;
        return completeStep(tr("Finished: %1.").arg(result.status.isEmpty() ? tr("Succeeded") : result.status));
    case Outcome::Abandoned:
        return finishStopped(tr("Stopped waiting; the operation goes on in Azure. Resume to follow it."));
    case Outcome::Error:
        return failResumable(tr("Lost track of the operation: %1 Resume to keep waiting.")
                                 .arg(result.error ? result.error->humanMessage() : QString()),
                             result.error ? result.error->rawDetail() : QString());
    case Outcome::Failed:
    case Outcome::Canceled:
        break;
    }
    // Failed in Azure: the compute's provisioningErrors say why in the service's words.
    const QString operationError = result.error ? result.error->humanMessage() : result.status;
    const QString detail = result.error ? result.error->rawDetail() : QString();
    arm::ArmJob *job = readCompute();
    connect(job, &arm::ArmJob::finished, this, [this, operationError, detail](const arm::ArmResponse &answer) {
        const QString errors = answer.ok() ? arm::provisioningErrorsText(answer.json()) : QString();
        failOperation(errors.isEmpty() ? operationError : errors, detail);
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
        const QString errors = arm::provisioningErrorsText(compute);
        failOperation(errors.isEmpty() ? tr("The service reports the compute as %1.").arg(state) : errors);
    });
}

// --- bookkeeping ---------------------------------------------------------------------------

void OperationDriver::beginStep()
{
    OperationStep &st = m_record.steps[m_record.currentStep];
    st.state = StepState::Running;
    st.startedAt = QDateTime::currentDateTimeUtc();
    st.endedAt = {};
    save();
}

bool OperationDriver::isRemovalStep() const
{
    if (m_record.kind == OperationKind::Detach || m_record.kind == OperationKind::Delete)
        return true;
    const QLatin1String id(currentStepId());
    return id == QLatin1String(step::kWaitDetach) || id == QLatin1String(step::kVerifyDetached);
}

void OperationDriver::completeStepWithoutRunning(const QString &message)
{
    OperationStep &st = m_record.steps[m_record.currentStep];
    st.state = StepState::Done;
    st.endedAt = QDateTime::currentDateTimeUtc();
    st.message = message;
    ++m_record.currentStep;
}

void OperationDriver::completeStep(const QString &message)
{
    OperationStep &st = m_record.steps[m_record.currentStep];
    st.state = StepState::Done;
    st.endedAt = QDateTime::currentDateTimeUtc();
    if (!message.isEmpty())
        st.message = message;
    ++m_record.currentStep;
    save();
    runCurrentStep();
}

void OperationDriver::setStepMessage(const QString &message)
{
    m_record.steps[m_record.currentStep].message = message;
    Q_EMIT changed(m_record);
}

void OperationDriver::failOperation(const QString &human, const QString &detail)
{
    // A create/attach PUT that may have reached Azure, or a re-attach that detached already,
    // can only be finished by resuming: it stays resumable whatever stopped it.
    fail(human, detail, (isCreateLike() && m_record.putPhase == PutPhase::IntentRecorded) || hasDetached());
}

void OperationDriver::failResumable(const QString &human, const QString &detail)
{
    fail(human, detail, true);
}

void OperationDriver::failOnAnswer(const arm::ArmResponse &answer)
{
    // A transient failure (no answer, a timeout, an unreadable body, 408/429/5xx) may pass.
    using Kind = arm::ArmError::Kind;
    const arm::ArmError &error = *answer.error;
    const int status = answer.httpStatus;
    const bool transient = error.kind == Kind::Network || error.kind == Kind::Unavailable || error.kind == Kind::Timeout
        || error.kind == Kind::Malformed
        || error.kind == Kind::Cancelled || error.kind == Kind::AmbiguousCreate
        || (error.kind == Kind::Http && (status == 408 || status == 429 || status >= 500));
    if (transient)
        return failResumable(error.humanMessage(), error.rawDetail());
    failOperation(error.humanMessage(), error.rawDetail());
}

bool OperationDriver::hasDetached() const
{
    if (m_record.kind != OperationKind::Reattach)
        return false;
    for (int i = 0; i < m_record.steps.size(); ++i)
        if (m_record.steps.at(i).id == QLatin1String(step::kDetach))
            return i < m_record.currentStep
                || (i == m_record.currentStep && m_record.steps.at(i).state != StepState::Pending);
    return false;
}

void OperationDriver::fail(const QString &human, const QString &detail, bool resumable)
{
    if (m_record.currentStep < m_record.steps.size()) {
        OperationStep &st = m_record.steps[m_record.currentStep];
        st.state = StepState::Failed;
        st.endedAt = QDateTime::currentDateTimeUtc();
        st.message = human;
    }
    m_record.state = OperationState::Failed;
    m_record.error = human;
    m_record.errorDetail = detail;
    m_record.resumable = resumable;
    qCInfo(lcOps) << "operation" << m_record.id << "failed:" << human << (resumable ? "(resumable)" : "");
    save();
    emitFinished();
}

void OperationDriver::finishStopped(const QString &message)
{
    if (m_record.currentStep < m_record.steps.size())
        m_record.steps[m_record.currentStep].message = message;
    save(); // still Running: resumable
    emitFinished();
}

void OperationDriver::save(std::function<void()> thenDurable)
{
    // Written on the journal's thread: the GUI never waits on the disk. Most checkpoints only
    // need to be there eventually (a lost one resumes from the one before, which is safe);
    // the callers that need one on disk first continue in `thenDurable`.
    QPointer<OperationDriver> self(this);
    m_journal->saveInBackground(m_record, [self, id = m_record.id, then = std::move(thenDurable)](bool ok, const QString &error) {
        if (!ok)
            qCWarning(lcOps) << "cannot journal operation" << id << ":" << error;
        if (self && then && !self->m_finished)
            then();
    });
    Q_EMIT changed(m_record);
}

void OperationDriver::emitFinished()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(m_record);
}

arm::ArmJob *OperationDriver::send(arm::ArmRequest request)
{
    if (request.clientRequestId.isEmpty() && !m_record.lro.clientRequestId.isEmpty() && request.method != "GET")
        request.clientRequestId = m_record.lro.clientRequestId;
    arm::ArmJob *job = m_connection->send(std::move(request));
    m_job = job;
    connect(job, &arm::ArmJob::finished, this, [this](const arm::ArmResponse &answer) {
        if (m_stopping && answer.error && answer.error->kind == arm::ArmError::Kind::Cancelled)
            finishStopped(tr("Stopped waiting."));
    });
    return job;
}

arm::LroState OperationDriver::resourceLroState(const QByteArray &method) const
{
    arm::LroState state;
    state.method = method;
    state.resourceUrl
        = m_connection->resolve(azure::computerequest::get(m_record.workspace, m_record.computeName)).toString();
    state.startedAt = QDateTime::currentDateTimeUtc();
    return state;
}

arm::ArmJob *OperationDriver::readCompute()
{
    return send(azure::computerequest::get(m_record.workspace, m_record.computeName));
}

json OperationDriver::bodyToSend() const
{
    return m_fullBody ? *m_fullBody : m_record.requestBody;
}

} // namespace cw::ops
