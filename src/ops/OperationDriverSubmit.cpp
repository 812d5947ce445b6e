// The steps that send a compute: check the name is free, read the compute to update, and the
// PUT itself, journaled before it leaves and never sent twice (an unclear answer is resolved by
// a GET, not by sending again).
#include "ops/OperationDriver.h"

#include "arm/ArmJob.h"
#include "azure/ComputeRequests.h"
#include "ops/OperationPlan.h"
#include "ops/PutAnswer.h"

namespace cw::ops {

using nlohmann::json;

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
    if (isFinished())
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

} // namespace cw::ops
