// `preflight --kubernetes`: gathers the Azure ML v2 facts of a cluster the way the app does (the
// workspace and its computes, the ManagedCluster, the region's VM sizes from the session's cache,
// the legacy v1 components through the cluster's Kubernetes API) and prints the findings of the
// shared rules; exit 4 when one is an error, as the v1 preflight.
#include "cli/V2PreflightCommand.h"

#include <QDateTime>

#include <memory>

#include "azure/AccountServices.h"
#include "azure/ComputeService.h"
#include "azure/ManagedClusterService.h"
#include "azure/RulesFacts.h"
#include "azure/VmSizeCache.h"
#include "cli/CliContext.h"
#include "cli/CliText.h"
#include "cli/SpecOptions.h"
#include "kube/KubeClient.h"
#include "rules/AksResourceId.h"
#include "rules/ExtensionRules.h"
#include "rules/V2ClusterRules.h"
#include "session/Session.h"
#include "tls/CertificateReport.h"
#include "tls/CertificateRulesFacts.h"

namespace cw::cli {

namespace {

struct V2Gathering {
    rules::AksResourceId clusterId;
    rules::ClusterPurpose purpose = rules::ClusterPurpose::FastProd;
    ExtensionConfigurationFromOptions extension;
    azure::Workspace workspace;
    QList<azure::ComputeResource> computes;
    std::optional<azure::ManagedCluster> cluster;
    std::optional<rules::VmSizeCatalogue> sizes;
    QString sizesError;
    std::optional<QList<rules::LegacyComponentFact>> legacy;
    std::unique_ptr<kube::KubeClient> kube; // alive while its job runs
    int pending = 3;                        // computes, VM sizes, legacy components
    bool failed = false;
};

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

void printFindings(CliContext &ctx, const rules::Findings &findings)
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

void evaluate(CliContext &ctx, const std::shared_ptr<V2Gathering> &g)
{
    rules::V2ClusterFacts facts = azure::toV2ClusterFacts(*g->cluster, g->sizes, g->workspace, g->computes, g->sizesError);
    facts.legacyComponents = g->legacy;
    rules::Findings findings = rules::checkClusterForV2(facts, g->purpose);
    if (g->extension.given) {
        const rules::ExtensionConfiguration &config = g->extension.config;
        std::optional<rules::CertificateFacts> certificate;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString cert = config.protectedSettings.value(QLatin1String(rules::extension::kSslCertPemFile));
        const QString key = config.protectedSettings.value(QLatin1String(rules::extension::kSslKeyPemFile));
        if (!cert.isEmpty() && !key.isEmpty()) {
            certificate = tls::toCertificateFacts(
                tls::inspectPair(cert.toUtf8(), key.toUtf8(), {}, config.setting(rules::extension::kSslCname).trimmed(), now));
        }
        findings += rules::checkExtensionConfiguration(config, facts, certificate, now);
    }
    printFindings(ctx, findings);
    // Said rather than passed silently: the extension state check needs the extension list,
    // which this command does not read yet (rules::checkClusterForV2 checks it when given).
    ctx.message(tr("note: the extensions already on the cluster were not read, so an existing Azure ML extension was not checked."));
    ctx.finish(rules::hasErrors(findings) ? kExitPreflightRefused : kExitOk);
}

void complete(CliContext &ctx, const std::shared_ptr<V2Gathering> &g)
{
    if (g->failed || --g->pending > 0 || ctx.isFinished())
        return;
    evaluate(ctx, g);
}

// The eight legacy objects through the cluster's Kubernetes API (the user credential, as
// `az aks get-credentials`); when that cannot be done the rules say the components were not
// looked for, with this warning saying why.
void findLegacy(CliContext &ctx, const std::shared_ptr<V2Gathering> &g)
{
    const rules::AksResourceId &id = g->clusterId;
    azure::ClusterCredentialsJob *creds =
        ctx.session()->managedClusters().userCredentials(id.subscription, id.resourceGroup, id.name);
    QObject::connect(creds, &azure::ServiceJob::finished, &ctx, [&ctx, g, creds] {
        const auto notRead = [&ctx, g](const QString &why) {
            ctx.message(tr("warning: the cluster's Kubernetes API could not be read: %1").arg(why));
            complete(ctx, g);
        };
        if (!creds->result().ok())
            return notRead(creds->result().error->humanMessage());
        if (creds->result().value->isEmpty())
            return notRead(tr("the service returned no kubeconfig."));
        const auto parsed = kube::Kubeconfig::parse(creds->result().value->first().kubeconfig);
        if (!parsed.ok())
            return notRead(parsed.error);
        QString error;
        const auto target = parsed.value->resolve({}, &error);
        if (!target)
            return notRead(error);
        g->kube = std::make_unique<kube::KubeClient>(*target);
        kube::LegacyComponentsJob *job = g->kube->findLegacyComponents();
        QObject::connect(job, &kube::LegacyComponentsJob::finished, &ctx,
                         [&ctx, g, notRead](const kube::LegacyComponentsReport &report) {
                             if (!report.ok()) {
                                 const QList<kube::LegacyComponentResult> failed = report.failed();
                                 return notRead(failed.isEmpty() ? tr("the lookup was cancelled.")
                                                                 : failed.first().error.sentence);
                             }
                             QList<rules::LegacyComponentFact> found;
                             for (const kube::LegacyComponentResult &c : report.present())
                                 found.append({c.kind, c.ns, c.name});
                             g->legacy = found;
                             complete(ctx, g);
                         });
    });
}

void gather(CliContext &ctx, const std::shared_ptr<V2Gathering> &g, const WorkspaceRef &ws)
{
    session::Session *s = ctx.session();
    azure::ComputeListJob *computes = s->computes(ws).list();
    QObject::connect(computes, &azure::ServiceJob::finished, &ctx, [&ctx, g, computes] {
        if (!computes->result().ok()) {
            g->failed = true;
            return ctx.failWith(*computes->result().error, tr("Cannot list the workspace's computes"));
        }
        g->computes = *computes->result().value;
        complete(ctx, g);
    });
    azure::ManagedClusterGetJob *cluster = s->managedClusters().get(g->clusterId.toString());
    QObject::connect(cluster, &azure::ServiceJob::finished, &ctx, [&ctx, g, cluster] {
        if (!cluster->result().ok()) {
            g->failed = true;
            return ctx.failWith(*cluster->result().error, tr("Cannot read the AKS cluster"));
        }
        g->cluster = *cluster->result().value;
        ctx.session()->vmSizes()->sizes(g->clusterId.subscription, g->cluster->location, &ctx,
                                        [&ctx, g](const azure::VmSizeCache::Answer &answer) {
                                            g->sizes = answer.catalogue;
                                            g->sizesError = answer.error;
                                            if (!answer.catalogue)
                                                ctx.message(tr("warning: the region's VM sizes could not be read: %1").arg(answer.error));
                                            complete(ctx, g);
                                        });
        findLegacy(ctx, g);
    });
}

} // namespace

ExtensionConfigurationFromOptions extensionConfigurationFromOptions(const CliOptions &options)
{
    ExtensionConfigurationFromOptions out;
    for (const QString &item : options.values(QStringLiteral("config"))) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            out.error = tr("--config takes KEY=VALUE (e.g. enableInference=True); \"%1\" has no key.").arg(item);
            return out;
        }
        out.config.settings.insert(item.left(eq), item.mid(eq + 1));
        out.given = true;
    }
    const auto readInto = [&](const char *option, const char *key, bool isKey) {
        const QString path = options.value(QLatin1String(option));
        if (path.isEmpty() || !out.error.isEmpty())
            return;
        QString error;
        const QString pem = isKey ? readKeyFile(path, &error) : readPemFile(path, &error);
        if (!error.isEmpty()) {
            out.error = error;
            return;
        }
        out.config.protectedSettings.insert(QLatin1String(key), pem);
        out.given = true;
    };
    readInto("cert-file", rules::extension::kSslCertPemFile, false);
    readInto("key-file", rules::extension::kSslKeyPemFile, true);
    return out;
}

void runV2Preflight(CliContext &ctx)
{
    const QString id = ctx.options().value(QStringLiteral("cluster"));
    if (id.isEmpty())
        return ctx.failUsage(tr("preflight --kubernetes needs --cluster ID, the AKS cluster's resource id."));
    const rules::AksResourceIdParse parsed = rules::parseAksResourceId(id);
    if (!parsed.ok())
        return ctx.failUsage(parsed.message);
    auto g = std::make_shared<V2Gathering>();
    g->clusterId = *parsed.id;
    if (ctx.options().isSet(QStringLiteral("purpose"))) {
        const QString p = ctx.options().value(QStringLiteral("purpose")).toLower();
        if (p == QLatin1String("dev-test") || p == QLatin1String("devtest"))
            g->purpose = rules::ClusterPurpose::DevTest;
        else if (p != QLatin1String("production") && p != QLatin1String("fastprod"))
            return ctx.failUsage(tr("--purpose must be production or dev-test."));
    }
    g->extension = extensionConfigurationFromOptions(ctx.options());
    if (!g->extension.error.isEmpty())
        return ctx.failUsage(g->extension.error);
    ctx.withSession([&ctx, g](session::Session *s) {
        const auto ws = ctx.workspace();
        if (!ws)
            return;
        azure::WorkspaceGetJob *job = s->workspaces().get(ws->subscriptionId, ws->resourceGroup, ws->workspace);
        QObject::connect(job, &azure::ServiceJob::finished, &ctx, [&ctx, g, job, ref = *ws] {
            if (!job->result().ok())
                return ctx.failWith(*job->result().error, tr("Cannot read the workspace"));
            g->workspace = *job->result().value;
            gather(ctx, g, ref);
        });
    });
}

} // namespace cw::cli
