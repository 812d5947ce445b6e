#pragma once
#include <QDateTime>
#include <QList>
#include <QSharedDataPointer>
#include <QString>
#include <QStringList>

#include "clusters/SplitId.h"

#include <optional>

namespace cw::azure {
struct ComputeResource;
struct ComputeRowFacts;
class VmSizeCache;
}

namespace cw::ui {

// One line of the clusters table: what the table shows of a compute, as plain values, so the
// model can compare a refreshed list with the shown one field by field.
struct ClusterRow {
    // The compute's ARM id: the identity rows are diffed by (id.toString() for its text). Its
    // tail is the name string, its head shared by a page's rows (SplitId).
    SplitId id;
    QString workspace;           // "ws-demo (rg-ml)"
    QString name;
    // computeType as the service spells it: "AKS" (v1 inference cluster) or "Kubernetes" (Azure
    // ML v2: the cluster extension plus a Kubernetes compute).
    QString computeType;
    QString state;               // provisioningState as the service spells it
    QString purpose;             // FastProd / DenseProd / DevTest
    QString vmSize;
    std::optional<int> nodeCount;
    std::optional<int> vcpus;    // nodes × cores of the VM size, from the region's VM sizes
    // Where vcpus stands: the region's sizes still loading, not listing the size, or unreadable
    // (then vcpus is empty: no number is guessed).
    enum class Vcpus : quint8 { NotApplicable, Loading, Known, NotListed, Unreadable };
    Vcpus vcpusState = Vcpus::NotApplicable;
    QString kubernetesVersion;   // from the AKS cluster when known
    QString tlsStatus;           // Disabled / Enabled / Auto
    QString endpoint;            // FQDN, or the certificate's CNAME
    QString loadBalancer;        // PublicIp / InternalLoadBalancer
    QString scoringAddress;      // IP address of the scoring front end (systemServices ScoringFront)
    QString region;
    QString subscription;        // of the compute (its id's), whose VM size list applies
    bool attached = false;       // attached (true) or created by the workspace
    QString createdOn;
    QString modifiedOn;
    SplitId aksResourceId;       // the AKS cluster's ARM id (aksResourceId.toString())

    // What few computes have (a certificate's names, an internal load balancer's subnet, errors,
    // a Kubernetes compute's namespace and instance types): held behind one shared pointer, null
    // when all are empty, so that 5,000 AKS rows do not carry 168 bytes of empty strings each.
    struct Rare {
        QString tlsLeafLabel;        // Auto (Microsoft certificate): the leaf domain label
        QString tlsCname;            // Enabled (custom certificate): the domain it is for
        QString loadBalancerSubnet;  // the internal load balancer's subnet, when the service has one
        QStringList provisioningErrors; // "message (code)"
        // A Kubernetes compute's namespace ("default" when the service gives none), its instance
        // types' names (sorted) and the default one; empty for an AKS compute.
        QString kubernetesNamespace;
        QStringList instanceTypes;
        QString defaultInstanceType;

        bool operator==(const Rare &) const = default;
    };
    const Rare &rare() const;
    Rare &rareForEdit(); // made (or detached) on the first write

    bool isKubernetes() const { return computeType.compare(QLatin1String("Kubernetes"), Qt::CaseInsensitive) == 0; }

    bool operator==(const ClusterRow &) const = default;

private:
    // Compared by what it holds (null and all-empty alike), copied by reference.
    class RareData
    {
    public:
        const Rare &get() const;
        Rare &edit();
        bool operator==(const RareData &other) const { return get() == other.get(); }

    private:
        struct Shared : QSharedData {
            Rare value;
        };
        QSharedDataPointer<Shared> m_d;
    };
    RareData m_rare;
};

// The row of an AKS compute (other compute types fill what they have). Its vCPUs come later,
// from the region's VM sizes (setVcpusFrom).
ClusterRow clusterRowFrom(const azure::ComputeResource &compute, const QString &workspaceLabel = {});
// The same from the facts read with ComputeRowFacts::Detail::Row (straight from a list page's
// text, without building a document or a ComputeResource): the one mapping of a compute to a row.
ClusterRow clusterRowFrom(const azure::ComputeRowFacts &compute, const QString &workspaceLabel = {});

// vcpus and vcpusState of `row` from what `sizes` knows now of the row's subscription+region
// (nodes × the size's vCPUs once the region's sizes are loaded). Whether the row changed.
bool setVcpusFrom(ClusterRow &row, const azure::VmSizeCache &sizes);
// The same for every row, asking the cache once per subscription+region (not per row: a
// 5,000-row refresh spent most of its 10 ms of row preparation making the cache's keys).
// Whether any row changed.
bool setVcpusFrom(QList<ClusterRow> &rows, const azure::VmSizeCache &sizes);

} // namespace cw::ui

// Every member is relocatable (QStrings, QStringList, SplitId, QSharedDataPointer, optionals of
// int, enums): the clusters table's QList<ClusterRow> grows by realloc, not by moving 6,000 rows
// one by one on the GUI thread. A member that is not (std::string, anything holding a pointer
// to itself) must not be added without removing this.
Q_DECLARE_TYPEINFO(cw::ui::ClusterRow, Q_RELOCATABLE_TYPE);
