#include "rules/V2ClusterRules.h"

#include "rules/ExtensionConfiguration.h"

#include <QCoreApplication>

namespace cw::rules {
namespace {

struct V2ClusterRulesText {
    Q_DECLARE_TR_FUNCTIONS(cw::rules::V2ClusterRules)
};

void checkAccess(const V2ClusterFacts &c, Findings &out)
{
    const QString identityField = QStringLiteral("cluster.identity");
    switch (c.identity) {
    case ClusterIdentityKind::ServicePrincipal:
        out.append(error(QStringLiteral("v2.servicePrincipal"), identityField,
                         V2ClusterRulesText::tr("The cluster authenticates with a service principal; the Azure ML "
                                  "extension needs a managed identity. Switch the cluster to a "
                                  "managed identity (az aks update --enable-managed-identity), then "
                                  "check again.")));
        break;
    case ClusterIdentityKind::Unknown:
        out.append(warning(QStringLiteral("v2.identityUnknown"), identityField,
                           V2ClusterRulesText::tr("The cluster reports neither a managed identity nor a service "
                                    "principal. Make sure it uses a managed identity: the Azure ML "
                                    "extension does not support service principals.")));
        break;
    case ClusterIdentityKind::SystemAssigned:
    case ClusterIdentityKind::UserAssigned:
        break;
    }
    if (c.disableLocalAccounts) {
        out.append(error(QStringLiteral("v2.localAccountsDisabled"), QStringLiteral("cluster.disableLocalAccounts"),
                         V2ClusterRulesText::tr("Local accounts are disabled on the cluster; the Azure ML extension "
                                  "needs them. Enable them (az aks update --enable-local-accounts), "
                                  "then check again.")));
    }
    if (!c.authorizedIpRanges.isEmpty()) {
        out.append(warning(QStringLiteral("v2.authorizedIpRanges"), QStringLiteral("cluster.authorizedIpRanges"),
                           V2ClusterRulesText::tr("The API server only accepts %1. Azure ML's control-plane ranges "
                                    "(the AzureMachineLearning service tag of the workspace's region) "
                                    "must be among them; this application cannot know those ranges, "
                                    "so check them yourself before installing.")
                               .arg(c.authorizedIpRanges.join(QStringLiteral(", ")))));
    }
    if (!c.subscription.isEmpty() && !c.workspaceSubscription.isEmpty()
        && c.subscription.compare(c.workspaceSubscription, Qt::CaseInsensitive) != 0) {
        out.append(error(QStringLiteral("v2.subscription"), QStringLiteral("cluster.subscription"),
                         V2ClusterRulesText::tr("The cluster is in subscription %1 but the workspace is in %2. An AKS "
                                  "cluster must be in the workspace's subscription; for another "
                                  "subscription, connect it with Azure Arc and attach the Arc "
                                  "cluster, or use a workspace of subscription %1.")
                             .arg(c.subscription, c.workspaceSubscription)));
    }
}

void checkCapacity(const V2ClusterFacts &c, ClusterPurpose purpose, Findings &out)
{
    const QString field = QStringLiteral("cluster.capacity");
    int vcpus = 0;
    double memory = 0;
    QStringList unknown;
    for (const V2NodePool &pool : c.nodePools) {
        if (!pool.isLinux())
            continue; // Azure ML runs its pods on Linux nodes only
        if (!pool.vCpus || !pool.memoryGb) {
            unknown.append(pool.vmSize);
            continue;
        }
        vcpus += std::max(0, pool.count) * *pool.vCpus;
        memory += std::max(0, pool.count) * *pool.memoryGb;
    }
    if (!unknown.isEmpty()) {
        unknown.removeDuplicates();
        out.append(info(QStringLiteral("v2.capacity.notChecked"), field,
                        c.vmSizesError.isEmpty()
                            ? V2ClusterRulesText::tr("The vCPUs and memory of %1 are not known, so the cluster's "
                                       "capacity (at least %2 vCPUs and %3 GB for production) was not "
                                       "checked.")
                                  .arg(unknown.join(QStringLiteral(", ")))
                                  .arg(kV2ProductionMinVcpus)
                                  .arg(kV2ProductionMinMemoryGb)
                            : V2ClusterRulesText::tr("The region's VM sizes could not be read (%1), so the capacity "
                                       "of %2 (at least %3 vCPUs and %4 GB for production) was not "
                                       "checked.")
                                  .arg(c.vmSizesError, unknown.join(QStringLiteral(", ")))
                                  .arg(kV2ProductionMinVcpus)
                                  .arg(kV2ProductionMinMemoryGb)));
        return;
    }
    if (vcpus >= kV2ProductionMinVcpus && memory >= kV2ProductionMinMemoryGb)
        return;
    const QString found = V2ClusterRulesText::tr("The cluster's Linux nodes have %1 vCPUs and %2 GB of memory in "
                                   "total; production needs at least %3 vCPUs and %4 GB.")
                              .arg(vcpus)
                              .arg(memory, 0, 'g', 4)
                              .arg(kV2ProductionMinVcpus)
                              .arg(kV2ProductionMinMemoryGb);
    if (purpose == ClusterPurpose::FastProd) {
        out.append(error(QStringLiteral("v2.capacity.production"), field,
                         found + QLatin1Char(' ')
                             + V2ClusterRulesText::tr("Scale the node pool or choose a larger VM size in AKS, or "
                                        "choose the dev-test purpose.")));
    } else {
        out.append(warning(QStringLiteral("v2.capacity.small"), field,
                           found + QLatin1Char(' ')
                               + V2ClusterRulesText::tr("Enough for dev/test; scale the cluster before using it "
                                          "for production.")));
    }
}

void checkLegacy(const V2ClusterFacts &c, Findings &out)
{
    const QString field = QStringLiteral("cluster.legacyComponents");
    if (!c.legacyComponents) {
        out.append(warning(QStringLiteral("v2.legacy.notChecked"), field,
                           V2ClusterRulesText::tr("The cluster's Kubernetes API was not read, so the v1 components "
                                    "(azureml-fe and friends) that fail the install with E45004/E45005 "
                                    "were not looked for. Get the cluster's credentials and check "
                                    "again.")));
        return;
    }
    if (c.legacyComponents->isEmpty())
        return;
    QStringList found;
    bool hasTlsSecret = false;
    for (const LegacyComponentFact &f : *c.legacyComponents) {
        found.append(f.display());
        hasTlsSecret = hasTlsSecret || (f.kind == QLatin1String("Secret") && f.name == QLatin1String("azuremlfessl"));
    }
    QString message = V2ClusterRulesText::tr("Components of a v1 attach are still in the cluster (%1 of 8): %2. The "
                               "extension fails to install with E45004/E45005 while they exist. "
                               "Delete them (Move to v2 deletes exactly these).")
                          .arg(found.size())
                          .arg(found.join(QStringLiteral(", ")));
    if (hasTlsSecret) {
        message += QLatin1Char(' ')
            + V2ClusterRulesText::tr("The secret azuremlfessl holds the v1 TLS certificate and key: recover them "
                       "first, deleting the secret deletes them.");
    }
    out.append(error(QStringLiteral("v2.legacyComponents"), field, message));
}

void checkAttachments(const V2ClusterFacts &c, Findings &out)
{
    for (const AttachmentFact &a : c.attachments) {
        const QString where = a.computeId.isEmpty() ? a.computeName : a.computeId;
        if (a.computeType.compare(QLatin1String("Kubernetes"), Qt::CaseInsensitive) == 0) {
            out.append(error(QStringLiteral("v2.attached.kubernetes"), QStringLiteral("cluster.attachments"),
                             V2ClusterRulesText::tr("The cluster is already attached as the Kubernetes compute %1. "
                                      "Use that compute, or detach it first.")
                                 .arg(where)));
        } else {
            out.append(error(QStringLiteral("v2.attached.v1"), QStringLiteral("cluster.attachments"),
                             V2ClusterRulesText::tr("The cluster is attached as the v1 compute %1 (type %2); a "
                                      "cluster can be attached as AKS or as Kubernetes, not both. "
                                      "Detach it first (Move to v2 does this, keeping the cluster).")
                                 .arg(where, a.computeType)));
        }
    }
}

QString statusesText(const ExtensionFact &e)
{
    QStringList lines;
    for (const ExtensionStatusFact &s : e.statuses) {
        QString line = s.code;
        if (!s.displayStatus.isEmpty())
            line += QStringLiteral(" (") + s.displayStatus + QLatin1Char(')');
        if (!s.message.isEmpty())
            line += QStringLiteral(": ") + s.message;
        lines.append(line);
    }
    return lines.join(QStringLiteral("; "));
}

void checkExtensions(const V2ClusterFacts &c, Findings &out)
{
    const QString field = QStringLiteral("cluster.extension");
    for (const ExtensionFact &e : c.extensions) {
        const bool azureMl = e.extensionType.compare(QLatin1String(extension::kExtensionType), Qt::CaseInsensitive) == 0;
        if (!azureMl) {
            if (e.name.compare(c.extensionName, Qt::CaseInsensitive) == 0) {
                out.append(error(QStringLiteral("v2.extension.conflict"), field,
                                 V2ClusterRulesText::tr("The cluster already has an extension named %1 of type %2. "
                                          "Install the Azure ML extension under another name, or "
                                          "remove that extension first.")
                                     .arg(e.name, e.extensionType)));
            }
            continue;
        }
        const QString state = e.provisioningState;
        if (state.compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) == 0) {
            out.append(info(QStringLiteral("v2.extension.reuse"), field,
                            V2ClusterRulesText::tr("The Azure ML extension %1 (version %2) is installed and will be "
                                     "reused; its settings are updated only if you change them.")
                                .arg(e.name, e.version.isEmpty() ? QStringLiteral("?") : e.version)));
        } else if (state.compare(QLatin1String("Failed"), Qt::CaseInsensitive) == 0) {
            const QString statuses = statusesText(e);
            out.append(error(QStringLiteral("v2.extension.failed"), field,
                             (statuses.isEmpty()
                                  ? V2ClusterRulesText::tr("The Azure ML extension %1 failed to install.").arg(e.name)
                                  : V2ClusterRulesText::tr("The Azure ML extension %1 failed to install: %2.")
                                        .arg(e.name, statuses))
                                 + QLatin1Char(' ')
                                 + V2ClusterRulesText::tr("Fix the cause, then remove the extension and install it "
                                            "again (or update its settings).")));
        } else {
            out.append(warning(QStringLiteral("v2.extension.busy"), field,
                               V2ClusterRulesText::tr("The Azure ML extension %1 is in state %2. Wait until it "
                                        "finishes, then check again.")
                                   .arg(e.name, state.isEmpty() ? QStringLiteral("?") : state)));
        }
    }
}

} // namespace

Findings checkClusterForV2(const V2ClusterFacts &cluster, ClusterPurpose purpose)
{
    Findings out;
    checkAccess(cluster, out);
    checkCapacity(cluster, purpose, out);
    checkLegacy(cluster, out);
    checkAttachments(cluster, out);
    checkExtensions(cluster, out);
    return out;
}

} // namespace cw::rules
