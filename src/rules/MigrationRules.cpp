#include "rules/MigrationRules.h"

#include "rules/ExtensionRules.h"
#include "rules/V2ClusterRules.h"

#include <QCoreApplication>

namespace cw::rules {
namespace {

struct MigrationRulesText {
    Q_DECLARE_TR_FUNCTIONS(cw::rules::MigrationRules)
};

namespace ext = extension;

QString migrationKey(const char *k) { return QString::fromLatin1(k); }

} // namespace

ExtensionConfiguration migrationExtensionConfiguration(const ComputeSpec &v1)
{
    ExtensionConfiguration c;
    c.settings.insert(migrationKey(ext::kEnableTraining), QStringLiteral("False"));
    c.settings.insert(migrationKey(ext::kEnableInference), QStringLiteral("True"));
    c.settings.insert(migrationKey(ext::kRouterServiceType), QStringLiteral("loadBalancer"));
    if (v1.loadBalancer == LoadBalancerType::InternalLoadBalancer)
        c.settings.insert(migrationKey(ext::kInternalLoadBalancerProvider), QStringLiteral("azure"));
    if (v1.tls.mode == TlsMode::Custom)
        c.settings.insert(migrationKey(ext::kSslCname), v1.tls.cname);
    else
        c.settings.insert(migrationKey(ext::kAllowInsecureConnections), QStringLiteral("True"));
    c.settings.insert(migrationKey(ext::kRouterHa), v1.purpose == ClusterPurpose::DevTest ? QStringLiteral("False")
                                                                                : QStringLiteral("True"));
    return c;
}

Findings checkMigration(const ComputeSpec &v1, const QString &computeName, const QString &computeType,
                        const QString &provisioningState, V2ClusterFacts cluster, const QString &loadBalancerSku,
                        const ExtensionConfiguration &config)
{
    Findings out;
    if (computeType.compare(QLatin1String("AKS"), Qt::CaseInsensitive) != 0)
        out.append(error(QStringLiteral("migrate.notAks"), QStringLiteral("compute.type"),
                         MigrationRulesText::tr("'%1' is a compute of type %2; only a v1 AKS compute can be moved to v2.")
                             .arg(computeName, computeType.isEmpty() ? QStringLiteral("?") : computeType)));
    if (provisioningState.compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) != 0)
        out.append(error(QStringLiteral("migrate.notSucceeded"), QStringLiteral("compute.provisioningState"),
                         MigrationRulesText::tr("'%1' is in state %2; move it once it is Succeeded (fix or re-attach it first).")
                             .arg(computeName, provisioningState.isEmpty() ? QStringLiteral("?") : provisioningState)));
    if (v1.tls.mode == TlsMode::LeafLabel)
        out.append(error(QStringLiteral("migrate.leafLabel"), QStringLiteral("compute.tls"),
                         MigrationRulesText::tr("'%1' serves a Microsoft certificate for the leaf domain %2, which the Azure ML "
                                  "extension cannot use (the domain is Microsoft's). Switch the v1 compute to your "
                                  "own certificate (update --cert-file/--key-file/--cname) or to HTTP first.")
                             .arg(computeName, v1.tls.leafLabel)));
    if (v1.tls.mode == TlsMode::Custom && v1.tls.cname.isEmpty())
        out.append(error(QStringLiteral("migrate.noCname"), QStringLiteral("compute.tls"),
                         MigrationRulesText::tr("'%1' serves its own certificate but names no CNAME; the extension needs sslCname. "
                                  "Set the CNAME on the v1 compute first (update --cname).")
                             .arg(computeName)));
    const bool loadBalancerRouter = config.setting(ext::kRouterServiceType) == QLatin1String("loadBalancer");
    if (loadBalancerRouter && !loadBalancerSku.isEmpty()
        && loadBalancerSku.compare(QLatin1String("standard"), Qt::CaseInsensitive) != 0)
        out.append(error(QStringLiteral("migrate.basicLoadBalancer"), QStringLiteral("cluster.loadBalancerSku"),
                         MigrationRulesText::tr("The cluster %1 has a %2 load balancer; the Azure ML extension's router needs a "
                                  "Standard one (the Basic load balancer was retired), otherwise it fails to install "
                                  "with E40001. Upgrade the cluster (az aks update --load-balancer-sku standard), "
                                  "then move it.")
                             .arg(cluster.clusterName, loadBalancerSku)));

    // The move detaches the v1 compute and deletes the legacy components itself.
    cluster.legacyComponents = QList<LegacyComponentFact>();
    cluster.attachments.removeIf([&computeName](const AttachmentFact &a) {
        return a.computeName.compare(computeName, Qt::CaseInsensitive) == 0
            && a.computeType.compare(QLatin1String("Kubernetes"), Qt::CaseInsensitive) != 0;
    });
    out += checkClusterForV2(cluster, v1.purpose);
    // The v1 certificate and key are recovered (and checked) by the move's second step.
    const bool pairComesLater = v1.tls.mode == TlsMode::Custom;
    for (const Finding &f : checkExtensionConfiguration(config, cluster))
        if (!pairComesLater
            || (f.code != QLatin1String("v2.certificate.notAnalysed") && f.code != QLatin1String("v2.tls.noCertificate")))
            out.append(f);
    return out;
}

} // namespace cw::rules
