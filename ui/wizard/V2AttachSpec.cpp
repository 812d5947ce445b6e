#include "wizard/V2AttachSpec.h"

namespace cw::ui {

namespace ext = rules::extension;

rules::InstanceTypeInput V2AttachSpec::defaultInstanceType()
{
    return {QStringLiteral("defaultinstancetype"), QStringLiteral("100m"), QStringLiteral("2"), QStringLiteral("2Gi"),
            QStringLiteral("2Gi"), QString(), QString()};
}

rules::ExtensionConfiguration extensionConfiguration(const V2ExtensionChoices &choices, rules::ClusterPurpose purpose)
{
    const auto key = [](const char *k) { return QString::fromLatin1(k); };
    const auto boolText = [](bool b) { return b ? QStringLiteral("True") : QStringLiteral("False"); };
    rules::ExtensionConfiguration config;
    config.settings.insert(key(ext::kEnableInference), boolText(true));
    config.settings.insert(key(ext::kEnableTraining), boolText(choices.training));
    config.settings.insert(key(ext::kRouterServiceType), choices.routerServiceType);
    if (choices.internalLoadBalancer && choices.routerServiceType == QLatin1String("loadBalancer"))
        config.settings.insert(key(ext::kInternalLoadBalancerProvider), QStringLiteral("azure"));
    // The router runs 3 replicas unless told otherwise; a dev/test cluster often has fewer nodes.
    config.settings.insert(key(ext::kRouterHa), boolText(purpose == rules::ClusterPurpose::FastProd));
    if (choices.https) {
        config.settings.insert(key(ext::kSslCname), choices.tls.cname.trimmed());
        if (!choices.tls.certPem.isEmpty())
            config.protectedSettings.insert(key(ext::kSslCertPemFile), choices.tls.certPem);
        if (!choices.tls.keyPem.isEmpty())
            config.protectedSettings.insert(key(ext::kSslKeyPemFile), choices.tls.keyPem);
    } else {
        config.settings.insert(key(ext::kAllowInsecureConnections), boolText(true));
    }
    QString ignored;
    for (const auto &[label, value] : rules::parseNodeSelector(choices.nodeSelector, &ignored).value_or(QList<QPair<QString, QString>>{}))
        config.settings.insert(key(ext::kNodeSelectorPrefix) + label, value);
    return config;
}

azure::KubernetesComputeSpec kubernetesComputeSpec(const V2AttachSpec &v2, const rules::ComputeSpec &spec)
{
    azure::KubernetesComputeSpec out;
    out.name = spec.name.trimmed();
    out.description = spec.description;
    out.clusterId = spec.aksResourceId;
    out.location = spec.workspace.location;
    out.kubernetesNamespace = v2.kubernetesNamespace.trimmed();
    out.defaultInstanceType = v2.instanceTypes.isEmpty() ? QString() : v2.defaultInstanceTypeName.trimmed();
    for (const rules::InstanceTypeInput &row : v2.instanceTypes) {
        azure::InstanceType t;
        t.name = row.name.trimmed();
        QString ignored;
        t.nodeSelector = rules::parseNodeSelector(row.nodeSelector, &ignored).value_or(QList<QPair<QString, QString>>{});
        const auto put = [](QMap<QString, QString> &map, const char *resource, const QString &value) {
            if (!value.trimmed().isEmpty())
                map.insert(QLatin1String(resource), value.trimmed());
        };
        put(t.requests, azure::kResourceCpu, row.cpuRequest);
        put(t.requests, azure::kResourceMemory, row.memoryRequest);
        // A blank limit is the request (guaranteed quality of service).
        put(t.limits, azure::kResourceCpu, row.cpuLimit.trimmed().isEmpty() ? row.cpuRequest : row.cpuLimit);
        put(t.limits, azure::kResourceMemory, row.memoryLimit.trimmed().isEmpty() ? row.memoryRequest : row.memoryLimit);
        if (!row.gpu.trimmed().isEmpty() && row.gpu.trimmed() != QLatin1String("0")) {
            put(t.requests, azure::kResourceGpu, row.gpu);
            put(t.limits, azure::kResourceGpu, row.gpu);
        }
        out.instanceTypes.append(t);
    }
    return out;
}

exporting::V2AttachExportInput exportInput(const V2AttachSpec &v2, const rules::ComputeSpec &spec)
{
    exporting::V2AttachExportInput in;
    in.workspace = spec.workspace;
    in.clusterId = spec.aksResourceId;
    in.extensionName = v2.extensionName;
    in.reuseExtension = v2.reuseExtension;
    in.extension = extensionConfiguration(v2.extension, spec.purpose);
    in.certFileName = v2.extension.tls.certFileName;
    in.keyFileName = v2.extension.tls.keyFileName;
    in.compute = kubernetesComputeSpec(v2, spec);
    return in;
}

} // namespace cw::ui
