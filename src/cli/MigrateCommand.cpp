// `migrate NAME`: moves a v1 AKS compute to Azure ML v2 (issue 15, item 4) as one journaled,
// resumable operation of the runner (OperationDriverMigrate.cpp): preflight, certificate backup,
// detach, legacy components, extension, Kubernetes compute, verify. `migrate --back ID` is the way
// back a failed move offers: the v1 compute attached again with its settings and certificate.
#include <QCoreApplication>
#include <QFileInfo>

#include "azure/ComputeService.h"
#include "cli/CliContext.h"
#include "cli/CliText.h"
#include "cli/Commands.h"
#include "cli/ExitCodes.h"
#include "cli/OperationWaiter.h"
#include "ops/OperationRunner.h"
#include "session/Session.h"

namespace cw::cli {

namespace {

void migrateBack(CliContext &ctx, const QString &id)
{
    ctx.withSession([&ctx, id](session::Session *) {
        QString error;
        const QString started = ctx.runner()->startAttachBack(id, &error);
        if (started.isEmpty())
            return ctx.fail(kExitNotFound, error);
        auto *waiter = new OperationWaiter(ctx, ctx.runner(), ctx.options().isSet(QStringLiteral("no-wait")));
        waiter->follow(started);
    });
}

} // namespace

void runMigrate(CliContext &ctx)
{
    const CliOptions &opts = ctx.options();
    if (opts.isSet(QStringLiteral("back")))
        return migrateBack(ctx, opts.value(QStringLiteral("back")));
    const QString name = opts.arguments().value(0);
    if (name.isEmpty())
        return ctx.failUsage(tr("migrate needs the v1 compute's name (or --back OPERATION_ID)."));
    ops::MigrationOptions options;
    options.newName = opts.value(QStringLiteral("new-name"));
    if (opts.isSet(QStringLiteral("namespace")))
        options.kubernetesNamespace = opts.value(QStringLiteral("namespace"));
    if (opts.isSet(QStringLiteral("tls-backup-file"))) {
        options.tlsBackupFile = QFileInfo(opts.value(QStringLiteral("tls-backup-file"))).absoluteFilePath();
        if (QFileInfo(options.tlsBackupFile).exists() || QFileInfo(options.tlsBackupFile).isSymLink())
            return ctx.failUsage(tr("--tls-backup-file must name a new file; %1 exists.").arg(options.tlsBackupFile));
    }
    // Read first: a missing compute is exit 5 before anything is started.
    ctx.withSession([&ctx, name, options](session::Session *s) {
        const auto ws = ctx.workspace();
        if (!ws)
            return;
        azure::ComputeGetJob *job = s->computes(*ws).get(name);
        QObject::connect(job, &azure::ServiceJob::finished, &ctx, [&ctx, job, ws, name, options] {
            if (!job->result().ok())
                return ctx.failWith(*job->result().error, tr("Cannot read compute '%1'").arg(name));
            ctx.message(tr("Moving '%1' to Azure ML v2: the AKS cluster is kept; its v1 components are deleted.").arg(name));
            auto *waiter = new OperationWaiter(ctx, ctx.runner(), ctx.options().isSet(QStringLiteral("no-wait")));
            waiter->follow(ctx.runner()->startMigrate(*ws, name, options));
        });
    });
}

} // namespace cw::cli
