#pragma once
#include <QDateTime>
#include <QString>

#include <optional>

#include "clusters/ClusterRow.h"

namespace cw::azure {
struct ManagedCluster;
}

namespace cw::ui {

// What the details panel knows about the certificate azureml-fe serves (from the cluster's
// azuremlfessl secret, when it could be read).
struct CertificateFacts {
    QString subject;
    QString issuer;
    QDateTime notAfter;
};

// The details panel's text (HTML): every property of the row, provisioning errors in plain
// words, the AKS cluster's facts and the certificate when known, and the note that the
// cluster's YAML must not be edited directly. `now` decides the "< 30 days" warning.
QString clusterDetailsHtml(const ClusterRow &row, const azure::ManagedCluster *cluster,
                           const std::optional<CertificateFacts> &certificate, const QDateTime &now);

// True when a certificate ends within 30 days of `now` (or has already ended).
bool certificateExpiresSoon(const QDateTime &notAfter, const QDateTime &now);

// The Azure portal page of a resource, for real clouds (empty for the sandbox).
QString portalUrlFor(const QString &cloudName, const QString &resourceId);

} // namespace cw::ui
