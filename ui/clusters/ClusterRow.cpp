#include "clusters/ClusterRow.h"

#include <QHash>
#include <QRegularExpression>

#include "arm/LroDocuments.h"
#include "azure/ComputeResource.h"

namespace cw::ui {

std::optional<int> coresOfVmSize(const QString &vmSize)
{
    // The sizes the sandbox and most inference clusters use; others show "—".
    static const QHash<QString, int> known = {
        {QStringLiteral("standard_d2_v2"), 2},  {QStringLiteral("standard_d3_v2"), 4},
        {QStringLiteral("standard_d4_v2"), 8},  {QStringLiteral("standard_d5_v2"), 16},
        {QStringLiteral("standard_ds2_v2"), 2}, {QStringLiteral("standard_ds3_v2"), 4},
        {QStringLiteral("standard_ds4_v2"), 8}, {QStringLiteral("standard_ds5_v2"), 16},
        {QStringLiteral("standard_nc6"), 6},    {QStringLiteral("standard_nc12"), 12},
        {QStringLiteral("standard_nc24"), 24},  {QStringLiteral("standard_f4s_v2"), 4},
        {QStringLiteral("standard_f8s_v2"), 8},
    };
    const auto it = known.constFind(vmSize.toLower());
    if (it != known.constEnd())
        return *it;
    // Dv3/Dsv3/Ev3 style: the number after the family letter is the vCPU count.
    static const QRegularExpression sized(QStringLiteral("^standard_[de](\\d+)s?_v[345]$"),
                                          QRegularExpression::CaseInsensitiveOption);
    const auto match = sized.match(vmSize);
    if (match.hasMatch())
        return match.captured(1).toInt();
    return std::nullopt;
}

ClusterRow clusterRowFrom(const azure::ComputeResource &compute, const QString &workspaceLabel)
{
    ClusterRow row;
    row.id = compute.id;
    row.workspace = workspaceLabel;
    row.name = compute.name;
    row.state = compute.provisioningState.value_or(QString());
    row.region = compute.computeLocation.value_or(compute.location.value_or(QString()));
    row.attached = compute.isAttachedCompute.value_or(false);
    row.createdOn = compute.createdOn.value_or(QString());
    row.modifiedOn = compute.modifiedOn.value_or(QString());
    row.aksResourceId = compute.resourceId.value_or(QString());
    for (const azure::ProvisioningError &error : compute.provisioningErrors)
        row.provisioningErrors.append(arm::provisioningErrorLine(error.code, error.message));
    if (!compute.aks)
        return row;
    const azure::AksProperties &aks = *compute.aks;
    row.purpose = aks.clusterPurpose.value_or(QStringLiteral("FastProd"));
    row.vmSize = aks.agentVmSize.value_or(QString());
    row.nodeCount = aks.agentCount;
    if (row.nodeCount) {
        if (const auto cores = coresOfVmSize(row.vmSize))
            row.vcpus = *cores * *row.nodeCount;
    }
    row.loadBalancer = aks.loadBalancerType.value_or(QStringLiteral("PublicIp"));
    row.loadBalancerSubnet = aks.loadBalancerSubnet.value_or(QString());
    for (const azure::SystemService &service : aks.systemServices)
        if (service.systemServiceType.compare(QLatin1String("ScoringFront"), Qt::CaseInsensitive) == 0)
            row.scoringAddress = service.publicIpAddress;
    row.tlsStatus = aks.sslConfiguration ? aks.sslConfiguration->status.value_or(QStringLiteral("Disabled"))
                                         : QStringLiteral("Disabled");
    if (aks.sslConfiguration) {
        row.tlsLeafLabel = aks.sslConfiguration->leafDomainLabel.value_or(QString());
        row.tlsCname = aks.sslConfiguration->cname.value_or(QString());
    }
    if (aks.sslConfiguration && aks.sslConfiguration->cname && !aks.sslConfiguration->cname->isEmpty())
        row.endpoint = *aks.sslConfiguration->cname;
    else
        row.endpoint = aks.clusterFqdn.value_or(QString());
    return row;
}

} // namespace cw::ui
