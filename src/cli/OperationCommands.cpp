// Commands that change a workspace: create, attach, detach, update, reattach. Each checks first
// with the shared rules (the preflight for create/attach; exit 4 when a check fails) and then
// hands the work to the journaled OperationRunner, the same one the GUI uses.
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

#include "azure/AccountServices.h"
#include "azure/ComputeService.h"
#include "azure/VmSizeCache.h"
#include "cli/CliContext.h"
#include "cli/CliText.h"
#include "cli/Commands.h"
#include "cli/FactsMapping.h"
#include "cli/KubernetesOptions.h"
#include "cli/OperationWaiter.h"
#include "cli/SpecOptions.h"
#include "cli/V2AttachCheck.h"
#include "cli/V2ClusterCheck.h"
#include "export/SpecFromCompute.h"
#include "export/UpdatePatch.h"
#include "ops/OperationRunner.h"
#include "rules/AksResourceId.h"
#include "rules/SizeRules.h"
#include "rules/TlsRules.h"
#include "session/Session.h"
#include "session/V2ClusterFactsJob.h"
#include "tls/CertificateReport.h"
#include "rules/Preflight.h"
#include "tls/AzureMlFeSecret.h"

namespace cw::cli {

namespace {

OperationWaiter *makeWaiter(CliContext &ctx)
{
    return new OperationWaiter(ctx, ctx.runner(), ctx.options().isSet(QStringLiteral("no-wait")));
}

void createOrAttach(CliContext &ctx, rules::ComputeMode mode)
{
    const QString name = ctx.options().arguments().value(0);
    if (name.isEmpty())
        return ctx.failUsage(tr("Which compute? Give its name."));
    ctx.withSession([&ctx, mode, name](session::Session *) {
        const auto ws = ctx.workspace();
        if (!ws)
            return;
        SpecFromOptions parsed = specFromOptions(ctx.options(), mode, name, *ws);
        if (!parsed.spec)
            return ctx.failUsage(parsed.error);
        gatherPreflight(ctx, *parsed.spec, [&ctx](const rules::ComputeSpec &spec, const rules::PreflightReport &report) {
            if (!report.canProceed()) {
                printPreflight(ctx, report);
                return ctx.fail(kExitPreflightRefused, tr("The preflight refused; nothing was sent."));
            }
            for (const rules::PreflightCheck &c : report.checks)
                if (c.status == rules::CheckStatus::Warn)
                    ctx.message(tr("warning: %1: %2").arg(c.title, c.reason));
            OperationWaiter *waiter = makeWaiter(ctx);
            waiter->follow(ctx.runner()->startCreateOrAttach(spec));
        });
    });
}

// Reads the compute first: a missing compute is exit 5 before anything is started.
void withCompute(CliContext &ctx, const QString &name,
                 std::function<void(const WorkspaceRef &, const azure::ComputeResource &)> then)
{
    ctx.withSession([&ctx, name, then = std::move(then)](session::Session *s) {
        const auto ws = ctx.workspace();
        if (!ws)
            return;
        azure::ComputeGetJob *job = s->computes(*ws).get(name);
        QObject::connect(job, &azure::ServiceJob::finished, &ctx, [&ctx, job, ws, name, then] {
            if (!job->result().ok())
                return ctx.failWith(*job->result().error, tr("Cannot read compute '%1'").arg(name));
            then(*ws, *job->result().value);
        });
    });
}

void printFindings(CliContext &ctx, const rules::Findings &findings)
{
    for (const rules::Finding &f : findings)
        ctx.message((f.severity == rules::Severity::Error ? tr("refused: %1") : tr("note: %1")).arg(f.message));
}

// update and reattach change a v1 AKS compute's own settings (load balancer, TLS, nodes); a
// Kubernetes compute has none: those live in the cluster and its Azure ML extension.
QString kubernetesNotV1(const QString &name, const QString &command)
{
    return tr("'%1' is a Kubernetes (v2) compute: %2 applies to AKS (v1) computes only. Its load balancer, TLS and "
              "nodes are the Azure ML extension's and the cluster's settings.").arg(name, command);
}

// attach --kubernetes: the v2 compute. Checked first as the wizard's v2 compute step checks it
// (V2AttachCheck: the cluster's limits, a Succeeded Azure ML extension, the name, namespace and
// instance types) on the facts `preflight --kubernetes` gathers; an error refuses with exit 4 and
// nothing sent, warnings are notes. The body's location is the workspace's region.
void attachKubernetes(CliContext &ctx)
{
    KubernetesSpecFromOptions parsed = kubernetesSpecFromOptions(ctx.options());
    if (!parsed.spec)
        return ctx.failUsage(parsed.error);
    QString purposeError;
    const std::optional<rules::ClusterPurpose> purpose = v2PurposeFromOptions(ctx.options(), &purposeError);
    if (!purpose)
        return ctx.failUsage(purposeError);
    ctx.withSession([&ctx, spec = *parsed.spec, purpose = *purpose](session::Session *) {
        const auto ws = ctx.workspace();
        if (!ws)
            return;
        const rules::AksResourceId cluster = *rules::parseAksResourceId(spec.clusterId).id;
        gatherV2ClusterFacts(ctx, *ws, cluster, [&ctx, ws, spec, purpose](const session::V2ClusterFactsResult &result) mutable {
            QStringList names;
            for (const azure::ComputeResource &c : result.computes)
                names.append(c.name);
            const rules::Findings findings = checkKubernetesAttach(spec, *result.facts, names, purpose, result.extensionsRead);
            if (rules::hasErrors(findings)) {
                printV2Findings(ctx, findings);
                return ctx.fail(kExitPreflightRefused, tr("The preflight refused; nothing was sent."));
            }
            for (const rules::Finding &f : findings)
                ctx.message(tr("note: %1").arg(f.message));
            spec.location = result.workspace->location;
            OperationWaiter *waiter = makeWaiter(ctx);
            waiter->follow(ctx.runner()->startAttachKubernetes(*ws, spec));
        });
    });
}

} // namespace

void runCreate(CliContext &ctx)
{
    createOrAttach(ctx, rules::ComputeMode::Create);
}

void runAttach(CliContext &ctx)
{
    if (ctx.options().isSet(QStringLiteral("kubernetes")))
        return attachKubernetes(ctx);
    createOrAttach(ctx, rules::ComputeMode::Attach);
}

void runDetach(CliContext &ctx)
{
    const QString name = ctx.options().arguments().value(0);
    if (name.isEmpty())
        return ctx.failUsage(tr("detach needs the compute's name."));
    withCompute(ctx, name, [&ctx, name](const WorkspaceRef &ws, const azure::ComputeResource &compute) {
        const bool deleteCluster = ctx.options().isSet(QStringLiteral("delete-cluster"));
        if (compute.isKubernetes() && deleteCluster)
            return ctx.failUsage(tr("'%1' is a Kubernetes compute, always attached: --delete-cluster does not apply "
                                    "(detach keeps the cluster; delete it in AKS).").arg(name));
        if (compute.isKubernetes())
            ctx.message(tr("Detaching '%1': the AKS cluster and its Azure ML extension stay.").arg(name));
        else if (!deleteCluster)
            ctx.message(tr("Detaching '%1': the AKS cluster and its azureml-fe objects stay.").arg(name));
        OperationWaiter *waiter = makeWaiter(ctx);
        waiter->follow(ctx.runner()->startDetach(ws, name, deleteCluster));
    });
}

void runUpdate(CliContext &ctx)
{
    const QString name = ctx.options().arguments().value(0);
    if (name.isEmpty())
        return ctx.failUsage(tr("update needs the compute's name."));
    const CliOptions &o = ctx.options();
    auto has = [&o](const char *n) { return o.isSet(QLatin1String(n)); };
    if (!has("ilb") && !has("public-lb") && !has("leaf-label") && !has("cert-file") && !has("tls-disable") && !has("nodes"))
        return ctx.failUsage(tr("update needs a change: --ilb --lb-subnet S, --public-lb, --leaf-label L, "
                                "--cert-file/--key-file/--cname, --tls-disable or --nodes N."));
    // `sizes`: the region's VM sizes when --nodes needs them (the vCPU rule), else empty.
    auto apply = [&ctx, name, has](const WorkspaceRef &ws, const azure::ComputeResource &compute,
                                   const azure::VmSizeCache::Answer &sizes) {
        const CliOptions &opts = ctx.options();
        WorkspaceRef located = ws;
        located.location = compute.location.value_or(QString());
        exporting::SpecFromComputeResult current = exporting::attachSpecFromCompute(compute.raw, located);
        if (!current.spec)
            return ctx.fail(kExitOperationFailed, current.error);
        rules::ComputeSpec spec = *current.spec; // the configuration after the change, for the rules
        // The change as one merge patch, from the same builders as the GUI's update dialogs; the
        // parts touch different fields, so their inner documents simply add up.
        nlohmann::json patch = {{"properties", {{"properties", nlohmann::json::object()}}}};
        auto add = [&patch](const nlohmann::json &part) { patch["properties"]["properties"].update(part["properties"]["properties"]); };
        QStringList what;
        rules::Findings findings;
        if (has("ilb")) {
            spec.loadBalancer = rules::LoadBalancerType::InternalLoadBalancer;
            spec.loadBalancerSubnet = opts.value(QStringLiteral("lb-subnet"));
            add(exporting::loadBalancerPatch(spec.loadBalancer, spec.loadBalancerSubnet));
            what.append(tr("internal load balancer"));
        } else if (has("public-lb")) {
            spec.loadBalancer = rules::LoadBalancerType::PublicIp;
            spec.loadBalancerSubnet.clear();
            add(exporting::loadBalancerPatch(spec.loadBalancer, {}));
            what.append(tr("public load balancer"));
        }
        if (has("tls-disable")) {
            spec.tls = {};
            add(exporting::tlsUpdatePatch(spec.tls));
            what.append(tr("TLS off"));
        } else if (has("leaf-label") || has("cert-file")) {
            rules::TlsSpec tls;
            if (has("leaf-label")) {
                tls.mode = rules::TlsMode::LeafLabel;
                tls.leafLabel = opts.value(QStringLiteral("leaf-label"));
                tls.overwriteExistingDomain = has("overwrite-domain");
                findings += rules::validateLeafLabel(tls.leafLabel);
            } else {
                QString error;
                tls.mode = rules::TlsMode::Custom;
                tls.certPem = readPemFile(opts.value(QStringLiteral("cert-file")), &error);
                if (error.isEmpty())
                    tls.keyPem = readKeyFile(opts.value(QStringLiteral("key-file")), &error);
                if (!error.isEmpty())
                    return ctx.failUsage(error);
                tls.cname = opts.value(QStringLiteral("cname"));
                findings += rules::validateCname(tls.cname);
                // The same certificate checks as a create's preflight: key match, validity, CNAME
                // covered by the certificate.
                rules::PreflightInput check;
                check.now = QDateTime::currentDateTimeUtc();
                check.spec.tls = tls;
                check.certificate = tls::toCertificateFacts(
                    tls::inspectPair(tls.certPem.toUtf8(), tls.keyPem.toUtf8(), {}, tls.cname, check.now));
                for (const rules::PreflightCheck &c : rules::preflightCertificateChecks(check)) {
                    if (c.status != rules::CheckStatus::Pass)
                        findings.append(c.status == rules::CheckStatus::Fail
                                            ? rules::error(c.id, QStringLiteral("tls"), c.title + QStringLiteral(": ") + c.reason)
                                            : rules::warning(c.id, QStringLiteral("tls"), c.title + QStringLiteral(": ") + c.reason));
                }
            }
            spec.tls = tls;
            add(exporting::tlsUpdatePatch(tls));
            what.append(tr("TLS"));
        }
        if (has("nodes")) {
            bool ok = false;
            const int nodes = opts.value(QStringLiteral("nodes")).toInt(&ok);
            if (!ok)
                return ctx.failUsage(tr("--nodes must be a number."));
            const QString vmSize = compute.aks ? compute.aks->agentVmSize.value_or(QString()) : QString();
            if (compute.isAttachedCompute.value_or(false))
                findings.append(rules::error(QStringLiteral("nodes.attached"), QStringLiteral("nodes"),
                                             tr("The node pools of an attached cluster are scaled in AKS, not through the workspace.")));
            else if (!vmSize.isEmpty())
                findings += rules::validatePurposeAndSize(spec.purpose, vmSize, nodes, sizes.catalogue, sizes.error);
            add(exporting::nodeCountPatch(nodes));
            what.append(tr("%1 nodes").arg(nodes));
        }
        findings += rules::validateTlsAndLoadBalancer(spec);
        printFindings(ctx, findings);
        if (rules::hasErrors(findings))
            return ctx.fail(kExitPreflightRefused, tr("The update breaks a rule; nothing was sent."));
        const QString summary = tr("Update '%1': %2").arg(name, what.join(QStringLiteral(", ")));
        OperationWaiter *waiter = makeWaiter(ctx);
        waiter->follow(ctx.runner()->startUpdate(ws, name, patch, summary));
    };
    withCompute(ctx, name, [&ctx, apply, has, name](const WorkspaceRef &ws, const azure::ComputeResource &compute) {
        if (compute.isKubernetes())
            return ctx.failUsage(kubernetesNotV1(name, QStringLiteral("update")));
        const bool scalesOwnNodes = has("nodes") && !compute.isAttachedCompute.value_or(false) && compute.aks
                                    && !compute.aks->agentVmSize.value_or(QString()).isEmpty();
        if (!scalesOwnNodes)
            return apply(ws, compute, {});
        // The vCPUs of the size: the compute region's VM sizes, from the session's cache.
        const QString region = compute.computeLocation.value_or(compute.location.value_or(QString()));
        ctx.session()->vmSizes()->sizes(ws.subscriptionId, region, &ctx,
                                        [apply, ws, compute](const azure::VmSizeCache::Answer &sizes) {
                                            apply(ws, compute, sizes);
                                        });
    });
}

void runReattach(CliContext &ctx)
{
    const QString name = ctx.options().arguments().value(0);
    if (name.isEmpty())
        return ctx.failUsage(tr("reattach needs the compute's name."));
    // The TLS material comes from the cluster's azuremlfessl secret, or from the person's files
    // (a cluster whose secret is gone, or a certificate renewed on the way).
    std::optional<tls::TlsMaterial> material;
    const CliOptions &opts = ctx.options();
    if (opts.isSet(QStringLiteral("cert-file")) != opts.isSet(QStringLiteral("key-file")))
        return ctx.failUsage(tr("reattach takes --cert-file and --key-file together."));
    if (opts.isSet(QStringLiteral("cert-file"))) {
        QString error;
        const QString cert = readPemFile(opts.value(QStringLiteral("cert-file")), &error);
        const QString key = error.isEmpty() ? readKeyFile(opts.value(QStringLiteral("key-file")), &error) : QString();
        if (!error.isEmpty())
            return ctx.failUsage(error);
        material = tls::TlsMaterial{tls::TlsError::None, {}, cert.toUtf8(), key.toUtf8()};
    }
    // Without a keychain, the person's explicit choice of a durable place for the key material.
    QString backupFile;
    if (opts.isSet(QStringLiteral("tls-backup-file"))) {
        backupFile = QFileInfo(opts.value(QStringLiteral("tls-backup-file"))).absoluteFilePath();
        if (QFileInfo(backupFile).exists() || QFileInfo(backupFile).isSymLink())
            return ctx.failUsage(tr("--tls-backup-file must name a new file; %1 exists.").arg(backupFile));
    }
    withCompute(ctx, name, [&ctx, name, material, backupFile](const WorkspaceRef &ws, const azure::ComputeResource &compute) {
        if (compute.isKubernetes())
            return ctx.failUsage(kubernetesNotV1(name, QStringLiteral("reattach")));
        // Files given by the person get the certificate report's checks (key match, validity,
        // key strength, chain order, no key in the certificate file) against the compute's own
        // CNAME: nothing the report refuses is detached for.
        if (material) {
            const std::optional<azure::SslConfiguration> ssl = compute.aks ? compute.aks->sslConfiguration : std::nullopt;
            const QString cname = ssl ? ssl->cname.value_or(QString()) : QString();
            const tls::CertificatePairReport report =
                tls::inspectPair(material->certPem, material->keyPem, {}, cname, QDateTime::currentDateTimeUtc());
            bool refused = false;
            for (const tls::CertificateCheck &c : report.checks) {
                if (c.severity != tls::CheckSeverity::Fail || (c.id == QLatin1String("hostname") && cname.isEmpty()))
                    continue;
                ctx.message(tr("error: %1").arg(c.message));
                refused = true;
            }
            if (refused)
                return ctx.fail(kExitPreflightRefused, tr("The certificate files cannot be used; nothing was changed."));
        }
        const QString id = ctx.runner()->startReattach(ws, name, material, backupFile);
        OperationWaiter *waiter = makeWaiter(ctx);
        waiter->follow(id);
    });
}

} // namespace cw::cli
