// `extension show|install|update|remove`: the Azure ML cluster extension
// (Microsoft.KubernetesConfiguration/extensions) of an AKS cluster, as `az k8s-extension` manages
// it, with the same exit codes and --output formats as the other commands. The cluster is
// --cluster ID, or --cluster NAME with --resource-group (the cluster's) and the subscription.
// Settings come as --config key=value (repeatable); protected settings as --config-protected
// key=value or key=@FILE (the file's contents: keep PEM keys off the command line, where `ps`
// shows them). Install and update are checked by the shared rules before anything is sent
// (checkBeforeSending); a failed health check prints each status and exits 1.
#include <QCoreApplication>
#include <QDateTime>

#include <memory>

#include "arm/LroState.h"
#include "azure/ExtensionService.h"
#include "azure/ManagedClusterService.h"
#include "azure/RulesFacts.h"
#include "azure/Workspace.h"
#include "cli/CliContext.h"
#include "cli/CliText.h"
#include "cli/Commands.h"
#include "common/BoundedFileRead.h"
#include "rules/AksResourceId.h"
#include "rules/ExtensionConfiguration.h"
#include "rules/ExtensionRules.h"
#include "session/Session.h"
#include "tls/CertificateReport.h"
#include "tls/CertificateRulesFacts.h"

namespace cw::cli {

namespace {

// Protected values read from a file are PEM certificates or keys at most; a bigger file is a mistake.
constexpr qint64 kMaxProtectedFileBytes = 1024 * 1024;

struct ExtensionTarget {
    QString clusterId;
    QString name;
};

// --cluster as an AKS resource id, or a name with --resource-group and the subscription.
std::optional<ExtensionTarget> targetOf(CliContext &ctx)
{
    const CliOptions &o = ctx.options();
    const QString cluster = o.value(QStringLiteral("cluster")).trimmed();
    if (cluster.isEmpty()) {
        ctx.failUsage(tr("extension needs --cluster: the AKS cluster's resource ID, or its name with --resource-group."));
        return std::nullopt;
    }
    ExtensionTarget t;
    t.name = o.isSet(QStringLiteral("name")) ? o.value(QStringLiteral("name")).trimmed()
                                             : QString::fromLatin1(rules::extension::kDefaultName);
    if (t.name.isEmpty()) {
        ctx.failUsage(tr("--name cannot be empty."));
        return std::nullopt;
    }
    if (cluster.startsWith(QLatin1Char('/'))) {
        const rules::AksResourceIdParse id = rules::parseAksResourceId(cluster);
        if (!id.ok()) {
            ctx.failUsage(tr("--cluster is not an AKS cluster's resource ID: %1 Expected %2.").arg(id.message, rules::aksResourceIdShape()));
            return std::nullopt;
        }
        t.clusterId = id.id->toString();
        return t;
    }
    if (o.value(QStringLiteral("resource-group")).isEmpty()) {
        ctx.failUsage(tr("--cluster %1 is a name: give the cluster's --resource-group, or its full resource ID.").arg(cluster));
        return std::nullopt;
    }
    return t; // the id is made once the session knows the subscription (resolved())
}

// The cluster's id for a --cluster NAME: the subscription is --subscription, the profile's or
// the session's default, known once signed in.
std::optional<ExtensionTarget> resolved(CliContext &ctx, ExtensionTarget t)
{
    if (!t.clusterId.isEmpty())
        return t;
    const QString sub = ctx.subscription();
    if (sub.isEmpty()) {
        ctx.failUsage(tr("Which subscription is the cluster in? Give --subscription, or its full resource ID."));
        return std::nullopt;
    }
    t.clusterId = rules::AksResourceId{sub, ctx.options().value(QStringLiteral("resource-group")),
                                       ctx.options().value(QStringLiteral("cluster")).trimmed()}.toString();
    return t;
}

// key=value pairs of a repeatable option; `protectedValues` allows key=@FILE.
bool readSettingPairs(CliContext &ctx, const char *option, bool protectedValues, QMap<QString, QString> *out)
{
    for (const QString &pair : ctx.options().values(QLatin1String(option))) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QString key = eq > 0 ? pair.left(eq).trimmed() : QString();
        if (key.isEmpty()) {
            ctx.failUsage(tr("--%1 takes key=value (got '%2').").arg(QLatin1String(option), protectedValues ? tr("(hidden)") : pair));
            return false;
        }
        QString value = pair.mid(eq + 1);
        if (protectedValues && value.startsWith(QLatin1Char('@'))) {
            const BoundedFileRead file = readBoundedFile(value.mid(1), kMaxProtectedFileBytes);
            if (!file.ok) {
                ctx.failUsage(tr("--%1 %2: %3").arg(QLatin1String(option), key, file.error));
                return false;
            }
            value = QString::fromUtf8(file.data);
        }
        out->insert(key, value);
    }
    return true;
}

std::optional<rules::ExtensionConfiguration> configurationOf(CliContext &ctx)
{
    rules::ExtensionConfiguration config;
    if (!readSettingPairs(ctx, "config", false, &config.settings) || !readSettingPairs(ctx, "config-protected", true, &config.protectedSettings))
        return std::nullopt;
    return config;
}

void printExtension(CliContext &ctx, const azure::ExtensionResource &e)
{
    Table t;
    t.json = e.raw;
    t.columns = {tr("FIELD"), tr("VALUE")};
    t.addRow({tr("name"), e.name});
    t.addRow({tr("type"), e.extensionType});
    t.addRow({tr("state"), e.provisioningState});
    t.addRow({tr("installed version"), e.installedVersion});
    t.addRow({tr("pinned version"), e.version});
    t.addRow({tr("release train"), e.releaseTrain});
    t.addRow({tr("auto upgrade"), !e.autoUpgradeMinorVersion ? QString() : *e.autoUpgradeMinorVersion ? tr("yes") : tr("no")});
    t.addRow({tr("namespace"), e.releaseNamespace});
    for (auto it = e.settings.begin(); it != e.settings.end(); ++it)
        t.addRow({tr("setting"), it.key() + QLatin1Char('=') + it.value()});
    for (const azure::ExtensionStatus &s : e.statuses)
        t.addRow({tr("status"), QStringLiteral("%1 %2 %3: %4").arg(s.level, s.code, s.displayStatus, s.message)});
    t.addRow({tr("id"), e.id});
    ctx.print(t);
}

azure::ExtensionService extensionService(CliContext &ctx, session::Session *s)
{
    azure::ExtensionService svc(s->connection());
    bool ok = true;
    if (const std::optional<int> ms = ctx.options().intValue(QStringLiteral("poll-interval-ms"), &ok); ms && ok)
        svc.setPollIntervalMs(*ms);
    return svc;
}

// Follows a write to its end: progress on a terminal, then the extension (or why it failed).
void follow(CliContext &ctx, azure::ExtensionWriteJob *job, const QString &what, bool removal)
{
    QObject::connect(job, &azure::ExtensionWriteJob::progress, &ctx, [&ctx, what](const arm::LroProgress &p) {
        QString text = tr("%1: %2").arg(what, p.status);
        if (p.percent)
            text += tr(" %1%").arg(*p.percent);
        ctx.progress(text + tr(" (%1 s)").arg(p.elapsedMs / 1000));
    });
    QObject::connect(job, &azure::ServiceJob::finished, &ctx, [&ctx, job, what, removal] {
        const auto &r = job->result();
        if (!r.value) // refused before anything started (400, 404, 409, sign-in, network)
            return ctx.failWith(*r.error, tr("%1 was refused").arg(what));
        const azure::ExtensionWriteOutcome &outcome = *r.value;
        if (outcome.outcome == arm::LroResult::Outcome::Abandoned) {
            ctx.message(tr("%1: accepted; it goes on in Azure. Follow it with `clusterwright-cli extension show`.").arg(what));
            if (outcome.extension)
                printExtension(ctx, *outcome.extension);
            return ctx.finish(kExitOk);
        }
        if (!r.error) {
            ctx.message(removal ? tr("%1: done, the extension and its components are gone.").arg(what)
                                : tr("%1: done.").arg(what));
            if (outcome.extension)
                printExtension(ctx, *outcome.extension);
            return ctx.finish(kExitOk);
        }
        // The operation ran and failed: the extension's statuses say why (its health check).
        if (outcome.extension) {
            for (const QString &line : outcome.extension->errorLines())
                ctx.message(tr("error: %1").arg(line));
            printExtension(ctx, *outcome.extension);
        }
        ctx.fail(kExitOperationFailed, tr("%1 failed: %2").arg(what, r.error->humanMessage()));
    });
}

// THE call site of the shared rules for an extension's settings (rules::checkExtensionConfiguration,
// with the cluster's facts: AKS or not, its node pools, and src/tls's analysis of a protected
// certificate pair): every finding is printed, and an error stops the run with exit 4 before
// anything is sent. `protectedKept`: an update that sends no protected settings keeps the stored
// ones, which cannot be read back, so the findings about a missing certificate do not apply.
void checkBeforeSending(CliContext &ctx, const ExtensionTarget &target, const rules::ExtensionConfiguration &config,
                        bool protectedKept, std::function<void()> then)
{
    azure::ManagedClusterGetJob *job = ctx.session()->managedClusters().get(target.clusterId);
    QObject::connect(job, &azure::ServiceJob::finished, &ctx, [&ctx, job, target, config, protectedKept, then] {
        if (!job->result().ok()) {
            if (job->result().error->httpStatus == 404)
                return ctx.fail(kExitNotFound, tr("There is no AKS cluster %1.").arg(target.clusterId));
            return ctx.failWith(*job->result().error, tr("Cannot read the cluster"));
        }
        const rules::V2ClusterFacts facts = azure::toV2ClusterFacts(*job->result().value, std::nullopt, azure::Workspace{}, {});
        const QDateTime now = QDateTime::currentDateTimeUtc();
        std::optional<rules::CertificateFacts> certificate;
        const QString cert = config.protectedSettings.value(QLatin1String(rules::extension::kSslCertPemFile));
        const QString key = config.protectedSettings.value(QLatin1String(rules::extension::kSslKeyPemFile));
        if (!cert.isEmpty() && !key.isEmpty())
            certificate = tls::toCertificateFacts(
                tls::inspectPair(cert.toUtf8(), key.toUtf8(), {}, config.setting(rules::extension::kSslCname).trimmed(), now));
        rules::Findings findings = rules::checkExtensionConfiguration(config, facts, certificate, now);
        if (protectedKept)
            findings.removeIf([](const rules::Finding &f) {
                return f.code == QLatin1String("v2.tls.noCertificate") || f.code == QLatin1String("v2.tls.pairIncomplete")
                       || f.code == QLatin1String("v2.certificate.notAnalysed");
            });
        for (const rules::Finding &f : std::as_const(findings))
            ctx.message((f.severity == rules::Severity::Error     ? tr("refused: %1")
                         : f.severity == rules::Severity::Warning ? tr("warning: %1")
                                                                  : tr("note: %1"))
                            .arg(f.message));
        if (rules::hasErrors(findings))
            return ctx.fail(kExitPreflightRefused, tr("The rules refused the extension's settings; nothing was sent."));
        then();
    });
}

void withExisting(CliContext &ctx, const ExtensionTarget &given,
                  std::function<void(const ExtensionTarget &, const azure::ExtensionResource &)> then)
{
    ctx.withSession([&ctx, given, then = std::move(then)](session::Session *s) {
        const std::optional<ExtensionTarget> resolvedTarget = resolved(ctx, given);
        if (!resolvedTarget)
            return;
        const ExtensionTarget target = *resolvedTarget;
        azure::ExtensionGetJob *job = extensionService(ctx, s).get(target.clusterId, target.name);
        QObject::connect(job, &azure::ServiceJob::finished, &ctx, [&ctx, job, target, then] {
            if (!job->result().ok()) {
                if (job->result().error->httpStatus == 404)
                    return ctx.fail(kExitNotFound, tr("There is no extension '%1' on cluster %2.").arg(target.name, target.clusterId));
                return ctx.failWith(*job->result().error, tr("Cannot read extension '%1'").arg(target.name));
            }
            then(target, *job->result().value);
        });
    });
}

void show(CliContext &ctx, const ExtensionTarget &target)
{
    withExisting(ctx, target, [&ctx](const ExtensionTarget &, const azure::ExtensionResource &e) {
        printExtension(ctx, e);
        for (const QString &line : e.errorLines())
            ctx.message(tr("error: %1").arg(line));
        ctx.finish(kExitOk);
    });
}

void install(CliContext &ctx, const ExtensionTarget &given)
{
    const std::optional<rules::ExtensionConfiguration> config = configurationOf(ctx);
    if (!config)
        return;
    ctx.withSession([&ctx, given, config](session::Session *s) {
        const std::optional<ExtensionTarget> resolvedTarget = resolved(ctx, given);
        if (!resolvedTarget)
            return;
        const ExtensionTarget target = *resolvedTarget;
        checkBeforeSending(ctx, target, *config, false, [&ctx, s, target, config] {
            const bool wait = !ctx.options().isSet(QStringLiteral("no-wait"));
            follow(ctx, extensionService(ctx, s).createOrUpdate(target.clusterId, target.name, *config, {}, wait),
                   tr("Installing extension '%1'").arg(target.name), false);
        });
    });
}

void update(CliContext &ctx, const ExtensionTarget &given)
{
    const std::optional<rules::ExtensionConfiguration> changes = configurationOf(ctx);
    if (!changes)
        return;
    if (changes->settings.isEmpty() && changes->protectedSettings.isEmpty())
        return ctx.failUsage(tr("extension update needs a change: --config key=value or --config-protected key=value."));
    withExisting(ctx, given, [&ctx, changes](const ExtensionTarget &target, const azure::ExtensionResource &current) {
        // The rules judge the configuration the extension will have: the current settings with
        // the changes merged in, as the service merges them.
        rules::ExtensionConfiguration after;
        after.settings = current.settings;
        for (auto it = changes->settings.begin(); it != changes->settings.end(); ++it)
            after.settings.insert(it.key(), it.value());
        after.protectedSettings = changes->protectedSettings;
        checkBeforeSending(ctx, target, after, changes->protectedSettings.isEmpty(), [&ctx, target, changes] {
            const bool wait = !ctx.options().isSet(QStringLiteral("no-wait"));
            follow(ctx, extensionService(ctx, ctx.session()).update(target.clusterId, target.name, *changes, wait),
                   tr("Updating extension '%1'").arg(target.name), false);
        });
    });
}

void remove(CliContext &ctx, const ExtensionTarget &given)
{
    withExisting(ctx, given, [&ctx](const ExtensionTarget &target, const azure::ExtensionResource &) {
        const bool wait = !ctx.options().isSet(QStringLiteral("no-wait"));
        follow(ctx, extensionService(ctx, ctx.session()).remove(target.clusterId, target.name, wait),
               tr("Removing extension '%1'").arg(target.name), true);
    });
}

} // namespace

void runExtension(CliContext &ctx)
{
    const QString sub = ctx.options().arguments().value(0);
    const std::optional<ExtensionTarget> target = (sub == QLatin1String("show") || sub == QLatin1String("install")
                                                   || sub == QLatin1String("update") || sub == QLatin1String("remove"))
                                                      ? targetOf(ctx)
                                                      : std::nullopt;
    if (ctx.isFinished())
        return;
    if (!target)
        return ctx.failUsage(tr("extension takes show, install, update or remove."));
    if (sub == QLatin1String("show"))
        return show(ctx, *target);
    if (sub == QLatin1String("install"))
        return install(ctx, *target);
    if (sub == QLatin1String("update"))
        return update(ctx, *target);
    remove(ctx, *target);
}

} // namespace cw::cli
