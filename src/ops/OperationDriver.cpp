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
#include "ops/TlsRecovery.h"
#include "secrets/SecretStore.h"

Q_LOGGING_CATEGORY(lcOps, "cw.ops", QtInfoMsg)

namespace cw::ops {

using nlohmann::json;

OperationDriver::OperationDriver(arm::ArmConnection *connection, Journal *journal, OperationRecord record,
                                 std::optional<json> fullBody, int pollIntervalMs, QObject *parent)
    : AsyncJob(parent, Delivery::Immediate, Lifetime::KeptByOwner)
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
        m_job->cancel();
    }
    delete m_recovery.data();
}

void OperationDriver::setTlsSources(secrets::SecretStore *store, std::optional<tls::TlsMaterial> provided)
{
    m_secrets = store;
    m_providedTls = std::move(provided);
}

void OperationDriver::doStart()
{
    m_record.state = OperationState::Running;
    m_record.error.clear();
    m_record.errorDetail.clear();
    m_record.serviceErrors.clear();
    m_record.resumable = false;
    // Start on the event loop so callers can connect first; steps never finish synchronously.
    QMetaObject::invokeMethod(this, &OperationDriver::runCurrentStep, Qt::QueuedConnection);
}

void OperationDriver::doCancel()
{
    m_stopping = true;
    delete m_recovery.data();
    if (m_poller) {
        m_poller->cancel(); // finishes Abandoned → finishStopped
    } else if (m_job) {
        m_job->cancel();
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
                              step::kReadSpec, step::kRecoverTls, step::kWaitDetach, step::kVerifyDetached,
                              step::kPreflightV2, step::kDeleteLegacy, step::kInstallExtension, step::kWaitExtension,
                              step::kAttachKubernetes, step::kWaitAttach, step::kVerifyV2})
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
    if (isFinished())
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
    else if (id == QLatin1String(step::kRecoverTls) && m_record.kind == OperationKind::Migrate)
        stepMigrateRecoverTls();
    else if (id == QLatin1String(step::kRecoverTls))
        stepRecoverTls();
    else if (id == QLatin1String(step::kPreflightV2))
        stepPreflightV2();
    else if (id == QLatin1String(step::kDeleteLegacy))
        stepDeleteLegacy();
    else if (id == QLatin1String(step::kInstallExtension))
        stepInstallExtension();
    else if (id == QLatin1String(step::kWaitExtension) || id == QLatin1String(step::kWaitAttach))
        stepMigrationWait(id == QLatin1String(step::kWaitExtension));
    else if (id == QLatin1String(step::kAttachKubernetes))
        stepAttachKubernetes();
    else if (id == QLatin1String(step::kVerifyV2))
        stepVerifyV2();
    else
        failOperation(tr("This operation has a step this version does not know: %1.")
                          .arg(m_record.steps.at(m_record.currentStep).id));
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

void OperationDriver::endStep(StepState state, const QString &message)
{
    OperationStep &st = m_record.steps[m_record.currentStep];
    st.state = state;
    st.endedAt = QDateTime::currentDateTimeUtc();
    if (!message.isEmpty())
        st.message = message;
    ++m_record.currentStep;
}

void OperationDriver::completeStep(const QString &message)
{
    endStep(StepState::Done, message);
    save();
    runCurrentStep();
}

void OperationDriver::skipStep(const QString &message)
{
    endStep(StepState::Skipped, message);
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

void OperationDriver::failWithProvisioningErrors(const json &compute, const QString &fallback, const QString &detail)
{
    m_record.serviceErrors.clear();
    for (const arm::ArmError &e : arm::provisioningErrors(compute))
        if (!e.code.isEmpty() || !e.message.isEmpty())
            m_record.serviceErrors.append({e.code, e.message});
    const QString errors = arm::provisioningErrorsText(compute);
    failOperation(errors.isEmpty() ? fallback : errors, detail);
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

void OperationDriver::fail(const QString &said, const QString &detail, bool resumable)
{
    // A move to v2 says what state it leaves the cluster in and the way back (the record keeps both).
    QString human = m_record.kind == OperationKind::Migrate ? describeMigrationFailure(said) : said;
    if (m_record.kind == OperationKind::Attach && extensionInstalledBeforeFailure())
        human += QLatin1Char(' ')
                 + tr("The Azure ML extension %1 is installed on the cluster and stays: attaching again reuses it.")
                       .arg(QString::fromStdString(m_record.migration.value("extensionName", std::string())));
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

bool OperationDriver::extensionInstalledBeforeFailure() const
{
    // A v2 attach whose extension step ended before the failing one (installed, not reused).
    if (!m_record.migration.is_object() || m_record.migration.value("reuseExtension", true))
        return false;
    for (int i = 0; i < m_record.currentStep && i < m_record.steps.size(); ++i)
        if (m_record.steps.at(i).id == QLatin1String(step::kWaitExtension))
            return m_record.steps.at(i).state == StepState::Done;
    return false;
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
        if (self && then && !self->isFinished())
            then();
    });
    Q_EMIT changed(m_record);
}

void OperationDriver::emitFinished()
{
    finishWith([this] { Q_EMIT finished(m_record); });
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
    return resourceLroState(method, azure::computerequest::get(m_record.workspace, m_record.computeName));
}

arm::LroState OperationDriver::resourceLroState(const QByteArray &method, const arm::ArmRequest &resource) const
{
    arm::LroState state;
    state.method = method;
    state.resourceUrl = m_connection->resolve(resource).toString();
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
