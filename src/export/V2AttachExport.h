#pragma once
// The "equivalent automation" of an Azure ML v2 attach (v2-contract.md section 4): the Azure ML
// cluster extension's install (skipped when an installed one is reused) and the Kubernetes compute
// attach, as `az k8s-extension create` + `az ml compute attach`, as Python SDK v2 (azure-ai-ml
// KubernetesCompute + ml_client.compute.begin_create_or_update), and as the two ARM PUTs the
// operation sends. Protected settings (the TLS certificate and key) are never written out: the
// commands read them from files, the ARM request shows "<redacted>".
#include "azure/KubernetesComputeSpec.h"
#include "common/WorkspaceRef.h"
#include "rules/ExtensionConfiguration.h"

#include <QString>

namespace cw::exporting {

inline constexpr auto kProtectedRedacted = "<redacted>";

struct V2AttachExportInput {
    WorkspaceRef workspace;
    QString clusterId;
    QString extensionName = QStringLiteral("azureml");
    bool reuseExtension = false; // an installed, Succeeded extension: no install step
    rules::ExtensionConfiguration extension;
    // File names the commands read the protected PEM values from (az --config-protected).
    QString certFileName = QStringLiteral("cert.pem");
    QString keyFileName = QStringLiteral("key.pem");
    azure::KubernetesComputeSpec compute;
};

QString v2AzCommands(const V2AttachExportInput &input);
QString v2PythonSdk(const V2AttachExportInput &input);
QString v2ArmRequests(const V2AttachExportInput &input,
                      const QString &armEndpoint = QStringLiteral("https://management.azure.com"));

} // namespace cw::exporting
