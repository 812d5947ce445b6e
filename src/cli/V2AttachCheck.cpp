#include "cli/V2AttachCheck.h"

#include "cli/CliText.h"
#include "rules/ExtensionConfiguration.h"
#include "rules/ExtensionRules.h"
#include "rules/KubernetesComputeRules.h"
#include "rules/NameRules.h"
#include "rules/V2ClusterRules.h"

namespace cw::cli {

namespace {

// The CLI's instance types (resource maps) as the rules read the wizard's table.
rules::InstanceTypeInput toRulesInput(const azure::InstanceType &t)
{
    rules::InstanceTypeInput in;
    in.name = t.name;
    // A limit equal to its request (left out on the command line, which copies the requests) is
    // the rules' blank limit, so a bad quantity is said once.
    const auto limit = [&t](const QString &resource) {
        const QString value = t.limits.value(resource);
        return value == t.requests.value(resource) ? QString() : value;
    };
    in.cpuRequest = t.requests.value(QStringLiteral("cpu"));
    in.cpuLimit = limit(QStringLiteral("cpu"));
    in.memoryRequest = t.requests.value(QStringLiteral("memory"));
    in.memoryLimit = limit(QStringLiteral("memory"));
    // One GPU count for request and limit (an extended resource cannot be overcommitted).
    const QString gpu = QLatin1String(azure::kResourceGpu);
    in.gpu = t.requests.value(gpu, t.limits.value(gpu));
    QStringList selector;
    for (const auto &[label, value] : t.nodeSelector)
        selector.append(label + QLatin1Char('=') + value);
    in.nodeSelector = selector.join(QStringLiteral(", "));
    return in;
}

bool isAzureMl(const rules::ExtensionFact &e)
{
    return e.extensionType.compare(QLatin1String(rules::extension::kExtensionType), Qt::CaseInsensitive) == 0;
}

bool isSucceeded(const rules::ExtensionFact &e)
{
    return e.provisioningState.compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) == 0;
}

QString extensionCommand(const char *verb, const rules::V2ClusterFacts &cluster, const QString &name)
{
    QString command = QStringLiteral("clusterwright-cli extension %1 --cluster %2").arg(QLatin1String(verb), cluster.clusterId);
    if (name.compare(QLatin1String(rules::extension::kDefaultName), Qt::CaseInsensitive) != 0)
        command += QStringLiteral(" --name ") + name;
    return command;
}

// The attach needs a Succeeded Azure ML extension and installs none: without one, what to run.
// With one, it is named (the findings of checkClusterForV2 about installing one do not apply).
void checkExtensionForAttach(const rules::V2ClusterFacts &cluster, rules::ClusterPurpose purpose, bool extensionsRead,
                             rules::Findings &out)
{
    if (!extensionsRead) {
        // Unknown is said, not guessed: the service refuses the attach itself without a Succeeded one.
        out.append(rules::warning(QStringLiteral("v2.attach.extensionNotChecked"), QStringLiteral("cluster.extension"),
                                  tr("The cluster's extensions could not be read, so whether its Azure ML extension has "
                                     "Succeeded was not checked; the service refuses the attach if it has not.")));
        return;
    }
    const rules::ExtensionFact *notReady = nullptr;
    for (const rules::ExtensionFact &e : cluster.extensions) {
        if (!isAzureMl(e))
            continue;
        if (isSucceeded(e)) {
            // checkClusterForV2's extension findings are about an install, which the attach makes none of.
            out.removeIf([](const rules::Finding &f) { return f.code.startsWith(QLatin1String("v2.extension.")); });
            out.append(rules::info(QStringLiteral("v2.attach.extension"), QStringLiteral("cluster.extension"),
                                   tr("The cluster's Azure ML extension %1 (version %2) has Succeeded; the compute uses it as it is.")
                                       .arg(e.name, e.version.isEmpty() ? QStringLiteral("?") : e.version)));
            return;
        }
        notReady = notReady ? notReady : &e;
    }
    const QString field = QStringLiteral("cluster.extension");
    const QString install = extensionInstallCommand(cluster, purpose);
    if (!notReady) {
        out.append(rules::error(QStringLiteral("v2.attach.noExtension"), field,
                                tr("The cluster has no Azure ML extension; a Kubernetes compute needs one that has "
                                   "Succeeded, and attach does not install it. Install it first with your scoring "
                                   "domain and its certificate and key files (for HTTP only, --config "
                                   "allowInsecureConnections=True instead of the three TLS settings): `%1`; then "
                                   "attach again.")
                                    .arg(install)));
        return;
    }
    const QString state = notReady->provisioningState.isEmpty() ? QStringLiteral("?") : notReady->provisioningState;
    if (notReady->provisioningState.compare(QLatin1String("Failed"), Qt::CaseInsensitive) == 0) {
        out.append(rules::error(QStringLiteral("v2.attach.extensionNotSucceeded"), field,
                                tr("The Azure ML extension %1 is in state %2; a Kubernetes compute needs it Succeeded. "
                                   "Remove it (`%3`), install it again with settings that pass its checks (`%4`), "
                                   "then attach again.")
                                    .arg(notReady->name, state, extensionCommand("remove", cluster, notReady->name), install)));
    } else {
        out.append(rules::error(QStringLiteral("v2.attach.extensionNotSucceeded"), field,
                                tr("The Azure ML extension %1 is in state %2; a Kubernetes compute needs it Succeeded. "
                                   "Follow it with `%3` and attach once it has Succeeded.")
                                    .arg(notReady->name, state, extensionCommand("show", cluster, notReady->name))));
    }
}

} // namespace

QString extensionInstallCommand(const rules::V2ClusterFacts &cluster, rules::ClusterPurpose purpose)
{
    namespace ext = rules::extension;
    const auto config = [](const char *key, const QString &value) {
        return QStringLiteral(" --config %1=%2").arg(QLatin1String(key), value);
    };
    const bool basicLoadBalancer = !cluster.loadBalancerSku.isEmpty()
                                   && cluster.loadBalancerSku.compare(QLatin1String("standard"), Qt::CaseInsensitive) != 0;
    QString command = extensionCommand("install", cluster, cluster.extensionName);
    command += config(ext::kEnableInference, QStringLiteral("True"));
    command += config(ext::kRouterServiceType, cluster.isAks && !basicLoadBalancer ? QStringLiteral("loadBalancer")
                                                                                   : QStringLiteral("nodePort"));
    if (purpose == rules::ClusterPurpose::DevTest
        || (!cluster.nodePools.isEmpty() && cluster.linuxNodeCount() < rules::kRouterHaMinNodes))
        command += config(ext::kRouterHa, QStringLiteral("False"));
    command += config(ext::kSslCname, QStringLiteral("SCORING.DOMAIN"));
    command += QStringLiteral(" --config-protected %1=@cert.pem --config-protected %2=@key.pem")
                   .arg(QLatin1String(ext::kSslCertPemFile), QLatin1String(ext::kSslKeyPemFile));
    return command;
}

rules::Findings checkKubernetesAttach(const azure::KubernetesComputeSpec &spec, const rules::V2ClusterFacts &cluster,
                                      const QStringList &existingNames, rules::ClusterPurpose purpose, bool extensionsRead)
{
    rules::Findings out = rules::checkClusterForV2(cluster, purpose);
    checkExtensionForAttach(cluster, purpose, extensionsRead, out);
    out += rules::validateComputeName(spec.name, existingNames);
    out += rules::validateKubernetesNamespace(spec.kubernetesNamespace.trimmed());
    QList<rules::InstanceTypeInput> types;
    for (const azure::InstanceType &t : spec.instanceTypes)
        types.append(toRulesInput(t));
    out += rules::validateInstanceTypes(types, spec.defaultInstanceType);
    return out;
}

} // namespace cw::cli
