#include "sandbox/VmCatalog.h"

#include <QVersionNumber>

namespace cw::sandbox {

const std::vector<VmSize> &vmSizes()
{
    static const std::vector<VmSize> sizes = {
        {"Standard_D1_v2", "standardDv2Family", 1, 0, 3.5},
        {"Standard_D2_v2", "standardDv2Family", 2, 0, 7},
        {"Standard_D3_v2", "standardDv2Family", 4, 0, 14},
        {"Standard_D4_v2", "standardDv2Family", 8, 0, 28},
        {"Standard_D5_v2", "standardDv2Family", 16, 0, 56},
        {"Standard_D11_v2", "standardDv2Family", 2, 0, 14},
        {"Standard_D12_v2", "standardDv2Family", 4, 0, 28},
        {"Standard_D13_v2", "standardDv2Family", 8, 0, 56},
        {"Standard_D14_v2", "standardDv2Family", 16, 0, 112},
        {"Standard_DS2_v2", "standardDSv2Family", 2, 0, 7},
        {"Standard_DS3_v2", "standardDSv2Family", 4, 0, 14},
        {"Standard_DS4_v2", "standardDSv2Family", 8, 0, 28},
        {"Standard_DS5_v2", "standardDSv2Family", 16, 0, 56},
        {"Standard_D2s_v3", "standardDSv3Family", 2, 0, 8},
        {"Standard_D4s_v3", "standardDSv3Family", 4, 0, 16},
        {"Standard_D8s_v3", "standardDSv3Family", 8, 0, 32},
        {"Standard_D16s_v3", "standardDSv3Family", 16, 0, 64},
        {"Standard_E2s_v3", "standardESv3Family", 2, 0, 16},
        {"Standard_E4s_v3", "standardESv3Family", 4, 0, 32},
        {"Standard_E8s_v3", "standardESv3Family", 8, 0, 64},
        {"Standard_E16s_v3", "standardESv3Family", 16, 0, 128},
        {"Standard_F2s_v2", "standardFSv2Family", 2, 0, 4},
        {"Standard_F4s_v2", "standardFSv2Family", 4, 0, 8},
        {"Standard_F8s_v2", "standardFSv2Family", 8, 0, 16},
        {"Standard_F16s_v2", "standardFSv2Family", 16, 0, 32},
        {"Standard_NC6", "standardNCFamily", 6, 1, 56},
        {"Standard_NC12", "standardNCFamily", 12, 2, 112},
        {"Standard_NC24", "standardNCFamily", 24, 4, 224},
        {"Standard_NC6s_v3", "standardNCSv3Family", 6, 1, 112},
        {"Standard_NC12s_v3", "standardNCSv3Family", 12, 2, 224},
        {"Standard_NC24s_v3", "standardNCSv3Family", 24, 4, 448},
        {"Standard_NC4as_T4_v3", "standardNCASv3_T4Family", 4, 1, 28},
        {"Standard_NC8as_T4_v3", "standardNCASv3_T4Family", 8, 1, 56},
        {"Standard_ND6s", "standardNDSFamily", 6, 1, 112},
        {"Standard_ND12s", "standardNDSFamily", 12, 2, 224},
        {"Standard_ND24s", "standardNDSFamily", 24, 4, 448},
    };
    return sizes;
}

const VmSize *findVmSize(const QString &name)
{
    for (const VmSize &size : vmSizes()) {
        if (name.compare(QLatin1String(size.name), Qt::CaseInsensitive) == 0)
            return &size;
    }
    return nullptr;
}

const VmSize *findVmSize(std::string_view name)
{
    for (const VmSize &size : vmSizes()) {
        // ARM's names compare case-insensitively (the catalogue's are ASCII).
        if (QByteArrayView(name).compare(size.name, Qt::CaseInsensitive) == 0)
            return &size;
    }
    return nullptr;
}

bool isKnownLocation(const QString &location)
{
    static const QStringList known = {
        QStringLiteral("westeurope"), QStringLiteral("northeurope"), QStringLiteral("eastus"),
        QStringLiteral("eastus2"), QStringLiteral("westus2"), QStringLiteral("centralus"),
        QStringLiteral("uksouth"), QStringLiteral("southeastasia")};
    return known.contains(location.toLower());
}

Json vmSizeJson(const VmSize &size)
{
    const bool gpu = size.gpus > 0;
    const QString name = QLatin1String(size.name);
    const bool premium = name.contains(QLatin1String("s_v"), Qt::CaseInsensitive)
        || name.startsWith(QLatin1String("Standard_DS")) || name.endsWith(QLatin1Char('s'));
    const double hourly = 0.05 * size.vCPUs + (gpu ? 0.85 * size.gpus : 0.0);
    return {{"name", size.name},
            {"family", size.family},
            {"vCPUs", size.vCPUs},
            {"gpus", size.gpus},
            {"osVhdSizeMB", 1047552},
            {"maxResourceVolumeMB", int(size.memoryGB * 4096)},
            {"memoryGB", size.memoryGB},
            {"lowPriorityCapable", true},
            {"premiumIO", premium},
            {"estimatedVMPrices",
             {{"billingCurrency", "USD"},
              {"unitOfMeasure", "OneHour"},
              {"values",
               Json::array({{{"retailPrice", hourly}, {"osType", "Linux"}, {"vmTier", "Standard"}},
                            {{"retailPrice", hourly / 5}, {"osType", "Linux"}, {"vmTier", "LowPriority"}}})}}},
            {"supportedComputeTypes", Json::array({"AmlCompute", "ComputeInstance"})}};
}

const std::vector<KubeVersion> &kubernetesVersions()
{
    static const std::vector<KubeVersion> versions = {
        {"1.23.12", false, false}, {"1.23.15", false, false}, {"1.24.6", false, false},
        {"1.24.9", false, true},   {"1.25.4", false, false},  {"1.25.5", false, false},
        {"1.26.0", true, false},
    };
    return versions;
}

QString defaultKubernetesVersion()
{
    for (const KubeVersion &v : kubernetesVersions()) {
        if (v.isDefault)
            return QLatin1String(v.version);
    }
    return {};
}

namespace {
QVersionNumber minorOf(const QString &version)
{
    const QVersionNumber v = QVersionNumber::fromString(version);
    return QVersionNumber(v.majorVersion(), v.minorVersion());
}
} // namespace

bool isSupportedKubernetesVersion(const QString &version)
{
    const QVersionNumber v = minorOf(version);
    const auto &all = kubernetesVersions();
    return !QVersionNumber::fromString(version).isNull()
        && v >= minorOf(QLatin1String(all.front().version))
        && v <= minorOf(QLatin1String(all.back().version));
}

QString supportedKubernetesWindow()
{
    const auto &all = kubernetesVersions();
    return minorOf(QLatin1String(all.front().version)).toString() + QStringLiteral(" - ")
        + minorOf(QLatin1String(all.back().version)).toString();
}

Json orchestratorsJson(const QString &subscriptionId, const QString &location)
{
    Json list = Json::array();
    const auto &all = kubernetesVersions();
    for (size_t i = 0; i < all.size(); ++i) {
        Json item = {{"orchestratorType", "Kubernetes"}, {"orchestratorVersion", all[i].version}};
        if (all[i].isDefault)
            item["default"] = true;
        if (all[i].isPreview)
            item["isPreview"] = true;
        Json upgrades = Json::array();
        for (size_t j = i + 1; j < all.size(); ++j) {
            // AKS upgrades one minor version at a time.
            if (minorOf(QLatin1String(all[j].version)).minorVersion()
                <= minorOf(QLatin1String(all[i].version)).minorVersion() + 1)
                upgrades.push_back({{"orchestratorType", "Kubernetes"},
                                    {"orchestratorVersion", all[j].version},
                                    {"isPreview", all[j].isPreview}});
        }
        if (!upgrades.empty())
            item["upgrades"] = upgrades;
        list.push_back(item);
    }
    const QString id = QStringLiteral("/subscriptions/%1/providers/Microsoft.ContainerService/"
                                      "locations/%2/orchestrators/default")
                           .arg(subscriptionId, location);
    return {{"id", s(id)},
            {"name", "default"},
            {"type", "Microsoft.ContainerService/locations/orchestrators"},
            {"properties", {{"orchestrators", list}}}};
}

} // namespace cw::sandbox
