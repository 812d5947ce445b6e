#include "wizard/SessionBackend.h"

#include "azure/RulesFacts.h"
#include "ops/OperationRunner.h"
#include "rules/AksResourceId.h"
#include "session/Session.h"
#include "session/V2ClusterFactsJob.h"
#include "wizard/WizardOperation.h"

namespace cw::ui {

namespace {

// Calls `done` with the job's result when it finishes, unless `context` is gone by then.
template <typename Job, typename Fn>
void whenFinished(Job *job, QObject *context, Fn fn)
{
    QObject::connect(job, &azure::ServiceJob::finished, context, [job, fn] { fn(job->result()); });
}

template <typename T>
QString errorText(const azure::ServiceResult<T> &result)
{
    if (result.ok())
        return {};
    return result.error ? result.error->humanMessage() : QStringLiteral("?");
}

ClusterChoice toChoice(const azure::ManagedCluster &c)
{
    return {azure::toClusterFacts(c), c.subscriptionId, c.resourceGroup};
}

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

// The service's own errors when the record has them (a Failed compute's provisioningErrors);
// otherwise the failure's sentence, one entry per line.
QList<ServiceError> serviceErrors(const ops::OperationRecord &record)
{
    QList<ServiceError> errors;
    for (const ops::ServiceErrorEntry &e : record.serviceErrors)
        errors.append({e.code, e.message});
    if (errors.isEmpty()) {
        for (const QString &line : record.error.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            errors.append({QString(), line});
    }
    return errors;
}

} // namespace

SessionBackend::SessionBackend(session::Session *session, ops::OperationRunner *runner, QObject *parent)
    : WizardBackend(parent)
    , m_session(session)
    , m_runner(runner)
{
    if (m_runner) {
        connect(m_runner, &ops::OperationRunner::operationChanged, this, &SessionBackend::onRecord);
        connect(m_runner, &ops::OperationRunner::operationFinished, this, &SessionBackend::onRecord);
    }
}

QString SessionBackend::environmentName() const
{
    return m_session ? m_session->environment().name : QString();
}

void SessionBackend::subscriptions(QObject *context, Answer<QList<SubscriptionChoice>> done)
{
    whenFinished(m_session->subscriptions().list(), context, [done](const auto &result) {
        QList<SubscriptionChoice> list;
        for (const azure::Subscription &s : result.value.value_or(QList<azure::Subscription>{}))
            list.append({s.subscriptionId, s.displayName});
        done(list, errorText(result));
    });
}

void SessionBackend::workspaces(const QString &subscription, QObject *context, Answer<QList<WorkspaceRef>> done)
{
    whenFinished(m_session->workspaces().list(subscription), context, [done](const auto &result) {
        QList<WorkspaceRef> list;
        for (const azure::Workspace &w : result.value.value_or(QList<azure::Workspace>{}))
            list.append({.subscriptionId = w.subscriptionId, .resourceGroup = w.resourceGroup, .workspace = w.name,
                         .location = rules::normalizeRegion(w.location)});
        done(list, errorText(result));
    });
}

void SessionBackend::computes(const WorkspaceRef &workspace, QObject *context,
                              Answer<QList<rules::ExistingCompute>> done)
{
    whenFinished(m_session->computes(workspace).list(), context, [done](const auto &result) {
        QList<rules::ExistingCompute> list;
        for (const azure::ComputeResource &c : result.value.value_or(QList<azure::ComputeResource>{}))
            list.append({c.name, c.computeType.value_or(QString()), c.resourceId.value_or(QString()),
                         c.provisioningState.value_or(QString())});
        done(list, errorText(result));
    });
}

void SessionBackend::clusters(const QString &subscription, QObject *context, Answer<QList<ClusterChoice>> done)
{
    whenFinished(m_session->managedClusters().list(subscription), context, [done](const auto &result) {
        QList<ClusterChoice> list;
        for (const azure::ManagedCluster &c : result.value.value_or(QList<azure::ManagedCluster>{}))
            list.append(toChoice(c));
        done(list, errorText(result));
    });
}

void SessionBackend::cluster(const QString &resourceId, QObject *context, Answer<ClusterChoice> done)
{
    whenFinished(m_session->managedClusters().get(resourceId), context, [done](const auto &result) {
        done(result.value ? toChoice(*result.value) : ClusterChoice{}, errorText(result));
    });
}

void SessionBackend::locations(const QString &subscription, QObject *context, Answer<QList<rules::LocationFacts>> done)
{
    whenFinished(m_session->subscriptions().locations(subscription), context, [done](const auto &result) {
        done(result.ok() ? azure::toLocationFacts(*result.value) : QList<rules::LocationFacts>{}, errorText(result));
    });
}

void SessionBackend::vmSizes(const QString &subscription, const QString &region, QObject *context,
                             Answer<rules::VmSizeCatalogue> done)
{
    // The session's cache: the clusters table and the wizard share one request per region.
    m_session->vmSizes()->sizes(subscription, region, context, [done](const azure::VmSizeCache::Answer &answer) {
        done(answer.catalogue.value_or(rules::VmSizeCatalogue{}), answer.error);
    });
}

void SessionBackend::coreQuota(const QString &subscription, const QString &region, QObject *context,
                               Answer<std::optional<rules::CoreQuota>> done)
{
    whenFinished(m_session->locations().computeUsages(subscription, region), context, [done](const auto &result) {
        const std::optional<azure::ComputeUsage> cores =
            azure::regionalCores(result.value.value_or(QList<azure::ComputeUsage>{}));
        if (!cores)
            return done(std::nullopt, result.ok() ? QStringLiteral("no 'cores' usage") : errorText(result));
        done(rules::CoreQuota{cores->currentValue, cores->limit}, QString());
    });
}

void SessionBackend::orchestrators(const QString &subscription, const QString &region, QObject *context,
                                   Answer<rules::OrchestratorList> done)
{
    whenFinished(m_session->locations().orchestratorVersions(subscription, region), context,
                 [done](const auto &result) {
                     const rules::OrchestratorList list =
                         azure::toOrchestratorList(result.value.value_or(QList<azure::OrchestratorVersion>{}));
                     done(list, errorText(result));
                 });
}

WizardOperation *SessionBackend::startOperation(const rules::ComputeSpec &spec)
{
    if (!m_runner)
        return nullptr;
    // Parented to the backend, not the wizard: it outlives the wizard ("Run in background").
    auto *operation = new WizardOperation(this);
    const QString id = m_runner->startCreateOrAttach(spec);
    operation->setOperationId(id);
    m_operations.insert(id, operation);
    if (const auto record = m_runner->record(id))
        onRecord(*record);
    return operation;
}

void SessionBackend::v2Cluster(const WorkspaceRef &workspace, const QString &clusterId, QObject *context,
                               Answer<V2ClusterState> done)
{
    const rules::AksResourceIdParse parsed = rules::parseAksResourceId(clusterId);
    if (!parsed.ok() || !m_session) {
        QMetaObject::invokeMethod(context, [done, message = parsed.message] { done({}, message); }, Qt::QueuedConnection);
        return;
    }
    // The facts as `preflight --kubernetes` gathers them (one shared gatherer).
    auto *job = new session::V2ClusterFactsJob(m_session, workspace, *parsed.id, context);
    connect(job, &session::V2ClusterFactsJob::finished, context, [job, done] {
        const session::V2ClusterFactsResult &result = job->result();
        if (!result.ok())
            return done({}, result.errorContext + QStringLiteral(": ") + result.error->humanMessage());
        V2ClusterState state;
        state.facts = *result.facts;
        state.warnings = result.warnings;
        for (const rules::ExtensionFact &e : state.facts.extensions) {
            if (e.name.compare(state.facts.extensionName, Qt::CaseInsensitive) == 0)
                state.extension = e;
        }
        if (const azure::ExtensionResource *e = result.extension(state.facts.extensionName))
            state.extensionSettings = e->settings;
        done(state, QString());
    });
}

WizardOperation *SessionBackend::startV2Attach(const V2AttachRequest &request)
{
    if (!m_runner || !m_session)
        return nullptr;
    // One journaled operation of the runner: the extension (installed or reused), then the
    // compute; a crash in between resumes it without a second PUT of either.
    ops::ExtensionInstall install;
    install.clusterId = request.clusterId;
    install.name = request.extensionName;
    install.reuse = request.reuseExtension;
    install.configuration = request.extension;
    // Parented to the backend, not the wizard: it outlives the wizard ("Run in background").
    auto *operation = new WizardOperation(this);
    const QString id = m_runner->startAttachKubernetes(request.workspace, request.compute, install);
    operation->setOperationId(id);
    m_operations.insert(id, operation);
    if (const auto record = m_runner->record(id))
        onRecord(*record);
    return operation;
}

void SessionBackend::onRecord(const ops::OperationRecord &record)
{
    WizardOperation *operation = m_operations.value(record.id);
    if (!operation)
        return;
    QList<OperationStep> steps;
    QString current;
    for (const ops::OperationStep &s : record.steps) {
        steps.append({s.title, toStepState(s.state)});
        if (s.state == ops::StepState::Running)
            current = s.message.isEmpty() ? s.title : tr("%1: %2").arg(s.title, s.message);
    }
    operation->setSteps(steps);
    if (!current.isEmpty() && current != operation->state()) {
        operation->setState(current);
        operation->appendLog(current);
    }
    if (record.isFinished()) {
        const bool ok = record.state == ops::OperationState::Succeeded;
        if (!ok)
            operation->appendLog(record.error);
        operation->finish(ok, ok ? QList<ServiceError>{} : serviceErrors(record), record.errorDetail);
        m_operations.remove(record.id);
    }
}

} // namespace cw::ui
