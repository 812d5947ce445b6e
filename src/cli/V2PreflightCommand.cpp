// `preflight --kubernetes`: gathers the Azure ML v2 facts of a cluster the way the app does
// (session::V2ClusterFactsJob: the workspace and its computes, the ManagedCluster, the region's VM
// sizes, the extensions on the cluster, the legacy v1 components through the cluster's Kubernetes
// API) and prints the findings of the shared rules; exit 4 when one is an error, as the v1 preflight.
#include "cli/V2PreflightCommand.h"

#include <QDateTime>

#include "cli/CliContext.h"
#include "cli/CliText.h"
#include "cli/SpecOptions.h"
#include "cli/V2ClusterCheck.h"
#include "rules/AksResourceId.h"
#include "rules/ExtensionRules.h"
#include "rules/V2ClusterRules.h"
#include "session/Session.h"
#include "session/V2ClusterFactsJob.h"
#include "tls/CertificateReport.h"
#include "tls/CertificateRulesFacts.h"

namespace cw::cli {

namespace {

struct V2Gathering {
    rules::AksResourceId clusterId;
    rules::ClusterPurpose purpose = rules::ClusterPurpose::FastProd;
    ExtensionConfigurationFromOptions extension;
};

void evaluate(CliContext &ctx, const V2Gathering &g, const rules::V2ClusterFacts &facts)
{
    rules::Findings findings = rules::checkClusterForV2(facts, g.purpose);
    if (g.extension.given) {
        const rules::ExtensionConfiguration &config = g.extension.config;
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
    printV2Findings(ctx, findings);
    ctx.finish(rules::hasErrors(findings) ? kExitPreflightRefused : kExitOk);
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
    V2Gathering g;
    g.clusterId = *parsed.id;
    QString purposeError;
    const std::optional<rules::ClusterPurpose> purpose = v2PurposeFromOptions(ctx.options(), &purposeError);
    if (!purpose)
        return ctx.failUsage(purposeError);
    g.purpose = *purpose;
    g.extension = extensionConfigurationFromOptions(ctx.options());
    if (!g.extension.error.isEmpty())
        return ctx.failUsage(g.extension.error);
    ctx.withSession([&ctx, g](session::Session *) {
        const auto ws = ctx.workspace();
        if (!ws)
            return;
        gatherV2ClusterFacts(ctx, *ws, g.clusterId,
                             [&ctx, g](const session::V2ClusterFactsResult &result) { evaluate(ctx, g, *result.facts); });
    });
}

} // namespace cw::cli
