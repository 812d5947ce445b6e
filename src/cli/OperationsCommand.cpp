// `operations list` (the journal, as the GUI's history shows it) and `operations resume [ID]`
// (picks up operations a killed or --no-wait run left, without re-sending a create).
#include <QCoreApplication>

#include "cli/CliContext.h"
#include "cli/CliText.h"
#include "cli/Commands.h"
#include "cli/OperationWaiter.h"
#include "ops/Journal.h"
#include "ops/OperationRunner.h"
#include "session/Session.h"

namespace cw::cli {

namespace {

bool matches(const ops::OperationRecord &r, const CliOptions &o)
{
    auto same = [&o](const char *option, const QString &value) {
        return !o.isSet(QLatin1String(option)) || o.value(QLatin1String(option)).compare(value, Qt::CaseInsensitive) == 0;
    };
    return o.isSet(QStringLiteral("all"))
        || (same("subscription", r.workspace.subscriptionId) && same("resource-group", r.workspace.resourceGroup)
            && same("workspace", r.workspace.workspace));
}

void list(CliContext &ctx)
{
    const ops::Journal::Contents contents = ctx.journal().readAll();
    Table t;
    t.columns = {tr("OPERATION"), tr("KIND"), tr("COMPUTE"), tr("WORKSPACE"), tr("STATE"), tr("STEP"), tr("UPDATED"),
                 tr("SUMMARY")};
    for (const ops::OperationRecord &r : contents.records) {
        if (!matches(r, ctx.options()))
            continue;
        const QString step = r.currentStep < r.steps.size() ? r.steps.at(r.currentStep).id : QString();
        t.addRow({r.id, ops::nameOf(r.kind), r.computeName, r.workspace.workspace, ops::nameOf(r.state), step,
                  r.updatedAt.toString(Qt::ISODate), r.state == ops::OperationState::Failed ? r.error : r.summary});
        t.json.push_back(ops::toJson(r));
    }
    for (const QString &bad : contents.unreadable)
        ctx.message(tr("warning: unreadable journal entry: %1").arg(bad));
    ctx.print(t);
    ctx.finish(kExitOk);
}

// Why a failed operation is not picked up by `operations resume` without an id, and what to do.
QString whyNotResumed(const ops::OperationRecord &r, const QString &cloud)
{
    if (r.workspace.cloud.compare(cloud, Qt::CaseInsensitive) != 0)
        return tr("it belongs to %1: sign in there (clusterwright-cli login) and run `clusterwright-cli operations "
                  "resume %2`.").arg(r.workspace.cloud, r.id);
    return tr("its failure is final (%1); start it again, or force a retry with `clusterwright-cli operations resume "
              "%2`.").arg(r.error, r.id);
}

void resume(CliContext &ctx)
{
    const QString id = ctx.options().arguments().value(1);
    if (!id.isEmpty()) {
        const std::optional<ops::OperationRecord> record = ctx.journal().load(id);
        if (!record)
            return ctx.fail(kExitNotFound, tr("No operation %1 in the journal.").arg(id));
        if (record->state == ops::OperationState::Succeeded) {
            ctx.message(tr("Operation %1 already succeeded.").arg(id));
            return ctx.finish(kExitOk);
        }
    }
    ctx.withSession([&ctx, id](session::Session *s) {
        ops::OperationRunner *runner = ctx.runner();
        const QString cloud = s->environment().name;
        QList<ops::OperationRecord> picked;
        QList<ops::OperationRecord> notPicked;
        if (!id.isEmpty()) {
            if (const auto record = ctx.journal().load(id))
                picked.append(*record);
        } else {
            // Every resumable operation of this cloud: interrupted (or --no-wait) ones, and failed
            // ones whose failure resuming can get past (their message says "resume").
            for (const ops::OperationRecord &r : ctx.journal().readAll().records) {
                if (!matches(r, ctx.options()) || r.state == ops::OperationState::Succeeded)
                    continue;
                if (r.canResume() && r.workspace.cloud.compare(cloud, Qt::CaseInsensitive) == 0)
                    picked.append(r);
                else if (r.state == ops::OperationState::Failed || r.state == ops::OperationState::Running)
                    notPicked.append(r);
            }
        }
        if (picked.isEmpty()) {
            ctx.message(tr("Nothing to resume."));
            for (const ops::OperationRecord &r : std::as_const(notPicked))
                ctx.message(tr("Operation %1 (%2 '%3', %4) is not resumed: %5")
                                .arg(r.id, ops::nameOf(r.kind), r.computeName, ops::nameOf(r.state), whyNotResumed(r, cloud)));
            return ctx.finish(kExitOk);
        }
        // The runner's drivers start on the next event-loop turn, so following after resume() sees every event.
        OperationWaiter *waiter = new OperationWaiter(ctx, runner, ctx.options().isSet(QStringLiteral("no-wait")));
        int resumed = 0;
        for (const ops::OperationRecord &r : std::as_const(picked)) {
            if (runner->resume(r.id)) {
                ctx.message(tr("Resuming operation %1 (%2 '%3', %4 at step %5).")
                                .arg(r.id, ops::nameOf(r.kind), r.computeName, ops::nameOf(r.state),
                                     r.currentStep < r.steps.size() ? r.steps.at(r.currentStep).id : QString()));
                waiter->follow(r.id);
                ++resumed;
            } else {
                ctx.message(tr("Operation %1 cannot be resumed: %2").arg(r.id, whyNotResumed(r, cloud)));
            }
        }
        if (resumed == 0)
            ctx.finish(kExitOperationFailed);
    });
}

} // namespace

void runOperations(CliContext &ctx)
{
    const QString what = ctx.options().arguments().value(0, QStringLiteral("list"));
    if (what == QLatin1String("list"))
        return list(ctx);
    if (what == QLatin1String("resume"))
        return resume(ctx);
    ctx.failUsage(tr("operations needs list or resume."));
}

} // namespace cw::cli
