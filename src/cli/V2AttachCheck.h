#pragma once
// What `attach --kubernetes` checks before it sends anything: the rules the wizard's v2 compute
// step uses, judged on the facts V2ClusterFactsJob gathered (pure; no I/O).
#include <QString>
#include <QStringList>

#include "azure/KubernetesComputeSpec.h"
#include "rules/ComputeSpec.h"
#include "rules/Finding.h"
#include "rules/V2Facts.h"

namespace cw::cli {

// The cluster's limits (rules::checkClusterForV2 for `purpose`), a Succeeded Azure ML extension
// on it (the attach installs none: without one, an error naming the `clusterwright-cli extension`
// command to run; when the cluster's extensions could not be read, a warning that this was not
// checked), the compute's name free and valid in the workspace (`existingNames`), its namespace
// and instance types (rules::KubernetesComputeRules).
rules::Findings checkKubernetesAttach(const azure::KubernetesComputeSpec &spec, const rules::V2ClusterFacts &cluster,
                                      const QStringList &existingNames, rules::ClusterPurpose purpose,
                                      bool extensionsRead = true);

// `clusterwright-cli extension install --cluster ID ...` with settings that pass the extension's
// rules on this cluster: inference, a load balancer router (NodePort on a Basic load balancer),
// router HA off below 3 nodes or for dev/test, and TLS with the person's domain and PEM files.
QString extensionInstallCommand(const rules::V2ClusterFacts &cluster, rules::ClusterPurpose purpose);

} // namespace cw::cli
