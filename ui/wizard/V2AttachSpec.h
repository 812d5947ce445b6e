#pragma once
// What the wizard's "Attach with Azure ML v2 (Kubernetes compute)" builds besides the shared
// spec (workspace, cluster, name, purpose): the extension choices of the Extension page and the
// compute of the Compute page, and how they become the wire forms the azure layer sends
// (rules::ExtensionConfiguration, azure::KubernetesComputeSpec) and the export shows.
#include "azure/KubernetesComputeSpec.h"
#include "export/V2AttachExport.h"
#include "rules/ComputeSpec.h"
#include "rules/ExtensionConfiguration.h"
#include "rules/KubernetesComputeRules.h"

#include <QList>
#include <QString>

namespace cw::ui {

struct V2ExtensionChoices {
    bool training = false; // inference is always on: the wizard attaches for inference
    QString routerServiceType = QStringLiteral("loadBalancer"); // loadBalancer | nodePort | clusterIP
    bool internalLoadBalancer = false;                         // only with loadBalancer
    bool https = true;        // false: allowInsecureConnections=True (HTTP scoring)
    rules::TlsSpec tls;       // with https: certPem/keyPem (protected) and cname
    QString nodeSelector;     // "label=value, ..." → nodeSelector.<label>
};

struct V2AttachSpec {
    QString extensionName = QStringLiteral("azureml");
    bool reuseExtension = false; // the cluster has a Succeeded Azure ML extension: no install
    V2ExtensionChoices extension;
    QString kubernetesNamespace = QStringLiteral("default");
    QList<rules::InstanceTypeInput> instanceTypes = {defaultInstanceType()};
    QString defaultInstanceTypeName = QStringLiteral("defaultinstancetype");

    // The extension's own default, as its docs describe it: the starting row of the editor.
    static rules::InstanceTypeInput defaultInstanceType();
};

// The extension's settings: inference on, training as chosen, the router service type, the
// internal load balancer, TLS (protected PEM pair + sslCname) or allowInsecureConnections, and
// inferenceRouterHA from the purpose (dev/test: False).
rules::ExtensionConfiguration extensionConfiguration(const V2ExtensionChoices &choices, rules::ClusterPurpose purpose);

// The compute's attach (location: the workspace's region). Instance types whose quantities do not
// parse are sent as typed: the rules stop the wizard before.
azure::KubernetesComputeSpec kubernetesComputeSpec(const V2AttachSpec &v2, const rules::ComputeSpec &spec);

exporting::V2AttachExportInput exportInput(const V2AttachSpec &v2, const rules::ComputeSpec &spec);

} // namespace cw::ui
