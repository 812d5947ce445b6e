#include "clusters/ClusterDetailsText.h"

#include <QCoreApplication>
#include <QLocale>

#include "azure/ManagedCluster.h"
#include "widgets/ServiceLabels.h"

namespace cw::ui {
namespace {

// lupdate files the calls of this free helper under the enclosing namespace's context
// ("cw::ui"): translating with that same context is what makes the catalogue's entries apply.
QString tr(const char *text)
{
    return QCoreApplication::translate("cw::ui", text);
}

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

} // namespace

QString clusterDetailsHtml(const ClusterRow &row, const LiveClusterFacts &facts, const QDateTime &now)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(row.name.toHtmlEscaped());
    if (!row.provisioningErrors.isEmpty()) {
        html += QStringLiteral("<p style='color:#b00020'><b>%1</b><br>%2</p>")
                    .arg(tr("The service reports errors:").toHtmlEscaped(),
                         row.provisioningErrors.join(QStringLiteral("\n")).toHtmlEscaped()
                             .replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    // What an admin looks for first, then the live facts, then where the compute comes from.
    html += QStringLiteral("<table cellspacing='4'>");
    const ServiceLabels labels; // the service's words as the reader's language says them
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
    if (!row.loadBalancerSubnet.isEmpty()
        || row.loadBalancer.compare(QLatin1String("InternalLoadBalancer"), Qt::CaseInsensitive) == 0)
        html += line(tr("Load balancer subnet"), row.loadBalancerSubnet);
    html += line(tr("Scoring endpoint address"), row.scoringAddress);
    html += line(tr("Region"), row.region);
    html += QStringLiteral("</table>");

    if (facts.clusterLoading || facts.cluster || !facts.clusterError.isEmpty())
        html += clusterSection(facts);
    if (facts.certificateLoading || facts.certificate || !facts.certificateError.isEmpty())
        html += certificateSection(facts, now);

    html += QStringLiteral("<h3>%1</h3><table cellspacing='4'>").arg(tr("Origin").toHtmlEscaped());
    html += line(tr("Workspace"), row.workspace);
    html += line(tr("Origin"), row.attached ? tr("Attached") : tr("Created by the workspace"));
    html += line(tr("Created"), displayDateTime(row.createdOn));
    html += line(tr("Modified"), displayDateTime(row.modifiedOn));
    html += line(tr("Compute resource ID"), row.id);
    html += line(tr("AKS cluster"), row.aksResourceId);
    html += QStringLiteral("</table>");

    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(tr("Do not edit the cluster's azureml-fe YAML or its Kubernetes objects directly: the "
                        "service overwrites them. Change settings with Re-attach to update or Switch load "
                        "balancer.").toHtmlEscaped());
    return html;
}

} // namespace cw::ui
