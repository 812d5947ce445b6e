#pragma once
// The Azure ML cluster extension's settings in their wire form (v2-contract.md section 1):
// the string maps `configurationSettings` and `configurationProtectedSettings` of a
// Microsoft.KubernetesConfiguration/extensions PUT. One type for everyone who produces or checks
// them: the CLI (`--config key=value`, as `az k8s-extension create` takes them), the wizard (its
// choices become these maps), the rules (they check the maps) and the azure layer (it sends them).
// Keys are case-sensitive, as the extension reads them.
#include <QMap>
#include <QString>

namespace cw::rules {

namespace extension {
inline constexpr char kExtensionType[] = "Microsoft.AzureML.Kubernetes";
inline constexpr char kDefaultName[] = "azureml";
inline constexpr char kReleaseNamespace[] = "azureml";
inline constexpr char kReleaseTrain[] = "stable";

// configurationSettings keys
inline constexpr char kEnableTraining[] = "enableTraining";
inline constexpr char kEnableInference[] = "enableInference";
inline constexpr char kRouterServiceType[] = "inferenceRouterServiceType"; // loadBalancer | nodePort | clusterIP
inline constexpr char kInternalLoadBalancerProvider[] = "internalLoadBalancerProvider"; // azure
inline constexpr char kAllowInsecureConnections[] = "allowInsecureConnections";
inline constexpr char kSslCname[] = "sslCname";
inline constexpr char kSslSecret[] = "sslSecret";
inline constexpr char kRouterHa[] = "inferenceRouterHA";
inline constexpr char kNodeSelectorPrefix[] = "nodeSelector."; // nodeSelector.<label>
inline constexpr char kInstallNvidiaDevicePlugin[] = "installNvidiaDevicePlugin";
inline constexpr char kInstallPromOp[] = "installPromOp";
inline constexpr char kInstallVolcano[] = "installVolcano";
inline constexpr char kInstallDcgmExporter[] = "installDcgmExporter";
inline constexpr char kNginxIngressController[] = "nginxIngress.controller";

// configurationProtectedSettings keys (PEM contents; never returned by GET, never logged)
inline constexpr char kSslCertPemFile[] = "sslCertPemFile";
inline constexpr char kSslKeyPemFile[] = "sslKeyPemFile";
} // namespace extension

struct ExtensionConfiguration {
    QMap<QString, QString> settings;          // configurationSettings
    QMap<QString, QString> protectedSettings; // configurationProtectedSettings: secrets, keep in memory only

    QString setting(const char *key) const { return settings.value(QString::fromLatin1(key)); }
    bool hasSetting(const char *key) const { return settings.contains(QString::fromLatin1(key)); }
    bool hasProtected(const char *key) const { return protectedSettings.contains(QString::fromLatin1(key)); }
    // The extension reads booleans as the strings "True"/"False"; az users also type "true".
    bool isTrue(const char *key) const
    {
        return setting(key).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    }
};

} // namespace cw::rules
