#include "wizard/V2AttachOperation.h"

#include "azure/ExtensionService.h"
#include "ops/OperationRunner.h"

namespace cw::ui {

namespace {
OperationStep::State toStepState(ops::StepState state)
{
    switch (state) {
    case ops::StepState::Pending: return OperationStep::State::Pending;
    case ops::StepState::Running: return OperationStep::State::Running;
    case ops::StepState::Failed: return OperationStep::State::Failed;
    case ops::StepState::Done:
    case ops::StepState::Skipped: return OperationStep::State::Done;
    }
    return OperationStep::State::Pending;
}
} // namespace

V2AttachOperation::V2AttachOperation(arm::ArmConnection *connection, ops::OperationRunner *runner, V2AttachRequest request,
                                     int pollIntervalMs, QObject *parent)
    : WizardOperation(parent)
    , m_connection(connection)
    , m_runner(runner)
    , m_request(std::move(request))
    , m_pollIntervalMs(pollIntervalMs)
{
    m_extensionStep.title = m_request.reuseExtension
                                ? tr("Reuse the Azure ML extension %1").arg(m_request.extensionName)
                                : tr("Install the Azure ML extension %1").arg(m_request.extensionName);
    // The attach's own steps are the runner's; until it starts, one line stands for them.
    m_attachSteps = {{tr("Attach %1 as a Kubernetes compute").arg(m_request.compute.name), OperationStep::State::Pending}};
}

void V2AttachOperation::start()
{
    if (m_request.reuseExtension) {
        m_extensionStep.state = OperationStep::State::Done;
        appendLog(tr("The Azure ML extension %1 is installed (Succeeded): reused as it is.").arg(m_request.extensionName));
        publishSteps();
        return attach();
    }
    m_extensionStep.state = OperationStep::State::Running;
    publishSteps();
    setState(tr("Installing the Azure ML extension %1…").arg(m_request.extensionName));
    appendLog(tr("PUT the Azure ML extension %1 on %2 (settings: %3).")
                  .arg(m_request.extensionName, m_request.clusterId, m_request.extension.settings.keys().join(QStringLiteral(", "))));
    azure::ExtensionService service(m_connection);
    service.setPollIntervalMs(m_pollIntervalMs);
    azure::ExtensionWriteJob *job = service.createOrUpdate(m_request.clusterId, m_request.extensionName, m_request.extension);
    // The protected settings were handed to the request: drop this copy.
    m_request.extension.protectedSettings.clear();
    connect(job, &azure::ExtensionWriteJob::progress, this, &V2AttachOperation::onExtensionProgress);
    connect(job, &azure::ServiceJob::finished, this, [this, job] {
        const auto &result = job->result();
        const bool ok = result.ok() && result.value->outcome == arm::LroResult::Outcome::Succeeded;
        if (ok) {
            m_extensionStep.state = OperationStep::State::Done;
            const auto &ext = result.value->extension;
            appendLog(tr("The Azure ML extension %1 is installed (version %2).")
                          .arg(m_request.extensionName,
                               ext && !ext->installedVersion.isEmpty() ? ext->installedVersion : QStringLiteral("?")));
            publishSteps();
            return attach();
        }
        m_extensionStep.state = OperationStep::State::Failed;
        m_attachSteps.first().state = OperationStep::State::Pending;
        publishSteps();
        // The health check's own words: each status of level Error, else the request's error.
        QList<ServiceError> errors;
        QString raw;
        if (result.value && result.value->extension) {
            for (const azure::ExtensionStatus &s : result.value->extension->statuses) {
                if (s.level.compare(QLatin1String("Error"), Qt::CaseInsensitive) == 0)
                    errors.append({s.code, s.message});
            }
            raw = QString::fromStdString(result.value->extension->raw.dump(2));
        }
        if (errors.isEmpty())
            errors.append({result.error ? result.error->code : QString(),
                           result.error ? result.error->humanMessage() : tr("The extension's installation did not finish.")});
        if (raw.isEmpty() && result.error)
            raw = result.error->rawDetail();
        const QString failure = tr("The Azure ML extension %1 failed to install; nothing was attached.").arg(m_request.extensionName);
        setState(failure);
        appendLog(failure);
        for (const ServiceError &e : errors)
            appendLog(e.code.isEmpty() ? e.message : tr("%1: %2").arg(e.code, e.message));
        finish(false, errors, raw);
    });
}

void V2AttachOperation::onExtensionProgress(const arm::LroProgress &progress)
{
    QString text = tr("Installing the Azure ML extension %1: %2").arg(m_request.extensionName, progress.status);
    if (progress.percent)
        text += tr(" (%1%)").arg(*progress.percent);
    if (text != state()) {
        setState(text);
        appendLog(text);
    }
}

void V2AttachOperation::attach()
{
    if (!m_runner)
        return finish(false, {{QString(), tr("Not connected: the attach cannot start.")}});
    connect(m_runner, &ops::OperationRunner::operationChanged, this, &V2AttachOperation::onRecord);
    connect(m_runner, &ops::OperationRunner::operationFinished, this, &V2AttachOperation::onRecord);
    m_attachId = m_runner->startAttachKubernetes(m_request.workspace, m_request.compute);
    setOperationId(m_attachId);
    if (const auto record = m_runner->record(m_attachId))
        onRecord(*record);
}

void V2AttachOperation::onRecord(const ops::OperationRecord &record)
{
    if (record.id != m_attachId || isFinished())
        return;
    m_attachSteps.clear();
    QString current;
    for (const ops::OperationStep &s : record.steps) {
        m_attachSteps.append({s.title, toStepState(s.state)});
        if (s.state == ops::StepState::Running)
            current = s.message.isEmpty() ? s.title : tr("%1: %2").arg(s.title, s.message);
    }
    publishSteps();
    if (!current.isEmpty() && current != state()) {
        setState(current);
        appendLog(current);
    }
    if (!record.isFinished())
        return;
    const bool ok = record.state == ops::OperationState::Succeeded;
    QList<ServiceError> errors;
    if (!ok) {
        appendLog(record.error);
        for (const ops::ServiceErrorEntry &e : record.serviceErrors)
            errors.append({e.code, e.message});
        if (errors.isEmpty()) {
            for (const QString &line : record.error.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                errors.append({QString(), line});
        }
    }
    finish(ok, errors, record.errorDetail);
}

void V2AttachOperation::publishSteps()
{
    setSteps(QList<OperationStep>{m_extensionStep} + m_attachSteps);
}

} // namespace cw::ui
