// `clusters`: the AKS clusters of the subscription, each with its attachability judged by the
// shared preflight's attach checks against the selected workspace.
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <memory>

#include "azure/AccountServices.h"
#include "azure/ComputeService.h"
#include "azure/ManagedClusterService.h"
#include "cli/CliContext.h"
#include "cli/CliText.h"
#include "cli/Commands.h"
#include "cli/FactsMapping.h"
#include "session/Session.h"

namespace cw::cli {

namespace {

struct ClusterSurvey {
    WorkspaceRef workspace; // with its location once read
    QList<azure::ManagedCluster> clusters;
    QList<rules::ExistingCompute> computes;
    QHash<QString, rules::OrchestratorList> versionsByRegion;
    int pending = 0;
    bool failed = false;
};

void report(CliContext &ctx, const ClusterSurvey &survey)
{
    Table t;
    t.columns = {tr("NAME"), tr("RESOURCE GROUP"), tr("LOCATION"), tr("VERSION"), tr("NODES"), tr("ATTACHABLE"),
                 tr("REASON")};
    for (const azure::ManagedCluster &c : survey.clusters) {
        rules::PreflightInput input;
        input.spec.mode = rules::ComputeMode::Attach;
        input.spec.name = QStringLiteral("attach-check");
        input.spec.aksResourceId = c.id;
        input.spec.workspace = survey.workspace;
        input.workspace = {survey.workspace.subscriptionId, survey.workspace.location, survey.computes};
        input.cluster = azure::toClusterFacts(c);
        input.orchestrators = survey.versionsByRegion.value(c.location);
        input.now = QDateTime::currentDateTimeUtc();
        const rules::PreflightReport r = rules::runPreflight(input);
        rules::CheckStatus worst = rules::CheckStatus::Pass;
        QString reason;
        nlohmann::json checks = nlohmann::json::array();
        for (const rules::PreflightCheck &check : r.checks) {
            if (!check.id.startsWith(QLatin1String("attach.")))
                continue;
            checks.push_back({{"id", check.id.toStdString()}, {"status", statusWord(check.status).toStdString()},
                              {"reason", check.reason.toStdString()}});
            if (int(check.status) > int(worst)) {
                worst = check.status;
                reason = check.reason;
            }
        }
        const QString verdict = worst == rules::CheckStatus::Pass ? tr("yes")
                                : worst == rules::CheckStatus::Warn ? tr("warn")
                                                                     : tr("no");
        t.addRow({c.name, c.resourceGroup, c.location, c.effectiveKubernetesVersion(),
                  QString::number(c.totalNodeCount()), verdict, reason});
        t.json.push_back({{"id", c.id.toStdString()}, {"name", c.name.toStdString()},
                          {"resourceGroup", c.resourceGroup.toStdString()}, {"location", c.location.toStdString()},
                          {"kubernetesVersion", c.effectiveKubernetesVersion().toStdString()},
                          {"nodes", c.totalNodeCount()}, {"attachable", statusWord(worst).toStdString()},
                          {"checks", checks}});
    }
    ctx.print(t);
    ctx.finish(kExitOk);
}

void done(CliContext &ctx, const std::shared_ptr<ClusterSurvey> &s)
{
    if (!s->failed && --s->pending == 0)
        report(ctx, *s);
}

void fetchClusterVersions(CliContext &ctx, const std::shared_ptr<ClusterSurvey> &s)
{
    QSet<QString> regions;
    for (const azure::ManagedCluster &c : s->clusters)
        regions.insert(c.location);
    s->pending = int(regions.size()) + 1;
    for (const QString &region : std::as_const(regions)) {
        azure::OrchestratorVersionsJob *job = ctx.session()->locations().orchestratorVersions(s->workspace.subscriptionId, region);
        QObject::connect(job, &azure::ServiceJob::finished, &ctx, [&ctx, s, job, region] {
            if (job->result().ok())
                s->versionsByRegion.insert(region, azure::toOrchestratorList(*job->result().value));
            done(ctx, s);
        });
    }
    done(ctx, s);
}

} // namespace

void runClusters(CliContext &ctx)
{
    ctx.withSession([&ctx](session::Session *session) {
        const auto ws = ctx.workspace();
        if (!ws)
            return;
        auto s = std::make_shared<ClusterSurvey>();
        s->workspace = *ws;
        s->pending = 3;
        auto stage1 = [&ctx, s] {
            if (!s->failed && --s->pending == 0)
                fetchClusterVersions(ctx, s);
        };
        auto failWith = [&ctx, s](const arm::ArmError &e, const QString &what) {
            if (!s->failed) {
                s->failed = true;
                ctx.failWith(e, what);
            }
        };
        azure::ManagedClusterListJob *clusters = session->managedClusters().list(ws->subscriptionId);
        QObject::connect(clusters, &azure::ServiceJob::finished, &ctx, [s, clusters, stage1, failWith] {
            if (!clusters->result().ok())
                return failWith(*clusters->result().error, tr("Cannot list the AKS clusters"));
            s->clusters = *clusters->result().value;
            stage1();
        });
        azure::WorkspaceGetJob *workspace = session->workspaces().get(ws->subscriptionId, ws->resourceGroup, ws->workspace);
        QObject::connect(workspace, &azure::ServiceJob::finished, &ctx, [s, workspace, stage1, failWith] {
            if (!workspace->result().ok())
                return failWith(*workspace->result().error, tr("Cannot read the workspace"));
            s->workspace.location = workspace->result().value->location;
            stage1();
        });
        azure::ComputeListJob *computes = session->computes(*ws).list();
        QObject::connect(computes, &azure::ServiceJob::finished, &ctx, [s, computes, stage1, failWith] {
            if (!computes->result().ok())
                return failWith(*computes->result().error, tr("Cannot list the workspace's computes"));
            s->computes = azure::toExistingComputes(*computes->result().value);
            stage1();
        });
    });
}

} // namespace cw::cli
