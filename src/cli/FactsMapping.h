#pragma once
// The azure layer's models mapped into the plain fact structs the rules and the preflight read.
// Mapping only: every decision stays in src/rules.
#include <QList>

#include "azure/ComputeResource.h"
#include "azure/ManagedCluster.h"
#include "azure/OrchestratorVersion.h"
#include "azure/VmSize.h"
#include "rules/Preflight.h"

namespace cw::tls {
struct CertificatePairReport;
}

namespace cw::cli {

rules::ExistingCompute existingCompute(const azure::ComputeResource &compute);
QList<rules::ExistingCompute> existingComputes(const QList<azure::ComputeResource> &computes);
rules::ClusterFacts clusterFacts(const azure::ManagedCluster &cluster);
rules::OrchestratorList orchestratorList(const QList<azure::OrchestratorVersion> &versions);
rules::VmSizeCatalogue vmSizeCatalogue(const QList<azure::VmSize> &sizes);
rules::CertificateFacts certificateFacts(const tls::CertificatePairReport &report, const QString &readError = {});

// "pass", "warn", "fail".
QString statusWord(rules::CheckStatus status);

} // namespace cw::cli
