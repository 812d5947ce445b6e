#pragma once
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

#include "azure/ExtensionResource.h"
#include "azure/KubernetesProperties.h"
#include "azure/ManagedCluster.h"
#include "clusters/ClusterRow.h"
#include "rules/Finding.h"

namespace cw::ui {

// The certificate azureml-fe serves on a running cluster (from its azuremlfessl secret, when it
// could be read), as the details panel shows it. Not rules::CertificateFacts: that is the
// analysis of a certificate and key the user supplies, which the preflight judges.
struct ServedCertificate {
    QString subject;
    QString issuer;
    QDateTime notAfter;
};

// What the details panel learns live about one compute, filled in as the answers arrive.
struct LiveClusterFacts {
    bool clusterLoading = false;
    std::optional<azure::ManagedCluster> cluster;
    QString clusterError;
    // Kubernetes versions the cluster can move to (from the region's orchestrators list);
    // nullopt while unknown.
    std::optional<QStringList> upgrades;
    bool upgradesLoading = false;
    bool certificateLoading = false;
    std::optional<ServedCertificate> certificate;
    QString certificateError;

    // A Kubernetes (v2) compute: its instance types with requests and limits (the compute read
    // again: the table's row has their names only), and the Azure ML extension on its cluster.
    bool computeLoading = false;
    std::optional<azure::KubernetesProperties> kubernetes;
    QString computeError;
    bool extensionLoading = false;
    std::optional<azure::ExtensionResource> extension; // nullopt once read: none installed
    bool extensionRead = false;
    QString extensionError;

    // An AKS (v1) compute: what moving it to v2 needs (rules::checkClusterForV2 on the cluster,
    // without the legacy components and this compute's own attachment, which the move removes).
    bool moveCheckLoading = false;
    std::optional<rules::Findings> moveFindings;
    QString moveCheckError;

    bool loading() const
    {
        return clusterLoading || upgradesLoading || certificateLoading || computeLoading || extensionLoading
            || moveCheckLoading;
    }
};

// The details panel's text with what is known live so far: "loading" lines while answers are
// outstanding, the reason when one failed.
QString clusterDetailsHtml(const ClusterRow &row, const LiveClusterFacts &facts, const QDateTime &now);

// The details panel's text (HTML): every property of the row, provisioning errors in plain
// words, the AKS cluster's facts and the certificate when known, and the note that the
// cluster's YAML must not be edited directly. `now` decides the "< 30 days" warning.
QString clusterDetailsHtml(const ClusterRow &row, const azure::ManagedCluster *cluster,
                           const std::optional<ServedCertificate> &certificate, const QDateTime &now);

// True when a certificate ends within 30 days of `now` (or has already ended).
bool certificateExpiresSoon(const QDateTime &notAfter, const QDateTime &now);

// The Azure portal page of a resource, for real clouds (empty for the sandbox).
QString portalUrlFor(const QString &cloudName, const QString &resourceId);

} // namespace cw::ui
