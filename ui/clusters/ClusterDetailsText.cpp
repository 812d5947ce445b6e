#include "clusters/ClusterDetailsText.h"
#include "clusters/ClustersTr.h"

#include <QCoreApplication>
#include <QLocale>

#include "azure/ManagedCluster.h"
#include "rules/ExtensionConfiguration.h"
#include "widgets/ServiceLabels.h"

namespace cw::ui {
namespace {

QString line(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.isEmpty() ? QStringLiteral("—") : value.toHtmlEscaped());
}

} // namespace

bool certificateExpiresSoon(const QDateTime &notAfter, const QDateTime &now)
{
    return notAfter.isValid() && now.daysTo(notAfter) < 30;
}

QString portalUrlFor(const QString &cloudName, const QString &resourceId)
{
    if (resourceId.isEmpty())
        return {};
    if (cloudName == QLatin1String("AzureCloud"))
        return QStringLiteral("https://portal.azure.com/#resource") + resourceId;
    if (cloudName == QLatin1String("AzureUSGovernment"))
        return QStringLiteral("https://portal.azure.us/#resource") + resourceId;
    if (cloudName == QLatin1String("AzureChinaCloud"))
        return QStringLiteral("https://portal.azure.cn/#resource") + resourceId;
    return {}; // the sandbox has no portal
}

QString clusterDetailsHtml(const ClusterRow &row, const azure::ManagedCluster *cluster,
                           const std::optional<ServedCertificate> &certificate, const QDateTime &now)
{
    LiveClusterFacts facts;
    if (cluster)
        facts.cluster = *cluster;
    facts.certificate = certificate;
    return clusterDetailsHtml(row, facts, now);
}

namespace {

QString note(const QString &text, bool warning = false)
{
    return warning ? QStringLiteral("<p style='color:#b00020'><b>%1</b></p>").arg(text.toHtmlEscaped())
                   : QStringLiteral("<p><i>%1</i></p>").arg(text.toHtmlEscaped());
}

QString clusterSection(const LiveClusterFacts &facts)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("AKS cluster").toHtmlEscaped());
    if (facts.clusterLoading)
        return html + note(tr("Loading the AKS cluster's facts…"));
    if (!facts.cluster)
        return html + note(tr("The AKS cluster cannot be read: %1").arg(facts.clusterError), true);
    const azure::ManagedCluster &cluster = *facts.cluster;
    QStringList pools;
    for (const auto &pool : cluster.agentPoolProfiles)
        pools.append(QStringLiteral("%1: %2 × %3").arg(pool.name).arg(pool.count).arg(pool.vmSize));
    html += QStringLiteral("<table cellspacing='4'>");
    html += line(tr("Kubernetes version"), cluster.effectiveKubernetesVersion());
    html += line(tr("Upgrades available"), !facts.upgrades ? QString()
                                               : facts.upgrades->isEmpty() ? tr("None")
                                                                           : facts.upgrades->join(QStringLiteral(", ")));
    html += line(tr("Power state"), ServiceLabels().label(ServiceField::PowerState, cluster.powerState));
    html += line(tr("Node pools"), pools.join(QStringLiteral("; ")));
    html += line(tr("Private cluster"), cluster.enablePrivateCluster ? tr("Yes") : tr("No"));
    html += line(tr("Authorized IP ranges"), cluster.authorizedIpRanges.isEmpty()
                                                 ? tr("Any (not restricted)")
                                                 : cluster.authorizedIpRanges.join(QStringLiteral(", ")));
    html += line(tr("Load balancer SKU"), ServiceLabels().label(ServiceField::LoadBalancerSku, cluster.loadBalancerSku));
    html += line(tr("API server"), cluster.fqdn.isEmpty() ? cluster.privateFqdn : cluster.fqdn);
    html += QStringLiteral("</table>");
    return html;
}

QString certificateSection(const LiveClusterFacts &facts, const QDateTime &now)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("TLS certificate").toHtmlEscaped());
    if (facts.certificateLoading)
        return html + note(tr("Reading the certificate from the cluster…"));
    if (!facts.certificate)
        return html + note(tr("The certificate cannot be read: %1").arg(facts.certificateError), true);
    const ServedCertificate &certificate = *facts.certificate;
    html += QStringLiteral("<table cellspacing='4'>");
    html += line(tr("Subject"), certificate.subject);
    html += line(tr("Issuer"), certificate.issuer);
    html += line(tr("Expires"), QLocale().toString(certificate.notAfter.toUTC(), QStringLiteral("d MMM yyyy HH:mm"))
                                    + QStringLiteral(" UTC"));
    html += QStringLiteral("</table>");
    if (certificate.notAfter.isValid() && certificate.notAfter <= now)
        html += note(tr("The certificate has expired: renew it (Renew/replace TLS certificate…)."), true);
    else if (certificateExpiresSoon(certificate.notAfter, now))
        html += note(QCoreApplication::translate("cw::ui",
                                                 "The certificate expires in %n day(s): renew it "
                                                 "(Renew/replace TLS certificate…).",
                                                 nullptr, int(now.daysTo(certificate.notAfter))),
                     true);
    return html;
}

// "cpu 500m, memory 1Gi, GPU 1" of an instance type's requests or limits.
QString resourcesText(const QMap<QString, QString> &resources)
{
    QStringList parts;
    for (auto it = resources.begin(); it != resources.end(); ++it) {
        const QString name = it.key() == QLatin1String(azure::kResourceGpu) ? tr("GPU") : it.key();
        parts.append(name + QLatin1Char(' ') + it.value());
    }
    return parts.join(QStringLiteral(", "));
}

bool isTrue(const QString &value)
{
    return value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

// A Kubernetes compute's own facts: namespace and instance types (requests/limits once the
// compute is read again, the names from the row meanwhile).
QString kubernetesComputeSection(const ClusterRow &row, const LiveClusterFacts &facts)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Kubernetes compute").toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='4'>");
    const QString ns = facts.kubernetes ? facts.kubernetes->namespaceOrDefault() : row.rare().kubernetesNamespace;
    html += line(tr("Namespace"), ns);
    const QString def = facts.kubernetes ? facts.kubernetes->defaultInstanceType.value_or(QString()) : row.rare().defaultInstanceType;
    html += line(tr("Default instance type"), def);
    if (facts.kubernetes) {
        if (facts.kubernetes->instanceTypes.isEmpty())
            html += line(tr("Instance types"), QString());
        for (const azure::InstanceType &type : facts.kubernetes->instanceTypes) {
            QString text = tr("requests: %1").arg(resourcesText(type.requests).isEmpty() ? QStringLiteral("—")
                                                                                           : resourcesText(type.requests));
            text += QStringLiteral("; ") + tr("limits: %1").arg(resourcesText(type.limits).isEmpty() ? QStringLiteral("—")
                                                                                                   : resourcesText(type.limits));
            QStringList selector;
            for (const auto &[label, value] : type.nodeSelector)
                selector.append(label + QLatin1Char('=') + value);
            if (!selector.isEmpty())
                text += QStringLiteral("; ") + tr("nodes: %1").arg(selector.join(QStringLiteral(", ")));
            html += line(tr("Instance type %1").arg(type.name == def ? azure::defaultMarked(type.name) : type.name), text);
        }
    } else {
        html += line(tr("Instance types"), row.rare().instanceTypes.join(QStringLiteral(", ")));
    }
    html += QStringLiteral("</table>");
    if (facts.computeLoading)
        html += note(tr("Reading the compute's instance types…"));
    else if (!facts.computeError.isEmpty())
        html += note(tr("The compute cannot be read: %1").arg(facts.computeError), true);
    return html;
}

// The Azure ML extension on a Kubernetes compute's cluster: version, state, health statuses and
// the settings that decide how scoring is reached.
QString extensionSection(const LiveClusterFacts &facts)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Azure ML extension").toHtmlEscaped());
    if (facts.extensionLoading)
        return html + note(tr("Reading the Azure ML extension of the cluster…"));
    if (!facts.extensionError.isEmpty())
        return html + note(tr("The cluster's extensions cannot be read: %1").arg(facts.extensionError), true);
    if (!facts.extension)
        return html + note(tr("No Azure ML extension is installed on the cluster: the compute cannot run "
                              "deployments until it is installed."), true);
    const azure::ExtensionResource &e = *facts.extension;
    namespace x = rules::extension;
    const auto setting = [&e](const char *key) { return e.settings.value(QLatin1String(key)); };
    const ServiceLabels labels;
    html += QStringLiteral("<table cellspacing='4'>");
    html += line(tr("Name"), e.name);
    html += line(tr("Version"), e.installedVersion.isEmpty() ? e.version : e.installedVersion);
    html += line(tr("Release train"), e.releaseTrain);
    html += line(tr("State"), labels.label(ServiceField::ProvisioningState, e.provisioningState));
    html += line(tr("Router service type"), setting(x::kRouterServiceType));
    if (!setting(x::kInternalLoadBalancerProvider).isEmpty())
        html += line(tr("Internal load balancer"), setting(x::kInternalLoadBalancerProvider));
    const bool insecure = isTrue(setting(x::kAllowInsecureConnections));
    html += line(tr("TLS"), insecure ? tr("Off (HTTP allowed)") : tr("On"));
    if (!insecure)
        html += line(tr("CNAME"), setting(x::kSslCname));
    // inferenceRouterHA defaults to True.
    const QString ha = setting(x::kRouterHa);
    html += line(tr("Router high availability"), ha.isEmpty() || isTrue(ha) ? tr("On") : tr("Off"));
    html += QStringLiteral("</table>");
    if (!e.statuses.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Statuses").toHtmlEscaped());
        for (const azure::ExtensionStatus &st : e.statuses) {
            const bool error = st.level.compare(QLatin1String("Error"), Qt::CaseInsensitive) == 0;
            const QString text = QStringLiteral("%1 %2: %3")
                                     .arg(st.level, st.code.isEmpty() ? st.displayStatus : st.code, st.message)
                                     .toHtmlEscaped();
            html += error ? QStringLiteral("<li style='color:#b00020'>%1</li>").arg(text)
                          : QStringLiteral("<li>%1</li>").arg(text);
        }
        html += QStringLiteral("</ul>");
    }
    if (e.failed())
        html += note(tr("The extension failed to install: fix what its statuses say, then update or reinstall it."), true);
    return html;
}

QString originSection(const ClusterRow &row)
{
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing='4'>").arg(tr("Origin").toHtmlEscaped());
    html += line(tr("Workspace"), row.workspace);
    html += line(tr("Origin"), row.attached ? tr("Attached") : tr("Created by the workspace"));
    html += line(tr("Created"), displayDateTime(row.createdOn));
    html += line(tr("Modified"), displayDateTime(row.modifiedOn));
    html += line(tr("Compute resource ID"), row.id.toString());
    html += line(tr("AKS cluster"), row.aksResourceId.toString());
    html += QStringLiteral("</table>");
    return html;
}

// A v1 AKS compute: on the retired path, and what moving it to v2 needs.
QString retiredPathSection(const LiveClusterFacts &facts)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Azure ML v1 (retired path)").toHtmlEscaped());
    html += note(tr("This is an Azure ML v1 AKS compute. Azure ML SDK v1 support ended on 2026-06-30 (CLI v1 on "
                    "2025-09-30): it keeps running, but updates and new deployments go through Azure ML v2. Move "
                    "to v2… recovers the certificate and key azureml-fe serves, detaches this compute (the "
                    "cluster is kept), deletes the eight legacy azureml-fe components, installs the Azure ML "
                    "extension with the same TLS, CNAME and load balancer choices and attaches the cluster as a "
                    "Kubernetes compute."));
    if (facts.moveCheckLoading)
        return html + note(tr("Checking what moving to v2 needs…"));
    if (!facts.moveCheckError.isEmpty())
        return html + note(tr("What moving needs cannot be checked: %1").arg(facts.moveCheckError), true);
    if (!facts.moveFindings)
        return html;
    if (facts.moveFindings->isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(tr("Nothing blocks the move to v2.").toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p><ul>")
                .arg((rules::hasErrors(*facts.moveFindings) ? tr("What moving to v2 needs first:")
                                                            : tr("Before moving to v2, note:"))
                         .toHtmlEscaped());
    for (const rules::Finding &f : *facts.moveFindings) {
        const QString text = f.message.toHtmlEscaped();
        switch (f.severity) {
        case rules::Severity::Error:
            html += QStringLiteral("<li style='color:#b00020'><b>%1</b> %2</li>").arg(tr("Blocks:").toHtmlEscaped(), text);
            break;
        case rules::Severity::Warning:
            html += QStringLiteral("<li><b>%1</b> %2</li>").arg(tr("Check:").toHtmlEscaped(), text);
            break;
        case rules::Severity::Info:
            html += QStringLiteral("<li>%1</li>").arg(text);
            break;
        }
    }
    return html + QStringLiteral("</ul>");
}

} // namespace

QString clusterDetailsHtml(const ClusterRow &row, const LiveClusterFacts &facts, const QDateTime &now)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(row.name.toHtmlEscaped());
    if (!row.rare().provisioningErrors.isEmpty()) {
        html += QStringLiteral("<p style='color:#b00020'><b>%1</b><br>%2</p>")
                    .arg(tr("The service reports errors:").toHtmlEscaped(),
                         row.rare().provisioningErrors.join(QStringLiteral("\n")).toHtmlEscaped()
                             .replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    // What an admin looks for first, then the live facts, then where the compute comes from.
    const ServiceLabels labels; // the service's words as the reader's language says them
    if (row.isKubernetes()) {
        html += QStringLiteral("<table cellspacing='4'>");
        html += line(tr("Type"), tr("Kubernetes compute (Azure ML v2)"));
        html += line(tr("State"), labels.label(ServiceField::ProvisioningState, row.state));
        html += line(tr("Region"), row.region);
        html += QStringLiteral("</table>");
        html += kubernetesComputeSection(row, facts);
        if (facts.extensionLoading || facts.extensionRead || !facts.extensionError.isEmpty())
            html += extensionSection(facts);
        if (facts.clusterLoading || facts.cluster || !facts.clusterError.isEmpty())
            html += clusterSection(facts);
        return html + originSection(row);
    }
    html += QStringLiteral("<table cellspacing='4'>");
    html += line(tr("Type"), tr("AKS compute (Azure ML v1)"));
    html += line(tr("State"), labels.label(ServiceField::ProvisioningState, row.state));
    html += line(tr("Purpose"), labels.label(ServiceField::ClusterPurpose, row.purpose));
    html += line(tr("VM size"), row.vmSize);
    html += line(tr("Nodes"), row.nodeCount ? QString::number(*row.nodeCount) : QString());
    html += line(tr("vCPUs"), row.vcpus ? QString::number(*row.vcpus) : QString());
    html += line(tr("TLS"), labels.label(ServiceField::TlsStatus, row.tlsStatus));
    html += line(tr("FQDN / CNAME"), row.endpoint);
    html += line(tr("Load balancer"), labels.label(ServiceField::LoadBalancerType, row.loadBalancer));
    // Where the endpoint is reached: the internal load balancer's subnet, and the scoring front
    // end's address (private behind an internal load balancer, public otherwise).
    if (!row.rare().loadBalancerSubnet.isEmpty()
        || row.loadBalancer.compare(QLatin1String("InternalLoadBalancer"), Qt::CaseInsensitive) == 0)
        html += line(tr("Load balancer subnet"), row.rare().loadBalancerSubnet);
    html += line(tr("Scoring endpoint address"), row.scoringAddress);
    html += line(tr("Region"), row.region);
    html += QStringLiteral("</table>");

    // A v1 compute: the retired path and what moving needs first, before the live cluster facts.
    if (facts.moveCheckLoading || facts.moveFindings || !facts.moveCheckError.isEmpty())
        html += retiredPathSection(facts);
    if (facts.clusterLoading || facts.cluster || !facts.clusterError.isEmpty())
        html += clusterSection(facts);
    if (facts.certificateLoading || facts.certificate || !facts.certificateError.isEmpty())
        html += certificateSection(facts, now);

    html += originSection(row);

    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(tr("Do not edit the cluster's azureml-fe YAML or its Kubernetes objects directly: the "
                        "service overwrites them. Change settings with Re-attach to update or Switch load "
                        "balancer.").toHtmlEscaped());
    return html;
}

} // namespace cw::ui
