#include "cli/V2ClusterCheck.h"

#include "cli/CliContext.h"
#include "cli/CliText.h"
#include "session/V2ClusterFactsJob.h"

namespace cw::cli {

namespace {

QString severityWord(rules::Severity s)
{
    switch (s) {
    case rules::Severity::Error:
        return QStringLiteral("fail");
    case rules::Severity::Warning:
        return QStringLiteral("warn");
    case rules::Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

} // namespace

std::optional<rules::ClusterPurpose> v2PurposeFromOptions(const CliOptions &options, QString *error)
{
    if (!options.isSet(QStringLiteral("purpose")))
        return rules::ClusterPurpose::FastProd;
    const QString p = options.value(QStringLiteral("purpose")).toLower();
    if (p == QLatin1String("dev-test") || p == QLatin1String("devtest"))
        return rules::ClusterPurpose::DevTest;
    if (p == QLatin1String("production") || p == QLatin1String("fastprod"))
        return rules::ClusterPurpose::FastProd;
    *error = tr("--purpose must be production or dev-test.");
    return std::nullopt;
}

void gatherV2ClusterFacts(CliContext &ctx, const WorkspaceRef &workspace, const rules::AksResourceId &cluster,
                          std::function<void(const session::V2ClusterFactsResult &)> then)
{
    auto *job = new session::V2ClusterFactsJob(ctx.session(), workspace, cluster, &ctx);
    QObject::connect(job, &session::V2ClusterFactsJob::warning, &ctx,
                     [&ctx](const QString &message) { ctx.message(tr("warning: %1").arg(message)); });
    QObject::connect(job, &session::V2ClusterFactsJob::finished, &ctx, [&ctx, job, then = std::move(then)] {
        const session::V2ClusterFactsResult &result = job->result();
        if (!result.ok())
            return ctx.failWith(*result.error, result.errorContext);
        if (!ctx.isFinished())
            then(result);
    });
}

void printV2Findings(CliContext &ctx, const rules::Findings &findings)
{
    Table t;
    t.columns = {tr("STATUS"), tr("CHECK"), tr("FIELD"), tr("MESSAGE")};
    int errors = 0, warnings = 0, notes = 0;
    for (const rules::Finding &f : findings) {
        t.addRow({severityWord(f.severity), f.code, f.field, f.message});
        t.json.push_back({{"code", f.code.toStdString()}, {"field", f.field.toStdString()},
                          {"status", severityWord(f.severity).toStdString()}, {"message", f.message.toStdString()}});
        (f.severity == rules::Severity::Error ? errors : f.severity == rules::Severity::Warning ? warnings : notes)++;
    }
    ctx.print(t);
    ctx.message(tr("Azure ML v2 preflight: %1 failed, %2 warnings, %3 notes.").arg(errors).arg(warnings).arg(notes));
}

} // namespace cw::cli
