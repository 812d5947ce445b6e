// `preflight create|attach NAME`: gathers the facts and runs the shared preflight
// (rules::runPreflight, the same the wizard shows); exit 4 when a check fails. With --kubernetes:
// the Azure ML v2 checks of a cluster (V2PreflightCommand.cpp).
#include <QCoreApplication>
#include <QDateTime>

#include <memory>

#include "azure/AccountServices.h"
#include "azure/ComputeService.h"
#include "azure/ManagedClusterService.h"
#include "azure/VmSizeCache.h"
#include "cli/CliContext.h"
#include "cli/CliText.h"
#include "cli/Commands.h"
#include "cli/FactsMapping.h"
#include "cli/SpecOptions.h"
#include "cli/V2PreflightCommand.h"
#include "session/Session.h"
#include "tls/CertificateReport.h"

namespace cw::cli {

namespace {

struct Gathering {
    rules::PreflightInput input;
    int pending = 0;
    bool failed = false;
    std::function<void(const rules::ComputeSpec &, const rules::PreflightReport &)> done;
};

void complete(CliContext &ctx, const std::shared_ptr<Gathering> &g)
{
    if (g->failed || --g->pending > 0)
        return;
    if (ctx.isFinished())
        return;
    g->done(g->input.spec, rules::runPreflight(g->input));
}

// Stage 2: the region's Kubernetes versions (the cluster's region for an attach).
void fetchRegionVersions(CliContext &ctx, const std::shared_ptr<Gathering> &g, const QString &region)
{
    azure::OrchestratorVersionsJob *job =
        ctx.session()->locations().orchestratorVersions(g->input.spec.workspace.subscriptionId, region);
    QObject::connect(job, &azure::ServiceJob::finished, &ctx, [&ctx, g, job] {
        if (job->result().ok())
            g->input.orchestrators = azure::toOrchestratorList(*job->result().value);
        else
            ctx.message(tr("warning: the Kubernetes versions could not be read: %1").arg(job->result().error->humanMessage()));
        complete(ctx, g);
    });
}

void fetchFacts(CliContext &ctx, const std::shared_ptr<Gathering> &g)
{
    session::Session *s = ctx.session();
    const rules::ComputeSpec &spec = g->input.spec;
    g->pending = spec.isCreate() ? 4 : 3; // computes, VM sizes, versions (and a create's regions)

    azure::ComputeListJob *computes = s->computes(spec.workspace).list();
    QObject::connect(computes, &azure::ServiceJob::finished, &ctx, [&ctx, g, computes] {
        if (!computes->result().ok()) {
            g->failed = true;
            return ctx.failWith(*computes->result().error, tr("Cannot list the workspace's computes"));
        }
        g->input.workspace.computes = azure::toExistingComputes(*computes->result().value);
        complete(ctx, g);
    });

    const QString region = spec.isCreate() ? spec.effectiveRegion() : spec.workspace.location;
    // The session's shared cache; unread sizes reach the preflight as unknown (its size check
    // then says it was not checked, and why).
    s->vmSizes()->sizes(spec.workspace.subscriptionId, region, &ctx, [&ctx, g](const azure::VmSizeCache::Answer &answer) {
        g->input.vmSizes = answer.catalogue;
        g->input.vmSizesError = answer.error;
        if (!answer.catalogue)
            ctx.message(tr("warning: the region's VM sizes could not be read: %1").arg(answer.error));
        complete(ctx, g);
    });

    if (spec.isCreate()) {
        // The region must be one of the subscription's (rules::validateRegion in the preflight).
        azure::SubscriptionLocationListJob *locations = s->subscriptions().locations(spec.workspace.subscriptionId);
        QObject::connect(locations, &azure::ServiceJob::finished, &ctx, [&ctx, g, locations] {
            if (locations->result().ok())
                g->input.locations = azure::toLocationFacts(*locations->result().value);
            else
                ctx.message(tr("warning: the subscription's regions could not be read: %1")
                                .arg(locations->result().error->humanMessage()));
            complete(ctx, g);
        });
        return fetchRegionVersions(ctx, g, region);
    }
    azure::ManagedClusterGetJob *cluster = s->managedClusters().get(spec.aksResourceId);
    QObject::connect(cluster, &azure::ServiceJob::finished, &ctx, [&ctx, g, cluster] {
        if (!cluster->result().ok()) {
            g->failed = true;
            return ctx.failWith(*cluster->result().error, tr("Cannot read the AKS cluster"));
        }
        g->input.cluster = azure::toClusterFacts(*cluster->result().value);
        fetchRegionVersions(ctx, g, cluster->result().value->location);
    });
}

} // namespace

void gatherPreflight(CliContext &ctx, rules::ComputeSpec spec,
                     std::function<void(const rules::ComputeSpec &, const rules::PreflightReport &)> done)
{
    auto g = std::make_shared<Gathering>();
    g->done = std::move(done);
    g->input.now = QDateTime::currentDateTimeUtc();
    if (spec.tls.mode == rules::TlsMode::Custom) {
        const tls::CertificatePairReport report =
            tls::inspectPair(spec.tls.certPem.toUtf8(), spec.tls.keyPem.toUtf8(), {}, spec.tls.cname, g->input.now);
        g->input.certificate = tls::toCertificateFacts(report);
    }
    g->input.spec = std::move(spec);
    const WorkspaceRef &w = g->input.spec.workspace;
    azure::WorkspaceGetJob *job = ctx.session()->workspaces().get(w.subscriptionId, w.resourceGroup, w.workspace);
    QObject::connect(job, &azure::ServiceJob::finished, &ctx, [&ctx, g, job] {
        if (!job->result().ok())
            return ctx.failWith(*job->result().error, tr("Cannot read the workspace"));
        g->input.spec.workspace.location = job->result().value->location;
        g->input.workspace.subscription = g->input.spec.workspace.subscriptionId;
        g->input.workspace.location = job->result().value->location;
        fetchFacts(ctx, g);
    });
}

void printPreflight(CliContext &ctx, const rules::PreflightReport &report)
{
    Table t;
    t.columns = {tr("STATUS"), tr("CHECK"), tr("REASON"), tr("FIX")};
    for (const rules::PreflightCheck &c : report.checks) {
        t.addRow({statusWord(c.status), c.title, c.reason, c.fix});
        t.json.push_back({{"id", c.id.toStdString()}, {"status", statusWord(c.status).toStdString()},
                          {"title", c.title.toStdString()}, {"reason", c.reason.toStdString()},
                          {"fix", c.fix.toStdString()}});
    }
    ctx.print(t);
    ctx.message(tr("Preflight: %1 passed, %2 warnings, %3 failed.")
                    .arg(report.count(rules::CheckStatus::Pass))
                    .arg(report.count(rules::CheckStatus::Warn))
                    .arg(report.count(rules::CheckStatus::Fail)));
}

void runPreflight(CliContext &ctx)
{
    if (ctx.options().isSet(QStringLiteral("kubernetes")))
        return runV2Preflight(ctx);
    const QString mode = ctx.options().arguments().value(0);
    const QString name = ctx.options().arguments().value(1);
    if ((mode != QLatin1String("create") && mode != QLatin1String("attach")) || name.isEmpty())
        return ctx.failUsage(tr("preflight needs create|attach and the compute's name."));
    ctx.withSession([&ctx, mode, name](session::Session *) {
        const auto ws = ctx.workspace();
        if (!ws)
            return;
        SpecFromOptions parsed = specFromOptions(
            ctx.options(), mode == QLatin1String("create") ? rules::ComputeMode::Create : rules::ComputeMode::Attach,
            name, *ws);
        if (!parsed.spec)
            return ctx.failUsage(parsed.error);
        gatherPreflight(ctx, *parsed.spec, [&ctx](const rules::ComputeSpec &, const rules::PreflightReport &report) {
            printPreflight(ctx, report);
            ctx.finish(report.canProceed() ? kExitOk : kExitPreflightRefused);
        });
    });
}

} // namespace cw::cli
