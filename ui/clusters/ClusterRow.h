#pragma once
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace cw::azure {
struct ComputeResource;
}

namespace cw::ui {

// One line of the clusters table: what the table shows of a compute, as plain values, so the
// model can compare a refreshed list with the shown one field by field.
struct ClusterRow {
    QString id;                  // the compute's ARM id: the identity rows are diffed by
    QString workspace;           // "ws-demo (rg-ml)"
    QString name;
    QString state;               // provisioningState as the service spells it
    QString purpose;             // FastProd / DenseProd / DevTest
    QString vmSize;
    std::optional<int> nodeCount;
    std::optional<int> vcpus;    // nodes × cores of the VM size, when the size is known
    QString kubernetesVersion;   // from the AKS cluster when known
    QString tlsStatus;           // Disabled / Enabled / Auto
    QString tlsLeafLabel;        // Auto (Microsoft certificate): the leaf domain label
    QString tlsCname;            // Enabled (custom certificate): the domain it is for
    QString endpoint;            // FQDN, or the certificate's CNAME
    QString loadBalancer;        // PublicIp / InternalLoadBalancer
    QString loadBalancerSubnet;  // the internal load balancer's subnet, when the service has one
    QString scoringAddress;      // IP address of the scoring front end (systemServices ScoringFront)
    QString region;
    bool attached = false;       // attached (true) or created by the workspace
    QString createdOn;
    QString modifiedOn;
    QString aksResourceId;
    QStringList provisioningErrors; // "message (code)"

    bool operator==(const ClusterRow &) const = default;
};

// The row of an AKS compute (other compute types fill what they have).
ClusterRow clusterRowFrom(const azure::ComputeResource &compute, const QString &workspaceLabel = {});

// vCPUs of well-known VM sizes ("Standard_D3_v2" → 4); nullopt when unknown.
std::optional<int> coresOfVmSize(const QString &vmSize);

} // namespace cw::ui
