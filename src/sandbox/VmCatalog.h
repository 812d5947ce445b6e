#pragma once
#include "sandbox/SandboxHttp.h"

#include <string_view>

// Static catalogues the emulated service answers from: Azure ML VM sizes and the AKS
// orchestrator versions per location (the same for every known region).
namespace cw::sandbox {

struct VmSize {
    const char *name;
    const char *family;
    int vCPUs;
    int gpus;
    double memoryGB;
};

const std::vector<VmSize> &vmSizes();
const VmSize *findVmSize(const QString &name); // case-insensitive
const VmSize *findVmSize(std::string_view name); // the same, without a QString per lookup
bool isKnownLocation(const QString &location);
Json vmSizeJson(const VmSize &size);

// Orchestrator versions: {version, isPreview, isDefault}.
struct KubeVersion {
    const char *version;
    bool isPreview;
    bool isDefault;
};
const std::vector<KubeVersion> &kubernetesVersions();
QString defaultKubernetesVersion();
// True when major.minor of `version` is within the supported window (preview included).
bool isSupportedKubernetesVersion(const QString &version);
QString supportedKubernetesWindow(); // "1.23 - 1.26"
Json orchestratorsJson(const QString &subscriptionId, const QString &location);

} // namespace cw::sandbox
