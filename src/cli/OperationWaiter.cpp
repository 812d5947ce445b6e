#include "cli/OperationWaiter.h"

#include <QCoreApplication>
#include <QTimer>

#include "cli/CliContext.h"
#include "ops/OperationPlan.h"
#include "ops/OperationRunner.h"

namespace cw::cli {

namespace {

const ops::OperationStep *currentStep(const ops::OperationRecord &r)
{
    return r.currentStep < r.steps.size() ? &r.steps.at(r.currentStep) : nullptr;
}

} // namespace

OperationWaiter::OperationWaiter(CliContext &ctx, ops::OperationRunner *runner, bool noWait)
    : QObject(&ctx)
    , m_ctx(ctx)
    , m_runner(runner)
    , m_noWait(noWait)
{
    connect(runner, &ops::OperationRunner::operationChanged, this, &OperationWaiter::onChanged);
    connect(runner, &ops::OperationRunner::operationFinished, this, &OperationWaiter::onFinished);
    connect(runner, &ops::OperationRunner::operationProgress, this,
            [this](const QString &id, const arm::LroProgress &p) {
                if (!m_following.contains(id))
                    return;
                QString text = tr("%1: waiting, %2").arg(id.left(8), p.status);
                if (p.percent)
                    text += tr(" %1%").arg(*p.percent);
                text += tr(" (%1 s)").arg(p.elapsedMs / 1000);
                m_ctx.progress(text);
            });
}

void OperationWaiter::follow(const QString &id)
{
    m_following.insert(id);
}

void OperationWaiter::onChanged(const ops::OperationRecord &record)
{
    if (!m_following.contains(record.id))
        return;
    const ops::OperationStep *step = currentStep(record);
    if (step)
        m_ctx.progress(tr("%1: %2 %3").arg(record.id.left(8), step->title, step->message));
    // --no-wait: once the long-running part is journaled, stop following (it goes on in Azure).
    // A move to v2 stops at its last long-running part (the Kubernetes compute's attach).
    const char *lastWait = record.kind == ops::OperationKind::Migrate ? ops::step::kWaitAttach : ops::step::kWait;
    if (m_noWait && step && step->id == QLatin1String(lastWait) && record.lro.isValid()
        && !m_stopRequested.contains(record.id)) {
        m_stopRequested.insert(record.id);
        const QString id = record.id;
        QTimer::singleShot(0, this, [this, id] { m_runner->stopWaiting(id); });
    }
}

void OperationWaiter::onFinished(const ops::OperationRecord &record)
{
    if (!m_following.remove(record.id))
        return;
    m_outcomes.append(record);
    if (m_following.isEmpty())
        report();
}

void OperationWaiter::report()
{
    Table t;
    t.columns = {tr("OPERATION"), tr("KIND"), tr("COMPUTE"), tr("STATE"), tr("MESSAGE")};
    int code = kExitOk;
    for (const ops::OperationRecord &r : std::as_const(m_outcomes)) {
        QString message = r.error;
        if (r.state == ops::OperationState::Running) {
            message = tr("accepted; it goes on in Azure. Follow it with `clusterwright-cli operations resume %1`.").arg(r.id);
            if (!m_stopRequested.contains(r.id))
                code = kExitOperationFailed; // stopped for another reason (lost track)
        } else if (r.state != ops::OperationState::Succeeded) {
            // A move to v2 refused by its own preflight changed nothing: the preflight's exit code.
            const ops::OperationStep *failed = currentStep(r);
            code = failed && failed->id == QLatin1String(ops::step::kPreflightV2) && code == kExitOk ? kExitPreflightRefused
                                                                                                     : kExitOperationFailed;
            m_ctx.message(tr("Operation %1 (%2 '%3') failed: %4").arg(r.id, ops::nameOf(r.kind), r.computeName, r.error));
        }
        // A re-attach says where its certificate and key came from and where they were kept.
        for (const ops::OperationStep &st : r.steps)
            if (st.id == QLatin1String(ops::step::kRecoverTls) && st.state == ops::StepState::Done)
                m_ctx.message(tr("Operation %1 (%2 '%3'): %4").arg(r.id, ops::nameOf(r.kind), r.computeName, st.message));
        t.addRow({r.id, ops::nameOf(r.kind), r.computeName, ops::nameOf(r.state), message});
        t.json.push_back(ops::toJson(r));
    }
    m_ctx.print(t);
    m_ctx.finish(code);
}

} // namespace cw::cli
